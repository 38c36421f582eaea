// The kernel proper: answers Jupyter's requests (messaging protocol 5.3) with the engine, and
// routes everything a cell prints or displays to the right output.
// https://jupyter-client.readthedocs.io/en/latest/messaging.html
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import { inspect } from "node:util";
import type { Worker } from "node:worker_threads";
import { bundleOf } from "./bundle";
import { type CellInfo, KERNEL_OUTPUTS, type KernelOutputs } from "./display";
import type { Engine, Outcome } from "./engine";
import type { Channel } from "./protocol/connection";
import type { FromIo, ToIo } from "./protocol/io-thread";
import { type Message, newHeader } from "./protocol/wire";
import { kernelInfo } from "./info";

type Content = Record<string, unknown>;

/** The request a cell's output belongs to. */
interface Origin {
  request: Message;
  executionCount: number;
  /** A silent execution publishes nothing on iopub (the protocol's `silent`). */
  silent: boolean;
  /** Serial number of the execute request in this session. */
  execution: number;
  /** Callbacks registered with `atCellEnd` while the cell ran. */
  atEnd: (() => void)[];
}

/** Where text written to stdout/stderr goes: buffered, flushed in chunks as stream messages. */
class StreamBuffer {
  private text = "";
  private since = 0;

  constructor(
    private readonly name: "stdout" | "stderr",
    private readonly send: (name: string, text: string) => void,
  ) {}

  write(chunk: string): void {
    if (this.text === "") this.since = Date.now();
    this.text += chunk;
    // Long-running cells show output as it comes; tight loops still send few large messages.
    if (this.text.length > 65536 || Date.now() - this.since > 50) this.flush();
  }

  flush(): void {
    if (this.text === "") return;
    const text = this.text;
    this.text = "";
    this.send(this.name, text);
  }
}

export class Kernel {
  /** Made on first use: loading the TypeScript service takes about a second (see warmUp). */
  private loadedEngine: Engine | null = null;
  private executionCount = 0;
  private executions = 0;
  /** (session, line, input, output text) of every execution stored in history. */
  private readonly history: [number, number, string, string | null][] = [];
  private readonly session = randomUUID();
  /** The request being executed, if any. */
  private current: Origin | null = null;
  /** The last execute request, which outputs arriving while idle are attributed to. */
  private last: Origin | null = null;
  private readonly cellContext = new AsyncLocalStorage<Origin>();
  private readonly shellQueue: Message[] = [];
  private processing = false;
  private readonly stdout: StreamBuffer;
  private readonly stderr: StreamBuffer;

  constructor(
    private readonly io: Worker,
    private readonly rootDir: string,
  ) {
    this.stdout = new StreamBuffer("stdout", (name, text) => this.publishStream(name, text));
    this.stderr = new StreamBuffer("stderr", (name, text) => this.publishStream(name, text));
    this.captureStreams();
    this.installOutputs();
    this.catchStrayErrors();
    process.on("SIGINT", () => this.loadedEngine?.interruptWaiting());
    io.on("message", (msg: FromIo) => this.onIo(msg));
  }

  private engine(): Engine {
    if (this.loadedEngine === null) {
      // Loaded here, not imported at the top: kernel_info is answered before TypeScript loads.
      const { Engine: EngineClass } = require("./engine") as typeof import("./engine");
      this.loadedEngine = new EngineClass(this.rootDir);
    }
    return this.loadedEngine;
  }

  /** Loads the TypeScript service once the first requests (kernel_info) have been answered. */
  private warmUp(): void {
    setTimeout(() => this.engine(), 20).unref();
  }

  private post(msg: ToIo): void {
    this.io.postMessage(msg);
  }

  private send(channel: Channel, msgType: string, content: unknown, parent: Message | null, metadata: Content = {}): void {
    const identities = channel === "iopub" ? [Buffer.from(`kernel.${this.session}.${msgType}`)] : parent?.identities ?? [];
    const message: Message<unknown> = {
      identities,
      header: newHeader(msgType, this.session),
      parent_header: parent?.header ?? {},
      metadata,
      content,
      buffers: [],
    };
    this.post({ kind: "send", channel, message });
  }

