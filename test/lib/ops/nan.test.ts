// NaN-aware reductions: return types and errors NumPy students meet.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("nan reductions", () => {
  const x = np.array([[1, NaN, 3], [NaN, NaN, NaN]]);

  it("ignore NaN; an all-NaN row gives NaN for values and an error for positions", () => {
    expect(np.nansum(x)).toBe(4);
    expect(np.nanmean(x, 1).tolist()).toEqual([2, NaN]);
    expect(np.nanmax(x, { axis: 1 }).tolist()).toEqual([3, NaN]);
    expect(np.nanargmin(x.slice(0))).toBe(0);
    expect(() => np.nanargmax(x, { axis: 1 })).toThrow("All-NaN slice encountered");
    expect(np.nanstd(np.array([1, NaN, 3]))).toBe(1);
  });
});
