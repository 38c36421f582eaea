// How errors are shown: type errors with line, column and caret; thrown errors with the stack
// cut down to the user's frames, each at its line of the cell's TypeScript (numts's own frames
// left out, as NumPy's tracebacks show the student's code); thrown values that are not Errors as
// the runtime's console shows them.
import type { Diagnostic } from "./platform";

/** What running a cell gave. */
export type Outcome = { status: "ok"; value: unknown; hasValue: boolean } | ErrorOutcome;

/** A failed cell, as the error message and the error reply carry it. */
export interface ErrorOutcome {
  status: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}

/** Thrown when the user interrupts the kernel (the name Python users know from ipykernel). */
export class KeyboardInterrupt extends Error {
  constructor(message = "the kernel was interrupted") {
    super(message);
    this.name = "KeyboardInterrupt";
  }
}

/** A cell's sources, to show its stack frames at the line of its TypeScript. */
export interface CellSources {
  /** The JavaScript that ran (the frames' line numbers count its lines). */
  js: string;
  /** The cell as the user wrote it. */
  ts: string;
}

/** Type errors as one error output: each diagnostic with line:col, the offending line and a caret, then the hints. */
export function compileError(code: string, diagnostics: Diagnostic[], hints: readonly string[]): ErrorOutcome {
  const lines = code.split("\n");
  const traceback: string[] = [];
  for (const d of diagnostics) {
    const message = readable(d.messageText);
    const line = d.start.line + 1;
    const col = d.start.character + 1;
    const source = lines[d.start.line] ?? "";
    const width = d.end.line === d.start.line ? Math.max(1, d.end.character - d.start.character) : Math.max(1, source.length - d.start.character);
    traceback.push(`${line}:${col} - error TS${d.code}: ${message}`, `  ${source}`, `  ${" ".repeat(d.start.character)}${"^".repeat(width)}`);
  }
  traceback.push(...hints);
  const first = diagnostics[0];
  return {
    status: "error",
    ename: "TypeScriptError",
    evalue: `${first.start.line + 1}:${first.start.character + 1} - ${readable(first.messageText)}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ""}${hints.map((h) => ` ${h}`).join("")}`,
    traceback,
  };
}

/** A diagnostic's message without the file paths TypeScript writes into type names (`import("/…/ndarray").NDArray` → `NDArray`). */
function readable(message: string): string {
  return message.replace(/import\("[^"]*"\)\./g, "");
}

function isError(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
}

/** What a thrown error's traceback is made with. */
export interface StackView {
  /** The sources of the cell whose script has this filename (e.g. "cell[3]"), if known. */
  sources(filename: string): CellSources | undefined;
  /** A value as the runtime's console shows it. */
  inspect(value: unknown): string;
  /** Whether a frame is the runtime's or the kernel's own (Platform.isInternalFrame). */
  internalFrame(frame: string): boolean;
  /** Whether a frame is inside numts's packages (numts, numts-plot, numts-lessons). */
  libraryFrame(frame: string): boolean;
  /** Every frame, the library's and the kernel's too (for library developers). */
  full: boolean;
}

/**
 * A thrown value as an error output. Errors show their name, message and the user's frames
 * (`view.sources` finds the cells they ran in); anything else is shown as the runtime's console
 * shows it, as Node's REPL does: `throw { code: 7 }` gives `Uncaught { code: 7 }`.
 */
export function thrownError(error: unknown, view: StackView): ErrorOutcome {
  if (!isError(error)) {
    const text = view.inspect(error);
    return { status: "error", ename: "Uncaught", evalue: text, traceback: [`Uncaught ${text}`] };
  }
  const ename = error.name || "Error";
  const message = String(error.message);
  return { status: "error", ename, evalue: message, traceback: [`${ename}: ${message}`, ...cleanStack(String(error.stack ?? ""), view)] };
}

/** A frame in a cell: `cell[3]:2:7` (the filename the engine gave the cell's script). */
const CELL_FRAME = /([\w$]+\[[^\]\s()]*\]):(\d+):(\d+)/;

/** The frame of the indirect eval that runs a cell's script (the cell's own frames follow it). */
const EVAL_FRAME = /^at eval \(<anonymous>\)$/;

/**
 * The stack frames worth showing: those in cells (at their line of the cell's TypeScript, with
 * that line) and in the user's modules; not the eval wrapper's, nor those the platform says are
 * the kernel's or the runtime's (Platform.isInternalFrame), nor numts's unless nothing else is
 * left (an error in the library's own callbacks). `view.full` keeps them all.
 */
export function cleanStack(stack: string, view: StackView): string[] {
  const frames: string[] = [];
  const library: string[] = [];
  for (const line of stack.split("\n").slice(1)) {
    const frame = line.trim();
    if (!frame.startsWith("at ") || EVAL_FRAME.test(frame) || (!view.full && view.internalFrame(frame))) continue;
    const inCell = CELL_FRAME.exec(frame);
    if (inCell === null) {
      (!view.full && view.libraryFrame(frame) ? library : frames).push(`    ${frame}`);
      continue;
    }
    const [, name, jsLineText] = inCell;
    const cell = view.sources(name);
    const jsLines = cell?.js.split("\n") ?? [];
    const jsLine = jsLines[Number(jsLineText) - 1];
    // The wrapper's own call of the cell: its last line, after the cell's code.
    if (cell !== undefined && Number(jsLineText) >= jsLines.length) continue;
    const tsLines = cell?.ts.split("\n") ?? [];
    const cellLine = jsLine === undefined ? null : sourceLine(jsLine, tsLines);
    // Timer callbacks show as "Timeout.boom [as _onTimeout]", functions of earlier cells (called
    // through the exports proxy) as "Proxy.boom": the user's name is "boom".
    const fn = /^at (?:async )?(.+?) \(/.exec(frame)?.[1]?.replace(/^(?:Timeout|Immediate|Proxy)\./, "").replace(/ \[as [^\]]*\]$/, "");
    const where = cellLine === null ? name : `${name} line ${cellLine}`;
    const named = fn !== undefined && !/\beval\b/.test(fn) && fn !== "Object.<anonymous>";
    frames.push(`    at ${named ? `${fn} (${where})` : where}`);
    if (cellLine !== null) frames.push(`        ${tsLines[cellLine - 1].trim()}`);
  }
  return frames.length > 0 ? frames : library;
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
