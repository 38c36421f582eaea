// slice() and set(): NumPy's a[...] and a[...] = v.
import * as np from "numts";
import { describe, expect, it } from "vitest";

const grid = () => np.arange(12).reshape(3, 4);

describe("slice: NumPy's indexing", () => {
  it("slice strings, integers, newaxis and ellipsis (views)", () => {
    const a = grid();
    expect(a.slice(":", 0).tolist()).toEqual([0, 4, 8]); // a[:, 0]
    expect(a.slice("0:2").shape).toEqual([2, 4]); // a[0:2]
    expect(a.slice("::-1", "::2").tolist()).toEqual([[8, 10], [4, 6], [0, 2]]);
    expect(a.slice("1:", "-1:").tolist()).toEqual([[7], [11]]);
    expect(a.slice(" 1 : 3 ").shape).toEqual([2, 4]);
    expect(a.slice("5:").shape).toEqual([0, 4]);
    expect(a.slice(np.newaxis).shape).toEqual([1, 3, 4]);
    expect(a.slice(":", null, 1).shape).toEqual([3, 1]);
    expect(a.slice("...", 0).tolist()).toEqual([0, 4, 8]);
    expect(a.slice(1, 2).shape).toEqual([]);
    expect(a.slice(1, 2).item()).toBe(6);
    expect(a.slice().shape).toEqual([3, 4]);
  });

  it("boolean masks and integer arrays select copies", () => {
    const a = grid();
    const big = a.slice(a.gt(8));
    expect(big.tolist()).toEqual([9, 10, 11]);
    big.set(0, -1);
    expect(a.get(2, 1)).toBe(9);
    expect(a.slice([2, 0]).tolist()).toEqual([[8, 9, 10, 11], [0, 1, 2, 3]]);
    expect(a.slice(np.array([2, 0], "int64"), 1).tolist()).toEqual([9, 1]);
    expect(a.slice([0, 1], [1, 2]).tolist()).toEqual([1, 6]);
    expect(a.slice(":", [true, false, false, true]).tolist()).toEqual([[0, 3], [4, 7], [8, 11]]);
    expect(a.slice([-1]).tolist()).toEqual([[8, 9, 10, 11]]);
    expect(a.slice([[0], [2]], [1, 3]).tolist()).toEqual([[1, 3], [9, 11]]);
    expect(a.slice(np.array([], "int64")).shape).toEqual([0, 4]);
  });

  it("bad indices give NumPy's errors", () => {
    const a = grid();
    expect(() => a.slice(3)).toThrow("index 3 is out of bounds for axis 0 with size 3");
    expect(() => a.slice(0, 0, 0)).toThrow("too many indices for array: array is 2-dimensional, but 3 were indexed");
    expect(() => a.slice("::0")).toThrow("slice step cannot be zero");
    expect(() => a.slice("a:b")).toThrow(np.IndexError);
    expect(() => a.slice(1.5)).toThrow(np.IndexError);
    expect(() => a.slice([0.5])).toThrow("arrays used as indices must be of integer (or boolean) type");
    expect(() => a.slice([true, false])).toThrow(
      "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2",
    );
    expect(() => a.slice([0, 1], [0, 1, 2])).toThrow("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ");
    expect(() => a.slice("...", "...")).toThrow("an index can only have a single ellipsis ('...')");
  });
});

describe("set: NumPy's a[...] = v", () => {
  it("assigns through every index form, broadcasting the value", () => {
    const a = np.zeros([3, 4]);
    a.set(0, ":", 1); // a[0, :] = 1
    a.set(":", 3, [7, 8, 9]); // a[:, 3] = [7, 8, 9]
    a.set(a.eq(0), -1); // a[a == 0] = -1
    expect(a.tolist()).toEqual([[1, 1, 1, 7], [-1, -1, -1, 8], [-1, -1, -1, 9]]);
    a.set([0, 2], [0, 0], 5); // a[[0, 2], [0, 0]] = 5
    expect(a.slice(":", 0).tolist()).toEqual([5, -1, 5]);
    a.set(2);
    expect(np.all(a.eq(2))).toBe(true);
    a.set("::-1", np.arange(4));
    expect(a.slice(0).tolist()).toEqual([0, 1, 2, 3]);
  });

  it("casts to the array's dtype and returns the array", () => {
    const a = np.zeros(3, "int64");
    expect(a.set(1, 2.9)).toBe(a);
    expect(a.tolist()).toEqual([0, 2, 0]);
    const m = np.zeros(2, "bool").set(0, 5);
    expect(m.tolist()).toEqual([true, false]);
  });

  it("reads the old values when source and target overlap", () => {
    const a = np.arange(5);
    a.set("1:", a.slice(":-1"));
    expect(a.tolist()).toEqual([0, 0, 1, 2, 3]);
  });

  it("rejects values that do not broadcast", () => {
    expect(() => np.zeros(3).set(":", [1, 2])).toThrow("could not broadcast input array from shape (2,) into shape (3,)");
    expect(() => np.zeros(3).set([0, 1], [1, 2, 3])).toThrow(
      "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)",
    );
  });
});
