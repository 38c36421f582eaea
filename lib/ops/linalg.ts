// Products: dot, matmul, outer, inner.
//
// Every sum of products runs in index order, one multiply and one add at a time, as the
// reference BLAS does; so results agree bit for bit with the lectures' stored outputs (NumPy
// with OpenBLAS sums in another order and may differ in the last digits). float32 products
// round every multiply and add to float32 (OpenBLAS's sgemm/sdot block and fuse them);
// integer products wrap around as NumPy's integer loops do.
import { bindArgs, isOptions, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { allocate, allocateUnfilled, promoteTypes, type DType, type TypedData } from "../core/dtype";
import { ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { broadcastShapes, broadcastStrides, compactShapeStr } from "../core/shape";
import { multiply } from "./arithmetic";
import { gemmWasm } from "./gemm-wasm";

// NumPy's signatures: `out` (and matmul's ufunc keywords) numts refuses rather than ignores.
const DOT_SIG: Signature = { name: "dot", params: ["a", "b", "out"], required: 2, unsupported: ["out"] };
const MATMUL_SIG: Signature = {
  name: "matmul", params: ["x1", "x2", "out"], required: 2,
  unsupported: ["out", "casting", "order", "dtype", "subok", "signature", "axes", "axis"],
};
const OUTER_SIG: Signature = { name: "outer", params: ["a", "b", "out"], required: 2, unsupported: ["out"] };
const INNER_SIG: Signature = { name: "inner", params: ["a", "b"], required: 2 };

function bindPair(sig: Signature, args: readonly unknown[]): [ArrayLike, ArrayLike] {
  if (args.length === 2 && !isOptions(args[1])) return args as [ArrayLike, ArrayLike]; // the usual call, unbound (dot is hot)
  const bound = bindArgs(sig, args);
  const [first, second] = sig.params!;
  return [bound[first] as ArrayLike, bound[second] as ArrayLike];
}

/** A 2-D operand of `gemm`: element (r, c) at `data[offset + r*rowStride + c*colStride]`. */
interface Matrix {
  data: TypedData;
  offset: number;
  rowStride: number;
  colStride: number;
}

/** Columns and depth of the blocks of B that the kernel keeps in cache (256 KiB of doubles). */
const BLOCK_N = 256;
const BLOCK_K = 128;

/** What a product's elements are summed as: doubles (float64, int64, uint64), float32, bools, or integers of ≤ 32 bits. */
type ProductKind = "double" | "float32" | "bool" | "narrow";

function productKind(dtype: DType): ProductKind {
  if (dtype === "float32") return "float32";
  if (dtype === "bool") return "bool";
  if (dtype === "float64" || dtype === "int64" || dtype === "uint64") return "double";
  return "narrow";
}

/**
 * `out[outOffset + i*n + j] = sum over p of A(i, p) * B(p, j)` for an m×k A and k×n B, the sum
 * taken in order p = 0, 1, ... one multiply and one add at a time (so blocking and unrolling
 * never change a result), in the arithmetic of `kind`.
 */
function gemm(a: Matrix, b: Matrix, out: TypedData, outOffset: number, m: number, k: number, n: number, kind: ProductKind): void {
  if (kind === "float32") return gemmFloat32(a, b, out as Float32Array, outOffset, m, k, n);
  if (kind === "narrow") return gemmWrapped(a, b, out, outOffset, m, k, n);
  gemmDouble(a, b, out, outOffset, m, k, n);
}

/**
 * The double-precision product. Loop order i, p, j streams B and C rows; B is cut into blocks
 * that stay in cache, and each pass over a C row adds four products to two rows at once, so C is
 * read and written a quarter as often.
 */
function gemmDouble(a: Matrix, b: Matrix, out: TypedData, outOffset: number, m: number, k: number, n: number): void {
  if (wasmEnabled && out instanceof Float64Array && m >= 4 && n >= 4 && m * n * k >= 4096 && gemmFast(a, b, out, outOffset, m, k, n)) return;
  if (out instanceof Float64Array && a.data instanceof Float64Array && b.data instanceof Float64Array && (n <= 16 || k <= 16) && k * n <= SMALL_B) {
    return gemmSmall(a, b, out, outOffset, m, k, n);
  }
  // Bool products (any of the ANDs) are summed in float64, as a byte would overflow.
  const c = out instanceof Float64Array ? out : new Float64Array(m * n);
  const co = out instanceof Float64Array ? outOffset : 0;
  const bd = b.colStride === 1 && b.data instanceof Float64Array ? b.data : packRows(b, k, n);
  const bo = bd === b.data ? b.offset : 0;
  const bs = bd === b.data ? b.rowStride : n;
  c.fill(0, co, co + m * n);
  for (let jj = 0; jj < n; jj += BLOCK_N) {
    const je = Math.min(n, jj + BLOCK_N);
    for (let kk = 0; kk < k; kk += BLOCK_K) {
      const ke = Math.min(k, kk + BLOCK_K);
      let i = 0;
      for (; i + 1 < m; i += 2) gemmRows2(a, i, bd, bo, bs, c, co + i * n, n, kk, ke, jj, je);
      if (i < m) gemmRow(a, i, bd, bo, bs, c, co + i * n, kk, ke, jj, je);
    }
  }
  if (c !== out) for (let t = 0; t < m * n; t++) out[outOffset + t] = c[t] !== 0 ? 1 : 0; // any non-zero sum is true
}

/**
 * The float32 product: each product and each partial sum rounded to float32 (NumPy's own
 * float32 loop, which it uses where BLAS does not apply). C's rows live in a Float32Array, so
 * `c[j] += x * b` rounds the sum; the product is rounded first.
 */
function gemmFloat32(a: Matrix, b: Matrix, out: Float32Array, outOffset: number, m: number, k: number, n: number): void {
  const f = Math.fround;
  const ad = a.data;
  const bd = b.data;
  out.fill(0, outOffset, outOffset + m * n);
  for (let i = 0; i < m; i++) {
    const c0 = outOffset + i * n;
    const a0 = a.offset + i * a.rowStride;
    for (let p = 0; p < k; p++) {
      const x = ad[a0 + p * a.colStride];
      const b0 = b.offset + p * b.rowStride;
      for (let j = 0; j < n; j++) out[c0 + j] += f(x * bd[b0 + j * b.colStride]);
    }
  }
}

/**
 * The product of integers of 32 bits or fewer: sums of `Math.imul` products wrapped to 32 bits,
 * which is NumPy's sum in a 64-bit integer cast to the result's type (only the low bits survive).
 */
function gemmWrapped(a: Matrix, b: Matrix, out: TypedData, outOffset: number, m: number, k: number, n: number): void {
  const ad = a.data;
  const bd = b.data;
  for (let i = 0; i < m; i++) {
    const a0 = a.offset + i * a.rowStride;
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0, q = b.offset + j * b.colStride; p < k; p++, q += b.rowStride) sum = (sum + Math.imul(ad[a0 + p * a.colStride], bd[q])) | 0;
      out[outOffset + i * n + j] = sum;
    }
  }
}

