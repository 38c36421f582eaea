// The NDArray type: views that share memory, shape manipulation, conversion, element access.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("NDArray views share memory like NumPy's", () => {
  it("transpose, basic slices and reshape of contiguous data are views", () => {
    const a = np.arange(6).reshape(2, 3);
    const t = a.T;
    const row = a.slice(0);
    const flat = a.reshape(-1);
    a.set(0, 0, 42);
    expect(t.get(0, 0)).toBe(42);
    expect(row.get(0)).toBe(42);
    expect(flat.get(0)).toBe(42);
    expect(t.data).toBe(a.data);
  });

  it("reshape of a non-contiguous view copies, and keeps C order", () => {
    const a = np.arange(6).reshape(2, 3).T; // [[0, 3], [1, 4], [2, 5]]
    const r = a.reshape(6);
    expect(r.tolist()).toEqual([0, 3, 1, 4, 2, 5]);
    expect(r.data).not.toBe(a.data);
    expect(a.ravel().tolist()).toEqual([0, 3, 1, 4, 2, 5]);
    expect(a.flatten().tolist()).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it("negative strides: reversed views read and write the right elements", () => {
    const a = np.arange(5);
    const r = a.slice("::-1");
    expect(r.strides).toEqual([-1]);
    expect(r.tolist()).toEqual([4, 3, 2, 1, 0]);
    r.set(0, -1);
    expect(a.get(4)).toBe(-1);
    expect(np.sum(r)).toBe(0 + 1 + 2 + 3 - 1);
  });

  it("copy() is C-contiguous and independent", () => {
    const a = np.arange(6).reshape(2, 3).T;
    const c = a.copy();
    expect(c.isContiguous).toBe(true);
    c.set(0, 0, 9);
    expect(a.get(0, 0)).toBe(0);
  });
});

describe("shape and metadata", () => {
  it("has NumPy's attributes", () => {
    const a = np.zeros([2, 3, 4]);
    expect(a.shape).toEqual([2, 3, 4]);
    expect(a.ndim).toBe(3);
    expect(a.size).toBe(24);
    expect(a.dtype).toBe("float64");
    expect(np.array(3.5).ndim).toBe(0);
    expect(np.array(3.5).size).toBe(1);
    expect(np.zeros([0, 3]).size).toBe(0);
  });

  it("reshape accepts numbers or a list, with one -1", () => {
    expect(np.arange(6).reshape(3, -1).shape).toEqual([3, 2]);
    expect(np.arange(6).reshape([-1, 2, 1]).shape).toEqual([3, 2, 1]);
    expect(np.arange(0).reshape(0, 5).shape).toEqual([0, 5]);
    expect(() => np.arange(6).reshape(-1, -1)).toThrow("can only specify one unknown dimension");
  });

  it("transpose with axes, swapaxes and squeeze", () => {
    const a = np.zeros([2, 3, 4]);
    expect(a.transpose().shape).toEqual([4, 3, 2]);
    expect(a.transpose(1, 0, 2).shape).toEqual([3, 2, 4]);
    expect(a.transpose([2, 0, 1]).shape).toEqual([4, 2, 3]);
    expect(a.transpose(-1, 0, 1).shape).toEqual([4, 2, 3]);
    expect(a.swapaxes(0, 2).shape).toEqual([4, 3, 2]);
    expect(np.zeros([1, 3, 1]).squeeze().shape).toEqual([3]);
    expect(np.zeros([1, 3, 1]).squeeze(0).shape).toEqual([3, 1]);
    expect(() => np.zeros([2, 3]).squeeze(0)).toThrow("cannot select an axis to squeeze out which has size not equal to one");
    expect(np.array(5).T.shape).toEqual([]);
  });
});

describe("conversion and element access", () => {
  it("astype truncates toward zero, turns non-zero into true, accepts NumPy's aliases", () => {
    const x = np.array([-1.7, -0.5, 0, 0.5, 2.9]);
    const i = x.astype("int");
    expect(i.dtype).toBe("int64");
    expect(i.tolist()).toEqual([-1, 0, 0, 0, 2]);
    expect(Object.is(i.get(1), 0)).toBe(true); // no -0 among integers
    expect(x.astype(np.bool_).tolist()).toEqual([true, true, false, true, true]);
    expect(np.array([true, false]).astype("float").tolist()).toEqual([1, 0]);
    expect(() => x.astype("complex128")).toThrow("data type 'complex128' is not available in numts");
    // NumPy casts NaN as the CPU converts it (x86-64: the smallest integer), with a warning.
    expect(np.array([NaN]).astype("int64").tolist()).toEqual([-(2 ** 63)]);
  });

  it("tolist gives nested arrays, booleans for bool arrays, the value for 0-d", () => {
    expect(np.array([[1, 2], [3, 4]]).tolist()).toEqual([[1, 2], [3, 4]]);
    expect(np.array([true, false]).tolist()).toEqual([true, false]);
    expect(np.array(2.5).tolist()).toBe(2.5);
    expect(np.zeros([2, 0]).tolist()).toEqual([[], []]);
    expect(JSON.stringify(np.array([[1, 2]]))).toBe("[[1,2]]");
  });

  it("get takes one index per axis, negative from the end", () => {
    const a = np.array([[1, 2], [3, 4]]);
    expect(a.get(0, 1)).toBe(2);
    expect(a.get(-1, -2)).toBe(3);
    expect(np.array(7).get()).toBe(7);
    expect(() => a.get(2, 0)).toThrow("index 2 is out of bounds for axis 0 with size 2");
    expect(() => a.get(0, -3)).toThrow("index -3 is out of bounds for axis 1 with size 2");
    expect(() => a.get(0, 0, 0)).toThrow("too many indices for array: array is 2-dimensional, but 3 were indexed");
    expect(() => a.get(0)).toThrow(np.IndexError);
    expect(() => a.get(0.5, 0)).toThrow(np.IndexError);
  });

  it("item: no argument for size 1, a flat index, or one index per axis", () => {
    const a = np.array([[1, 2], [3, 4]]);
    expect(a.item(3)).toBe(4);
    expect(a.item(-1)).toBe(4);
    expect(a.item(1, 0)).toBe(3);
    expect(a.T.item(1)).toBe(3);
    expect(np.array([[5]]).item()).toBe(5);
    expect(() => a.item()).toThrow("can only convert an array of size 1 to a Python scalar");
  });

  it("fill sets every element, casting to the dtype", () => {
    const a = np.zeros(3, "int64").fill(2.7);
    expect(a.tolist()).toEqual([2, 2, 2]);
  });
});

describe("errors are NumPy's classes", () => {
  it("ValueError, IndexError, TypeError and AxisError have their names and are Errors", () => {
    expect(() => np.zeros(6).reshape(4)).toThrow(np.ValueError);
    expect(() => np.zeros(3).slice(5)).toThrow(np.IndexError);
    expect(() => np.array([1]).astype("x")).toThrow(np.TypeError);
    expect(() => np.sum(np.zeros(3), { axis: 1 })).toThrow(np.AxisError);
    const err = (() => {
      try {
        np.zeros(6).reshape(4);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.name).toBe("ValueError");
    expect(new np.TypeError("x")).toBeInstanceOf(TypeError);
    expect(new np.AxisError("x")).toBeInstanceOf(np.ValueError);
  });
});
