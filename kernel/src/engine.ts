// The TypeScript engine: tslab's converter (a TypeScript 5.0 language service that type-checks
// each cell against the declarations of earlier cells and turns it into JavaScript) and an
// executor that runs the JavaScript and reports the value of the last expression, or the error.
import { createRequire } from "node:module";
import { join } from "node:path";
import vm from "node:vm";
import { type Converter, createConverter, type Diagnostic, isCompleteCode } from "tslab/dist/converter";
import { printQuickInfo } from "tslab/dist/inspect";
import ts from "@tslab/typescript-for-tslab";
import { calleeAt } from "./callee";
import { MISSING_NAME_CODES, missingNameHint } from "./hints";
import { expandShorthand } from "./shorthand";

/** What running a cell gave. */
export type Outcome =
  | { status: "ok"; value: unknown; hasValue: boolean }
  | { status: "error"; ename: string; evalue: string; traceback: string[]; error?: unknown };

/** Rejects the awaited promise of a cell when the user interrupts the kernel. */
class Interrupt {
  private reject: (e: Error) => void = () => {};
  promise = this.reset();

  private reset(): Promise<never> {
    const p = new Promise<never>((_, reject) => {
      this.reject = reject;
    });
    p.catch(() => {});
    return p;
  }

  fire(): void {
    const error = new Error("Interrupted: the kernel received an interrupt while the cell was waiting");
    error.name = "KeyboardInterrupt";
    this.reject(error);
    this.promise = this.reset();
  }
}

export class Engine {
  private readonly converter: Converter;
  private readonly exports: Record<string, unknown> = {};
  private readonly interrupt = new Interrupt();
  private prevDecl = "";

  /** @param rootDir the notebook's folder: imports resolve from here, as in Node. */
  constructor(private readonly rootDir: string) {
    this.converter = createConverter({ isJS: false, isBrowser: false });
    const target = this.exports;
    // Cells assign their top-level declarations to `exports`; named imports arrive through
    // defineProperty with getters, which must become plain, re-assignable values.
    const exportsProxy = new Proxy(target, {
      defineProperty: (_t, prop, attrs) => {
        if (prop !== "__esModule") target[prop as string] = attrs.get ? attrs.get() : attrs.value;
        return true;
      },
    });
    const require = createRequire(join(rootDir, "__cell__.js"));
    vm.runInThisContext("(x) => { globalThis.__numts_kernel__ = x; }")({ exports: exportsProxy, require });
  }

  /** Type-checks and runs one cell. `name` labels its stack frames (e.g. "cell[3]"). */
  async execute(code: string, name: string): Promise<Outcome> {
    const converted = this.converter.convert(this.prevDecl, code);
    if (converted.diagnostics.length > 0) return compileError(code, converted.diagnostics, this.rootDir);
    if (!converted.output) {
      this.prevDecl = converted.declOutput ?? "";
      return { status: "ok", value: undefined, hasValue: false };
    }
    const js = expandShorthand(converted.output, (n) => n in this.exports);
    const prefix = converted.hasToplevelAwait ? "(async function(exports, require) { " : "(function(exports, require) { ";
    const wrapped = `${prefix}${js}\n})(__numts_kernel__.exports, __numts_kernel__.require)`;
    try {
      const result: unknown = vm.runInThisContext(wrapped, { filename: name, breakOnSigint: true });
      if (converted.hasToplevelAwait) await Promise.race([result, this.interrupt.promise]);
    } catch (error) {
      // Declarations that did run stay usable, as in any REPL.
      this.prevDecl = converted.declOutput ?? this.prevDecl;
      return runtimeError(error, name, js, code);
    }
    this.prevDecl = converted.declOutput ?? "";
    const key = converted.lastExpressionVar;
    if (key === undefined || !(key in this.exports)) return { status: "ok", value: undefined, hasValue: false };
    const value = this.exports[key];
    delete this.exports[key];
    return { status: "ok", value, hasValue: value !== undefined };
  }

  /** Interrupts a cell waiting on a promise (synchronous code is stopped by SIGINT itself). */
  interruptWaiting(): void {
    this.interrupt.fire();
  }

  /** Completions at `cursor`: names, the range they replace, and each name's kind. */
  complete(code: string, cursor: number): { matches: string[]; start: number; end: number; kinds: Map<string, string> } {
    const info = this.converter.complete(this.prevDecl, code, cursor);
    const kinds = new Map<string, string>();
    for (const entry of info.original?.entries ?? []) kinds.set(entry.name, entry.kind);
    return { matches: info.candidates, start: info.start, end: info.end, kinds };
  }

  /**
   * Signature and documentation of the name at `cursor`, or else of the function whose
   * argument list the cursor is in (`np.dot(|`, as ipykernel answers), or null.
   */
  inspect(code: string, cursor: number): string | null {
    let info = this.converter.inspect(this.prevDecl, code, cursor);
    const callee = info ? null : calleeAt(code, cursor);
    if (callee !== null) info = this.converter.inspect(this.prevDecl, code, callee);
    return info ? printQuickInfo(info) : null;
  }

