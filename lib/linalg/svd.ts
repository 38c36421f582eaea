// The singular value decomposition, by one-sided Jacobi rotations (Hestenes' method).
//
// NumPy calls LAPACK's dgesdd (divide and conquer), whose rounding cannot be reproduced: numts's
// singular values agree with NumPy's to about 1e-15 relative to the largest, not bit for bit,
// and the signs of singular vectors (which are arbitrary) may differ. One-sided Jacobi was chosen
// for its accuracy (small singular values to high relative precision) and its short code; it
// is O(n^3) per sweep with a few sweeps, fine for the matrices of a course.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { LinAlgError } from "../core/errors";
import { offsetsOf } from "../core/iterate";
import { NDArray } from "../core/ndarray";
import type { TypedData } from "../core/dtype";

/** The factors of `np.linalg.svd`: a list `[U, S, Vh]` that also has them as properties, like NumPy's SVDResult. */
export type SVDResult = [U: NDArray, S: NDArray, Vh: NDArray] & { U: NDArray; S: NDArray; Vh: NDArray };

/** Options of svd (NumPy's keyword arguments). */
export interface SVDOptions {
  /** U is M×M and Vh N×N (default true); with false, M×K and K×N for K = min(M, N). */
  full_matrices?: boolean;
  /** Compute U and Vh (default true); with false, only the singular values are returned. */
  compute_uv?: boolean;
  /** NumPy's hint that the matrix is symmetric; numts decomposes it the same way either way. */
  hermitian?: boolean;
}

const EPS = 2 ** -52;
const MAX_SWEEPS = 80;

/** Columns of a matrix, each a contiguous Float64Array (Jacobi works on column pairs). */
type Columns = Float64Array[];

function dotCols(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
}

/** Rotates columns p and q of `w` (and of `v`) by the angle that makes w_p and w_q orthogonal. */
function rotate(cols: Columns, p: number, q: number, c: number, s: number): void {
  const x = cols[p];
  const y = cols[q];
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    x[i] = c * a - s * b;
    y[i] = s * a + c * b;
  }
}

/**
 * One-sided Jacobi on the m×n matrix given by its columns `w` (m >= n): rotates columns until
 * all pairs are orthogonal; then w = U·diag(σ) and the accumulated rotations are V.
 */
function jacobi(w: Columns, n: number): { sigma: Float64Array; v: Columns } {
  const v: Columns = Array.from({ length: n }, (_, j) => {
    const col = new Float64Array(n);
    col[j] = 1;
    return col;
  });
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const alpha = dotCols(w[p], w[p]);
        const beta = dotCols(w[q], w[q]);
        const gamma = dotCols(w[p], w[q]);
        if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        rotate(w, p, q, c, s);
        rotate(v, p, q, c, s);
      }
    }
    if (!rotated) return { sigma: Float64Array.from(w, (col) => Math.sqrt(dotCols(col, col))), v };
  }
  throw new LinAlgError("SVD did not converge");
}

/**
 * Makes `cols` (k orthonormal columns of length m, some possibly missing: `null`) into `count`
 * orthonormal columns, filling the gaps and adding columns by Gram-Schmidt on unit vectors.
 */
function completeBasis(cols: (Float64Array | null)[], m: number, count: number): Columns {
  const done = cols.filter((c): c is Float64Array => c !== null);
  const out: (Float64Array | null)[] = [...cols];
  while (out.length < count) out.push(null);
  let candidate = 0;
  for (let j = 0; j < count; j++) {
    if (out[j] !== null) continue;
    for (;;) {
      if (candidate >= m) throw new LinAlgError("SVD did not converge");
      const e = new Float64Array(m);
      e[candidate++] = 1;
      // Twice, for orthogonality to working precision.
      for (let pass = 0; pass < 2; pass++) {
        for (const u of done) {
          const r = dotCols(u, e);
          for (let i = 0; i < m; i++) e[i] -= r * u[i];
        }
      }
      const norm = Math.sqrt(dotCols(e, e));
      if (norm > 0.5) {
        for (let i = 0; i < m; i++) e[i] /= norm;
        out[j] = e;
        done.push(e);
        break;
      }
    }
  }
  return out as Columns;
}

