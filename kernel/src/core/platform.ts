// What the core needs from the runtime it runs on. Everything Node-specific (vm, require, files,
// util.inspect, process streams and signals) is behind this interface, in ../node/platform.ts;
// a Web Worker implements it with indirect eval, bundled modules and console hooks.
import type ts from "@tslab/typescript-for-tslab";

/** A type diagnostic of the converter (positions are zero-based). */
export interface Diagnostic {
  start: { offset: number; line: number; character: number };
  end: { offset: number; line: number; character: number };
  messageText: string;
  code: number;
}

/** What converting a cell gave. */
export interface Conversion {
  /** The cell as JavaScript (CommonJS: it uses `exports` and `require`); absent for an empty cell. */
  output?: string;
  /** The declarations of every cell so far, for the next conversion. */
  declOutput?: string;
  /** Non-empty when the cell does not type-check; the other fields are then absent. */
  diagnostics: Diagnostic[];
  /** The `exports` key that receives the value of the cell's last expression. */
  lastExpressionVar?: string;
  hasToplevelAwait?: boolean;
}

/**
 * The cell converter (./converter.ts, on tslab's TypeScript 5.0 fork): type-checks each cell
 * against the declarations of earlier cells and gives its JavaScript, completions and inspection.
 */
export interface Converter {
  convert(prevDecl: string, src: string): Conversion;
  complete(prevDecl: string, src: string, position: number): { start: number; end: number; candidates: string[]; original?: { entries: readonly { name: string; kind: string }[] } };
  inspect(prevDecl: string, src: string, position: number): ts.QuickInfo | undefined;
  close(): void;
}

/** Where the runtime's output and stray errors go (see Platform.capture). */
export interface RuntimeSink {
  /** Text written to stdout or stderr (console.log, console.error, process.stdout.write, ...). */
  write(stream: "stdout" | "stderr", text: string): void;
  /** An error nothing caught: thrown by a callback (timer, event) or a promise rejected unawaited. */
  uncaught(error: unknown, kind: "callback" | "rejection"): void;
}

/**
 * A value that follows asynchronous work (Node's AsyncLocalStorage): code run by `run(value, fn)`,
 * and the timers, promises and callbacks it starts, see `value` from `get()`. The core uses it to
 * know which cell a timer's output belongs to; a runtime without it may track synchronous code only.
 */
export interface AsyncContext<T> {
  run<R>(value: T, fn: () => R): R;
  get(): T | undefined;
}

/** Options of Platform.inspect (those of Node's `util.inspect` that the kernel uses). */
export interface InspectOptions {
  depth?: number;
  maxArrayLength?: number;
  breakLength?: number;
}

/** A notebook file, for the hint that names the cell defining a missing name. */
export interface NotebookFile {
  name: string;
  /** The .ipynb JSON text. */
  text: string;
}

export interface Platform {
  /** For kernel_info: this kernel's version, the TypeScript that checks cells, the runtime. */
  readonly versions: { kernel: string; typescript: string; runtime: string };
  /**
   * Loads TypeScript and makes the converter (./converter.ts): a second or more, done once, when the kernel
   * is idle or by the first request that needs it. May throw KeyboardInterrupt (Node: when a
   * shutdown arrives meanwhile).
   */
  createConverter(): Converter;
  /**
   * Runs a type check (the converter's `convert`). A platform that can stop synchronous code
   * (Node: SIGINT) lets an interrupt stop a long one: it throws KeyboardInterrupt then, and the
   * converter, left half-way, must not be used again (the core makes a new one). Others run it.
   */
  typeCheck<T>(check: () => T): T;
  /**
   * Runs a cell's JavaScript as a script in the global scope and returns its completion value;
   * stack frames of the code name `filename` (e.g. `cell[3]:2:7`). Throws what the code throws,
   * and KeyboardInterrupt (./errors.ts) when the user interrupts it.
   */
  runScript(code: string, filename: string): unknown;
  /** `require` as cells see it (Node: resolved from the notebook's folder; a worker: the bundled modules). */
  require(id: string): unknown;
  /** A value as text, as the runtime's console shows it (Node: `util.inspect`; numts arrays: NumPy's repr). */
  inspect(value: unknown, options?: InspectOptions): string;
  /**
   * Whether a stack frame (`at f (file:2:7)`, trimmed) is in the runtime's or the kernel's own code
   * (Node: its internals and kernel/dist; a worker: the site's bundle), so that tracebacks show
   * only the user's frames: cells and the user's modules.
   */
  isInternalFrame(frame: string): boolean;
  /**
   * Whether a stack frame ("at fn (/path/file.js:3:7)") is inside numts's packages (numts,
   * numts-plot, numts-lessons): tracebacks leave those out, as NumPy's show the student's code.
   * A platform without it shows them (a browser's bundles may remove them from stacks itself).
   */
  libraryFrame?(frame: string): boolean;
  /** Tracebacks keep every frame, the library's and the kernel's (Node: NUMTS_FULL_TRACEBACK=1 or --full-traceback). */
  readonly fullTracebacks?: boolean;
  /**
   * The notebook this kernel runs (else those beside it), read now; none when that would be more
   * than `atMost` files (a folder of many notebooks, the kernel's own unknown).
   */
  notebooks(atMost?: number): NotebookFile[];
  /**
   * Loads package `id` as a cell's import of it would (Node: `require` from the notebook's folder),
   * so that the import finds it loaded; a failure is ignored (the cell that imports it reports it).
   * A platform without it loads packages at their import only.
   */
  preload?(id: string): void;
  /** A new async context (see AsyncContext). */
  asyncContext<T>(): AsyncContext<T>;
  /** Sends the runtime's stdout/stderr text and uncaught errors to `sink` from now on. Called once. */
  capture(sink: RuntimeSink): void;
  /**
   * Whether an interrupt arrived that the core has not been told of as an event yet (Node: a flag
   * in memory shared with the I/O thread, set while this thread was busy). Polled between the
   * phases of a request (queued, type-checked, run, awaited).
   */
  interruptPending(): boolean;
  /** The core stopped the interrupted request, or found nothing to stop: the interrupt is done. */
  interruptHandled(): void;
}