  /** Whether `code` is a complete cell, needs more lines, or cannot be completed. */
  isComplete(code: string): { status: "complete" | "incomplete" | "invalid"; indent?: string } {
    const result = isCompleteCode(code);
    if (!result.completed) return { status: "incomplete", indent: result.indent ?? "" };
    // tslab only tells "needs more" from "complete"; a syntax error before the end is invalid.
    const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const errors = (file as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics ?? [];
    return { status: errors.length > 0 ? "invalid" : "complete" };
  }

  close(): void {
    this.converter.close();
  }
}

/** Type errors as one error output: each diagnostic with line:col and the offending line. */
function compileError(code: string, diagnostics: Diagnostic[], rootDir: string): Outcome {
  const lines = code.split("\n");
  const traceback: string[] = [];
  let hint: string | undefined;
  for (const d of diagnostics) {
    if (hint === undefined && MISSING_NAME_CODES.has(d.code)) hint = missingNameHint(d.messageText, rootDir);
    const line = d.start.line + 1;
    const col = d.start.character + 1;
    const source = lines[d.start.line] ?? "";
    const width = d.end.line === d.start.line ? Math.max(1, d.end.character - d.start.character) : Math.max(1, source.length - d.start.character);
    traceback.push(`${line}:${col} - error TS${d.code}: ${d.messageText}`, `  ${source}`, `  ${" ".repeat(d.start.character)}${"^".repeat(width)}`);
  }
  if (hint !== undefined) traceback.push(hint);
  const first = diagnostics[0];
  return {
    status: "error",
    ename: "TypeScriptError",
    evalue: `${first.start.line + 1}:${first.start.character + 1} - ${first.messageText}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ""}${hint === undefined ? "" : ` ${hint}`}`,
    traceback,
  };
}

/** An error thrown while running a cell, with the stack cut down to the user's frames. */
function runtimeError(error: unknown, name: string, js: string, ts: string): Outcome {
  if (!(error instanceof Error)) {
    return { status: "error", ename: "Error", evalue: `Uncaught ${String(error)}`, traceback: [`Uncaught ${String(error)}`], error };
  }
  const ename = error.name || "Error";
  const header = `${ename}: ${error.message}`;
  const frames = cleanStack(error.stack ?? "", name, js, ts);
  return { status: "error", ename, evalue: error.message, traceback: [header, ...frames], error };
}

/**
 * The stack frames worth showing: the user's cell (with its line in the cell's source) and the
 * user's modules; not the kernel's, Node's internals or the vm wrapper.
 */
export function cleanStack(stack: string, name: string, js: string, ts: string): string[] {
  const jsLines = js.split("\n");
  const tsLines = ts.split("\n");
  const frames: string[] = [];
  for (const line of stack.split("\n").slice(1)) {
    const frame = line.trim();
    if (!frame.startsWith("at ")) continue;
    if (/node:internal|\(node:|kernel[/\\]dist[/\\]|__numts_kernel__/.test(frame)) continue;
    const inCell = frame.match(new RegExp(`${escapeRegExp(name)}:(\\d+):(\\d+)`));
    if (inCell) {
      const jsLine = jsLines[Number(inCell[1]) - 1];
      if (jsLine === undefined) continue; // the wrapper's own call of the cell
      const cellLine = sourceLine(jsLine, tsLines);
      const fn = frame.match(/^at (.+?) \(/)?.[1];
      const where = cellLine === null ? name : `${name} line ${cellLine}`;
      frames.push(`    at ${fn && !fn.startsWith("eval") && fn !== "Object.<anonymous>" ? `${fn} (${where})` : where}`);
      if (cellLine !== null) frames.push(`        ${tsLines[cellLine - 1].trim()}`);
    } else {
      frames.push(`    ${frame}`);
    }
  }
  return frames;
}

/**
 * The 1-based line of the TypeScript source that a line of the emitted JavaScript came from:
 * the emitter drops types and blank lines but keeps each statement's words, so it is the source
 * line whose words overlap most with it (Jaccard similarity; ties: the first).
 */
function sourceLine(jsLine: string, tsLines: readonly string[]): number | null {
  const words = (s: string) => new Set(s.match(/[A-Za-z_$][\w$]*|\d+(\.\d+)?|"[^"]*"|'[^']*'|`[^`]*`/g) ?? []);
  const target = words(jsLine);
  if (target.size === 0) return null;
  let best: number | null = null;
  let bestScore = 0;
  tsLines.forEach((line, i) => {
    const candidate = words(line);
    let shared = 0;
    for (const w of candidate) if (target.has(w)) shared++;
    const score = shared / (target.size + candidate.size - shared);
    if (score > bestScore) {
      bestScore = score;
      best = i + 1;
    }
  });
  return best;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
