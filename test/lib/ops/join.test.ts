// Joining and splitting: what the golden cases cannot show (views, list results, array inputs).
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("joining and splitting", () => {
  it("split gives views that share memory with the input, as NumPy's do", () => {
    const a = np.arange(6);
    const [first, second] = np.split(a, 2);
    first.set(0, 99);
    expect(a.get(0)).toBe(99);
    expect(second.tolist()).toEqual([3, 4, 5]);
  });

  it("train/test splits port line for line", () => {
    const X = np.arange(20).reshape(10, 2);
    const [train, test] = np.split(X, [8]);
    expect(train.shape).toEqual([8, 2]);
    expect(test.shape).toEqual([2, 2]);
    expect(np.array_split(X, 3, { axis: 0 }).map((p) => p.shape[0])).toEqual([4, 3, 3]);
  });

  it("concatenate takes nested lists and an array's rows; the result is a new array", () => {
    const a = np.zeros([2, 2]);
    const joined = np.concatenate([a, [[1, 2]]]);
    joined.set(0, 0, 5);
    expect(a.get(0, 0)).toBe(0);
    expect(np.concatenate(np.arange(6).reshape(2, 3)).tolist()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => np.concatenate([])).toThrow("need at least one array to concatenate");
  });

  it("stack, vstack, hstack, column_stack and dstack agree on shapes", () => {
    const x = np.array([1, 2, 3]);
    expect(np.stack([x, x], -1).shape).toEqual([3, 2]);
    expect(np.vstack([x, x]).shape).toEqual([2, 3]);
    expect(np.hstack([x, x]).shape).toEqual([6]);
    expect(np.column_stack([x, x]).shape).toEqual([3, 2]);
    expect(np.dstack([x, x]).shape).toEqual([1, 3, 2]);
    expect(np.hstack([np.ones([2, 1], "int64"), np.zeros([2, 1], "int64")]).dtype).toBe("int64");
  });
});
