// The kernel proper, independent of how messages travel: answers Jupyter's requests (messaging
// protocol 5.3) with the engine and routes what cells print and display (./outputs.ts). It takes
// requests as plain message objects from a transport and sends every message through it.
// https://jupyter-client.readthedocs.io/en/latest/messaging.html
import { bundleOf } from "./bundle";
import { Comms } from "./comms";
import { Engine, isComplete, stackView } from "./engine";
import { type ErrorOutcome, type Outcome, thrownError } from "./errors";
import { History } from "./history";
import { kernelInfo } from "./info";
import { Interrupts } from "./interrupts";
import { type Buffers, type Channel, malformation, type Message, newHeader, type RequestChannel, uuid } from "./messages";
import { type Origin, Outputs } from "./outputs";
import type { Platform } from "./platform";
import { importedPackages, NOTEBOOKS_READ_AT_MOST } from "./preload";
import { toCodePoints, toUtf16, wellFormed } from "./text";
import type { Transport } from "./transport";

type Content = Record<string, unknown>;

/** How long the kernel waits, idle, before loading TypeScript again. */
const WARM_UP_DELAY_MS = 300;

/** Answers one request; `reply` sends its `*_reply` on the channel it came on. */
type Handler = (request: Message, reply: (content: Content) => void, channel: RequestChannel) => void | Promise<void>;

export class KernelCore {
  private loadedEngine: Engine | null = null;
  private executionCount = 0;
  private executions = 0;
  private readonly history = new History();
  private readonly session = uuid();
  private readonly outputs: Outputs;
  private readonly comms: Comms;
  readonly interrupts: Interrupts;
  private readonly shellQueue: Message[] = [];
  /** The shell request being handled, if any. */
  private busyWith: Message | null = null;

  /** Request handlers by message type: the dispatch table. */
  private readonly handlers: Record<string, Handler> = {
    kernel_info_request: (_, reply) => {
      reply(kernelInfo(this.platform.versions));
      setTimeout(() => this.preload(), 0); // after the reply has gone out
    },
    execute_request: (request, _, channel) => this.execute(channel, request),
    complete_request: (request, reply) => reply(this.complete(request.content)),
    inspect_request: (request, reply) => reply(this.inspect(request.content)),
    is_complete_request: (request, reply) => reply({ ...isComplete(text(request.content.code)) }),
    history_request: (request, reply) => reply(this.history.reply(request.content)),
    comm_info_request: (request, reply) => reply(this.comms.info(request.content)),
    interrupt_request: (_, reply) => {
      this.interrupt();
      reply({ status: "ok" });
    },
    shutdown_request: (request, reply) => {
      // The code behind every comm is about to go: each one's on_close runs now.
      this.outputs.context.run(this.originOf(request), () => this.comms.closeAll());
      this.outputs.flush(); // what they printed goes out before the reply and the idle status
      reply({ status: "ok", restart: Boolean(request.content.restart) });
      this.closing = true;
    },
    comm_open: (request) => this.inComm(request, () => this.comms.frontendOpened(request)),
    comm_msg: (request) => this.inComm(request, () => this.comms.received(request)),
    comm_close: (request) => this.inComm(request, () => this.comms.frontendClosed(request)),
  };
  private closing = false;
  /** The packages of ./preload.ts that the notebook imports; null until preload() has looked. */
  private notebookImports: string[] | null = null;

  constructor(
    private readonly transport: Transport,
    private readonly platform: Platform,
  ) {
    this.interrupts = new Interrupts(platform);
    this.outputs = new Outputs(platform, (msgType, content, parent) => this.send("iopub", msgType, content, parent));
    this.outputs.installDisplayHook();
    this.comms = new Comms(
      (msgType, content, metadata, buffers) => {
        // Text printed before a comm message goes first: an Output widget captures by the order.
        this.outputs.flush();
        this.send("iopub", msgType, content, this.outputs.origin()?.request ?? null, null, metadata, buffers);
      },
      (line) => this.transport.log(line),
    );
    this.comms.installHook(
      () => this.outputs.origin()?.request.header.msg_id,
      () => this.shellQueue.flatMap((m) => (m.header.msg_type === "comm_msg" && typeof m.content.comm_id === "string" ? [m.content.comm_id] : [])),
    );
    platform.capture({
      write: (stream, chunk) => this.outputs.write(stream, chunk),
      uncaught: (error, kind) => this.outputs.stray(this.errorOutcome(error), kind),
    });
  }

