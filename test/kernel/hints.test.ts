// The hints under type errors: names used before the cell that defines them has run, and the
// habits of students who know Python and NumPy (issue 16), each with the exact input.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pythonHints, silentHabits } from "../../kernel/src/core/habits";
import { missingNameHint, typeErrorHints, whereDeclared as whereDeclaredIn } from "../../kernel/src/core/hints";
import type { Converter } from "../../kernel/src/core/platform";
import { NodePlatform, nodeNotebooks } from "../../kernel/src/node/platform";
import { SharedSignals } from "../../kernel/src/node/signals";
import { ROOT } from "./kernelspec";

function folderWith(cells: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "numts-hints-"));
  const notebook = { cells: [{ cell_type: "markdown", source: "# const fake = 1" }, ...cells.map((source) => ({ cell_type: "code", source: source.split(/(?<=\n)/) }))] };
  writeFileSync(join(dir, "lesson.ipynb"), JSON.stringify(notebook));
  return dir;
}

const whereDeclared = (name: string, dir: string) => whereDeclaredIn(name, nodeNotebooks(dir, undefined));

describe("whereDeclared", () => {
  const dir = folderWith([
    'import * as np from "numts";\nimport { plot, type Figure } from "numts-plot";',
    "// weights\nconst weights = np.zeros(3);\nlet { a, b: renamed } = obj;",
    "function sigmoid(z: number) {\n  return z;\n}\nclass Net {}\ntype Shape = number[];",
  ]);

  it("finds declarations, imports and destructured names in code cells, numbered among code cells", () => {
    expect(whereDeclared("np", dir)).toBe('code cell 1 of lesson.ipynb (`import * as np from "numts";`)');
    expect(whereDeclared("Figure", dir)).toMatch(/^code cell 1 /);
    expect(whereDeclared("weights", dir)).toBe("code cell 2 of lesson.ipynb (`const weights = np.zeros(3);`)");
    expect(whereDeclared("renamed", dir)).toMatch(/^code cell 2 /);
    for (const name of ["sigmoid", "Net", "Shape"]) expect(whereDeclared(name, dir)).toMatch(/^code cell 3 /);
  });

  it("ignores markdown, property accesses and longer names", () => {
    expect(whereDeclared("fake", dir)).toBeUndefined();
    expect(whereDeclared("zeros", dir)).toBeUndefined();
    expect(whereDeclared("weight", dir)).toBeUndefined();
  });

  it("the hint names the cell, or says what to do when no notebook declares the name", () => {
    expect(missingNameHint("Cannot find name 'weights'.", () => nodeNotebooks(dir, undefined))).toBe(
      "'weights' is defined in code cell 2 of lesson.ipynb (`const weights = np.zeros(3);`), which has not run in this kernel yet: run it first (Run All Above runs every cell above this one).",
    );
    expect(missingNameHint("Cannot find name 'nowhere'.", () => nodeNotebooks(dir, undefined))).toBe("If an earlier cell defines 'nowhere', run that cell first (Run All Above runs every cell above this one).");
    expect(missingNameHint("Type 'string' is not assignable to type 'number'.", () => nodeNotebooks(dir, undefined))).toBeUndefined();
  });
});

/** What the cells below are typed against: the names of a lesson (arrays, numbers, a list). */
const LESSON = `import * as np from "numts";
const w = np.random.randn(3); const a = np.zeros([3, 2]); const b = np.ones(3); const W = np.zeros([3, 3]); let V = np.zeros([3, 3]); const g = np.ones([3, 3]);
const lr = 0.1; const x = np.arange(6); const xs = [1, 2, 3]; let n = 5; const i = 0; const j = 1; const loss = 0.5; const y = 1;`;

