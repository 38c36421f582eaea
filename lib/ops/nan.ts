// NaN-ignoring reductions: nansum, nanprod, nanmean, nanvar, nanstd, nanmax, nanmin,
// nanargmax, nanargmin. They follow NumPy's nanfunctions step by step (replace NaN, then reduce),
// so the sums are NumPy's to the last bit.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { type DType, isFloat, resolveDType } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { normalizeAxes } from "../core/shape";
import { divide, multiply, subtract } from "./arithmetic";
import { isnan } from "./float";
import { logical_not, where } from "./logical";
import { all, any, argmax, argmin, max, min, prod, sum, type ArgOptions, type AxisArg, type StatOptions, type ToArray, type ToScalar } from "./reduce";

/** NumPy's `_replace_nan`: a copy (in `a`'s memory order) with NaNs set to `value`, and the NaN mask. */
function replaceNan(a: NDArray, value: number): [NDArray, NDArray | null] {
  if (!isFloat(a.dtype)) return [a, null];
  const mask = isnan(a);
  return [where(mask, value, a), mask];
}

const nanSig = (name: string, params: readonly string[], keywords: readonly string[] = [], withDType = false): Signature => ({
  name, params: ["a", ...params], required: 1, keywords, unsupported: withDType ? ["out", "initial", "where"] : ["dtype", "out", "initial", "where"],
});
const SIGS = {
  nansum: nanSig("nansum", ["axis", "dtype", "out", "keepdims", "initial", "where"], [], true),
  nanprod: nanSig("nanprod", ["axis", "dtype", "out", "keepdims", "initial", "where"], [], true),
  nanmean: nanSig("nanmean", ["axis", "dtype", "out", "keepdims"], ["where"], true),
  nanvar: nanSig("nanvar", ["axis", "dtype", "out", "ddof", "keepdims"], ["where", "mean", "correction"]),
  nanstd: nanSig("nanstd", ["axis", "dtype", "out", "ddof", "keepdims"], ["where", "mean", "correction"]),
  nanmax: nanSig("nanmax", ["axis", "out", "keepdims", "initial", "where"]),
  nanmin: nanSig("nanmin", ["axis", "out", "keepdims", "initial", "where"]),
  nanargmax: nanSig("nanargmax", ["axis", "out"], ["keepdims"]),
  nanargmin: nanSig("nanargmin", ["axis", "out"], ["keepdims"]),
};

function bindNan(name: keyof typeof SIGS, args: readonly unknown[]): [NDArray, StatOptions] {
  const bound = bindArgs(SIGS[name], args);
  const options: StatOptions = {};
  if (bound.axis !== undefined) options.axis = bound.axis as StatOptions["axis"];
  if (bound.keepdims !== undefined) options.keepdims = Boolean(bound.keepdims);
  if (bound.ddof !== undefined) options.ddof = bound.ddof as number;
  if (bound.dtype !== undefined && bound.dtype !== null) options.dtype = resolveDType(bound.dtype);
  return [asarray(bound.a as ArrayLike), options];
}

/** A number when everything was reduced without keepdims, else the array (as the reductions do). */
function shaped(out: NDArray, options: StatOptions): NDArray | number {
  return (options.axis === undefined || options.axis === null) && options.keepdims !== true ? out.item() : out;
}

/**
 * Sum treating NaN as zero (NumPy's `np.nansum`); options as for `np.sum`.
 * @param a the array
 * @param axis the axis or axes (default all), or `{axis, keepdims}`
 * @param options keyword arguments `{axis, dtype, keepdims}`
 * @returns a number without an axis, else an array
 * @example
 * np.nansum(np.array([1, NaN, 2]));                         // 3
 * np.nansum(np.array([[1, NaN], [2, 3]]), {axis: 0});       // array([3., 3.])
 */
