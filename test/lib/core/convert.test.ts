// np.array / np.asarray: what users write becomes arrays with NumPy's dtypes and errors.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("np.array", () => {
  it("numbers are float64, booleans bool, unless a dtype is given", () => {
    expect(np.array([1, 2]).dtype).toBe("float64");
    expect(np.array([true, false]).dtype).toBe("bool");
    expect(np.array([true, 2]).dtype).toBe("float64");
    expect(np.array([1, 0, 0], "int64").dtype).toBe("int64");
    expect(np.array([1, 0, 0], { dtype: "int64" }).dtype).toBe("int64");
    expect(np.array([1.9, -1.9], "int").tolist()).toEqual([1, -1]);
    expect(np.array([]).shape).toEqual([0]);
    expect(np.array([[], []]).shape).toEqual([2, 0]);
    expect(np.array(5).shape).toEqual([]);
  });

  it("accepts NDArrays and Float64Arrays inside lists, and always copies", () => {
    const row = np.array([1, 2]);
    const stacked = np.array([row, row.mul(10)]);
    expect(stacked.tolist()).toEqual([[1, 2], [10, 20]]);
    expect(np.array([np.array([1, 2], "int64"), np.array([3, 4], "int64")]).dtype).toBe("int64");
    expect(np.array([new Float64Array([1, 2]), new Float64Array([3, 4])]).shape).toEqual([2, 2]);
    const copy = np.array(row);
    copy.set(0, 9);
    expect(row.get(0)).toBe(1);
    expect(np.array(row.T.reshape(2, 1).T).tolist()).toEqual([[1, 2]]);
  });

  it("asarray returns the same array when nothing changes", () => {
    const a = np.array([1, 2]);
    expect(np.asarray(a)).toBe(a);
    expect(np.asarray(a, "float64")).toBe(a);
    expect(np.asarray(a, "int64")).not.toBe(a);
  });

  it("ragged lists and non-numbers give NumPy's errors", () => {
    expect(() => np.array([[1, 2], [3]])).toThrow(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
    );
    expect(() => np.array([[[1], [2]], [[3], [4, 5]]])).toThrow("inhomogeneous shape after 2 dimensions. The detected shape was (2, 2)");
    expect(() => np.array([1, "a" as unknown as number])).toThrow(np.TypeError);
    expect(() => np.array([1, 2], "float128")).toThrow("data type 'float128' not understood");
    expect(() => np.array([1, 2], "float16")).toThrow("data type 'float16' is not available in numts: use float32 (or float64)");
  });
});
