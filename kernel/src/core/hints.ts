// Hints shown under a cell's type errors. Two kinds: a name used before the cell that defines it
// has run (TypeScript only says "Cannot find name 'data'"; this finds the cell of the notebook
// that declares it, so the error can say which cell to run), and Python's habits (./habits.ts).
import { pythonHints } from "./habits";
import { codeCells, escapeRegExp } from "./notebook";
import type { Diagnostic, NotebookFile } from "./platform";

/** TypeScript's "Cannot find name 'x'" (2304, 2552 "... Did you mean 'y'?") and "Cannot find namespace 'x'" (2503). */
const MISSING_NAME_CODES = new Set([2304, 2503, 2552]);

function declares(source: string, name: string): boolean {
  const n = escapeRegExp(name);
  const declaration = new RegExp(`(^|[^.\\w$])(const|let|var|function\\*?|class|interface|type|enum)\\s+${n}(?![\\w$])`, "m");
  const destructured = new RegExp(`(const|let|var)\\s*[{[][^=]*(?<![\\w$])${n}(?![\\w$])[^=]*[}\\]]\\s*=`, "m");
  const imported = new RegExp(`import\\s+(\\*\\s+as\\s+${n}(?![\\w$])|${n}(?![\\w$])|[^;]*\\{[^}]*(?<![\\w$])${n}(?![\\w$])[^}]*\\})[^;]*from`, "m");
  return declaration.test(source) || destructured.test(source) || imported.test(source);
}

/** Where `name` is declared: "code cell 2 of lesson.ipynb (`const data = …`)", or undefined. */
export function whereDeclared(name: string, notebooks: readonly NotebookFile[]): string | undefined {
  for (const file of notebooks) {
    const code = codeCells(file);
    for (let i = 0; i < code.length; i++) {
      const source = code[i];
      if (!declares(source, name)) continue;
      const firstLine = source.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("//")) ?? "";
      return `code cell ${i + 1} of ${file.name} (\`${firstLine.trim().slice(0, 60)}\`)`;
    }
  }
  return undefined;
}

/** The hint added to a "Cannot find name" error. */
export function missingNameHint(message: string, notebooks: () => readonly NotebookFile[]): string | undefined {
  const name = missingName(message);
  if (name === undefined) return undefined;
  const where = whereDeclared(name, notebooks());
  return where === undefined
    ? `If an earlier cell defines '${name}', run that cell first (Run All Above runs every cell above this one).`
    : `'${name}' is defined in ${where}, which has not run in this kernel yet: run it first (Run All Above runs every cell above this one).`;
}

function missingName(message: string): string | undefined {
  return /Cannot find (?:name|namespace) '([^']+)'/.exec(message)?.[1];
}

/**
 * The hints for a cell's type errors (Python's habits start "Hint: "). A name that a cell of the
 * notebook declares is a cell not run yet, even when Python has that name too (`range`, `len`);
 * otherwise Python's habits, and the "run the cell that defines it" hint when nothing else fits.
 */
export function typeErrorHints(code: string, diagnostics: readonly Diagnostic[], notebooks: () => readonly NotebookFile[]): string[] {
  const missing = diagnostics.find((d) => MISSING_NAME_CODES.has(d.code));
  const name = missing && missingName(missing.messageText);
  let found: readonly NotebookFile[] | undefined;
  const files = () => (found ??= notebooks());
  if (name !== undefined && whereDeclared(name, files()) !== undefined) return [missingNameHint(missing!.messageText, files)!];
  const habits = pythonHints(code, diagnostics);
  if (habits.length > 0) return habits.map((h) => `Hint: ${h}.`);
  const fallback = missing && missingNameHint(missing.messageText, files);
  return fallback === undefined ? [] : [fallback];
}
