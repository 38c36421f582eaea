// np.linalg: the SVD's factors (which cannot be compared bit for bit with LAPACK's) and norms.
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { generated } from "../../golden";

function reconstructs(a: np.NDArray, full: boolean): void {
  const [U, S, Vh] = np.linalg.svd(a, { full_matrices: full });
  const [m, n] = a.shape;
  const k = Math.min(m, n);
  const sigma = np.zeros([full ? m : k, full ? n : k]);
  for (let i = 0; i < k; i++) sigma.set(i, i, S.get(i));
  const back = np.matmul(np.matmul(U, sigma), Vh) as np.NDArray;
  expect(np.allclose(back, a, { atol: 1e-13 })).toBe(true);
  expect(np.allclose(np.matmul(U.T, U), np.eye(U.shape[1]), { atol: 1e-13 })).toBe(true);
  expect(np.allclose(np.matmul(Vh, Vh.T), np.eye(Vh.shape[0]), { atol: 1e-13 })).toBe(true);
  const s = S.tolist() as number[];
  expect([...s].sort((x, y) => y - x)).toEqual(s);
}

describe("np.linalg.svd", () => {
  it("reconstructs tall, wide, square and rank-deficient matrices with orthonormal factors", () => {
    for (const [m, n] of [[6, 4], [4, 6], [5, 5], [1, 3], [3, 1], [20, 12]]) {
      const a = np.array(generated(m * n, 7 * m + n, 1, false)).reshape(m, n);
      reconstructs(a, true);
      reconstructs(a, false);
    }
    const rank1 = np.outer([1, 2, 3, 4], [1, -1, 2]);
    reconstructs(rank1, true);
    reconstructs(np.zeros([3, 2]), true);
  });

  it("returns a list with named factors, like NumPy's SVDResult", () => {
    const result = np.linalg.svd(np.array([[3, 0], [4, 5]]));
    const [U, S, Vh] = result;
    expect(result.U).toBe(U);
    expect(result.Vh).toBe(Vh);
    expect(S.tolist()).toEqual([expect.closeTo(Math.sqrt(45), 14), expect.closeTo(Math.sqrt(5), 14)]);
    expect(np.linalg.svd(np.eye(2), { compute_uv: false }).tolist()).toEqual([1, 1]);
  });

  it("refuses NaN with NumPy's error", () => {
    expect(() => np.linalg.svd(np.array([[NaN, 1], [0, 1]]))).toThrow(np.linalg.LinAlgError);
  });
});

describe("np.linalg.norm", () => {
  it("returns a number for a whole-array norm, an array along axes", () => {
    const n: number | np.NDArray = np.linalg.norm(np.array([3, 4]));
    expect(n).toBe(5);
    expect(np.linalg.norm(np.array([[3, 4], [6, 8]]), { axis: 1 })).toBeInstanceOf(np.NDArray);
    expect(np.linalg.norm(np.array([[1, 0], [0, 2]]), 2)).toBeCloseTo(2, 14);
  });
});
