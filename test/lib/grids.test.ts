// Grids: meshgrid's variants and np.r_/np.c_ in their callable form.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("grids", () => {
  it("meshgrid gives full grids, sparse ones that broadcast, or views with copy: false", () => {
    const x = np.array([1, 2, 3]);
    const y = np.array([10, 20]);
    const [X, Y] = np.meshgrid(x, y);
    expect(X.shape).toEqual([2, 3]);
    const [xs, ys] = np.meshgrid(x, y, { sparse: true });
    expect(xs.shape).toEqual([1, 3]);
    expect(ys.shape).toEqual([2, 1]);
    expect(np.add(xs, ys).tolist()).toEqual(np.add(X, Y).tolist());
    const [Xv] = np.meshgrid(x, y, { copy: false });
    expect(Xv.data).toBe(x.data);
  });

  it("c_ makes points of a grid; r_ reads slice strings", () => {
    const [xx, yy] = np.meshgrid(np.arange(3), np.arange(2));
    const points = np.c_(xx.ravel(), yy.ravel());
    expect(points.shape).toEqual([6, 2]);
    expect(points.slice(1).tolist()).toEqual([1, 0]);
    expect(np.r_("0:1:3j").tolist()).toEqual([0, 0.5, 1]);
    expect(np.r_("0:3").dtype).toBe("float64"); // numts's numbers are float64 (NumPy: int64)
    expect(() => np.r_(np.ones(2), "0")).toThrow("special directives must be the first entry.");
  });

  it("logspace and geomspace end exactly at their ends", () => {
    expect(np.geomspace(0.001, 10, 30).get(29)).toBe(10);
    expect(np.logspace(0, 2, 3).tolist()).toEqual([1, 10, 100]);
  });
});
