// The built package, as notebooks and other code load it: `import * as np from "numts"`
// resolves through node_modules to lib/dist (CommonJS + .d.ts), and its types must check
// under TypeScript 5.0, the version inside tslab's kernel.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts50 from "typescript-5.0";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");

/** Type-checks `source` as a file in the repository root, with tslab's compiler options. */
function typeCheck(source: string): string[] {
  const dir = mkdtempSync(join(root, "node_modules", ".numts-typecheck-"));
  const file = join(dir, "cell.ts");
  writeFileSync(file, source);
  try {
    return diagnostics(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function diagnostics(file: string): string[] {
  const program = ts50.createProgram([file], {
    target: ts50.ScriptTarget.ES2022,
    module: ts50.ModuleKind.CommonJS,
    moduleResolution: ts50.ModuleResolutionKind.NodeJs,
    strict: true,
    esModuleInterop: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules", "@types")],
    noEmit: true,
  });
  return ts50.getPreEmitDiagnostics(program).map((d) => ts50.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the built numts package", () => {
  it("loads with require() from the repository and prints NumPy's repr through console.log", () => {
    const script = 'const np = require("numts"); console.log(np.array([[1, 2], [3, 4]]).T); console.log(String(np.arange(3)));';
    const printed = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(printed).toBe("array([[1., 3.],\n       [2., 4.]])\n[0. 1. 2.]\n");
  });

  it("type-checks a lecture-style cell under TypeScript 5.0 (tslab's compiler)", () => {
    const errors = typeCheck(`
      import * as np from "numts";
      np.random.seed(42);
      const data = np.random.randn(500, 2);
      const labels = np.greater(np.add(data.slice(":", 0), data.slice(":", 1)), 0);
      const W1 = np.random.randn(2, 4);
      const hidden = np.divide(1, np.add(1, np.exp(np.negative(np.dot(data, W1)))));
      const loss: number = np.mean(np.power(np.subtract(labels.reshape(-1, 1), hidden), 2));
      const cols: np.NDArray = np.sum(hidden, { axis: 0 });
      np.subtract(W1, np.multiply(0.1, np.dot(data.T, hidden)), { out: W1 });
      const v: number | np.NDArray = np.dot([1, 2], [3, 4]);
      console.log(loss, cols, v, String(np.array([1, 0, 0], "int64")));
      const [train, test] = np.split(data, [400]);
      const [classes, counts] = np.unique(labels, { return_counts: true });
      const [U, S, Vh] = np.linalg.svd(W1);
      const singular: np.NDArray = np.linalg.svd(W1, { compute_uv: false });
      const [xx, yy] = np.meshgrid(np.linspace(-1, 1, { num: 5 }), np.linspace(-1, 1, 5), { indexing: "ij" });
      const grid: np.NDArray = np.c_(xx.ravel(), yy.ravel());
      const correct: number = np.count_nonzero(np.argmax(hidden, 1).eq(labels));
      const close: boolean = np.allclose(np.sum(hidden, 0), cols);
      data.sort(0);
      console.log(train, test, classes, counts, U, S, Vh, singular, grid, correct, close, np.linalg.norm(W1, "fro"), np.round(W1, 2));
    `);
    expect(errors).toEqual([]);
  }, 60_000); // a TypeScript program: seconds on a busy machine

  it("reports type errors in user code (the types are really loaded)", () => {
    const errors = typeCheck(`
      import * as np from "numts";
      const n: number = np.zeros(3);
      np.sum(np.zeros(3), { axes: 0 });
    `);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("Type 'NDArray' is not assignable to type 'number'");
  }, 60_000); // a TypeScript program: seconds on a busy machine
});