let wasmEnabled = true;

/** Chooses the WebAssembly kernel (the default, where available) or the plain one; for tests. */
export function useWasmKernel(enabled: boolean): void {
  wasmEnabled = enabled;
}

/**
 * The product with the WebAssembly kernel on the largest block of whole 4×4 tiles; the edges
 * (rows and columns past the last tile) are summed here, in the same order. False where
 * WebAssembly SIMD is missing.
 */
function gemmFast(a: Matrix, b: Matrix, out: Float64Array, outOffset: number, m: number, k: number, n: number): boolean {
  const ap = packed(a, m, k);
  const bp = packed(b, k, n);
  const done = gemmWasm(ap, bp, out, outOffset, m, k, n);
  if (done === null) return false;
  for (let i = 0; i < m; i++) {
    for (let j = i < done.rows ? done.cols : 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += ap[i * k + p] * bp[p * n + j];
      out[outOffset + i * n + j] = sum;
    }
  }
  return true;
}

/** A rows×cols operand as contiguous float64: a view when it is one already, else a copy. */
function packed(x: Matrix, rows: number, cols: number): Float64Array {
  if (x.data instanceof Float64Array && x.colStride === 1 && (x.rowStride === cols || rows === 1)) return x.data.subarray(x.offset, x.offset + rows * cols);
  return packRows(x, rows, cols);
}

/** B as a contiguous float64 k×n matrix (for strided or non-float B). */
function packRows(b: Matrix, k: number, n: number): Float64Array {
  const packed = new Float64Array(k * n);
  for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) packed[p * n + j] = b.data[b.offset + p * b.rowStride + j * b.colStride];
  return packed;
}

/**
 * B's size (elements) up to which `gemmSmall` reads it column by column: 256 KiB stays in
 * cache, so the strided reads cost nothing there. It runs where B has few rows or columns
 * (`k` or `n` ≤ 16); with both larger the blocked loops' long rows are as fast (3×100·100×300:
 * 90 us blocked, 97 element by element).
 */
