// Replays test/golden/dtypes.json (made by test/golden/make_dtypes.py from NumPy) through numts:
// promotion and casting tables, every pair of dtypes through the binary ufuncs, weak scalars,
// wrap-around and OverflowErrors, astype, conversions of numbers, creation functions, reductions'
// dtypes, float32 arithmetic and math, products, and printing; values to the bit, dtypes, shapes,
// str and repr, and NumPy's errors.
import { inspect } from "node:util";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { expectNumpyError, golden, type Golden, type GoldenArray, num } from "../golden";
import { callNumts, describeCall, type GoldenCall } from "./golden-calls";

type Result =
  /** An array; `data` null for `np.empty`, whose values are whatever was in memory. */
  | { array: Omit<GoldenArray, "data"> & { data: Golden[] | null }; str?: string; repr?: string }
  | { scalar: Golden; dtype?: string; str?: string }
  /** A dtype (`np.promote_types`), which numts names by its string. */
  | { dtype_name: string }
  | { list: Result[] };

interface Call extends GoldenCall {
  result?: Result;
  error?: { type: string; message: string };
  /** NumPy computes in float16 here; the result is NumPy's float32 answer, which numts gives. */
  float16?: boolean;
}

type Table =
  | { table: "promote_types"; dtypes: np.DType[]; values: string[][] }
  | { table: "can_cast"; casting: np.Casting; dtypes: np.DType[]; values: boolean[][] }
  | { table: "result_type"; dtypes: np.DType[]; scalars: number[]; values: string[][] };

function expectValues(actual: ArrayLike<number>, expected: Golden[]): void {
  const want = expected.map(num);
  const bad = want.findIndex((x, i) => !Object.is(actual[i], x));
  expect(bad < 0 ? "same" : `element ${bad}: ${actual[bad]} (expected ${want[bad]})`).toBe("same");
}

function expectResult(result: unknown, expected: Result): void {
  if ("list" in expected) {
    const list = result as unknown[];
    expect(list).toHaveLength(expected.list.length);
    expected.list.forEach((e, i) => expectResult(list[i], e));
    return;
  }
  if ("dtype_name" in expected) {
    expect(result).toBe(expected.dtype_name);
    return;
  }
  if ("scalar" in expected) {
    // NumPy's scalars are numts's 0-d arrays (element-wise functions, scalar types) or plain numbers (reductions).
    if (result instanceof np.NDArray) {
      expect(result.ndim).toBe(0);
      if (expected.dtype !== undefined) expect(result.dtype).toBe(expected.dtype);
      if (expected.str !== undefined) expect(String(result)).toBe(expected.str);
      expectValues([result.item()], [expected.scalar]);
      return;
    }
    expect(typeof result === "number" || typeof result === "boolean", `got ${String(result)}`).toBe(true);
    expectValues([Number(result)], [expected.scalar]);
    return;
  }
  expect(result).toBeInstanceOf(np.NDArray);
  const a = result as np.NDArray;
  expect(a.dtype).toBe(expected.array.dtype);
  expect(a.shape).toEqual(expected.array.shape);
  if (expected.array.data === null) return;
  expectValues(a.flatten().data, expected.array.data);
  expect(String(a)).toBe(expected.str);
  expect(inspect(a)).toBe(expected.repr);
}

const cases = golden<(Call | Table)[]>("dtypes");

describe("dtypes match NumPy (test/golden/dtypes.json)", () => {
  for (const t of cases.filter((c): c is Table => "table" in c)) {
    it(`the ${t.table} table${t.table === "can_cast" ? ` (casting "${t.casting}")` : ""}`, () => {
      const got = t.dtypes.map((d, i) => {
        if (t.table === "promote_types") return t.dtypes.map((e) => np.promote_types(d, e));
        if (t.table === "can_cast") return t.dtypes.map((e) => np.can_cast(d, e, t.casting));
        return t.scalars.map(() => "").map((_, j) => np.result_type(np.zeros(0, d), t.scalars[j])).slice(0, t.values[i].length);
      });
      expect(got).toEqual(t.values);
    });
  }
  cases.forEach((c, i) => {
    if ("table" in c) return;
    it(`${describeCall(c, i)}${c.float16 === true ? " [float16 in NumPy: float32]" : ""}`, () => {
      if (c.error !== undefined) {
        expectNumpyError(() => callNumts(c), c.error);
        return;
      }
      expectResult(callNumts(c), c.result!);
    });
  });
});
