// Running totals and differences: cumsum, cumprod, diff.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { allocate, type DType, isFloat, isUnsigned, resolveDType } from "../core/dtype";
import { ValueError } from "../core/errors";
import { offsetsOf } from "../core/iterate";
import { NDArray } from "../core/ndarray";
import { integerAxis, normalizeAxis } from "../core/shape";
import { subtract } from "./arithmetic";
import { not_equal } from "./compare";
import { concatenate } from "./join";

/** Options of cumsum and cumprod (NumPy's keyword arguments). */
export interface CumulativeOptions {
  /** The axis to accumulate along; the flattened array when left out or `null`. */
  axis?: number | null;
  /** dtype of the result (default: a float array's own; int64 for signed integers and bools, uint64 for unsigned ones). */
  dtype?: DTypeLike | null;
}

const cumulativeSig = (name: string): Signature => ({ name, params: ["a", "axis", "dtype", "out"], required: 1, unsupported: ["out"] });
const CUMSUM_SIG = cumulativeSig("cumsum");
const CUMPROD_SIG = cumulativeSig("cumprod");

/** A running fold's step for each kind of result dtype. */
interface Steps {
  /** float64, int64, uint64 (doubles), bool (made 0/1 after each step). */
  exact: (acc: number, x: number) => number;
  /** float32: each operation rounded to float32. */
  float32: (acc: number, x: number) => number;
  /** Integers of 32 bits or fewer, wrapping at each step as C does. */
  narrow: (acc: number, x: number) => number;
}

const f32 = Math.fround;
const SUM: Steps = { exact: (acc, x) => acc + x, float32: (acc, x) => f32(acc + x), narrow: (acc, x) => (acc + x) | 0 };
const PRODUCT: Steps = { exact: (acc, x) => acc * x, float32: (acc, x) => f32(acc * x), narrow: Math.imul };

/**
 * Running fold of `a` along `axis` (or flat) in index order, one operation at a time, as NumPy's
 * `add.accumulate` does: `out[i] = out[i-1] ∘ a[i]`, in the result's dtype.
 */
function accumulate(sig: Signature, args: readonly unknown[], steps: Steps): NDArray {
  const bound = bindArgs(sig, args);
  let a = asarray(bound.a as ArrayLike);
  const flat = bound.axis === undefined || bound.axis === null;
  if (flat) a = a.ravel();
  const axis = flat ? 0 : normalizeAxis(integerAxis(bound.axis), a.ndim);
  const dtype: DType =
    bound.dtype !== undefined && bound.dtype !== null ? resolveDType(bound.dtype) : isFloat(a.dtype) ? a.dtype : isUnsigned(a.dtype) ? "uint64" : "int64";
  // With a dtype, NumPy casts the elements first and accumulates in that type.
  if (a.dtype !== dtype && dtype !== "float64") a = a.astype(dtype === "bool" ? "int64" : dtype);
  const step = dtype === "float32" ? steps.float32 : isFloat(dtype) || dtype === "bool" || dtype === "int64" || dtype === "uint64" ? steps.exact : steps.narrow;
  const out = new NDArray(allocate(dtype, a.size), a.shape, dtype);
  const n = a.shape[axis];
  const rest = a.shape.map((m, i) => (i === axis ? 1 : m));
  const inStarts = offsetsOf(rest, a.strides, a.offset);
  const outStarts = offsetsOf(rest, out.strides, 0);
  const si = a.strides[axis];
  const so = out.strides[axis];
  const bool = dtype === "bool";
  const integer = !isFloat(dtype);
  for (let r = 0; r < inStarts.length; r++) {
    let acc = 0;
    for (let k = 0, i = inStarts[r], o = outStarts[r]; k < n; k++, i += si, o += so) {
      acc = k === 0 ? a.data[i] : step(acc, a.data[i]);
      if (bool) acc = acc !== 0 ? 1 : 0;
      out.data[o] = integer ? acc + 0 : acc;
    }
  }
  return out;
}

