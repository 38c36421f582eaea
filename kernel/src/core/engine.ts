// The TypeScript engine: the converter (./converter.ts) type-checks each cell against the declarations of
// earlier cells and turns it into JavaScript; the platform runs that JavaScript; the engine
// shares top-level declarations between cells and reports the last expression's value or the
// error.
import ts from "@tslab/typescript-for-tslab";
import { calleeAt } from "./callee";
import { type CellSources, compileError, type ErrorOutcome, KeyboardInterrupt, type Outcome, type StackView, thrownError } from "./errors";
import { silentHabits } from "./habits";
import { typeErrorHints } from "./hints";
import type { Interrupts } from "./interrupts";
import type { Conversion, Converter, Platform } from "./platform";
import { expandShorthand } from "./shorthand";

/** Where cells find `exports` (earlier cells' declarations) and `require` (see Engine.execute). */
const CELL_SCOPE = "__numts_kernel__";

/**
 * How many cells' sources are kept to show late errors (from timers and promises) at the line of
 * the cell: a bounded window, so that a long session does not keep every compiled cell.
 */
const KEPT_SOURCES = 100;

/** Signature and documentation of a symbol (Shift-Tab). */
export interface SymbolInfo {
  signature: string;
  documentation: string;
  tags: { name: string; text: string }[];
}

export class Engine {
  private loadedConverter: Converter | null = null;
  private readonly exports: Record<string, unknown> = {};
  private prevDecl = "";
  private readonly sources = new Map<string, CellSources>();

  constructor(private readonly platform: Platform) {
    const target = this.exports;
    // Cells assign their top-level declarations to `exports`; named imports arrive through
    // defineProperty with getters, which must become plain, re-assignable values.
    const exportsProxy = new Proxy(target, {
      defineProperty: (_t, prop, attrs) => {
        if (prop !== "__esModule") target[prop as string] = attrs.get ? attrs.get() : attrs.value;
        return true;
      },
    });
    (globalThis as Record<string, unknown>)[CELL_SCOPE] = { exports: exportsProxy, require: (id: string) => platform.require(id) };
  }

  /** Whether TypeScript is loaded (see prepare). */
  get ready(): boolean {
    return this.loadedConverter !== null;
  }

  /**
   * Loads TypeScript now (a second or more) rather than at the first cell, and reads the
   * declarations of `packages` (a tenth of a second or more for numts), so that the first cells
   * that import them do not wait for that either. The packages must come with declaration files
   * (as numts's do): a module in TypeScript or JavaScript is converted once, by the first cell that
   * imports it, and a check made here would be that once.
   */
  prepare(packages: readonly string[] = []): void {
    const converter = this.converter();
    if (packages.length === 0) return;
    try {
      // A cell that only imports them, checked and thrown away: TypeScript keeps the files it read.
      this.platform.typeCheck(() => converter.convert("", packages.map((id) => `import ${JSON.stringify(id)};`).join("\n")));
    } catch (error) {
      if (error instanceof KeyboardInterrupt) this.discardConverter(); // stopped half-way
      throw error;
    }
  }

  private converter(): Converter {
    this.loadedConverter ??= this.platform.createConverter();
    return this.loadedConverter;
  }

  /**
   * Type-checks and runs one cell. `name` labels its stack frames (e.g. "cell[3]"). Between its
   * phases it stops if `interrupts` says so, and an interrupt ends an awaited promise. A cell that
   * type-checks but holds a Python habit with another meaning in TypeScript (`n // 2`) gets a
   * note through `note` (the cell's stderr) before it runs.
   */
  async execute(code: string, name: string, interrupts: Interrupts, note?: (text: string) => void): Promise<Outcome> {
    if (interrupts.take()) return interrupted("before the cell ran");
    let converter: Converter;
    try {
      converter = this.converter(); // the first cell may have to load TypeScript (and may fail to)
    } catch (error) {
      return this.thrown(error);
    }
    let converted: Conversion;
    try {
      converted = this.platform.typeCheck(() => converter.convert(this.prevDecl, code));
    } catch (error) {
      if (!(error instanceof KeyboardInterrupt)) throw error;
      this.discardConverter();
      interrupts.handled();
      return interrupted("while the cell was type-checked");
    }
    if (converted.diagnostics.length > 0) {
      return compileError(code, converted.diagnostics, typeErrorHints(code, converted.diagnostics, () => this.platform.notebooks()));
    }
    if (!converted.output) {
      this.prevDecl = converted.declOutput ?? "";
      return { status: "ok", value: undefined, hasValue: false };
    }
    if (note !== undefined) for (const text of silentHabits(code)) note(`${text}\n`);
    const js = expandShorthand(converted.output, (n) => n in this.exports);
    const prefix = converted.hasToplevelAwait ? "(async function(exports, require) { " : "(function(exports, require) { ";
    const wrapped = `${prefix}${js}\n})(${CELL_SCOPE}.exports, ${CELL_SCOPE}.require)`;
    this.remember(name, { js: wrapped, ts: code });
    if (interrupts.take()) return interrupted("before the cell ran");
    try {
      const result: unknown = this.platform.runScript(wrapped, name);
      if (converted.hasToplevelAwait) await interrupts.wait(result as Promise<unknown>);
    } catch (error) {
      // Declarations that did run stay usable, as in any REPL.
      this.prevDecl = converted.declOutput ?? this.prevDecl;
      if (error instanceof KeyboardInterrupt) interrupts.handled();
      return this.thrown(error);
    }
    this.prevDecl = converted.declOutput ?? "";
    const key = converted.lastExpressionVar;
    if (key === undefined || !(key in this.exports)) return { status: "ok", value: undefined, hasValue: false };
    const value = this.exports[key];
    delete this.exports[key];
    return { status: "ok", value, hasValue: value !== undefined };
  }

