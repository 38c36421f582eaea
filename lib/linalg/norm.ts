// np.linalg.norm: vector and matrix norms, following NumPy's linalg.norm step by step so that
// results agree to the bit (except the 2-norm and nuclear norm of matrices, which need
// singular values: see svd.ts).
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { isFloat } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { normalizeAxis } from "../core/shape";
import { multiply, power } from "../ops/arithmetic";
import { not_equal } from "../ops/compare";
import { dot } from "../ops/linalg";
import { abs, sqrt } from "../ops/math";
import { max, min, sum } from "../ops/reduce";
import { moveaxis } from "../ops/shape-functions";
import { svd } from "./svd";

/** Which norm: a number (1, 2, Infinity, -Infinity, 0, any p for vectors) or "fro" / "nuc" for matrices. */
export type NormOrder = number | "fro" | "f" | "nuc" | null;

/** Options of norm (NumPy's keyword arguments). */
export interface NormOptions {
  /** The norm (default: 2-norm of vectors, Frobenius of matrices); see `NormOrder`. */
  ord?: NormOrder;
  /** An axis (vector norms along it) or two axes (matrix norms over them); default all of `x`. */
  axis?: number | readonly [number, number] | null;
  /** Keep the normed axes as length-1 axes. */
  keepdims?: boolean;
}

const NORM_SIG: Signature = { name: "norm", params: ["x", "ord", "axis", "keepdims"], required: 1 };

/** A result with every normed axis kept as length 1, or a number when nothing is left. */
function finish(ret: NDArray | number, shape: number[] | null): NDArray | number {
  if (shape !== null) return asarray(ret).reshape(shape);
  return ret instanceof NDArray && ret.ndim === 0 ? ret.item() : ret;
}

function vectorNorm(x: NDArray, ord: NormOrder, axis: number): NDArray | number {
  const o = { axis };
  if (ord === Infinity) return max(abs(x), o);
  if (ord === -Infinity) return min(abs(x), o);
  if (ord === 0) return sum(not_equal(x, 0).astype("float64"), o);
  if (ord === 1) return sum(abs(x), o);
  if (ord === null || ord === 2) return sqrt(sum(multiply(x, x), o));
  if (typeof ord === "string") throw new ValueError(`Invalid norm order '${ord}' for vectors`);
  const absx = abs(x);
  power(absx, ord, { out: absx });
  const ret = sum(absx, o);
  return power(ret, 1 / ord, { out: ret });
}

/** The singular values of the matrices over `rows`, `cols`, reduced by `op` over the last axis. */
function svdNorm(x: NDArray, rows: number, cols: number, op: "max" | "min" | "sum"): NDArray {
  const s = svd(moveaxis(x, [rows, cols], [-2, -1]), { compute_uv: false });
  const reduce = op === "max" ? max : op === "min" ? min : sum;
  return asarray(reduce(s, { axis: -1 }));
}

function matrixNorm(x: NDArray, ord: NormOrder, rowAxis: number, colAxis: number): NDArray {
  const rows = normalizeAxis(rowAxis, x.ndim);
  const cols = normalizeAxis(colAxis, x.ndim);
  if (rows === cols) throw new ValueError("Duplicate axes given.");
  if (ord === 2) return svdNorm(x, rows, cols, "max");
  if (ord === -2) return svdNorm(x, rows, cols, "min");
  if (ord === "nuc") return svdNorm(x, rows, cols, "sum");
  if (ord === 1 || ord === -1) {
    const extreme = ord === 1 ? max : min;
    return asarray(extreme(sum(abs(x), { axis: rows }), { axis: cols > rows ? cols - 1 : cols }));
  }
  if (ord === Infinity || ord === -Infinity) {
    const extreme = ord === Infinity ? max : min;
    return asarray(extreme(sum(abs(x), { axis: cols }), { axis: rows > cols ? rows - 1 : rows }));
  }
  if (ord === null || ord === "fro" || ord === "f") return sqrt(sum(multiply(x, x), { axis: [rowAxis, colAxis] }));
  throw new ValueError("Invalid norm order for matrices.");
}

