// The engine's Node side: cells run through `vm` (so that SIGINT stops them), `require` resolves
// from the notebook's folder, values print with `util.inspect`, process.stdout/stderr and
// uncaught errors are captured, and TypeScript comes from tslab's package.
import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, sep } from "node:path";
import { inspect } from "node:util";
import vm from "node:vm";
import ts from "@tslab/typescript-for-tslab";
import { createConverter } from "../core/converter";
import { KeyboardInterrupt } from "../core/errors";
import type { AsyncContext, Converter, InspectOptions, NotebookFile, Platform, RuntimeSink } from "../core/platform";
import { Phase, type SharedSignals } from "./signals";
import type { CodeCachedModule } from "./code-cache";
import { setKernelV8Flags } from "./tuning";

/**
 * Frames of Node's internals (`node:internal/...`, `(node:vm:...)`), of the kernel (kernel/dist)
 * and of the vm script that starts every cell (RUN_TASK, filename "numts-kernel").
 */
const INTERNAL_FRAME = /node:internal|\(node:|kernel[/\\]dist[/\\]|numts-kernel:\d/;

/** Where the constant vm script finds what to run (see runInterruptibly). */
const TASK = Symbol.for("numts-kernel.task");

/**
 * One vm script, run with breakOnSigint, calls the task it finds on globalThis (a cell, evaluated
 * by indirect eval, or a type check): code inside it can mark itself as inside the SIGINT watchdog.
 */
const RUN_TASK = new vm.Script(`globalThis[Symbol.for("numts-kernel.task")]()`, { filename: "numts-kernel" });

function packageVersion(file: string): string {
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** numts's packages, whose frames tracebacks leave out (see Platform.libraryFrame). */
const LIBRARIES = ["numts", "numts-plot", "numts-lessons"];

export interface NodePlatformOptions {
  /** Tracebacks keep every frame; the default is NUMTS_FULL_TRACEBACK=1 in the environment. */
  fullTracebacks?: boolean;
  /** TypeScript loaded through V8's code cache (./startup): saved after the first type check, when what it runs most has been compiled. */
  typescriptCache?: CodeCachedModule;
}

export class NodePlatform implements Platform {
  readonly versions: Platform["versions"];
  readonly fullTracebacks: boolean;
  private typescriptCache: CodeCachedModule | undefined;
  private readonly cellRequire: NodeJS.Require;
  private libraryDirs: string[] | undefined;

  /** @param rootDir the notebook's folder: imports resolve from here, as in Node. */
  constructor(
    private readonly rootDir: string,
    private readonly signals: SharedSignals,
    options: NodePlatformOptions = {},
  ) {
    this.fullTracebacks = options.fullTracebacks ?? process.env.NUMTS_FULL_TRACEBACK === "1";
    this.typescriptCache = options.typescriptCache;
    setKernelV8Flags(); // set already when main.ts started the kernel; not when a test made this platform
    this.cellRequire = createRequire(join(rootDir, "__cell__.js"));
    this.versions = {
      kernel: packageVersion(join(__dirname, "..", "..", "package.json")),
      typescript: packageVersion(require.resolve("@tslab/typescript-for-tslab/package.json")),
      runtime: `Node.js ${process.versions.node}`,
    };
  }

  createConverter(): Converter {
    return this.runInterruptibly(Phase.LOADING, "loading TypeScript was interrupted", () => {
      return createConverter({ system: ts.sys, browser: false, fallbackTypeRoot: nodeTypesRoot() });
    });
  }

  typeCheck<T>(check: () => T): T {
    const result = this.runInterruptibly(Phase.CHECKING, "the type check was interrupted", check);
    this.typescriptCache?.save();
    this.typescriptCache = undefined;
    return result;
  }

  runScript(code: string, filename: string): unknown {
    const script = `${code}\n//# sourceURL=${filename}`;
    return this.runInterruptibly(Phase.RUNNING, "the kernel was interrupted", () => (0, eval)(script) as unknown);
  }

  /**
   * Runs `task` so that SIGINT stops it (Node's `breakOnSigint`), throwing KeyboardInterrupt then.
   * Errors keep their stacks as they are (`displayErrors: false`: vm would prepend the source line).
   */
  private runInterruptibly<T>(phase: Phase, interrupted: string, task: () => T): T {
    const global = globalThis as Record<symbol, unknown>;
    global[TASK] = () => this.signals.inside(phase, task);
    try {
      return RUN_TASK.runInThisContext({ breakOnSigint: true, displayErrors: false }) as T;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_INTERRUPTED") throw new KeyboardInterrupt(interrupted);
      throw error;
    } finally {
      this.signals.left();
      delete global[TASK];
    }
  }

  require(id: string): unknown {
    return this.cellRequire(id);
  }

  libraryFrame(frame: string): boolean {
    // The folders the cells' imports of numts's packages resolve to (links resolved, as stack
    // frames show them), found at the first error.
    this.libraryDirs ??= LIBRARIES.flatMap((name) => {
      try {
        const dir = dirname(this.cellRequire.resolve(`${name}/package.json`));
        return [...new Set([dir, realpathSync(dir)])].map((d) => d + sep);
      } catch {
        return []; // not installed beside this notebook
      }
    });
    return this.libraryDirs.some((dir) => frame.includes(dir));
  }

  inspect(value: unknown, options?: InspectOptions): string {
    return inspect(value, options);
  }

  isInternalFrame(frame: string): boolean {
    return INTERNAL_FRAME.test(frame);
  }

  /** The notebook the server runs this kernel for (JPY_SESSION_NAME), else those in the kernel's folder. */
  notebooks(atMost?: number): NotebookFile[] {
    return nodeNotebooks(this.rootDir, process.env.JPY_SESSION_NAME, atMost);
  }

  preload(id: string): void {
    try {
      this.cellRequire(id);
    } catch {
      // not installed beside this notebook, or failing to load: the cell that imports it says why
    }
  }

  asyncContext<T>(): AsyncContext<T> {
    const storage = new AsyncLocalStorage<T>();
    return { run: (value, fn) => storage.run(value, fn), get: () => storage.getStore() };
  }

  capture(sink: RuntimeSink): void {
    const route = (stream: "stdout" | "stderr") =>
      ((chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
        sink.write(stream, typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
        if (typeof done === "function") process.nextTick(done as () => void);
        return true;
      }) as typeof process.stdout.write;
    process.stdout.write = route("stdout");
    process.stderr.write = route("stderr");
    process.on("uncaughtException", (error) => sink.uncaught(error, "callback"));
    process.on("unhandledRejection", (reason) => sink.uncaught(reason, "rejection"));
  }

  interruptPending(): boolean {
    return this.signals.interruptPending();
  }

  interruptHandled(): void {
    this.signals.interruptHandled();
  }
}

/**
 * The @types folder holding the @types/node that tslab depends on: cells see Node's types even
 * where no @types/node is installed above the notebook's folder.
 */
function nodeTypesRoot(): string | undefined {
  try {
    return dirname(dirname(createRequire(require.resolve("tslab/package.json")).resolve("@types/node/package.json")));
  } catch {
    return undefined; // not installed: cells get the types installed beside them only
  }
}

/**
 * The notebook named `session` (the server's JPY_SESSION_NAME) in `rootDir`, else every notebook
 * there; none when there are more than `atMost`.
 */
export function nodeNotebooks(rootDir: string, session: string | undefined, atMost = Infinity): NotebookFile[] {
  let files: string[];
  if (session?.endsWith(".ipynb")) files = [basename(session)];
  else {
    try {
      files = readdirSync(rootDir).filter((f) => f.endsWith(".ipynb")).sort();
    } catch {
      files = [];
    }
  }
  if (files.length > atMost) return [];
  const found: NotebookFile[] = [];
  for (const name of files) {
    try {
      found.push({ name, text: readFileSync(join(rootDir, name), "utf8") });
    } catch {
      // unreadable: nothing to search
    }
  }
  return found;
}