  /** A thrown error as an error output, its frames at the lines of the recent cells they ran in. */
  thrown(error: unknown): ErrorOutcome {
    return thrownError(error, stackView(this.platform, (filename) => this.sources.get(filename)));
  }

  private remember(name: string, sources: CellSources): void {
    this.sources.delete(name);
    this.sources.set(name, sources);
    if (this.sources.size > KEPT_SOURCES) this.sources.delete(this.sources.keys().next().value as string);
  }

  /** Completions at `cursor`: names, the range they replace, and each name's kind. */
  complete(code: string, cursor: number): { matches: string[]; start: number; end: number; kinds: Map<string, string> } {
    const info = this.converter().complete(this.prevDecl, code, cursor);
    const kinds = new Map<string, string>();
    for (const entry of info.original?.entries ?? []) kinds.set(entry.name, entry.kind);
    return { matches: info.candidates, start: info.start, end: info.end, kinds };
  }

  /**
   * Signature and documentation of the name at `cursor`, or else of the function whose argument
   * list the cursor is in (`np.dot(|`, as ipykernel answers), or null.
   */
  inspect(code: string, cursor: number): SymbolInfo | null {
    const converter = this.converter();
    let at = cursor;
    let info = converter.inspect(this.prevDecl, code, at);
    const callee = info ? null : calleeAt(code, cursor);
    if (callee !== null) info = converter.inspect(this.prevDecl, code, (at = callee));
    if (!info) return null;
    // At a call, TypeScript documents the call signature; a constant whose type is callable (a ufunc
    // such as np.exp, a scalar type such as np.float32) carries its JSDoc on the name instead. So
    // where the signature has none, the name alone (the code cut after it) gives the documentation.
    let documented = info;
    if (!info.documentation?.length) {
      const bare = converter.inspect(this.prevDecl, code.slice(0, nameEnd(code, at)), at);
      if (bare?.documentation?.length) documented = bare;
    }
    const text = (parts: readonly ts.SymbolDisplayPart[] | undefined) => (parts ?? []).map((p) => p.text).join("");
    return {
      signature: text(info.displayParts),
      documentation: text(documented.documentation),
      tags: (documented.tags ?? []).map((tag) => ({ name: tag.name, text: text(tag.text) })),
    };
  }

  /** A converter stopped half-way is dropped; the next use loads a new one (declarations are kept here). */
  private discardConverter(): void {
    const broken = this.loadedConverter;
    this.loadedConverter = null;
    try {
      broken?.close();
    } catch {
      // its state is inconsistent: what it holds goes with it
    }
  }

  close(): void {
    this.loadedConverter?.close();
  }
}

/** Whether `code` is a complete cell, needs more lines (with the indent of the next), or cannot be completed. */
export function isComplete(code: string): { status: "complete" | "incomplete" | "invalid"; indent?: string } {
  // Two blank lines at the end mean "run it", as in IPython.
  if (/\n[ \t]*\n[ \t]*$/.test(code)) return { status: "complete" };
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const errors = (file as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  if (errors.length === 0) return { status: "complete" };
  const atEnd = (d: ts.DiagnosticWithLocation) => d.start === code.length && typeof d.messageText === "string" && d.messageText.endsWith(" expected.");
  if (!errors.every(atEnd)) return { status: "invalid" };
  return { status: "incomplete", indent: nextIndent(code) };
}

/** How the platform's tracebacks are made, with `sources` for the cells' frames. */
export function stackView(platform: Platform, sources: StackView["sources"]): StackView {
  return { sources, inspect: (value) => platform.inspect(value), internalFrame: (frame) => platform.isInternalFrame(frame), libraryFrame: (frame) => platform.libraryFrame?.(frame) ?? false, full: platform.fullTracebacks ?? false };
}

/** The error of a request stopped before its code ran. */
function interrupted(when: string): ErrorOutcome {
  const message = `the kernel was interrupted ${when}`;
  return { status: "error", ename: "KeyboardInterrupt", evalue: message, traceback: [`KeyboardInterrupt: ${message}`] };
}

/** The indent of the line after `code`: the last line's, one level deeper after an opening bracket. */
function nextIndent(code: string): string {
  const last = code.slice(code.lastIndexOf("\n") + 1);
  const indent = /^[ \t]*/.exec(last)?.[0] ?? "";
  return /[{([][ \t]*$/.test(last) ? indent + "  " : indent;
}

/** The end of the identifier that `position` is in or starts (`np.ex|p(x)` → after `exp`). */
function nameEnd(code: string, position: number): number {
  let end = position;
  while (end < code.length && /[\p{ID_Continue}$\u200c\u200d]/u.test(code[end])) end++;
  return end;
}
