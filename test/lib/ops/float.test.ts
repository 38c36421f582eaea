// Rounding and closeness: return types and in-place forms.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("round, isclose, nan_to_num", () => {
  it("round rounds halves to even and copies integer arrays", () => {
    expect(np.round(np.array([0.5, 1.5, 2.5, -2.5])).tolist()).toEqual([0, 2, 2, -2]);
    const ints = np.array([1, 2], "int64");
    expect(np.round(ints)).not.toBe(ints); // NumPy 2 returns a copy
    expect(np.round(ints).tolist()).toEqual([1, 2]);
    expect(np.round(np.array([15, 25], "uint8"), -1).tolist()).toEqual([20, 20]);
    expect(np.array([1.234, 5.678]).round(1).tolist()).toEqual([1.2, 5.7]);
    const out = np.zeros(2);
    np.round(np.array([1.26, 2.5]), 1, { out });
    expect(out.tolist()).toEqual([1.3, 2.5]);
  });

  it("isclose gives a boolean for two numbers and a bool array otherwise", () => {
    const same: boolean = np.isclose(0.1 + 0.2, 0.3);
    expect(same).toBe(true);
    expect(np.isclose([1, 2], [1, 2.5]).tolist()).toEqual([true, false]);
    expect(np.allclose(np.array([1e-9]), 0)).toBe(true);
    expect(np.allclose(np.array([1e-9]), 0, { atol: 0 })).toBe(false);
  });

  it("nan_to_num replaces in place with copy: false", () => {
    const x = np.array([NaN, Infinity, -Infinity, 1]);
    expect(np.nan_to_num(x, false)).toBe(x);
    expect(x.tolist()).toEqual([0, Number.MAX_VALUE, -Number.MAX_VALUE, 1]);
  });
});