export function nansum(a: ArrayLike, options?: ToScalar & { dtype?: DTypeLike | null }): number;
export function nansum(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nansum(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
export function nansum(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nansum(...args: unknown[]): NDArray | number {
  const [a, options] = bindNan("nansum", args);
  return sum(replaceNan(a, 0)[0], options);
}

/**
 * Product treating NaN as one (NumPy's `np.nanprod`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, dtype, keepdims}`
 * @example
 * np.nanprod(np.array([2, NaN, 3]));  // 6
 */
export function nanprod(a: ArrayLike, options?: ToScalar & { dtype?: DTypeLike | null }): number;
export function nanprod(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nanprod(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
export function nanprod(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nanprod(...args: unknown[]): NDArray | number {
  const [a, options] = bindNan("nanprod", args);
  return prod(replaceNan(a, 1)[0], options);
}

/** The count of non-NaN elements and their sum, over `axes` (kept as length 1 when `keepdims`). */
function countAndTotal(arr: NDArray, mask: NDArray, options: StatOptions, keepdims: boolean): [NDArray, NDArray] {
  const o = { axis: options.axis === undefined || options.axis === null ? arr.shape.map((_, i) => i) : normalizeAxes(options.axis, arr.ndim), keepdims };
  return [sum(logical_not(mask), o), sum(arr, { ...o, dtype: options.dtype })];
}

/**
 * Mean of the non-NaN elements (NumPy's `np.nanmean`); NaN where all are NaN (NumPy also warns
 * "Mean of empty slice").
 * @param a the array
 * @param axis the axis or axes (default all), or `{axis, keepdims}`
 * @param options keyword arguments `{axis, dtype, keepdims}`
 * @returns a number without an axis, else an array
 * @example
 * np.nanmean(np.array([1, NaN, 3]));  // 2
 */
export function nanmean(a: ArrayLike, options?: ToScalar & { dtype?: DTypeLike | null }): number;
export function nanmean(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nanmean(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
export function nanmean(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nanmean(...args: unknown[]): NDArray | number {
  const [a, options] = bindNan("nanmean", args);
  const [arr, mask] = replaceNan(a, 0);
  if (mask === null) return arr.mean(options);
  if (options.dtype !== undefined && !isFloat(options.dtype as DType)) throw new TypeError("If a is inexact, then dtype must be inexact");
  const [count, total] = countAndTotal(arr, mask, options, options.keepdims ?? false);
  // NumPy divides into the total's dtype (float32 stays float32: the quotient taken in float64, then rounded).
  const average = divide(total, count);
  return shaped(average.dtype === total.dtype ? average : average.astype(total.dtype), options);
}

/** NumPy's nanvar: deviations from the NaN-ignoring mean, NaNs as 0, summed and divided by count - ddof. */
function nanVariance(a: NDArray, options: StatOptions): NDArray | number {
  const [arr, mask] = replaceNan(a, 0);
  if (mask === null) return arr.var(options);
  const [count, total] = countAndTotal(arr, mask, options, true);
  const deviations = subtract(arr, divide(total, count), { out: arr });
  where(mask, 0, deviations, { out: deviations });
  multiply(deviations, deviations, { out: deviations });
  const axes = options.axis === undefined || options.axis === null ? arr.shape.map((_, i) => i) : normalizeAxes(options.axis, arr.ndim);
  const squares = sum(deviations, { axis: axes, keepdims: options.keepdims ?? false });
  const dof = subtract(options.keepdims === true ? count : count.reshape(squares.shape), options.ddof ?? 0);
  const variance = divide(squares, dof);
  where(dof.le(0), NaN, variance, { out: variance });
  return shaped(variance, options);
}

/**
 * Variance of the non-NaN elements (NumPy's `np.nanvar`), with `ddof` as in `np.var`.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims, ddof}`
 * @example
 * np.nanvar(np.array([1, NaN, 3]));  // 1
 */
export function nanvar(a: ArrayLike, options?: ToScalar & { ddof?: number }): number;
export function nanvar(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nanvar(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; ddof?: number }): NDArray;
export function nanvar(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nanvar(...args: unknown[]): NDArray | number {
  return nanVariance(...bindNan("nanvar", args));
}

/**
 * Standard deviation of the non-NaN elements (NumPy's `np.nanstd`): the square root of `nanvar`.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims, ddof}`
 * @example
 * np.nanstd(np.array([1, NaN, 3]));  // 1
 */
export function nanstd(a: ArrayLike, options?: ToScalar & { ddof?: number }): number;
export function nanstd(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nanstd(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; ddof?: number }): NDArray;
export function nanstd(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nanstd(...args: unknown[]): NDArray | number {
  const variance = nanVariance(...bindNan("nanstd", args));
  return typeof variance === "number" ? Math.sqrt(variance) : variance.sqrt({ out: variance });
}

/** NumPy's fmax/fmin reduction: the extreme ignoring NaN, NaN only where every element is NaN. */
function nanExtreme(name: "fmax" | "fmin", a: NDArray, options: StatOptions): NDArray | number {
  const axes = options.axis === undefined || options.axis === null ? a.shape.map((_, i) => i) : normalizeAxes(options.axis, a.ndim);
  const kept = a.shape.filter((_, i) => !axes.includes(i));
  if (axes.some((i) => a.shape[i] === 0) && kept.every((n) => n > 0)) {
    throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
  }
  const [arr, mask] = replaceNan(a, name === "fmax" ? -Infinity : Infinity);
  const o = { axis: axes, keepdims: options.keepdims ?? false };
  const extreme = name === "fmax" ? max(arr, o) : min(arr, o);
  if (mask !== null) where(all(mask, o), NaN, extreme, { out: extreme });
  return shaped(extreme, options);
}

/**
 * Largest element ignoring NaN (NumPy's `np.nanmax`); NaN where all are NaN (NumPy also warns).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.nanmax(np.array([1, NaN, 3]));  // 3
 * @throws ValueError `zero-size array to reduction operation fmax which has no identity`
 */
export function nanmax(a: ArrayLike, options?: ToScalar): number;
export function nanmax(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nanmax(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean }): NDArray;
export function nanmax(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nanmax(...args: unknown[]): NDArray | number {
  return nanExtreme("fmax", ...bindNan("nanmax", args));
}

/**
 * Smallest element ignoring NaN (NumPy's `np.nanmin`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.nanmin(np.array([1, NaN, 3]));  // 1
 */
export function nanmin(a: ArrayLike, options?: ToScalar): number;
export function nanmin(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function nanmin(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean }): NDArray;
export function nanmin(a: ArrayLike, options?: StatOptions): NDArray | number;
export function nanmin(...args: unknown[]): NDArray | number {
  return nanExtreme("fmin", ...bindNan("nanmin", args));
}

/** NumPy's nanargmax/nanargmin: NaN replaced by the worst value; an all-NaN slice is an error. */
function nanArg(name: "nanargmax" | "nanargmin", args: readonly unknown[]): NDArray | number {
  const [a, options] = bindNan(name, args);
  const [arr, mask] = replaceNan(a, name === "nanargmax" ? -Infinity : Infinity);
  const axis = options.axis as number | null | undefined;
  if (mask !== null && mask.size > 0) {
    const allNan = axis === undefined || axis === null ? all(mask) : any(all(mask, { axis }));
    if (allNan) throw new ValueError("All-NaN slice encountered");
  }
  const search = name === "nanargmax" ? argmax : argmin;
  return search(arr, options as ArgOptions);
}

/**
 * Index of the largest element ignoring NaN (NumPy's `np.nanargmax`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @throws ValueError `All-NaN slice encountered`
 * @example
 * np.nanargmax(np.array([1, NaN, 3]));  // 2
 */
export function nanargmax(a: ArrayLike, options?: { axis?: null; keepdims?: false }): number;
export function nanargmax(a: ArrayLike, options: ArgOptions & ({ axis: number } | { keepdims: true })): NDArray;
export function nanargmax(a: ArrayLike, axis: number, options?: { keepdims?: boolean }): NDArray;
export function nanargmax(a: ArrayLike, options?: ArgOptions): NDArray | number;
export function nanargmax(...args: unknown[]): NDArray | number {
  return nanArg("nanargmax", args);
}

/**
 * Index of the smallest element ignoring NaN (NumPy's `np.nanargmin`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @throws ValueError `All-NaN slice encountered`
 * @example
 * np.nanargmin(np.array([1, NaN, 3]));  // 0
 */
export function nanargmin(a: ArrayLike, options?: { axis?: null; keepdims?: false }): number;
export function nanargmin(a: ArrayLike, options: ArgOptions & ({ axis: number } | { keepdims: true })): NDArray;
export function nanargmin(a: ArrayLike, axis: number, options?: { keepdims?: boolean }): NDArray;
export function nanargmin(a: ArrayLike, options?: ArgOptions): NDArray | number;
export function nanargmin(...args: unknown[]): NDArray | number {
  return nanArg("nanargmin", args);
}