const SMALL_B = 32768;

/**
 * Each element of C summed on its own, `0 + A(i,0)B(0,j) + A(i,1)B(1,j) + ...`: the very
 * operations of the blocked loops below, but with the sums in registers and no loop over a
 * block of C. Lecture 9's products (500×2·2×4, 500×4·4×1, 4×500·500×1, ...) have one to four
 * columns or terms, where the blocked loops spend their time on loop overhead. Two rows and four
 * columns at a time: each value of A and B read serves several sums (kernel alone, on lecture 9's
 * shapes: 2.0-4.0 us, against 3.0-6.2 one row at a time). A and B are read through their
 * strides (a transposed operand in place).
 */
function gemmSmall(a: Matrix, b: Matrix, c: Float64Array, c0: number, m: number, k: number, n: number): void {
  const ad = a.data as Float64Array;
  const bd = b.data as Float64Array;
  const ars = a.rowStride;
  const acs = a.colStride;
  const brs = b.rowStride;
  const bcs = b.colStride;
  let i = 0;
  let ai = a.offset;
  let ci = c0;
  if (n < 4) {
    // Too few columns for the blocks of four below: four rows at a time instead (a column
    // of B read once for four sums; 500×4·4×1: 3.8 -> 2.5 us).
    for (; i + 3 < m; i += 4, ai += 4 * ars, ci += 4 * n) {
      for (let j = 0, bj = b.offset; j < n; j++, bj += bcs) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let p = 0, x = ai, y = bj; p < k; p++, x += acs, y += brs) {
          const w = bd[y];
          s0 += ad[x] * w;
          s1 += ad[x + ars] * w;
          s2 += ad[x + 2 * ars] * w;
          s3 += ad[x + 3 * ars] * w;
        }
        c[ci + j] = s0;
        c[ci + n + j] = s1;
        c[ci + 2 * n + j] = s2;
        c[ci + 3 * n + j] = s3;
      }
    }
  }
  for (; i + 1 < m; i += 2, ai += 2 * ars, ci += 2 * n) {
    const ci1 = ci + n;
    let j = 0;
    let bj = b.offset;
    for (; j + 3 < n; j += 4, bj += 4 * bcs) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      for (let p = 0, x = ai, y = bj; p < k; p++, x += acs, y += brs) {
        const u = ad[x];
        const v = ad[x + ars];
        const b0 = bd[y], b1 = bd[y + bcs], b2 = bd[y + 2 * bcs], b3 = bd[y + 3 * bcs];
        s0 += u * b0;
        s1 += u * b1;
        s2 += u * b2;
        s3 += u * b3;
        t0 += v * b0;
        t1 += v * b1;
        t2 += v * b2;
        t3 += v * b3;
      }
      c[ci + j] = s0;
      c[ci + j + 1] = s1;
      c[ci + j + 2] = s2;
      c[ci + j + 3] = s3;
      c[ci1 + j] = t0;
      c[ci1 + j + 1] = t1;
      c[ci1 + j + 2] = t2;
      c[ci1 + j + 3] = t3;
    }
    for (; j < n; j++, bj += bcs) {
      let s = 0;
      let t = 0;
      for (let p = 0, x = ai, y = bj; p < k; p++, x += acs, y += brs) {
        const w = bd[y];
        s += ad[x] * w;
        t += ad[x + ars] * w;
      }
      c[ci + j] = s;
      c[ci1 + j] = t;
    }
  }
  if (i < m) {
    for (let j = 0, bj = b.offset; j < n; j++, bj += bcs) {
      let sum = 0;
      for (let p = 0, x = ai, y = bj; p < k; p++, x += acs, y += brs) sum += ad[x] * bd[y];
      c[ci + j] = sum;
    }
  }
}