  private publish(msgType: string, content: unknown, parent: Message | null): void {
    this.send("iopub", msgType, content, parent);
  }

  /** The origin of output produced now: the cell whose code (or timer) is running. */
  private origin(): Origin | null {
    return this.cellContext.getStore() ?? this.current ?? this.last;
  }

  private publishStream(name: string, text: string): void {
    const origin = this.current ?? this.last;
    if (origin?.silent) return;
    this.publish("stream", { name, text }, origin?.request ?? null);
  }

  /** stdout/stderr (console.log, process.stdout.write) become stream messages. */
  private captureStreams(): void {
    const route = (buffer: StreamBuffer) =>
      ((chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
        buffer.write(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
        if (typeof done === "function") process.nextTick(done as () => void);
        return true;
      }) as typeof process.stdout.write;
    process.stdout.write = route(this.stdout);
    process.stderr.write = route(this.stderr);
  }

  private flushStreams(): void {
    this.stdout.flush();
    this.stderr.flush();
  }

  /** The hook the display API (./display.ts) publishes through. */
  private installOutputs(): void {
    const outputs: KernelOutputs = {
      publish: (msgType, content) => {
        this.flushStreams(); // keep text and displays in the order they were made
        const origin = this.origin();
        if (origin?.silent) return;
        this.publish(msgType, content, origin?.request ?? null);
      },
      cell: () => {
        const origin = this.origin();
        if (origin === null) return undefined;
        const cellId = origin.request.metadata.cellId;
        const info: CellInfo = { code: String(origin.request.content.code ?? ""), execution: origin.execution };
        if (typeof cellId === "string") info.cellId = cellId;
        return info;
      },
      atCellEnd: (callback) => {
        const running = this.current;
        if (running === null) return false;
        running.atEnd.push(callback);
        return true;
      },
    };
    (globalThis as Record<symbol, unknown>)[KERNEL_OUTPUTS] = outputs;
  }

  /**
   * Errors thrown by timers and rejected promises are reported with the cell that started
   * them, never dropped: in that cell if it is still running, else in the running cell (saying
   * where it came from), else published to their own cell.
   */
  private catchStrayErrors(): void {
    const report = (error: unknown, how: string) => {
      this.flushStreams();
      const from = this.cellContext.getStore();
      const outcome = toErrorOutcome(error);
      const running = this.current;
      if (from !== undefined && running !== null && from.request === running.request) {
        this.publish("error", errorContent(outcome), running.request);
        return;
      }
      const source = from ? `cell [${from.executionCount}]` : "an earlier cell";
      const note = `${how} from ${source} threw after that cell had finished:`;
      const target = running?.request ?? from?.request ?? this.last?.request ?? null;
      this.publish("error", { ...errorContent(outcome), traceback: [note, ...outcome.traceback] }, target);
    };
    process.on("uncaughtException", (error) => report(error, "A callback (timer or event)"));
    process.on("unhandledRejection", (reason) => report(reason, "A rejected promise"));
  }

  private onIo(msg: FromIo): void {
    if (msg.kind === "ready") {
      setTimeout(() => this.warmUp(), 300).unref();
    } else if (msg.kind === "request") {
      if (msg.channel === "shell") {
        this.shellQueue.push(msg.message);
        void this.drainShell();
      } else if (msg.channel === "control") {
        void this.handle("control", msg.message);
      }
    } else if (msg.kind === "interrupted") {
      this.loadedEngine?.interruptWaiting();
    } else if (msg.kind === "log") {
      this.stderrLog(msg.text);
    } else if (msg.kind === "closed") {
      process.exit(0);
    }
  }

  private stderrLog(text: string): void {
    // The kernel's own diagnostics go to the real stderr (the server's log), not to a cell.
    writeSync(2, `[numts-kernel] ${text}\n`);
  }

  /** Shell requests are handled one at a time, in order. */
  private async drainShell(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let msg = this.shellQueue.shift(); msg !== undefined; msg = this.shellQueue.shift()) {
        await this.handle("shell", msg);
      }
    } finally {
      this.processing = false;
    }
  }

  private async handle(channel: "shell" | "control", request: Message): Promise<void> {
    this.publish("status", { execution_state: "busy" }, request);
    try {
      const type = request.header.msg_type;
      const reply = (content: Content) => this.send(channel, type.replace(/_request$/, "_reply"), content, request);
      switch (type) {
        case "kernel_info_request":
          reply(kernelInfo());
          break;
        case "execute_request":
          await this.execute(channel, request);
          break;
        case "complete_request":
          reply(this.complete(request.content));
          break;
        case "inspect_request":
          reply(this.inspect(request.content));
          break;
        case "is_complete_request":
          reply({ ...this.engine().isComplete(String(request.content.code ?? "")) });
          break;
        case "history_request":
          reply({ status: "ok", history: this.historyReply(request.content).map(([session, line, input, output]) => (request.content.output ? [session, line, [input, output]] : [session, line, input])) });
          break;
        case "comm_info_request":
          reply({ status: "ok", comms: {} });
          break;
        case "shutdown_request":
          reply({ status: "ok", restart: Boolean(request.content.restart) });
          this.publish("status", { execution_state: "idle" }, request);
          this.loadedEngine?.close();
          this.post({ kind: "close" });
          return;
        case "comm_open":
        case "comm_msg":
        case "comm_close":
          break; // no comm targets: nothing to do, as ipykernel does for unknown targets
        default:
          this.stderrLog(`unknown request ${type} ignored`);
      }
    } finally {
      this.publish("status", { execution_state: "idle" }, request);
      if (this.loadedEngine === null) this.warmUp();
    }
  }

  private async execute(channel: "shell" | "control", request: Message): Promise<void> {
    const content = request.content as { code?: string; silent?: boolean; store_history?: boolean; user_expressions?: Record<string, string>; stop_on_error?: boolean };
    const code = String(content.code ?? "");
    const silent = Boolean(content.silent);
    const storeHistory = silent ? false : content.store_history !== false;
    if (storeHistory) this.executionCount++;
    const count = this.executionCount;
    if (!silent) this.publish("execute_input", { code, execution_count: count }, request);
    const entry: [number, number, string, string | null] = [1, count, code, null];
    if (storeHistory) this.history.push(entry);
    const origin: Origin = { request, executionCount: count, silent, execution: ++this.executions, atEnd: [] };
    this.current = origin;
    if (!silent) this.last = origin;
    let outcome: Outcome;
    try {
      outcome = await this.cellContext.run(origin, () => this.engine().execute(code, `cell[${count}]`));
      this.cellContext.run(origin, () => this.runAtEnd(origin));
    } finally {
      this.flushStreams();
    }
    if (outcome.status === "ok") {
      const data = outcome.hasValue && !silent ? bundleOf(outcome.value) : {};
      if (Object.keys(data).length > 0) {
        entry[3] = typeof data["text/plain"] === "string" ? data["text/plain"] : null;
        this.publish("execute_result", { execution_count: count, data, metadata: {} }, request);
      }
      const user_expressions = await this.userExpressions(content.user_expressions ?? {});
      this.current = null;
      this.send(channel, "execute_reply", { status: "ok", execution_count: count, user_expressions, payload: [] }, request);
      return;
    }
    if (!silent) this.publish("error", errorContent(outcome), request);
    this.current = null;
    this.send(channel, "execute_reply", { status: "error", execution_count: count, ...errorContent(outcome), user_expressions: {}, payload: [] }, request);
    if (content.stop_on_error !== false) this.abortQueued();
  }

  /** The cell's `atCellEnd` callbacks; one that throws is reported on stderr, the others still run. */
  private runAtEnd(origin: Origin): void {
    for (let callback = origin.atEnd.shift(); callback !== undefined; callback = origin.atEnd.shift()) {
      try {
        callback();
      } catch (error) {
        console.error(error);
      }
    }
  }

  /** After a failed cell, the execute requests already waiting are answered "aborted" (Run All stops). */
  private abortQueued(): void {
    const waiting = this.shellQueue.splice(0);
    for (const msg of waiting) {
      if (msg.header.msg_type !== "execute_request") {
        this.shellQueue.push(msg);
        continue;
      }
      this.publish("status", { execution_state: "busy" }, msg);
      this.send("shell", "execute_reply", { status: "aborted", execution_count: this.executionCount }, msg);
      this.publish("status", { execution_state: "idle" }, msg);
    }
  }

  private async userExpressions(expressions: Record<string, string>): Promise<Content> {
    const results: Content = {};
    for (const [name, expression] of Object.entries(expressions)) {
      const outcome = await this.engine().execute(expression, `user_expression[${name}]`);
      results[name] =
        outcome.status === "ok"
          ? { status: "ok", data: bundleOf(outcome.value), metadata: {} }
          : { status: "error", ename: outcome.ename, evalue: outcome.evalue, traceback: outcome.traceback };
    }
    return results;
  }

  private complete(content: Content): Content {
    const code = String(content.code ?? "");
    const cursor = toUtf16(code, Number(content.cursor_pos ?? code.length));
    const { matches: all, start, end, kinds } = this.engine().complete(code, cursor);
    // The language service lists every member; keep those that continue what was typed.
    const typed = code.slice(start, cursor);
    const exact = all.filter((m) => m.startsWith(typed));
    const matches = exact.length > 0 ? exact : all.filter((m) => m.toLowerCase().startsWith(typed.toLowerCase()));
    const cursorStart = toCodePoints(code, start);
    const cursorEnd = toCodePoints(code, end);
    // JupyterLab shows these kinds beside the names (function, property, keyword, ...).
    const types = matches.map((text) => ({ start: cursorStart, end: cursorEnd, text, type: kinds.get(text) ?? "" }));
    return { status: "ok", matches, cursor_start: cursorStart, cursor_end: cursorEnd, metadata: { _jupyter_types_experimental: types } };
  }

  private inspect(content: Content): Content {
    const code = String(content.code ?? "");
    const text = this.engine().inspect(code, toUtf16(code, Number(content.cursor_pos ?? code.length)));
    if (text === null || text === "") return { status: "ok", found: false, data: {}, metadata: {} };
    const [signature, ...doc] = text.split("\n");
    const markdown = "```typescript\n" + signature + "\n```\n" + doc.join("\n");
    return { status: "ok", found: true, data: { "text/plain": text, "text/markdown": markdown }, metadata: {} };
  }

  private historyReply(content: Content): [number, number, string, string | null][] {
    const kind = content.hist_access_type;
    if (kind === "tail") return this.history.slice(-Math.max(0, Number(content.n ?? 10)));
    if (kind === "range") {
      const start = Number(content.start ?? 0);
      const stop = content.stop === undefined || content.stop === null ? Infinity : Number(content.stop);
      return this.history.filter(([, line]) => line >= start && line < stop);
    }
    if (kind === "search") {
      const pattern = new RegExp(`^${String(content.pattern ?? "*").replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "s");
      let found = this.history.filter(([, , code]) => pattern.test(code));
      if (content.unique) found = found.filter(([, , code], i) => found.findIndex(([, , c]) => c === code) === i);
      const n = content.n === undefined || content.n === null ? found.length : Number(content.n);
      return found.slice(-n);
    }
    return [];
  }
}

function errorContent(outcome: Extract<Outcome, { status: "error" }>): Content {
  return { ename: outcome.ename, evalue: outcome.evalue, traceback: outcome.traceback };
}

function toErrorOutcome(error: unknown): Extract<Outcome, { status: "error" }> {
  if (error instanceof Error) {
    const frames = (error.stack ?? "").split("\n").slice(1).filter((l) => !/node:internal|kernel[/\\]dist/.test(l));
    return { status: "error", ename: error.name, evalue: error.message, traceback: [`${error.name}: ${error.message}`, ...frames] };
  }
  return { status: "error", ename: "Error", evalue: inspect(error), traceback: [`Uncaught ${inspect(error)}`] };
}

/** Jupyter counts cursor positions in code points; JavaScript strings index UTF-16 units. */
function toUtf16(code: string, codePoints: number): number {
  return Array.from(code).slice(0, codePoints).join("").length;
}

function toCodePoints(code: string, utf16: number): number {
  return Array.from(code.slice(0, utf16)).length;
}
