// Replays test/golden/core.json (made by test/golden/make_core.py from NumPy) through numts:
// element-wise ops, reductions, products, creation and indexing, with exact values and errors.
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { decode, expectNumpyError, golden, type Golden, type GoldenArray, isEncoded, num } from "../golden";

interface Case {
  fn: string;
  args: Golden[];
  kwargs: Record<string, Golden>;
  result?: GoldenArray | { scalar: Golden };
  error?: { type: string; message: string };
}

const asAxis = (axis: Golden | undefined) => (axis === undefined ? undefined : (axis as number | number[]));

// How each golden function is called in numts (keyword arguments become options).
const CALLS: Record<string, (args: unknown[], kw: Record<string, Golden>) => unknown> = {
  where: ([c, x, y]) => np.where(c as np.ArrayLike, x as np.ArrayLike, y as np.ArrayLike),
  clip: ([a, lo, hi]) => np.clip(a as np.ArrayLike, lo as np.ArrayLike | null, hi as np.ArrayLike | null),
  getitem: ([a, ...idx]) => (a as np.NDArray).slice(...(idx as np.Index[])),
  setitem: ([a, value, ...idx]) => (a as np.NDArray).copy().set(...(idx as np.Index[]), value as np.ArrayLike),
  astype: ([a, dtype]) => (a as np.NDArray).astype(dtype as string),
  ravel: ([a]) => (a as np.NDArray).ravel(),
  reshape: ([a, shape]) => (a as np.NDArray).reshape(shape as number[]),
  transpose: ([a, axes]) => (a as np.NDArray).transpose(axes as number[]),
  arange: (args, kw) => (np.arange as (...a: unknown[]) => np.NDArray)(...args, kw),
  linspace: ([start, stop, n], kw) => np.linspace(start as number, stop as number, n as number, kw as np.LinspaceOptions),
  eye: ([n, m, k]) => np.eye(n as number, m as number | undefined, k as number | undefined),
  zeros: ([shape], kw) => np.zeros(shape as number[], kw as { dtype?: string }),
  ones: ([shape], kw) => np.ones(shape as number[], kw as { dtype?: string }),
  full: ([shape, value], kw) => np.full(shape as number[], value as number, kw as { dtype?: string }),
};
for (const name of ["sum", "mean", "max", "min", "prod", "std", "var", "all", "any", "argmax", "argmin"] as const) {
  CALLS[name] = ([a], kw) => (np[name] as (a: unknown, o: object) => unknown)(a, { ...kw, axis: asAxis(kw.axis) });
}
for (const name of ["dot", "matmul", "inner", "outer"] as const) {
  CALLS[name] = ([a, b]) => np[name](a as np.ArrayLike, b as np.ArrayLike);
}

function call(c: Case): unknown {
  const args = c.args.map(decode);
  const special = CALLS[c.fn];
  if (special !== undefined) return special(args, c.kwargs);
  const fn = (np as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn];
  if (typeof fn !== "function") throw new Error(`no numts function ${c.fn}`);
  return fn(...args);
}


function describeCase(c: Case): string {
  const args = c.args.map((a) => (isEncoded(a) ? ("gen" in (a as object) ? `gen${JSON.stringify((a as { gen: { shape: number[] } }).gen.shape)}` : `array${JSON.stringify((a as { array: GoldenArray }).array.shape)}`) + (JSON.stringify((a as { view: unknown }).view) !== "[]" ? JSON.stringify((a as { view: unknown }).view) : "") : JSON.stringify(a)));
  return `${c.fn}(${args.join(", ")}${Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : ""})`;
}

/** Every value to the bit (math functions included: numts's libm is glibc's, NumPy's reference here). */
function expectSame(actual: number, expected: number): void {
  expect(Object.is(actual, expected) ? "same" : `${actual} (expected ${expected})`).toBe("same");
}

const cases = golden<Case[]>("core");

describe("numts matches NumPy (test/golden/core.json)", () => {
  for (const c of cases) {
    it(describeCase(c), () => {
      if (c.error !== undefined) {
        expectNumpyError(() => call(c), c.error);
        return;
      }
      const result = call(c);
      const expected = c.result!;
      if ("scalar" in expected) {
        // NumPy gives a scalar where numts may give a 0-d array (ufuncs on 0-d input, axis=0 of 1-D).
        const value = result instanceof np.NDArray && result.ndim === 0 ? result.item() : result;
        expect(typeof value === "number" || typeof value === "boolean", `got ${String(result)}`).toBe(true);
        expectSame(Number(value), num(expected.scalar));
        return;
      }
      expect(result).toBeInstanceOf(np.NDArray);
      const a = result as np.NDArray;
      expect(a.dtype).toBe(expected.dtype);
      expect(a.shape).toEqual(expected.shape);
      const values = a.flatten().data;
      expected.data.forEach((v, i) => expectSame(values[i], num(v)));
    });
  }
});