/** Rows i and i+1 of C (at c0 and c0 + n), columns jj..je, products p = kk..ke in order. */
function gemmRows2(a: Matrix, i: number, bd: Float64Array, bo: number, bs: number, c: Float64Array, c0: number, n: number, kk: number, ke: number, jj: number, je: number): void {
  const ad = a.data;
  const rs = a.rowStride;
  const cs = a.colStride;
  const a0 = a.offset + i * rs;
  const a1 = a0 + rs;
  const c1 = c0 + n;
  let p = kk;
  for (; p + 3 < ke; p += 4) {
    const x0 = ad[a0 + p * cs], x1 = ad[a0 + (p + 1) * cs], x2 = ad[a0 + (p + 2) * cs], x3 = ad[a0 + (p + 3) * cs];
    const y0 = ad[a1 + p * cs], y1 = ad[a1 + (p + 1) * cs], y2 = ad[a1 + (p + 2) * cs], y3 = ad[a1 + (p + 3) * cs];
    const r0 = bo + p * bs;
    const r1 = r0 + bs;
    const r2 = r1 + bs;
    const r3 = r2 + bs;
    for (let j = jj; j < je; j++) {
      const b0 = bd[r0 + j], b1 = bd[r1 + j], b2 = bd[r2 + j], b3 = bd[r3 + j];
      c[c0 + j] = c[c0 + j] + x0 * b0 + x1 * b1 + x2 * b2 + x3 * b3;
      c[c1 + j] = c[c1 + j] + y0 * b0 + y1 * b1 + y2 * b2 + y3 * b3;
    }
  }
  for (; p < ke; p++) {
    const x = ad[a0 + p * cs];
    const y = ad[a1 + p * cs];
    const r = bo + p * bs;
    for (let j = jj; j < je; j++) {
      const bv = bd[r + j];
      c[c0 + j] += x * bv;
      c[c1 + j] += y * bv;
    }
  }
}

/** One row of C: the rest of `gemmRows2` when m is odd. */
function gemmRow(a: Matrix, i: number, bd: Float64Array, bo: number, bs: number, c: Float64Array, c0: number, kk: number, ke: number, jj: number, je: number): void {
  const ad = a.data;
  const a0 = a.offset + i * a.rowStride;
  for (let p = kk; p < ke; p++) {
    const x = ad[a0 + p * a.colStride];
    const r = bo + p * bs;
    for (let j = jj; j < je; j++) c[c0 + j] += x * bd[r + j];
  }
}

/** The dot product of two float64 vectors of one length, summed in index order. */
function vectorDot(a: NDArray, b: NDArray): number {
  const ad = a.data;
  const bd = b.data;
  const sa = a.strides[0];
  const sb = b.strides[0];
  let sum = 0;
  for (let i = 0, p = a.offset, q = b.offset; i < a.shape[0]; i++, p += sa, q += sb) sum += ad[p] * bd[q];
  return sum;
}

/** A result dtype and buffer; bool products are "any of the ANDs", stored as 0/1. */
function productDType(a: NDArray, b: NDArray): DType {
  return promoteTypes(a.dtype, b.dtype);
}

function finish(out: NDArray): NDArray {
  const d = out.data;
  if (out.dtype === "bool") for (let i = 0; i < d.length; i++) d[i] = d[i] !== 0 ? 1 : 0;
  else if (out.dtype === "int64") for (let i = 0; i < d.length; i++) d[i] += 0;
  return out;
}

/** dot/inner with a 0-d operand: element-wise multiplication, a number when both are 0-d. */
function scalarProduct(x: NDArray, y: NDArray): NDArray | number {
  const product = multiply(x, y);
  return product.ndim === 0 ? product.data[0] : product;
}

/** NumPy's error for contracted axes of different lengths (`aShape`/`bShape` as NumPy saw them). */
function notAligned(aShape: readonly number[], bShape: readonly number[], aAxis: number, bAxis: number): never {
  throw new ValueError(
    `shapes ${compactShapeStr(aShape)} and ${compactShapeStr(bShape)} not aligned: ${aShape[aAxis]} (dim ${aAxis}) != ${bShape[bAxis]} (dim ${bAxis})`,
  );
}

/** `a` as a (rows × cols) matrix over a reshape: its last axis are the columns. */
function asRows(a: NDArray): Matrix & { rows: number; cols: number } {
  const cols = a.shape[a.ndim - 1];
  const flat = a.reshape(a.shape.slice(0, -1).reduce((p, n) => p * n, 1), cols);
  return { data: flat.data, offset: flat.offset, rowStride: flat.strides[0], colStride: flat.strides[1], rows: flat.shape[0], cols };
}

/**
 * Dot product of two arrays (NumPy's `np.dot`):
 * - two 1-D arrays: the inner product, a number;
 * - two 2-D arrays: the matrix product;
 * - N-D with 1-D: sum product over the last axis of `a` and `b`;
 * - N-D with M-D: sum product over the last axis of `a` and the second-to-last of `b`;
 * - with a scalar (0-d): element-wise multiplication.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @example
 * np.dot(np.array([1, 2, 3]), np.array([4, 5, 6]));   // 32
 * np.dot(np.array([[1, 2], [3, 4]]), np.array([1, 1])); // array([3., 7.])
 * @throws ValueError `shapes (3,2) and (3,) not aligned: 2 (dim 1) != 3 (dim 0)`
 */