/**
 * A vector or matrix norm (NumPy's `np.linalg.norm`). By default the 2-norm of `x` flattened
 * (the Frobenius norm for a matrix). With one `axis`, vector norms along it; with two, matrix
 * norms over them.
 *
 * | ord      | vectors                    | matrices                      |
 * |----------|----------------------------|-------------------------------|
 * | default  | 2-norm                     | Frobenius                     |
 * | "fro"    | —                          | Frobenius                     |
 * | "nuc"    | —                          | sum of singular values        |
 * | Infinity | max(abs(x))                | max row sum of abs(x)         |
 * | -Infinity| min(abs(x))                | min row sum                   |
 * | 0        | number of non-zeros        | —                             |
 * | 1        | sum(abs(x))                | max column sum of abs(x)      |
 * | -1       | sum(abs(x)**-1)**-1        | min column sum                |
 * | 2        | 2-norm                     | largest singular value        |
 * | -2       | as p below                 | smallest singular value       |
 * | p        | sum(abs(x)**p)**(1/p)      | —                             |
 *
 * The 2 and "nuc" matrix norms come from numts's SVD and agree with NumPy's to about 1e-15,
 * not to the bit; the others are NumPy's bits (powers: see `np.power`).
 *
 * @param x the array
 * @param ord the norm, positional or `{ord}`
 * @param axis the axis (a vector norm for each line along it) or two axes (a matrix norm for each matrix); default: the whole array
 * @param keepdims whether the reduced axes stay as length 1 (default false), so the result broadcasts against `x`
 * @param options keyword arguments `{ord, axis, keepdims}`
 * @returns a number when every axis is normed (and not `keepdims`), else an array
 * @throws ValueError `Invalid norm order 'fro' for vectors`, `Improper number of dimensions to norm.`
 * @example
 * np.linalg.norm(np.array([3, 4]));                         // 5
 * np.linalg.norm(np.array([3, 4]), 1);                      // 7
 * np.linalg.norm(np.array([[1, 2], [3, 4]]), {axis: 1});    // row lengths
 * np.linalg.norm(W, "fro");                                 // weight decay's ||W||
 */
export function norm(x: ArrayLike, ord?: NormOrder | NormOptions, axis?: NormOptions["axis"] | NormOptions, keepdims?: boolean | NormOptions, options?: NormOptions): NDArray | number;
export function norm(...args: unknown[]): NDArray | number {
  const bound = bindArgs(NORM_SIG, args);
  let x = asarray(bound.x as ArrayLike);
  if (!isFloat(x.dtype)) x = x.astype("float64");
  const ord = (bound.ord ?? null) as NormOrder;
  const keepdims = bound.keepdims === true;
  const axisArg = bound.axis ?? null;
  const nd = x.ndim;
  if (axisArg === null && (ord === null || ((ord === "f" || ord === "fro") && nd === 2) || (ord === 2 && nd === 1))) {
    // NumPy's fast path: sqrt(x·x) over the flattened array, a dot product (summed in order).
    const flat = x.ravel({ order: "K" });
    return finish(Math.sqrt(dot(flat, flat) as number), keepdims ? x.shape.map(() => 1) : null);
  }
  let axes: number[];
  if (axisArg === null) axes = x.shape.map((_, i) => i);
  else if (typeof axisArg === "number") axes = [Math.trunc(axisArg)];
  else if (Array.isArray(axisArg) && axisArg.every((a) => typeof a === "number")) axes = [...(axisArg as number[])];
  else throw new TypeError("'axis' must be None, an integer or a tuple of integers");
  if (axes.length !== 1 && axes.length !== 2) throw new ValueError("Improper number of dimensions to norm.");
  const ret = axes.length === 1 ? vectorNorm(x, ord, axes[0]) : matrixNorm(x, ord, axes[0], axes[1]);
  if (!keepdims) return finish(ret, null);
  const shape = [...x.shape];
  for (const a of axes) shape[normalizeAxis(a, nd)] = 1;
  return finish(ret, shape);
}
