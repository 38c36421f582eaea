// Running totals: methods and dtypes.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("cumsum, cumprod, diff", () => {
  it("work as functions and methods, flat or along an axis", () => {
    const a = np.array([[1, 2], [3, 4]]);
    expect(a.cumsum().tolist()).toEqual([1, 3, 6, 10]);
    expect(a.cumsum(0).tolist()).toEqual([[1, 2], [4, 6]]);
    expect(a.cumprod({ axis: 1 }).tolist()).toEqual([[1, 2], [3, 12]]);
    expect(np.cumsum(np.array([true, true])).dtype).toBe("int64");
    expect(np.diff(a, { axis: 0 }).tolist()).toEqual([[2, 2]]);
  });
});
