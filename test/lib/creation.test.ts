// Creating arrays: zeros, ones, full, *_like, arange, linspace, eye.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("array creation", () => {
  it("zeros, ones, empty, full take a length or a shape, and a dtype", () => {
    expect(np.zeros(3).tolist()).toEqual([0, 0, 0]);
    expect(np.ones([2, 2], "int64").dtype).toBe("int64");
    expect(np.ones([2], { dtype: "bool" }).tolist()).toEqual([true, true]);
    expect(np.empty([2, 0]).shape).toEqual([2, 0]);
    expect(np.full([2], 7).tolist()).toEqual([7, 7]);
    expect(np.full([2], true).dtype).toBe("bool");
    expect(np.full([2], 2.5, "int64").tolist()).toEqual([2, 2]);
    expect(np.zeros([]).shape).toEqual([]);
    expect(() => np.zeros(-1)).toThrow("negative dimensions are not allowed");
    expect(() => np.zeros(1.5)).toThrow(TypeError);
  });

  it("*_like copy shape and dtype", () => {
    const a = np.array([[1, 2, 3]], "int64");
    expect(np.zeros_like(a).dtype).toBe("int64");
    expect(np.ones_like(a, "float64").tolist()).toEqual([[1, 1, 1]]);
    expect(np.full_like(a, 4).tolist()).toEqual([[4, 4, 4]]);
    expect(np.empty_like([1, 2]).shape).toEqual([2]);
  });

  it("arange counts like NumPy, float64 unless told", () => {
    expect(np.arange(5).tolist()).toEqual([0, 1, 2, 3, 4]);
    expect(np.arange(5).dtype).toBe("float64");
    expect(np.arange(1, 2, 0.25).tolist()).toEqual([1, 1.25, 1.5, 1.75]);
    expect(np.arange(3, { dtype: "int64" }).dtype).toBe("int64");
    expect(np.arange(2, 5, "int64").tolist()).toEqual([2, 3, 4]);
    expect(np.arange(10, 0, -3).tolist()).toEqual([10, 7, 4, 1]);
    expect(np.arange(3, 1).shape).toEqual([0]);
    expect(() => np.arange(0, 10, 0)).toThrow(np.ValueError);
  });

  it("linspace includes the endpoint unless told not to", () => {
    expect(np.linspace(0, 1, 5).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(np.linspace(0, 1, 4, { endpoint: false }).tolist()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(np.linspace(2, 3, 1).tolist()).toEqual([2]);
    expect(np.linspace(0, 1).size).toBe(50);
    expect(() => np.linspace(0, 1, -1)).toThrow("Number of samples, -1, must be non-negative.");
  });

  it("eye and identity", () => {
    expect(np.eye(2).tolist()).toEqual([[1, 0], [0, 1]]);
    expect(np.eye(2, 3, 1).tolist()).toEqual([[0, 1, 0], [0, 0, 1]]);
    expect(np.eye(3, null, -1, "int64").tolist()).toEqual([[0, 0, 0], [1, 0, 0], [0, 1, 0]]);
    expect(np.identity(2).tolist()).toEqual([[1, 0], [0, 1]]);
  });

  it("constants", () => {
    expect(np.pi).toBe(Math.PI);
    expect(np.newaxis).toBe(null);
    expect(np.array([1.5]).astype(np.int64).dtype).toBe("int64");
    expect(np.array([1]).astype(np.float64).dtype).toBe("float64");
  });
});
