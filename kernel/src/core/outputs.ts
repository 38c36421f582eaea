// Where everything a cell prints or displays goes. Output belongs to the cell whose code made it,
// also when a timer or promise of that cell makes it after the cell has finished (the async
// context tells): it is published with that cell's request as parent, so the frontend shows it
// in that cell (JupyterLab keeps listening to a cell until it runs again), never mixed into the
// text of another cell.
import { type CellInfo, KERNEL_OUTPUTS, type KernelOutputs } from "../display";
import { bundleOf } from "./bundle";
import type { ErrorOutcome } from "./errors";
import type { Message } from "./messages";
import type { AsyncContext, Platform } from "./platform";

/** An execute request, which the output made while it (or what it started) runs belongs to. */
export interface Origin {
  request: Message;
  executionCount: number;
  /** A silent execution publishes nothing on iopub (the protocol's `silent`). */
  silent: boolean;
  /** Serial number of the execute request in this session. */
  execution: number;
  /** Callbacks registered with `atCellEnd` while the cell ran. */
  atEnd: (() => void)[];
  /** How many outputs it made (streams written to, displays, errors): `outputCount()`. */
  published: number;
}

type StreamName = "stdout" | "stderr";

/** Text of one origin not sent yet, in order: consecutive writes to one stream make one segment. */
interface Pending {
  segments: { name: StreamName; text: string }[];
  size: number;
  since: number;
  timer: ReturnType<typeof setTimeout>;
}

/** Text is sent at most this long after it was written (ipykernel flushes every 200 ms). */
const FLUSH_MS = 50;
/** ... or once this much is waiting: long outputs arrive in a few large messages. */
const FLUSH_CHARS = 65536;

export class Outputs {
  /** The execute request running now, if any. */
  current: Origin | null = null;
  /** The last non-silent execute request: output from nowhere in particular goes there. */
  last: Origin | null = null;
  readonly context: AsyncContext<Origin>;
  private readonly pending = new Map<Origin | null, Pending>();

  constructor(
    private readonly platform: Platform,
    private readonly publish: (msgType: string, content: Record<string, unknown>, parent: Message | null) => void,
  ) {
    this.context = platform.asyncContext<Origin>();
  }

  /** The origin of output made now: the cell whose code (or timer, or promise) is running. */
  origin(): Origin | null {
    return this.context.get() ?? this.current ?? this.last;
  }

  /** Text written to stdout or stderr now. */
  write(name: StreamName, text: string): void {
    if (text === "") return;
    const origin = this.origin();
    if (origin?.silent) return;
    if (origin !== null) origin.published++;
    let pending = this.pending.get(origin);
    if (pending === undefined) {
      pending = { segments: [], size: 0, since: Date.now(), timer: setTimeout(() => this.flushOrigin(origin), FLUSH_MS) };
      this.pending.set(origin, pending);
    }
    const last = pending.segments[pending.segments.length - 1];
    if (last?.name === name) last.text += text;
    else pending.segments.push({ name, text });
    pending.size += text.length;
    // A loop that prints keeps the thread busy and the timer from firing: check here too.
    if (pending.size > FLUSH_CHARS || Date.now() - pending.since > FLUSH_MS) this.flushOrigin(origin);
  }

  /** Sends all text written so far (before a display or an error, so that order is kept). */
  flush(): void {
    for (const origin of [...this.pending.keys()]) this.flushOrigin(origin);
  }

  private flushOrigin(origin: Origin | null): void {
    const pending = this.pending.get(origin);
    if (pending === undefined) return;
    this.pending.delete(origin);
    clearTimeout(pending.timer);
    for (const { name, text } of pending.segments) this.publish("stream", { name, text }, origin?.request ?? null);
  }

  /** An error thrown by a callback or an unawaited promise: reported, never dropped. */
  stray(outcome: ErrorOutcome, kind: "callback" | "rejection"): void {
    this.flush();
    const from = this.context.get();
    const running = this.current;
    if (from !== undefined && running !== null && from.request === running.request) {
      this.publish("error", { ...outcome }, running.request);
      return;
    }
    // Said in the running cell, if any (where the student looks), else in the cell it came from.
    const how = kind === "callback" ? "A callback (timer or event)" : "A rejected promise";
    const source = from ? `cell [${from.executionCount}]` : "an earlier cell";
    const note = `${how} from ${source} threw after that cell had finished:`;
    const target = running?.request ?? from?.request ?? this.last?.request ?? null;
    this.publish("error", { ename: outcome.ename, evalue: outcome.evalue, traceback: [note, ...outcome.traceback] }, target);
  }

  /** Installs the hook the display API (../display.ts) publishes through. */
  installDisplayHook(): void {
    const hook: KernelOutputs = {
      bundle: (value) => bundleOf(value, (v, options) => this.platform.inspect(v, options)),
      publish: (msgType, content) => {
        this.flush(); // keep text and displays in the order they were made
        const origin = this.origin();
        if (origin?.silent) return;
        if (origin !== null && msgType !== "clear_output") origin.published++;
        this.publish(msgType, content, origin?.request ?? null);
      },
      cell: () => {
        const origin = this.origin();
        if (origin === null) return undefined;
        const cellId = origin.request.metadata.cellId;
        const code = origin.request.content.code;
        const info: CellInfo = { code: typeof code === "string" ? code : "", execution: origin.execution };
        if (typeof cellId === "string") info.cellId = cellId;
        return info;
      },
      atCellEnd: (callback) => {
        const running = this.current;
        if (running === null) return false;
        running.atEnd.push(callback);
        return true;
      },
      published: () => this.origin()?.published ?? 0,
    };
    (globalThis as Record<symbol, unknown>)[KERNEL_OUTPUTS] = hook;
  }
}
