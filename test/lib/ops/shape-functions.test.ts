// Function forms of the shape methods: views where NumPy gives views, copies where it copies.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("shape functions", () => {
  it("reshape, transpose, squeeze, expand_dims and flip are views", () => {
    const a = np.zeros([1, 2, 3]);
    for (const view of [np.reshape(a, [6]), np.transpose(a), np.squeeze(a), np.expand_dims(a, 0), np.flip(a), np.ravel(a), np.swapaxes(a, 0, 2), np.moveaxis(a, 0, -1)]) {
      view.fill(0);
      expect(view.data).toBe(a.data);
    }
  });

  it("np.copy keeps the memory order (order K), the method copies in C order", () => {
    const t = np.arange(6).reshape(2, 3).T;
    expect(np.copy(t).strides).toEqual([1, 3]);
    expect(t.copy().strides).toEqual([2, 1]);
    expect(np.copy(t, "C").strides).toEqual([2, 1]);
  });

  it("diag of a matrix is a copy (NumPy returns a read-only view)", () => {
    const m = np.array([[1, 2], [3, 4]]);
    const d = np.diag(m);
    d.set(0, 9);
    expect(m.get(0, 0)).toBe(1);
  });

  it("roll and tile keep dtypes; repeat works as a method", () => {
    expect(np.roll(np.arange(4, { dtype: "int64" }), 1).dtype).toBe("int64");
    expect(np.tile(np.array([true, false]), 2).tolist()).toEqual([true, false, true, false]);
    expect(np.array([1, 2]).repeat(2).tolist()).toEqual([1, 1, 2, 2]);
    expect(np.roll(np.array([[1, 2], [3, 4]]), [1, 1], { axis: [0, 1] }).tolist()).toEqual([[4, 3], [2, 1]]);
  });
});