/** [the habit of issue 16, what the student typed, the hints]: "none" rows are TypeScript mistakes that are not Python's. */
const CASES: [string, string, string[]][] = [
  ["arithmetic", "w * 2", ["TypeScript's operators do not work on arrays: `w * 2` is `np.multiply(w, 2)` or `w.mul(2)` in numts"]],
  ["arithmetic", "2 * w", ["TypeScript's operators do not work on arrays: `2 * w` is `np.multiply(2, w)` in numts"]],
  ["arithmetic", "w + b", ["TypeScript's operators do not work on arrays: `w + b` is `np.add(w, b)` or `w.add(b)` in numts"]],
  ["**", "w ** 2", ["TypeScript's operators do not work on arrays: `w ** 2` is `np.power(w, 2)` or `w.pow(2)` in numts"]],
  ["@", "a @ b", ["TypeScript has no `@` operator: the matrix product a @ b is `np.matmul(a, b)` (or `np.dot(a, b)`)"]],
  ["augmented assignment", "W -= lr * g", ["TypeScript's operators do not work on arrays; NumPy's `W -= lr * g` is `np.subtract(W, np.multiply(lr, g), { out: W })` in numts (in place)"]],
  ["augmented assignment", "V -= lr * g", ["TypeScript's operators do not work on arrays; NumPy's `V -= lr * g` is `np.subtract(V, np.multiply(lr, g), { out: V })` in numts (in place)"]],
  ["augmented assignment", "n -= w", ["TypeScript's operators do not work on arrays; NumPy's `n -= w` is `n = np.subtract(n, w)` in numts"]],
  ["slicing", "a[:, 0]", ["numts writes NumPy's slice a[:, 0] as `a.slice(\":\", 0)`"]],
  ["slicing", "a[1:3]", ["numts writes NumPy's slice a[1:3] as `a.slice(\"1:3\")`"]],
  ["slicing", "a[:, 0] = 5", ["numts writes NumPy's slice assignment as `a.set(\":\", 0, 5)`"]],
  ["a[i, j]", "a[i, j]", ["numts writes NumPy's a[i, j] as `a.get(i, j)` (one element, a number) or `a.slice(i, j)` (an array)"]],
  ["a[i, j]", "a[i, j] = 2", ["numts writes NumPy's `a[i, j] = ...` as `a.set(i, j, 2)`"]],
  ["len", "len(a)", ["`a.shape[0]` is the length of a numts array's first axis, as len gives in Python (`a.length` for a list or a string)"]],
  ["shape comparisons", "a.shape == (3, 2)", ["`(…)` is not a tuple in TypeScript (the comma operator keeps only its last value): compare the shape's entries, `a.shape.length === 2 && a.shape[0] === 3 && a.shape[1] === 2`"]],
  ["shape comparisons", "a.shape[0] == (3,)", ["`(…)` is not a tuple in TypeScript (the comma operator keeps only its last value): compare the shape's entries, `a.shape[0] === 3`"]],
  ["shape comparisons", "a.shape === [3, 2]", ["`==` compares arrays by reference, not by their entries: compare the shape's entries, `a.shape.length === 2 && a.shape[0] === 3 && a.shape[1] === 2`"]],
  ["print", "print(w)", ["TypeScript prints with `console.log(w)`"]],
  ["print", "print(\"loss:\", loss)", ["TypeScript prints with `console.log(\"loss:\", loss)`"]],
  ["range", "for (const k of range(n)) {}", ["TypeScript counts with `for (let k = 0; k < n; k++)`"]],
  ["range", "const r = range(5)", ["TypeScript has no range: `np.arange(5)` is an array of those numbers; in a loop, `for (let i = 0; i < 5; i++)`"]],
  ["True/False/None", "const t = True", ["TypeScript writes `true` for Python's `True`"]],
  ["True/False/None", "let stop = False", ["TypeScript writes `false` for Python's `False`"]],
  ["True/False/None", "let best = None", ["TypeScript writes `null` (or `undefined` for a missing value) for Python's `None`"]],
  ["def", "def relu(x):\n    return np.maximum(0, x)", ["TypeScript declares functions with braces instead of a colon and indentation, and a type for each parameter: `function relu(x: np.ArrayLike) { ... }`"]],
  ["def", "def train(x, lr=0.1):\n    pass", ["TypeScript declares functions with braces instead of a colon and indentation, and a type for each parameter: `function train(x: np.ArrayLike, lr = 0.1) { ... }`"]],
  ["lambda", "const double = lambda v: v * 2", ["TypeScript writes `lambda v: v * 2` as an arrow function: `(v) => v * 2`"]],
  ["for x in", "for v in xs:\n    print(v)", ["a Python for loop is written `for (const v of xs) { ... }` in TypeScript", "TypeScript prints with `console.log(v)`"]],
  ["for x in", "for i in range(10):\n    print(i)", ["a Python for loop is written `for (let i = 0; i < 10; i++) { ... }` in TypeScript", "TypeScript prints with `console.log(i)`"]],
  ["for x in", "for i, v in enumerate(xs):\n    print(i, v)", ["a Python for loop is written `for (const [i, v] of xs.entries()) { ... }` in TypeScript", "TypeScript prints with `console.log(i, v)`"]],
  ["f-strings", "console.log(f\"loss {loss}\")", ["TypeScript's f-strings are template literals, in backquotes: `loss ${loss}`"]],
  ["f-strings", "print(f\"loss {loss:.4f}\")", ["TypeScript's f-strings are template literals, in backquotes: `loss ${loss.toFixed(4)}`", "TypeScript prints with console.log(`loss ${loss.toFixed(4)}`)"]],
  ["import numpy", "import numpy as np", ["numts is NumPy for TypeScript: write `import * as np from \"numts\";`"]],
  ["import numpy", "from numpy import zeros, ones", ["numts is NumPy for TypeScript: write `import { zeros, ones } from \"numts\";`"]],
  ["keyword arguments", "np.sum(x, axis=0)", ["numts takes NumPy's keyword arguments in an options object: `np.sum(x, { axis: 0 })`"]],
  ["keyword arguments", "np.mean(x, axis=1, keepdims=True)", ["numts takes NumPy's keyword arguments in an options object: `np.mean(x, { axis: 1, keepdims: true })`"]],
  ["//", "console.log(7 // 2)", ["`//` starts a comment in TypeScript; Python's integer division 7 // 2 is `Math.floor(7 / 2)` for numbers, `np.floor_divide(7, 2)` for arrays"]],
  ["//", "console.log(n // 2)", ["`//` starts a comment in TypeScript; Python's integer division n // 2 is `Math.floor(n / 2)` for numbers, `np.floor_divide(n, 2)` for arrays"]],
  ["and/or/not", "if (n > 0 and y > 0) {}", ["TypeScript's `and`, `or` and `not` are `&&`, `||` and `!`: `if (n > 0 && y > 0) {}`"]],
  ["and/or/not", "const c1 = n > 0 or y > 0", ["TypeScript's `and`, `or` and `not` are `&&`, `||` and `!`: `const c1 = n > 0 || y > 0`"]],
  ["and/or/not", "const c2 = not true", ["TypeScript's `and`, `or` and `not` are `&&`, `||` and `!`: `const c2 = !true`"]],
  ["and/or/not", "if (not (n > 0)) {}", ["TypeScript's `and`, `or` and `not` are `&&`, `||` and `!`: `if (!(n > 0)) {}`"]],
  ["and/or/not", "if (w > 0 and y > 0) {}", ["TypeScript's `and`, `or` and `not` are `&&`, `||` and `!`: `if (w > 0 && y > 0) {}`", "comparisons of numts arrays are functions: `np.greater(w, 0)` (or `w.gt(0)`), element by element"]],
  ["none", "const s = \"x and y\"; const q: number = s", []],
  ["none", "const q2: number = \"s\" // check and verify", []],
  ["none", "W -= 0.1", []],
  ["none", "const half: string = n", []],
  ["none", "const e = np.exp(-w); e.foo", []],
  ["none", "let u = 1; u = \"one\"", []],
  ["none", "const q3 = xs[n > 0 ? 1 : 0] 2", []],
];

