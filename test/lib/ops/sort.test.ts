// Sorting: the in-place method, stability, and agreement with JavaScript's own sort.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("sort and argsort", () => {
  it("the method sorts in place and returns nothing, as NumPy's a.sort() does", () => {
    const a = np.array([[3, 1, 2], [9, 8, 7]]);
    const view = a.slice(":", "::-1");
    expect(a.sort()).toBeUndefined();
    expect(a.tolist()).toEqual([[1, 2, 3], [7, 8, 9]]);
    view.sort(0); // through a strided view, along another axis
    expect(a.tolist()).toEqual([[1, 2, 3], [7, 8, 9]]);
    expect(() => a.sort({ axis: null })).toThrow("'NoneType' object cannot be interpreted as an integer");
  });

  it("is stable: equal keys keep their order, for every kind", () => {
    const keys = np.array([2, 1, 2, 1, 0, 2]);
    for (const kind of [undefined, "quicksort", "stable", "heapsort"] as const) {
      expect(np.argsort(keys, { kind }).tolist()).toEqual([4, 1, 3, 0, 2, 5]);
    }
  });

  it("orders large arrays like a typed-array sort, NaN last", () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1);
    values[17] = NaN;
    const sorted = np.sort(np.array(values)).tolist() as number[];
    const expected = Array.from(values).sort((x, y) => (Number.isNaN(x) ? 1 : Number.isNaN(y) ? -1 : x - y));
    expect(sorted.slice(0, -1)).toEqual(expected.slice(0, -1));
    expect(sorted[sorted.length - 1]).toBeNaN();
    const order = np.argsort(np.array(values)).tolist() as number[];
    expect(order.slice(0, -1).map((i) => values[i])).toEqual(expected.slice(0, -1));
  });

  it("argsort picks the top k as in NumPy code", () => {
    const scores = np.array([0.1, 0.9, 0.4, 0.7]);
    expect(np.argsort(scores).slice("::-1").slice(":2").tolist()).toEqual([1, 3]);
    expect(scores.argsort().dtype).toBe("int64");
  });
});
