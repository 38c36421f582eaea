// Replays test/golden/functions.json (made by test/golden/make_functions.py from NumPy) through
// numts: joining, sorting, counting, shape functions, running totals, grids, NaN-aware
// reductions, rounding, np.linalg; values to the bit, dtypes, shapes, str and repr, and errors.
import { inspect } from "node:util";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { expectNumpyError, golden, type Golden, type GoldenArray, num } from "../golden";
import { callNumts, describeCall, type GoldenCall } from "./golden-calls";

type Result = { array: GoldenArray; str: string; repr: string } | { scalar: Golden } | { list: Result[] };

interface Case extends GoldenCall {
  result?: Result;
  error?: { type: string; message: string };
  /** Compared within this tolerance, relative to the largest magnitude (LAPACK's SVD). */
  tol?: number;
}

/** Whether two doubles are the same, or (with `tol`) within tol times `scale`. */
function same(actual: number, expected: number, tol: number | undefined, scale: number): boolean {
  if (Object.is(actual, expected)) return true;
  if (tol === undefined) return false;
  return Number.isFinite(expected) && Math.abs(actual - expected) <= tol * Math.max(scale, Number.MIN_VALUE);
}

function expectValues(actual: ArrayLike<number>, expected: Golden[], tol: number | undefined): void {
  const want = expected.map(num);
  const scale = want.reduce((m, x) => (Number.isFinite(x) ? Math.max(m, Math.abs(x)) : m), 0);
  const bad = want.findIndex((x, i) => !same(actual[i], x, tol, tol === undefined ? 0 : scale));
  expect(bad < 0 ? "same" : `element ${bad}: ${actual[bad]} (expected ${want[bad]})`).toBe("same");
}

function expectResult(result: unknown, expected: Result, tol: number | undefined): void {
  if ("list" in expected) {
    expect(Array.isArray(result), `got ${String(result)}`).toBe(true);
    const list = result as unknown[];
    expect(list).toHaveLength(expected.list.length);
    expected.list.forEach((e, i) => expectResult(list[i], e, tol));
    return;
  }
  if ("scalar" in expected) {
    const value = result instanceof np.NDArray && result.ndim === 0 ? result.item() : result;
    expect(typeof value === "number" || typeof value === "boolean", `got ${String(result)}`).toBe(true);
    expectValues([Number(value)], [expected.scalar], tol);
    return;
  }
  expect(result).toBeInstanceOf(np.NDArray);
  const a = result as np.NDArray;
  expect(a.dtype).toBe(expected.array.dtype);
  expect(a.shape).toEqual(expected.array.shape);
  expectValues(a.flatten().data, expected.array.data, tol);
  if (tol === undefined) {
    expect(String(a)).toBe(expected.str);
    expect(inspect(a)).toBe(expected.repr);
  }
}

/** `[U, S, Vh]` against NumPy's: S within `tol`; U's columns and Vh's rows up to a sign per singular value. */
function expectSvd(result: unknown, expected: Result & { list: Result[] }, tol: number): void {
  const [U, S, Vh] = result as [np.NDArray, np.NDArray, np.NDArray];
  const [eU, eS, eVh] = expected.list.map((r) => (r as { array: GoldenArray }).array);
  expectResult(S, expected.list[1], tol);
  expect(U.shape).toEqual(eU.shape);
  expect(Vh.shape).toEqual(eVh.shape);
  const k = eS.shape[eS.shape.length - 1];
  const stacks = eS.data.length / Math.max(k, 1);
  const [m, un] = eU.shape.slice(-2);
  const [vm, n] = eVh.shape.slice(-2);
  const u = U.flatten().data;
  const vh = Vh.flatten().data;
  for (let b = 0; b < stacks; b++) {
    for (let j = 0; j < k; j++) {
      // The sign that best aligns numts's singular pair j with NumPy's.
      let dotU = 0;
      for (let i = 0; i < m; i++) dotU += u[b * m * un + i * un + j] * num(eU.data[b * m * un + i * un + j]);
      const sign = dotU < 0 ? -1 : 1;
      for (let i = 0; i < m; i++) expect(Math.abs(sign * u[b * m * un + i * un + j] - num(eU.data[b * m * un + i * un + j]))).toBeLessThan(1e-12);
      for (let i = 0; i < n; i++) expect(Math.abs(sign * vh[b * vm * n + j * n + i] - num(eVh.data[b * vm * n + j * n + i]))).toBeLessThan(1e-12);
    }
  }
  // Every column of U and row of Vh, the completed ones too, are orthonormal: UᵀU = I, Vh Vhᵀ = I.
  const eyeU = np.matmul(np.swapaxes(U, -1, -2), U) as np.NDArray;
  const eyeV = np.matmul(Vh, np.swapaxes(Vh, -1, -2)) as np.NDArray;
  const identity = (x: np.NDArray) => np.add(np.zeros(x.shape), np.eye(x.shape[x.ndim - 1]));
  expect(np.allclose(eyeU, identity(eyeU), { atol: 1e-13 })).toBe(true);
  expect(np.allclose(eyeV, identity(eyeV), { atol: 1e-13 })).toBe(true);
}

const cases = golden<Case[]>("functions");

describe("numts matches NumPy (test/golden/functions.json)", () => {
  cases.forEach((c, i) => {
    it(describeCall(c, i), () => {
      if (c.error !== undefined) {
        expectNumpyError(() => callNumts(c), c.error);
        return;
      }
      const result = callNumts(c);
      if (c.fn === "linalg.svd" && "list" in c.result!) expectSvd(result, c.result, c.tol!);
      else expectResult(result, c.result!, c.tol);
    });
  });
});