export function dot(a: ArrayLike, b: ArrayLike): NDArray | number;
export function dot(...args: unknown[]): NDArray | number {
  const [a, b] = bindPair(DOT_SIG, args);
  if (a instanceof NDArray && b instanceof NDArray && a.ndim === 1 && b.ndim === 1 && a.data instanceof Float64Array && b.data instanceof Float64Array && a.dtype === "float64" && b.dtype === "float64" && a.shape[0] === b.shape[0]) {
    return vectorDot(a, b); // the common case, without the matrix machinery
  }
  const x = asarray(a);
  const y = asarray(b);
  if (x.ndim === 0 || y.ndim === 0) return scalarProduct(x, y);
  const bAxis = y.ndim === 1 ? 0 : y.ndim - 2;
  const k = x.shape[x.ndim - 1];
  if (y.shape[bAxis] !== k) notAligned(x.shape, y.shape, x.ndim - 1, bAxis);
  if (x.ndim === 2 && y.ndim <= 2) return matrixDot(x, y);
  // b as a (k × rest) matrix: its contracted axis first, all others after in order.
  const order = [bAxis, ...y.shape.keys()].filter((ax, i) => i === 0 || ax !== bAxis);
  const rest = y.shape.filter((_, i) => i !== bAxis).reduce((p, s) => p * s, 1);
  const yMoved = y.transpose(order).reshape(k, rest);
  const n = yMoved.shape[1];
  const rows = asRows(x);
  const dtype = productDType(x, y);
  const out = new NDArray(allocate(dtype, rows.rows * n), [...x.shape.slice(0, -1), ...y.shape.filter((_, i) => i !== bAxis)], dtype);
  gemm(rows, { data: yMoved.data, offset: yMoved.offset, rowStride: yMoved.strides[0], colStride: yMoved.strides[1] }, out.data, 0, rows.rows, k, n, productKind(dtype));
  finish(out);
  return out.ndim === 0 ? out.data[0] : out;
}

/**
 * `dot` of a matrix with a matrix or a vector, both read through their strides (a transposed
 * operand in place, where the general path would copy it). Every kind of `gemm` writes each
 * element of the result, so it is not zero-filled first.
 */
function matrixDot(x: NDArray, y: NDArray): NDArray {
  const [m, k] = x.shape;
  const n = y.ndim === 2 ? y.shape[1] : 1;
  const dtype = productDType(x, y);
  const out = new NDArray(allocateUnfilled(dtype, m * n), y.ndim === 2 ? [m, n] : [m], dtype);
  const b: Matrix = { data: y.data, offset: y.offset, rowStride: y.strides[0], colStride: y.ndim === 2 ? y.strides[1] : 1 };
  gemm({ data: x.data, offset: x.offset, rowStride: x.strides[0], colStride: x.strides[1] }, b, out.data, 0, m, k, n, productKind(dtype));
  return finish(out);
}

/**
 * Matrix product (NumPy's `np.matmul`, Python's `a @ b`). Like `dot` for 1-D and 2-D arrays;
 * arrays with more axes are stacks of matrices that broadcast against each other.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @example
 * np.matmul(np.ones([5, 2, 3]), np.ones([3, 4])).shape;  // [5, 2, 4]
 * @throws ValueError NumPy's "mismatch in its core dimension" message
 */