/**
 * Cumulative sum (NumPy's `np.cumsum`): element i is the sum of the first i+1 elements, along
 * `axis` or over the flattened array. Sums are taken in order, so they match NumPy's bits.
 * Bools and int64 give int64.
 * @param a the array
 * @param axis the axis to accumulate along (default: the flattened array), or `{axis, dtype}`
 * @param options keyword arguments `{axis, dtype}`
 * @returns a new array, of `a`'s shape (1-D without an axis)
 * @example
 * np.cumsum(np.array([1, 2, 3]));                           // array([1., 3., 6.])
 * np.cumsum(np.array([[1, 2], [3, 4]]), {axis: 0});         // array([[1., 2.], [4., 6.]])
 */
export function cumsum(a: ArrayLike, axis?: number | null | CumulativeOptions, options?: CumulativeOptions): NDArray;
export function cumsum(...args: unknown[]): NDArray {
  return accumulate(CUMSUM_SIG, args, SUM);
}

/**
 * Cumulative product (NumPy's `np.cumprod`), along `axis` or over the flattened array.
 * @param a the array (an NDArray, a number or a nested list)
 * @param axis the axis to accumulate along (default: the flattened array), or `{axis, dtype}`
 * @param options keyword arguments `{axis, dtype}`
 * @example
 * np.cumprod(np.array([1, 2, 3, 4]));  // array([ 1.,  2.,  6., 24.])
 */
export function cumprod(a: ArrayLike, axis?: number | null | CumulativeOptions, options?: CumulativeOptions): NDArray;
export function cumprod(...args: unknown[]): NDArray {
  return accumulate(CUMPROD_SIG, args, PRODUCT);
}

/** Options of diff (NumPy's keyword arguments). */
export interface DiffOptions {
  /** How many times to take differences (default 1). */
  n?: number;
  /** The axis along which to take them (default -1, the last). */
  axis?: number;
  /** Values put before `a` along `axis` first (a number broadcasts). */
  prepend?: ArrayLike;
  /** Values put after `a` along `axis` first. */
  append?: ArrayLike;
}

const DIFF_SIG: Signature = { name: "diff", params: ["a", "n", "axis", "prepend", "append"], required: 1 };

/**
 * Differences of neighbours along `axis`, `a[i+1] - a[i]`, repeated `n` times (NumPy's
 * `np.diff`); bool arrays give `a[i+1] != a[i]`.
 * @param a the array
 * @param n how many times (default 1), or `{n, axis, prepend, append}`
 * @param axis the axis (default -1)
 * @param options keyword arguments `{n, axis, prepend, append}`
 * @returns an array `n` shorter along `axis`
 * @throws ValueError `order must be non-negative but got -1`
 * @example
 * np.diff(np.array([1, 4, 9, 16]));          // array([3., 5., 7.])
 * np.diff(np.array([1, 4, 9, 16]), 2);       // array([2., 2.])
 * np.diff(np.array([1, 4, 9]), {prepend: 0}); // array([1., 3., 5.])
 */
export function diff(a: ArrayLike, n?: number | DiffOptions, axis?: number | DiffOptions, options?: DiffOptions): NDArray;
export function diff(...args: unknown[]): NDArray {
  const bound = bindArgs(DIFF_SIG, args);
  const n = integerAxis(bound.n ?? 1);
  let x = asarray(bound.a as ArrayLike);
  if (n === 0) return x;
  if (n < 0) throw new ValueError(`order must be non-negative but got ${n}`);
  if (x.ndim === 0) throw new ValueError("diff requires input that is at least one dimensional");
  const axis = normalizeAxis(integerAxis(bound.axis ?? -1), x.ndim);
  const edge = (value: unknown): NDArray => {
    const v = asarray(value as ArrayLike);
    if (v.ndim > 0) return v;
    const shape = x.shape.map((m, i) => (i === axis ? 1 : m));
    const out = new NDArray(allocate(v.dtype, shape.reduce((p, m) => p * m, 1)), shape, v.dtype);
    out.data.fill(v.data[v.offset]);
    return out;
  };
  if (bound.prepend !== undefined || bound.append !== undefined) {
    const parts = [...(bound.prepend !== undefined ? [edge(bound.prepend)] : []), x, ...(bound.append !== undefined ? [edge(bound.append)] : [])];
    x = concatenate(parts, axis);
  }
  const take = (range: string) => x.slice(...x.shape.map((_, i) => (i === axis ? range : ":")));
  for (let k = 0; k < n; k++) {
    x = x.dtype === "bool" ? not_equal(take("1:"), take(":-1")) : subtract(take("1:"), take(":-1"));
  }
  return x;
}
