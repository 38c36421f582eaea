// dot, matmul, inner, outer: NumPy's shapes and the reference BLAS's summation order.
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { useWasmKernel } from "../../../lib/ops/linalg";

describe("dot", () => {
  it("1-D · 1-D is a number", () => {
    expect(np.dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(np.array([1, 2]).dot([3, 4])).toBe(11);
  });

  it("matrix products of every rank", () => {
    const a = np.array([[1, 2], [3, 4]]);
    expect((np.dot(a, a) as np.NDArray).tolist()).toEqual([[7, 10], [15, 22]]);
    expect((np.dot(a, [1, 1]) as np.NDArray).tolist()).toEqual([3, 7]);
    expect((np.dot([1, 1], a) as np.NDArray).tolist()).toEqual([4, 6]);
    expect((np.dot(np.ones([2, 3, 4]), np.ones([5, 4, 2])) as np.NDArray).shape).toEqual([2, 3, 5, 2]);
    expect((np.dot(a, 2) as np.NDArray).tolist()).toEqual([[2, 4], [6, 8]]);
    expect((np.dot(np.zeros([3, 0]), np.zeros([0, 2])) as np.NDArray).tolist()).toEqual([[0, 0], [0, 0], [0, 0]]);
  });

  it("sums products in index order, one at a time, like the reference BLAS", () => {
    // In order: ((0 + 1e16) + 1) + -1e16 = 0; any other order can give 2 or 1.
    expect(np.dot([1e16, 1, -1e16], [1, 1, 1])).toBe(0);
  });

  it("misaligned shapes give NumPy's message", () => {
    expect(() => np.dot(np.zeros([3, 2]), np.zeros(3))).toThrow("shapes (3,2) and (3,) not aligned: 2 (dim 1) != 3 (dim 0)");
  });

  it("bool and int64 dtypes", () => {
    expect((np.dot(np.array([[1, 2]], "int64"), np.array([[3], [4]], "int64")) as np.NDArray).dtype).toBe("int64");
    expect((np.dot(np.array([[true, false]]), np.array([[true], [true]])) as np.NDArray).tolist()).toEqual([[true]]);
    // 256 true products: a byte-sized sum would wrap to 0 (False).
    expect((np.dot(np.ones([1, 256]).gt(0), np.ones([256, 1]).gt(0)) as np.NDArray).tolist()).toEqual([[true]]);
  });

  it.each([["WebAssembly SIMD", true], ["plain TypeScript", false]])("the %s kernel gives the index-order sums of the plain triple loop, for every shape and layout", (_name, wasm) => {
    useWasmKernel(wasm);
    np.random.seed(3);
    for (const [m, k, n] of [[1, 1, 1], [3, 5, 2], [7, 131, 9], [33, 260, 300], [2, 3, 517]]) {
      const a = np.random.randn(m, k);
      const bT = np.random.randn(n, k); // B as a transposed (strided) view
      const b = bT.T;
      const got = np.matmul(a, b) as np.NDArray;
      for (let i = 0; i < m; i += Math.max(1, m >> 2)) {
        for (let j = 0; j < n; j += Math.max(1, n >> 2)) {
          let sum = 0;
          for (let p = 0; p < k; p++) sum += a.get(i, p) * b.get(p, j);
          expect(got.get(i, j)).toBe(sum);
        }
      }
    }
    useWasmKernel(true);
  });

  it("dot of a matrix reads transposed operands in place and keeps the index-order sums (lecture 9's shapes)", () => {
    np.random.seed(9);
    const data = np.random.randn(500, 2);
    const w = np.random.randn(4, 1);
    const hidden = np.random.randn(500, 4);
    const d = np.random.randn(500, 1);
    d.set([0, 0], -0); // 0 + (-0) * x is +0: the sum starts at zero, as the blocked loops do
    const cases: [np.NDArray, np.NDArray][] = [[data, np.random.randn(2, 4)], [hidden, w], [d, w.T], [hidden.T, d], [data.T, hidden], [hidden, np.random.randn(4)], [hidden.T, np.random.randn(3, 500).T], [np.random.randn(7, 5), np.random.randn(5, 2)]];
    for (const [a, b] of cases) {
      const got = np.dot(a, b) as np.NDArray;
      const n = b.ndim === 2 ? b.shape[1] : 1;
      expect(got.shape).toEqual(b.ndim === 2 ? [a.shape[0], n] : [a.shape[0]]);
      const flat = got.reshape(a.shape[0], n);
      for (let i = 0; i < a.shape[0]; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let p = 0; p < a.shape[1]; p++) sum += a.get(i, p) * (b.ndim === 2 ? b.get(p, j) : b.get(p));
          expect(flat.get(i, j)).toBe(sum);
        }
      }
    }
  });
});

describe("matmul, inner, outer", () => {
  it("matmul broadcasts stacks of matrices", () => {
    expect((np.matmul(np.ones([5, 2, 3]), np.ones([3, 4])) as np.NDArray).shape).toEqual([5, 2, 4]);
    expect((np.matmul(np.ones([1, 2, 3]), np.ones([4, 3, 2])) as np.NDArray).shape).toEqual([4, 2, 2]);
    expect(np.matmul([1, 2], [3, 4])).toBe(11);
    expect((np.matmul(np.ones([2, 3]), [1, 1, 1]) as np.NDArray).tolist()).toEqual([3, 3]);
    expect(() => np.matmul(np.zeros([3, 2]), np.zeros(3))).toThrow("matmul: Input operand 1 has a mismatch in its core dimension 0");
    expect(() => np.matmul(2, np.zeros(3))).toThrow("matmul: Input operand 0 does not have enough dimensions");
  });

  it("inner contracts the last axes; outer multiplies every pair", () => {
    expect(np.inner([1, 2, 3], [0, 1, 0])).toBe(2);
    expect((np.inner(np.ones([2, 3]), np.ones([4, 3])) as np.NDArray).shape).toEqual([2, 4]);
    expect(np.outer([1, 2], [1, 10, 100]).tolist()).toEqual([[1, 10, 100], [2, 20, 200]]);
    expect(np.outer(np.ones([2, 2]), [1, 2]).shape).toEqual([4, 2]);
  });
});