export function matmul(a: ArrayLike, b: ArrayLike): NDArray | number;
export function matmul(...args: unknown[]): NDArray | number {
  const [a, b] = bindPair(MATMUL_SIG, args);
  const signature = "(n?,k),(k,m?)->(n?,m?)";
  let x = asarray(a);
  let y = asarray(b);
  [x, y].forEach((op, i) => {
    if (op.ndim === 0) {
      throw new ValueError(`matmul: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature ${signature} requires 1)`);
    }
  });
  const vectorA = x.ndim === 1;
  const vectorB = y.ndim === 1;
  if (vectorA) x = x.reshape(1, -1);
  if (vectorB) y = y.reshape(-1, 1);
  const [m, k] = x.shape.slice(-2);
  const [k2, n] = y.shape.slice(-2);
  if (k !== k2) {
    throw new ValueError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${signature} (size ${k2} is different from ${k})`,
    );
  }
  let batch: number[];
  try {
    batch = broadcastShapes(x.shape.slice(0, -2), y.shape.slice(0, -2));
  } catch {
    const remapped = (op: NDArray) => `${compactShapeStr(op.shape)}->(${[...op.shape.slice(0, -2), "newaxis", "newaxis"].join(",")})`;
    const requested = [...(vectorA ? [] : [m]), ...(vectorB ? [] : [n])];
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${remapped(asarray(a))} ${remapped(asarray(b))}  and requested shape ${compactShapeStr(requested)}`,
    );
  }
  const xBatch = broadcastStrides(x.shape.slice(0, -2), x.strides.slice(0, -2), batch);
  const yBatch = broadcastStrides(y.shape.slice(0, -2), y.strides.slice(0, -2), batch);
  const dtype = productDType(x, y);
  const count = batch.reduce((p, s) => p * s, 1);
  const out = allocate(dtype, count * m * n);
  const index = new Array<number>(batch.length).fill(0);
  for (let t = 0; t < count; t++) {
    let xo = x.offset;
    let yo = y.offset;
    for (let ax = 0; ax < batch.length; ax++) {
      xo += index[ax] * xBatch[ax];
      yo += index[ax] * yBatch[ax];
    }
    gemm(
      { data: x.data, offset: xo, rowStride: x.strides[x.ndim - 2], colStride: x.strides[x.ndim - 1] },
      { data: y.data, offset: yo, rowStride: y.strides[y.ndim - 2], colStride: y.strides[y.ndim - 1] },
      out,
      t * m * n,
      m,
      k,
      n,
      productKind(dtype),
    );
    for (let ax = batch.length - 1; ax >= 0 && ++index[ax] === batch[ax]; ax--) index[ax] = 0;
  }
  const shape = [...batch, ...(vectorA ? [] : [m]), ...(vectorB ? [] : [n])];
  const result = finish(new NDArray(out, shape, dtype));
  return result.ndim === 0 ? result.data[0] : result;
}

/**
 * Outer product of two vectors (NumPy's `np.outer`): `out[i, j] = a[i] * b[j]`. Inputs of more
 * than one axis are flattened first.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @example
 * np.outer(np.array([1, 2]), np.array([1, 10, 100]));
 * // array([[  1.,  10., 100.],
 * //        [  2.,  20., 200.]])
 */
export function outer(a: ArrayLike, b: ArrayLike): NDArray;
export function outer(...args: unknown[]): NDArray {
  const [a, b] = bindPair(OUTER_SIG, args);
  const x = asarray(a).ravel();
  const y = asarray(b).ravel();
  return multiply(x.reshape(-1, 1), y.reshape(1, -1));
}

/**
 * Inner product (NumPy's `np.inner`): the sum product over the last axes of `a` and `b`. For
 * vectors the same as `dot` (a number); for matrices, `a · bᵀ`.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @example
 * np.inner(np.array([1, 2, 3]), np.array([0, 1, 0]));  // 2
 * @throws ValueError `shapes (3,2) and (3,) not aligned: 2 (dim 1) != 3 (dim 0)`
 */
export function inner(a: ArrayLike, b: ArrayLike): NDArray | number;
export function inner(...args: unknown[]): NDArray | number {
  const [a, b] = bindPair(INNER_SIG, args);
  const x = asarray(a);
  const y = asarray(b);
  if (x.ndim === 0 || y.ndim === 0) return scalarProduct(x, y);
  const k = x.shape[x.ndim - 1];
  if (y.shape[y.ndim - 1] !== k) {
    // NumPy computes inner as a dot with b's last two axes swapped, and reports that shape.
    const swapped = y.ndim === 1 ? [...y.shape] : [...y.shape.slice(0, -2), y.shape[y.ndim - 1], y.shape[y.ndim - 2]];
    notAligned(x.shape, swapped, x.ndim - 1, Math.max(y.ndim - 2, 0));
  }
  const rows = asRows(x);
  const cols = asRows(y);
  const dtype = productDType(x, y);
  const out = new NDArray(allocate(dtype, rows.rows * cols.rows), [...x.shape.slice(0, -1), ...y.shape.slice(0, -1)], dtype);
  // bᵀ as a (k × rows of b) matrix is b with its strides swapped.
  gemm(rows, { data: cols.data, offset: cols.offset, rowStride: cols.colStride, colStride: cols.rowStride }, out.data, 0, rows.rows, k, cols.rows, productKind(dtype));
  finish(out);
  return out.ndim === 0 ? out.data[0] : out;
}
