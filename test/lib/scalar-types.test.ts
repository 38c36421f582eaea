// NumPy's scalar types as numts has them (np.float32, np.int64, ...): converters, dtype
// arguments, and 0-d results that JavaScript's operators read as numbers. Their values against
// NumPy are in dtypes.golden.test.ts; this file checks the JavaScript side.
import { inspect } from "node:util";
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("scalar types", () => {
  it("convert numbers and arrays as NumPy's do", () => {
    const x = np.float32(0.1);
    expect(x.ndim).toBe(0);
    expect(x.dtype).toBe("float32");
    expect(String(x)).toBe("0.1");
    const mask = np.int64(np.array([0.2, 0.7]).gt(0.5));
    expect(mask.dtype).toBe("int64");
    expect(mask.tolist()).toEqual([0, 1]);
    expect(() => np.uint8(300)).toThrow("Python integer 300 out of bounds for uint8");
  });

  it("are dtype arguments and name their dtype", () => {
    expect(np.zeros(2, { dtype: np.uint8 }).dtype).toBe("uint8");
    expect(np.array([1, 2]).astype(np.float32).dtype).toBe("float32");
    expect(np.float32.dtype).toBe("float32");
    expect(np.dtype(np.int16)).toBe("int16");
    expect(`${np.float32}`).toBe("float32");
    expect(inspect(np.uint8)).toBe("<class 'numpy.uint8'>");
  });

  it("give 0-d arrays that JavaScript's operators read as numbers", () => {
    expect(np.float64(3) as unknown as number + 1).toBe(4);
    expect((np.int64(7) as unknown as number) * 2).toBe(14);
    expect(np.float64(2) as unknown as number > 1).toBe(true);
    expect(`${np.int32(5)}`).toBe("5");
    expect(Number(np.sum(np.array([1, 2]), { axis: 0 }))).toBe(3);
  });

  it("refuse arrays in numeric operators, keep them as text in strings", () => {
    const w = np.array([1, 2]);
    expect("W = " + w).toBe("W = [1. 2.]");
    expect(() => (w as unknown as number) * 2).toThrow(/only 0-d arrays can be used as JavaScript numbers \(this one has shape \(2,\)\)/);
  });

  it("name bad dtypes in NumPy's words", () => {
    expect(() => np.zeros(2, { dtype: "flaot32" as np.DType })).toThrow("data type 'flaot32' not understood");
    expect(() => np.zeros(2, { dtype: Float32Array as unknown as np.DType })).toThrow("Cannot interpret 'Float32Array' as a data type");
    expect(() => np.zeros(2, { dtype: "float16" as np.DType })).toThrow("data type 'float16' is not available in numts: use float32 (or float64)");
    expect(() => np.zeros(2, { dtype: "f2" as np.DType })).toThrow("data type 'f2' (float16) is not available in numts");
  });
});