/** The SVD of one m×n matrix read at `offset` with strides `rs`, `cs`: σ (descending), U's columns, Vh's rows. */
function svdMatrix(d: TypedData, offset: number, rs: number, cs: number, m: number, n: number, full: boolean, uv: boolean) {
  const tall = m >= n;
  // Work on the tall one of A and Aᵀ: A = U S Vᵀ  <=>  Aᵀ = V S Uᵀ.
  const [rows, cols, rStride, cStride] = tall ? [m, n, rs, cs] : [n, m, cs, rs];
  const w: Columns = Array.from({ length: cols }, (_, j) => Float64Array.from({ length: rows }, (_, i) => d[offset + i * rStride + j * cStride]));
  for (const col of w) for (const x of col) if (!Number.isFinite(x)) throw new LinAlgError("SVD did not converge");
  const { sigma, v } = jacobi(w, cols);
  const order = [...sigma.keys()].sort((a, b) => sigma[b] - sigma[a] || a - b);
  const s = Float64Array.from(order, (j) => sigma[j]);
  if (!uv) return { s };
  // Columns whose σ is negligible carry no direction: the basis completion replaces them.
  const tiny = (s[0] ?? 0) * EPS * rows;
  const left = order.map((j) => (sigma[j] > tiny ? w[j].map((x) => x / sigma[j]) : null));
  const right = order.map((j) => v[j]);
  const k = Math.min(m, n);
  if (tall) return { s, u: completeBasis(left, m, full ? m : k), vt: right };
  return { s, u: right, vt: completeBasis(left, n, full ? n : k) };
}

const SVD_SIG: Signature = { name: "svd", params: ["a", "full_matrices", "compute_uv", "hermitian"], required: 1 };

/**
 * Singular value decomposition (NumPy's `np.linalg.svd`): `a = U @ diag(S) @ Vh`, with U and Vh
 * orthogonal and the singular values S non-negative, largest first. Stacks of matrices
 * (shape (..., M, N)) are decomposed one by one.
 *
 * NumPy calls LAPACK, whose rounding numts cannot reproduce: S agrees with NumPy's to about
 * 1e-15 (relative to the largest value), not to the last bit, and each singular vector may have
 * the opposite sign (both are correct: a pair (u, v) can be flipped to (-u, -v)).
 *
 * @param a an (..., M, N) array
 * @param options `{full_matrices}` (default true: U is M×M, Vh N×N; false: M×K, K×N with
 *   K = min(M, N)), `{compute_uv}` (default true; false returns only S)
 * @returns `[U, S, Vh]`, also readable as `.U`, `.S`, `.Vh`; or S alone with `compute_uv: false`
 * @throws LinAlgError `1-dimensional array given. Array must be at least two-dimensional`,
 *   `SVD did not converge` (NaN or infinite input)
 * @example
 * const [U, S, Vh] = np.linalg.svd(np.array([[3, 0], [4, 5]]));
 * S;  // array([6.70820393, 2.23606798])
 * np.linalg.svd(A, {compute_uv: false});  // the singular values only
 */
export function svd(a: ArrayLike, options: SVDOptions & { compute_uv: false }): NDArray;
export function svd(a: ArrayLike, full_matrices?: boolean | (SVDOptions & { compute_uv?: true }), compute_uv?: true, options?: SVDOptions & { compute_uv?: true }): SVDResult;
export function svd(...args: unknown[]): SVDResult | NDArray {
  const bound = bindArgs(SVD_SIG, args);
  const x = asarray(bound.a as ArrayLike);
  if (x.ndim < 2) throw new LinAlgError(`${x.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const full = bound.full_matrices !== false;
  const uv = bound.compute_uv !== false;
  const [m, n] = x.shape.slice(-2);
  const batch = x.shape.slice(0, -2);
  const k = Math.min(m, n);
  const [um, un, vm] = full ? [m, m, n] : [m, k, k];
  const starts = offsetsOf(batch, x.strides.slice(0, -2), x.offset);
  const S = new NDArray(new Float64Array(starts.length * k), [...batch, k], "float64");
  const U = new NDArray(new Float64Array(starts.length * um * un), [...batch, um, un], "float64");
  const Vh = new NDArray(new Float64Array(starts.length * vm * n), [...batch, vm, n], "float64");
  const [rs, cs] = x.strides.slice(-2);
  starts.forEach((start, b) => {
    const r = svdMatrix(x.data, start, rs, cs, m, n, full, uv);
    S.data.set(r.s, b * k);
    if (r.u === undefined || r.vt === undefined) return;
    r.u.forEach((col, j) => col.forEach((value, i) => (U.data[b * um * un + i * un + j] = value)));
    r.vt.forEach((col, i) => col.forEach((value, j) => (Vh.data[b * vm * n + i * n + j] = value)));
  });
  if (!uv) return S;
  return Object.assign([U, S, Vh], { U, S, Vh }) as SVDResult;
}