describe("hints for Python and NumPy habits, from the diagnostics of the real type check", () => {
  let converter: Converter;
  let lesson: string;
  beforeAll(() => {
    // Checked as in a notebook of notebooks/, where "numts" resolves to the built package.
    converter = new NodePlatform(join(ROOT, "notebooks"), new SharedSignals()).createConverter();
    lesson = converter.convert("", LESSON).declOutput ?? "";
  }, 120_000);
  afterAll(() => converter?.close());

  it.each(CASES)("%s: %j", (_habit, cell, hints) => {
    const { diagnostics } = converter.convert(lesson, cell);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(pythonHints(cell, diagnostics)).toEqual(hints);
  });

  it("a name a notebook cell declares is a cell not run yet, even when Python has it too", () => {
    const dir = folderWith(["function range(n: number) {\n  return [...Array(n).keys()];\n}"]);
    const code = "for (const k of range(3)) {}";
    const { diagnostics } = converter.convert(lesson, code);
    expect(typeErrorHints(code, diagnostics, () => nodeNotebooks(dir, undefined))).toEqual([expect.stringMatching(/^'range' is defined in code cell 1 of lesson.ipynb/)]);
    expect(typeErrorHints(code, diagnostics, () => [])).toEqual(["Hint: TypeScript counts with `for (let k = 0; k < 3; k++)`."]);
  });
});

describe("notes for Python habits that type-check with another meaning", () => {
  const note = (left: string, right: string) => `Note: \`//\` starts a comment in TypeScript, so \`${left} // ${right}\` is just \`${left}\`. Python's integer division is \`Math.floor(${left} / ${right})\` for numbers, \`np.floor_divide(${left}, ${right})\` for arrays.`;

  it.each([
    ["const half = n // 2", [note("n", "2")]],
    ["const batches = X.shape[0] // batch_size;", [note("X.shape[0]", "batch_size")]],
    ["n_batches = len(X) // 32", [note("len(X)", "32")]],
    ["const mid = (lo + hi) // 2", [note("(lo + hi)", "2")]],
  ])("%j", (cell, notes) => {
    expect(silentHabits(cell)).toEqual(notes);
  });

  it.each([
    "const width = 800 // px",
    "const b = 0 // the bias",
    "const lr = 0.1 // TODO",
    "// 2\nconst n = 4",
    "const n = 4\n// 2",
    'const s = "n // 2"',
    "const t = `n // 2`",
    "const r = /n\\/\\/2/",
    "const w = np.zeros(3) // weights: 3 inputs",
  ])("none: %j", (cell) => {
    expect(silentHabits(cell)).toEqual([]);
  });
});
