// Course programs ported to numts end to end (test/ports/*.py, each beside its port *.ts): each
// port runs and must print what NumPy prints, character for character. What NumPy prints was
// recorded by test/golden/make_ports.py in two ways:
//
// - <name>.exact.json: NumPy with every matrix product summed in index order, one multiply and
//   one add at a time, as numts (and the reference BLAS) sums. Here a port must agree to the last
//   bit: every printed line, and the trained parameters compared as doubles.
// - <name>.txt: NumPy as students run it, with OpenBLAS's matrix products. OpenBLAS sums in
//   blocks with fused multiply-adds, in an order that depends on the CPU it picks a kernel for,
//   so the last bits of every product with an inner dimension of tens or more differ from an
//   index-order sum (and between CPUs), and training amplifies that. A port prints the same
//   lines at the precision courses print (here "%f" / ".6f" for losses), except where a run
//   passes through an unstable phase that grows those last bits to the printed digits; such
//   lines are named for each program below, with the measured cause, and still checked
//   against the index-order run above, to the last digit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "numts";
import { beforeAll, describe, expect, it } from "vitest";
import { fixed, pyfloat, pyint, sci, tuple } from "./python";
import * as cs231n_fc_net from "./cs231n_fc_net";
import * as cs231n_knn_softmax from "./cs231n_knn_softmax";
import * as nnfs_adam from "./nnfs_adam";
import * as planar from "./planar";
import * as spiral_softmax from "./spiral_softmax";

interface Port {
  name: string;
  main: (print: (line: string) => void) => Record<string, unknown>;
  /**
   * Lines that NumPy-with-OpenBLAS prints otherwise, and why: their numbers are compared within
   * `tolerance` (relative, or absolute below 1), or not at all (null) where the runs have parted.
   */
  blasSensitive?: { lines: RegExp; tolerance: number | null; why: string };
}

const PORTS: Port[] = [
  {
    name: "cs231n_fc_net",
    main: cs231n_fc_net.main,
    blasSensitive: {
      // The gradient checks print rel_error of a numerical gradient, (f(x+h) - f(x-h)) / 2h, against
      // the analytic one: both agree to round-off, so the error measures round-off itself, which
      // OpenBLAS's products change. Measured (NumPy 2.4, OpenBLAS's SkylakeX kernel vs index
      // order): 18 of the 45 errors print otherwise, by up to a factor of 3 (dx error
      // 5.4e-11 vs 1.1e-10), and batchnorm's b1, whose true gradient is 0, 2.66e-07 vs 2.22e-03.
      // The losses, accuracies and every training line print the same.
      lines: /error: /,
      tolerance: null,
      why: "the gradient checks' relative errors, which measure round-off",
    },
  },
  {
    name: "cs231n_knn_softmax",
    main: cs231n_knn_softmax.main,
    blasSensitive: {
      // grad_check_sparse's relative error is (f(x+h) - f(x-h)) / 2h against the analytic
      // gradient: the difference of two losses of ~2.3 that agree to 5 digits, so the losses'
      // last-bit differences (OpenBLAS's products) reach the error's 4th digit. Measured (NumPy
      // 2.4, OpenBLAS's SkylakeX kernel vs index order): 3 of the 20 errors print otherwise,
      // by at most 3.5e-12 (6.198977e-08 vs 6.199328e-08); the numerical and analytic
      // gradients themselves print the same.
      lines: /^numerical: .*relative error/,
      tolerance: 1e-9,
      why: "the gradient check's relative errors, which are differences of nearly equal losses",
    },
  },
  { name: "spiral_softmax", main: spiral_softmax.main },
  {
    name: "nnfs_adam",
    main: nnfs_adam.main,
    blasSensitive: {
      // Measured (full-precision loss, OpenBLAS's SkylakeX kernel vs index order): Adam at
      // learning rate 0.05 grows the products' last-bit differences steadily, 3e-15 at epoch 20,
      // 1e-11 at 60, 1e-8 at 300, 1e-4 at 480, and from epoch ~500 the two runs follow different
      // trajectories (accuracies of 0.977 and 0.960 at epoch 10000). NumPy's own runs part there
      // too: with OPENBLAS_CORETYPE=Haswell or Prescott it prints other lines from epoch 500-600.
      lines: /^epoch: ([5-9]\d\d|\d{4,}),/,
      tolerance: null,
      why: "epoch 500, where Adam's runs have parted",
    },
  },
  {
    name: "planar",
    main: planar.main,
    blasSensitive: {
      // Measured (NumPy 2.4, OpenBLAS's SkylakeX kernel vs index order): the costs agree to
      // 2.5e-16 up to iteration 6500; then gradient descent at learning rate 1.2 turns unstable
      // (the cost rises from 0.2178 to 0.2210 by iteration 6730) and the difference grows
      // x1.15 per iteration, to 5e-4 at iteration 6700 and 1e-5 at 7000. NumPy prints
      // 0.220605 at iteration 7000 with the SkylakeX kernel, 0.220648 with Haswell's, 0.220621
      // with Prescott's (OPENBLAS_CORETYPE); index-order sums (numts) give 0.220616.
      lines: /^Cost after iteration [789]000:|^Decision boundary grid:|^Accuracy: /,
      tolerance: 1e-4,
      why: "the first model's iteration 7000 on (it passes an unstable phase at iteration ~6650), and its decision boundary and accuracy",
    },
  },
];