  /** The transport is up. TypeScript is loaded shortly after, once kernel_info has been answered. */
  transportReady(): void {
    setTimeout(() => this.warmUp(), WARM_UP_DELAY_MS);
  }

  /**
   * Loads the numts packages that the notebook imports (./preload.ts: numts-plot starts Chromium in
   * the background), once: right after the first kernel_info reply (a client's first request, which
   * it waits for before any other), else before the first cell. A notebook run from top to bottom
   * sends its first cell at once, so waiting for an idle moment would wait until after that cell.
   */
  private preload(): void {
    if (this.notebookImports !== null || this.closing || this.platform.preload === undefined) return;
    this.notebookImports = importedPackages(this.platform.notebooks(NOTEBOOKS_READ_AT_MOST));
    for (const id of this.notebookImports) this.platform.preload(id);
  }

  /**
   * Loads TypeScript now, while the kernel is idle, so that the next cell does not wait for it,
   * with the declarations of the packages the notebook imports.
   */
  private warmUp(): void {
    if (this.loadedEngine?.ready || this.busyWith !== null || this.closing) return;
    this.preload();
    try {
      this.engine().prepare(this.notebookImports ?? []);
    } catch (error) {
      // Interrupted by a shutdown, or broken: the request that needs the engine will say why.
      this.transport.log(`loading TypeScript failed: ${String(error)}`);
    }
  }

  private engine(): Engine {
    this.loadedEngine ??= new Engine(this.platform);
    return this.loadedEngine;
  }

  /** A message arrived on shell, control or stdin. */
  receive(channel: RequestChannel, message: Message): void {
    const problem = malformation(message);
    if (problem !== null) {
      this.rejectMalformed(channel, message, problem);
      return;
    }
    if (channel === "shell") {
      this.shellQueue.push(message);
      void this.drainShell();
    } else if (channel === "control") {
      void this.handle("control", message);
    } // stdin: no input_request is ever sent, so any input_reply is stale
  }

  /** The user asked to interrupt: stops the running request (or the next one, if it is about to start). */
  interrupt(): void {
    if (this.busyWith === null && this.shellQueue.length === 0) this.interrupts.handled(); // nothing to stop
    else this.interrupts.request();
  }

  /** Sends what cells have printed so far (before the process exits, say). */
  flush(): void {
    this.outputs.flush();
  }

  private rejectMalformed(channel: RequestChannel, message: Message, problem: string): void {
    const header = message.header as Partial<Message["header"]> | null;
    const type = typeof header?.msg_type === "string" ? header.msg_type : "?";
    this.transport.log(`${channel}: ${type} ignored: ${problem}`);
    // A request whose header can be read gets an error reply, so its sender does not wait forever.
    if (problem.startsWith("its header") || !type.endsWith("_request")) return;
    const safe: Message = { ...message, parent_header: {}, metadata: {}, content: {} };
    const error: ErrorOutcome = { status: "error", ename: "InvalidMessage", evalue: `the ${type} was not understood: ${problem}`, traceback: [] };
    this.send(channel, type.replace(/_request$/, "_reply"), { ...error }, safe, message);
  }

  private send(channel: Channel, msgType: string, content: unknown, parent: Message | null, route: Message | null = parent, metadata: Content = {}, buffers: Buffers = []): void {
    const message: Message<unknown> = {
      header: newHeader(msgType, this.session),
      parent_header: parent?.header ?? {},
      metadata,
      content: wellFormed(content),
      buffers,
    };
    this.transport.send(channel, message, route);
  }

  private publish(msgType: string, content: unknown, parent: Message | null): void {
    this.send("iopub", msgType, content, parent);
  }

