// Reductions: what they return for each set of options, and their edge cases.
import * as np from "numts";
import { describe, expect, it } from "vitest";

const x = np.array([[1, 2], [3, 4]]);

describe("reductions", () => {
  it("return a number without an axis, an array with one (or with keepdims)", () => {
    expect(np.sum(x)).toBe(10);
    expect(x.sum()).toBe(10);
    expect(np.sum(x, { axis: 0 }).tolist()).toEqual([4, 6]);
    expect(np.sum(x, { axis: -1, keepdims: true }).tolist()).toEqual([[3], [7]]);
    expect(np.sum(x, { keepdims: true }).shape).toEqual([1, 1]);
    expect(np.sum(x, { axis: [0, 1] }).shape).toEqual([]);
    expect(np.sum(x, { axis: null })).toBe(10);
    expect(np.mean(x)).toBe(2.5);
    expect(np.mean(x, { axis: 1 }).tolist()).toEqual([1.5, 3.5]);
    expect(np.max(x)).toBe(4);
    expect(np.min(x, { axis: 0 }).tolist()).toEqual([1, 2]);
    expect(np.prod(x)).toBe(24);
    expect(np.argmax(x)).toBe(3);
    expect(np.argmin(x, { axis: 1 }).tolist()).toEqual([0, 0]);
    expect(np.argmax(x, { axis: 0, keepdims: true }).shape).toEqual([1, 2]);
    expect(np.all(x.gt(0))).toBe(true);
    expect(np.any(x.gt(3), { axis: 1 }).tolist()).toEqual([false, true]);
  });

  it("keep NumPy's dtypes", () => {
    const i = np.array([1, 2, 3], "int64");
    expect(np.sum(i, { axis: 0 }).dtype).toBe("int64");
    expect(np.sum(np.array([true, true, false]))).toBe(2);
    expect(np.sum(np.array([true, false]), { axis: 0 }).dtype).toBe("int64");
    expect(np.mean(i, { axis: 0 }).dtype).toBe("float64");
    expect(np.max(i, { axis: 0 }).dtype).toBe("int64");
    expect(np.argmax(x, { axis: 0 }).dtype).toBe("int64");
    expect(np.all(x, { axis: 0 }).dtype).toBe("bool");
    expect(np.min(np.array([true, true]), { axis: 0 }).tolist()).toBe(true);
  });

  it("std and var with ddof", () => {
    expect(np.var([1, 2, 3, 4])).toBe(1.25);
    expect(np.std([1, 2, 3, 4])).toBe(Math.sqrt(1.25));
    expect(np.var([1, 2, 3, 4], { ddof: 1 })).toBeCloseTo(5 / 3, 15);
    expect(np.std(x, { axis: 0 }).tolist()).toEqual([1, 1]);
    expect(x.var({ axis: 1 }).tolist()).toEqual([0.25, 0.25]);
  });

  it("NaN propagates through max/min, and argmax finds the first NaN", () => {
    expect(np.max([1, NaN, 3])).toBeNaN();
    expect(np.min([NaN, 1])).toBeNaN();
    expect(np.argmax([1, NaN, 3, NaN])).toBe(1);
    expect(np.sum([1, NaN])).toBeNaN();
  });

  it("empty inputs: identities where NumPy has them, its errors where not", () => {
    expect(np.sum([])).toBe(0);
    expect(np.prod([])).toBe(1);
    expect(np.mean([])).toBeNaN();
    expect(np.all([])).toBe(true);
    expect(np.any([])).toBe(false);
    expect(np.max(np.zeros([0, 3]), { axis: 1 }).shape).toEqual([0]);
    expect(() => np.max([])).toThrow("zero-size array to reduction operation maximum which has no identity");
    expect(() => np.min(np.zeros([0, 3]), { axis: 0 })).toThrow("zero-size array to reduction operation minimum which has no identity");
    expect(() => np.argmax([])).toThrow("attempt to get argmax of an empty sequence");
  });

  it("bad axes give NumPy's errors", () => {
    expect(() => np.sum(x, { axis: 2 })).toThrow("axis 2 is out of bounds for array of dimension 2");
    expect(() => np.sum(x, { axis: [0, -2] })).toThrow("duplicate value in 'axis'");
    expect(() => np.argmax(x, { axis: -3 })).toThrow(np.AxisError);
  });

  it("sums in NumPy's pairwise order (not left to right)", () => {
    // 1 + 1e-16 * 200 loses every small term left to right; pairwise keeps some.
    const values = [1, ...Array.from({ length: 200 }, () => 1e-16)];
    const leftToRight = values.reduce((a, b) => a + b, 0);
    expect(np.sum(values)).not.toBe(leftToRight);
    expect(np.sum(values)).toBe(1.0000000000000189); // NumPy 2.4: np.sum([1] + [1e-16] * 200)
  });
});