const here = (file: string): string => join(__dirname, file);
const lines = (text: string): string[] => text.replace(/\n$/, "").split("\n");
const numbers = (line: string): number[] => (line.match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? []).map(Number);

/** The arrays of a port's result as flat lists of doubles, by name (nested objects joined with "."). */
function flatten(value: unknown, prefix: string, out: Map<string, number[]>): Map<string, number[]> {
  if (value instanceof np.NDArray) out.set(prefix, Array.from(value.flatten().data));
  else if (Array.isArray(value)) out.set(prefix, value as number[]);
  else if (typeof value === "number") out.set(prefix, [value]);
  else for (const [k, v] of Object.entries(value as object)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** The doubles at which `actual` and `expected` differ (Object.is: -0 and NaN count), as text. */
function differences(actual: number[], expected: number[]): string[] {
  const out: string[] = [];
  expected.forEach((e, i) => {
    if (!Object.is(actual[i], e) && out.length < 5) out.push(`[${i}] ${actual[i]} (NumPy ${e})`);
  });
  return out;
}

for (const port of PORTS) {
  describe(`${port.name}.ts, the numts port of ${port.name}.py`, () => {
    const printed: string[] = [];
    let result: Record<string, unknown>;
    const exact = JSON.parse(readFileSync(here(`${port.name}.exact.json`), "utf8")) as { printed: string[]; values: Record<string, unknown> };
    const openblas = lines(readFileSync(here(`${port.name}.txt`), "utf8"));

    // The ports train networks for thousands of steps: minutes on a loaded 2-core machine.
    beforeAll(() => {
      result = port.main((line) => printed.push(...line.split("\n")));
    }, 600_000);

    it("prints what NumPy prints with index-order matrix products, character for character", () => {
      expect(printed).toEqual(exact.printed);
    });

    it("ends with NumPy's parameters, to the last bit", () => {
      const want = flatten(exact.values, "", new Map());
      const got = flatten(result, "", new Map());
      expect([...got.keys()]).toEqual([...want.keys()]);
      for (const [name, values] of want) {
        expect(got.get(name)).toHaveLength(values.length);
        expect(differences(got.get(name)!, values), name).toEqual([]);
      }
    });

    const sensitive = port.blasSensitive;
    it(`prints what NumPy with OpenBLAS prints, character for character${sensitive ? ` (but for the lines from ${sensitive.why})` : ""}`, () => {
      expect(printed).toHaveLength(openblas.length);
      const same = printed.filter((_, i) => !sensitive?.lines.test(openblas[i]));
      expect(same).toEqual(openblas.filter((l) => !sensitive?.lines.test(l)));
      for (const [i, line] of openblas.entries()) {
        if (!sensitive?.lines.test(line)) continue;
        const [ours, theirs] = [numbers(printed[i]), numbers(line)];
        expect(printed[i].replace(/[-\d.e+]+/g, "#")).toBe(line.replace(/[-\d.e+]+/g, "#"));
        const tolerance = sensitive.tolerance;
        if (tolerance === null) continue;
        ours.forEach((x, j) => expect(Math.abs(x - theirs[j]), `${printed[i]} vs NumPy's ${line}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(x))));
      }
    });
  });
}

describe("python.ts, Python's number formatting for ports", () => {
  const golden = JSON.parse(readFileSync(here("python_format.json"), "utf8")) as {
    values: string[];
    str: string[];
    fixed: Record<string, string[]>;
    sci: Record<string, string[]>;
    percent_d: (string | null)[];
    tuples: [number[], string][];
  };
  const values = golden.values.map((v) => (v === "inf" ? Infinity : v === "-inf" ? -Infinity : Number(v)));

  it("pyfloat is Python's str(float)", () => {
    expect(values.map(pyfloat)).toEqual(golden.str);
  });

  it("fixed(x, n) is Python's f\"{x:.nf}\", ties to even", () => {
    for (const [digits, want] of Object.entries(golden.fixed)) expect(values.map((v) => fixed(v, Number(digits)))).toEqual(want);
  });

  it("sci(x, n) is Python's \"%.ne\" % x, ties to even", () => {
    for (const [digits, want] of Object.entries(golden.sci)) expect(values.map((v) => sci(v, Number(digits)))).toEqual(want);
  });

  it('pyint is Python\'s "%d" % x', () => {
    values.forEach((v, i) => golden.percent_d[i] !== null && expect(pyint(v)).toBe(golden.percent_d[i]));
  });

  it("tuple is Python's str of a tuple of ints", () => {
    for (const [items, want] of golden.tuples) expect(tuple(items)).toBe(want);
  });
});