  /** Shell requests are handled one at a time, in order; one that fails does not stop the rest. */
  private async drainShell(): Promise<void> {
    if (this.busyWith !== null) return;
    for (let msg = this.shellQueue.shift(); msg !== undefined; msg = this.shellQueue.shift()) {
      this.busyWith = msg;
      try {
        await this.handle("shell", msg);
      } catch (error) {
        // Whatever failed, the requests behind this one are still answered.
        this.transport.log(`shell: ${msg.header.msg_type} failed: ${String(error)}`);
      } finally {
        this.busyWith = null;
      }
    }
    // An interrupt that came while a quick request (complete, inspect) ran has nothing left to stop.
    this.interrupts.take();
    // A type check stopped half-way cost the converter: load a new one before the next cell.
    if (this.loadedEngine !== null && !this.loadedEngine.ready) setTimeout(() => this.warmUp(), WARM_UP_DELAY_MS);
  }

  private async handle(channel: RequestChannel, request: Message): Promise<void> {
    const type = request.header.msg_type;
    this.publish("status", { execution_state: "busy" }, request);
    let replied = false;
    const reply = (content: Content) => {
      replied = true;
      this.send(channel, type.replace(/_request$/, "_reply"), content, request);
    };
    try {
      const handler = Object.prototype.hasOwnProperty.call(this.handlers, type) ? this.handlers[type] : undefined;
      if (handler === undefined) this.transport.log(`unknown request ${type} ignored`);
      else await handler(request, reply, channel);
    } catch (error) {
      // A bug or a bad field in one request must not stall the ones behind it, nor leave its
      // sender waiting.
      this.transport.log(`${type} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!replied && type.endsWith("_request")) reply({ ...this.errorOutcome(error) });
    } finally {
      this.publish("status", { execution_state: "idle" }, request);
      if (this.closing) {
        this.closing = false;
        this.loadedEngine?.close();
        this.transport.close();
      }
    }
  }

  private async execute(channel: RequestChannel, request: Message): Promise<void> {
    const content = request.content as { code?: unknown; silent?: unknown; store_history?: unknown; user_expressions?: unknown; stop_on_error?: unknown };
    const code = text(content.code);
    const silent = content.silent === true;
    const storeHistory = silent ? false : content.store_history !== false;
    if (storeHistory) this.executionCount++;
    const count = this.executionCount;
    if (!silent) this.publish("execute_input", { code, execution_count: count }, request);
    if (storeHistory) this.history.add(count, code);
    this.preload();
    const origin = this.originOf(request, silent);
    this.outputs.current = origin;
    if (!silent) this.outputs.last = origin;
    let outcome: Outcome;
    try {
      outcome = await this.outputs.context.run(origin, () => this.engine().execute(code, `cell[${count}]`, this.interrupts, (note) => this.outputs.write("stderr", note)));
      this.outputs.context.run(origin, () => this.runAtEnd(origin));
    } finally {
      this.outputs.flush();
    }
    if (outcome.status === "ok") {
      const data = outcome.hasValue && !silent ? bundleOf(outcome.value, (v, o) => this.platform.inspect(v, o)) : {};
      if (Object.keys(data).length > 0) this.publish("execute_result", { execution_count: count, data, metadata: {} }, request);
      const user_expressions = await this.userExpressions(content.user_expressions);
      this.outputs.current = null;
      this.send(channel, "execute_reply", { status: "ok", execution_count: count, user_expressions, payload: [] }, request);
      return;
    }
    const error = { ename: outcome.ename, evalue: outcome.evalue, traceback: outcome.traceback };
    if (!silent) this.publish("error", error, request);
    this.outputs.current = null;
    this.send(channel, "execute_reply", { status: "error", execution_count: count, ...error, user_expressions: {}, payload: [] }, request);
    if (content.stop_on_error !== false) this.abortQueued();
  }

  /**
   * Runs kernel code's comm handler for a comm message as a cell runs: what it prints or displays
   * has the message as parent (where an Output widget captures it), a timer it starts too, and an
   * error it throws is reported as an error output of the message.
   */
  private async inComm(request: Message, handler: () => void | Promise<void>): Promise<void> {
    const origin = this.originOf(request);
    const previous = this.outputs.current;
    this.outputs.current = origin;
    try {
      await this.outputs.context.run(origin, async () => {
        try {
          await handler();
        } catch (error) {
          const outcome = this.errorOutcome(error);
          this.transport.log(`${request.header.msg_type} handler failed: ${outcome.ename}: ${outcome.evalue}`);
          this.outputs.flush();
          this.publish("error", { ename: outcome.ename, evalue: outcome.evalue, traceback: outcome.traceback }, request);
        }
        this.runAtEnd(origin);
      });
    } finally {
      this.outputs.flush();
      this.outputs.current = previous;
    }
  }

  /** A request whose handling runs kernel code (a cell, a comm handler), as an output origin. */
  private originOf(request: Message, silent = false): Origin {
    return { request, executionCount: this.executionCount, silent, execution: ++this.executions, atEnd: [], published: 0 };
  }

  private run(code: string, name: string): Promise<Outcome> {
    return this.engine().execute(code, name, this.interrupts);
  }

  private errorOutcome(error: unknown): ErrorOutcome {
    return this.loadedEngine?.thrown(error) ?? thrownError(error, stackView(this.platform, () => undefined));
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

  private async userExpressions(expressions: unknown): Promise<Content> {
    const results: Content = {};
    if (typeof expressions !== "object" || expressions === null) return results;
    for (const [name, expression] of Object.entries(expressions)) {
      const outcome = await this.run(text(expression), `user_expression[${name}]`);
      results[name] =
        outcome.status === "ok"
          ? { status: "ok", data: bundleOf(outcome.value, (v, o) => this.platform.inspect(v, o)), metadata: {} }
          : { status: "error", ename: outcome.ename, evalue: outcome.evalue, traceback: outcome.traceback };
    }
    return results;
  }

  private complete(content: Content): Content {
    const code = text(content.code);
    const cursor = toUtf16(code, typeof content.cursor_pos === "number" ? content.cursor_pos : code.length);
    const { matches: all, start, end, kinds } = this.engine().complete(code, cursor);
    // The language service lists every member; keep those that continue what was typed.
    const typed = code.slice(start, cursor);
    const exact = all.filter((m) => m.startsWith(typed));
    const matches = exact.length > 0 ? exact : all.filter((m) => m.toLowerCase().startsWith(typed.toLowerCase()));
    const cursorStart = toCodePoints(code, start);
    const cursorEnd = toCodePoints(code, end);
    // JupyterLab shows these kinds beside the names (function, property, keyword, ...).
    const types = matches.map((name) => ({ start: cursorStart, end: cursorEnd, text: name, type: kinds.get(name) ?? "" }));
    return { status: "ok", matches, cursor_start: cursorStart, cursor_end: cursorEnd, metadata: { _jupyter_types_experimental: types } };
  }

  private inspect(content: Content): Content {
    const code = text(content.code);
    const info = this.engine().inspect(code, toUtf16(code, typeof content.cursor_pos === "number" ? content.cursor_pos : code.length));
    if (info === null || info.signature === "") return { status: "ok", found: false, data: {}, metadata: {} };
    const tags = info.tags.map(({ name, text: body }) => (name === "example" ? { plain: `Example:\n${body}`, markdown: `**Example**\n\n\`\`\`typescript\n${body}\n\`\`\`` } : { plain: `@${name} ${body}`, markdown: `*@${name}* ${body}` }));
    const plain = [info.signature, info.documentation, ...tags.map((t) => t.plain)].filter((s) => s !== "").join("\n\n");
    const markdown = ["```typescript\n" + info.signature + "\n```", info.documentation, ...tags.map((t) => t.markdown)].filter((s) => s !== "").join("\n\n");
    return { status: "ok", found: true, data: { "text/plain": plain, "text/markdown": markdown }, metadata: {} };
  }
}

/** A request's text field: a string, or "" when it is missing or not a string. */
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
