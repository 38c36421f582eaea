// Reductions: sum, mean, max, min, prod, std, var, all, any, argmax, argmin.
//
// Sums follow NumPy's order of operations so that results agree to the last bit: elements are
// visited in memory order, a run along the innermost reduced axis is added with NumPy's pairwise
// summation, and runs along other axes are accumulated one after another. float32 sums add in
// float32, every addition rounded, as NumPy's float loops do; integers sum in int64 (uint64 for
// unsigned ones), as NumPy sums small integers in the platform's integer.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { allocateUnfilled, castFunction, type DType, dtypeRange, isFloat, isUnsigned, resolveDType, type TypedData } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { integerAxis, normalizeAxes, normalizeAxis } from "../core/shape";
import { multiply, subtract } from "./arithmetic";
import { floatResult } from "./elementwise";

/** Options of the reductions (NumPy's keyword arguments). */
export interface ReduceOptions {
  /** Axis or axes to reduce over; all of them when left out or `null`. Negative counts from the end. */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as length-1 axes, so the result broadcasts against the input. */
  keepdims?: boolean;
}

/** Options of `sum`, `prod` and `mean`. */
export interface SumOptions extends ReduceOptions {
  /**
   * The dtype to compute and return in (NumPy's `dtype=`): the elements are cast to it first and
   * added (multiplied) in it, so `{dtype: "int8"}` wraps around and `{dtype: "float64"}` sums
   * float32 data in double precision. Default: a float array's own dtype; int64 (uint64) for
   * bools and signed (unsigned) integers; float64 for `mean` of integers.
   */
  dtype?: DTypeLike | null;
}

/** Options of `std` and `var`. */
export interface StatOptions extends SumOptions {
  /** "Delta degrees of freedom": the divisor is `N - ddof` (0 by default, 1 for the sample estimate). */
  ddof?: number;
}

/** Options of `argmax` and `argmin`. */
export interface ArgOptions {
  /** The axis to search along; the flattened array when left out or `null`. */
  axis?: number | null;
  /** Keep the searched axis as a length-1 axis. */
  keepdims?: boolean;
}

/** An axis or axes given positionally (`np.sum(x, 0)`, Python's `x.sum(0)`): the result is an array. */
export type AxisArg = number | readonly number[];

/** Options that reduce over chosen axes or keep dimensions: the result is an array. */
export type ToArray<O> = O & ({ axis: number | readonly number[] } | { keepdims: true });
/** Options that reduce everything to one value. */
export type ToScalar = { axis?: null; keepdims?: false };

const PAIRWISE_BLOCK = 128;

/**
 * NumPy's pairwise summation of `n` elements of `d` from `i` by `step`: eight running sums
 * over blocks of up to 128 elements, halves added recursively above that. Its rounding error
 * grows with log(n) instead of n, and matching its order makes sums agree with NumPy bit for bit.
 */
function pairwiseSum(d: TypedData, i: number, step: number, n: number): number {
  if (n < 8) {
    let res = -0;
    for (let k = 0; k < n; k++, i += step) res += d[i];
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    let r0 = d[i], r1 = d[i + step], r2 = d[i + 2 * step], r3 = d[i + 3 * step];
    let r4 = d[i + 4 * step], r5 = d[i + 5 * step], r6 = d[i + 6 * step], r7 = d[i + 7 * step];
    const whole = n - (n % 8);
    let k = 8;
    for (let p = i + 8 * step; k < whole; k += 8, p += 8 * step) {
      r0 += d[p]; r1 += d[p + step]; r2 += d[p + 2 * step]; r3 += d[p + 3 * step];
      r4 += d[p + 4 * step]; r5 += d[p + 5 * step]; r6 += d[p + 6 * step]; r7 += d[p + 7 * step];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (let p = i + k * step; k < n; k++, p += step) res += d[p];
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(d, i, step, half) + pairwiseSum(d, i + half * step, step, n - half);
}

/**
 * `pairwiseSum` of contiguous elements (step 1), the same additions in the same order. A copy on
 * purpose: with constant offsets V8 reads the elements 15-20% faster than through `step` (sums
 * along the last axis of a C array: `np.sum(x, {axis: 1})` of 1000x1000 0.61 -> 0.51 ms).
 */
function pairwiseSumContiguous(d: TypedData, i: number, n: number): number {
  if (n < 8) {
    let res = -0;
    for (let k = 0; k < n; k++, i++) res += d[i];
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    let r0 = d[i], r1 = d[i + 1], r2 = d[i + 2], r3 = d[i + 3];
    let r4 = d[i + 4], r5 = d[i + 5], r6 = d[i + 6], r7 = d[i + 7];
    const whole = i + n - (n % 8);
    let p = i + 8;
    for (; p < whole; p += 8) {
      r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
      r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (const end = i + n; p < end; p++) res += d[p];
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSumContiguous(d, i, half) + pairwiseSumContiguous(d, i + half, n - half);
}

/**
 * `pairwiseSum` in float32 arithmetic: NumPy's FLOAT_pairwise_sum, every addition rounded to
 * float32. A copy on purpose: one function taking the rounding as an argument made V8's calls
 * polymorphic, and float32 sums of 10**6 elements ten times slower.
 */
function pairwiseSum32(d: TypedData, i: number, step: number, n: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = -0;
    for (let k = 0; k < n; k++, i += step) res = f(res + d[i]);
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    let r0 = d[i], r1 = d[i + step], r2 = d[i + 2 * step], r3 = d[i + 3 * step];
    let r4 = d[i + 4 * step], r5 = d[i + 5 * step], r6 = d[i + 6 * step], r7 = d[i + 7 * step];
    const whole = n - (n % 8);
    let k = 8;
    for (let p = i + 8 * step; k < whole; k += 8, p += 8 * step) {
      r0 = f(r0 + d[p]); r1 = f(r1 + d[p + step]); r2 = f(r2 + d[p + 2 * step]); r3 = f(r3 + d[p + 3 * step]);
      r4 = f(r4 + d[p + 4 * step]); r5 = f(r5 + d[p + 5 * step]); r6 = f(r6 + d[p + 6 * step]); r7 = f(r7 + d[p + 7 * step]);
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (let p = i + k * step; k < n; k++, p += step) res = f(res + d[p]);
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return f(pairwiseSum32(d, i, step, half) + pairwiseSum32(d, i + half * step, step, n - half));
}

/** How a reduction folds elements in one dtype. */
interface Fold {
  /** Folds one element into an accumulator. */
  step: (acc: number, x: number) => number;
  /** Folds a run of `n` elements (from `i` by `stride`) into an accumulator. */
  run: (acc: number, d: TypedData, i: number, stride: number, n: number) => number;
}

/** How one reduction combines elements. */
interface Reducer extends Fold {
  /** NumPy's ufunc name, for the empty-reduction error. */
  name: string;
  /** Start value of every output element. */
  initial: number;
  /** Whether reducing zero elements is an error (no identity, as for maximum). */
  needsElements: boolean;
  /** Result dtype for an input dtype. */
  dtype: (x: DType) => DType;
  /** The fold for float32 results, each operation rounded to float32 (default: `step` and `run`, exact for max, min, all, any). */
  float32?: Fold;
  /** The fold for integers of 32 bits or fewer where doubles would lose the low bits (products), wrapping as C does. */
  narrow?: Fold;
}

function foldRun(step: (acc: number, x: number) => number) {
  return (acc: number, d: TypedData, i: number, stride: number, n: number): number => {
    for (let k = 0; k < n; k++, i += stride) acc = step(acc, d[i]);
    return acc;
  };
}

/** Sums and products: floats keep their dtype; bools and signed ints give int64, unsigned ones uint64. */
const sumDType = (x: DType): DType => (isFloat(x) ? x : isUnsigned(x) ? "uint64" : "int64");
const fround = Math.fround;

const ADD: Reducer = {
  name: "add",
  initial: 0,
  needsElements: false,
  dtype: sumDType,
  step: (acc, x) => acc + x,
  run: (acc, d, i, stride, n) => acc + (stride === 1 ? pairwiseSumContiguous(d, i, n) : pairwiseSum(d, i, stride, n)),
  float32: { step: (acc, x) => fround(acc + x), run: (acc, d, i, stride, n) => fround(acc + pairwiseSum32(d, i, stride, n)) },
};

const multiply32 = (acc: number, x: number): number => fround(acc * x);
const MULTIPLY: Reducer = {
  name: "multiply",
  initial: 1,
  needsElements: false,
  dtype: sumDType,
  step: (acc, x) => acc * x,
  run: foldRun((acc, x) => acc * x),
  float32: { step: multiply32, run: foldRun(multiply32) },
  narrow: { step: Math.imul, run: foldRun(Math.imul) },
};

const maxStep = (acc: number, x: number): number => (acc >= x || acc !== acc ? acc : x);
const minStep = (acc: number, x: number): number => (acc <= x || acc !== acc ? acc : x);
const MAXIMUM: Reducer = { name: "maximum", initial: -Infinity, needsElements: true, dtype: (x) => x, step: maxStep, run: foldRun(maxStep) };
const MINIMUM: Reducer = { name: "minimum", initial: Infinity, needsElements: true, dtype: (x) => x, step: minStep, run: foldRun(minStep) };

const allStep = (acc: number, x: number): number => (acc !== 0 && x !== 0 ? 1 : 0);
const anyStep = (acc: number, x: number): number => (acc !== 0 || x !== 0 ? 1 : 0);
const ALL: Reducer = { name: "logical_and", initial: 1, needsElements: false, dtype: () => "bool", step: allStep, run: foldRun(allStep) };
const ANY: Reducer = { name: "logical_or", initial: 0, needsElements: false, dtype: () => "bool", step: anyStep, run: foldRun(anyStep) };

/** One axis of the loop nest: its length, the input's and the output's strides, and whether it is reduced. */
interface LoopAxis {
  n: number;
  inStride: number;
  outStride: number;
  reduced: boolean;
}

/**
 * `out[o..o+n) += data[i..i+n)` for `rows` rows `stride` apart, for float64: one row after
 * another, as NumPy sums along an outer axis. Eight rows at a time, each output element read and
 * written once per eight: the same additions in the same order (JS adds left to right), three
 * times faster. On its own so that V8 compiles it for Float64Array alone (the general loop below
 * sees every dtype's typed array and reads them 2-5x slower).
 */
function addRows64(out: Float64Array, o: number, d: Float64Array, i: number, n: number, stride: number, rows: number): void {
  let r = 0;
  for (; r + 8 <= rows; r += 8, i += 8 * stride) {
    const i1 = i + stride, i2 = i1 + stride, i3 = i2 + stride, i4 = i3 + stride, i5 = i4 + stride, i6 = i5 + stride, i7 = i6 + stride;
    for (let k = 0; k < n; k++) out[o + k] = out[o + k] + d[i + k] + d[i1 + k] + d[i2 + k] + d[i3 + k] + d[i4 + k] + d[i5 + k] + d[i6 + k] + d[i7 + k];
  }
  for (; r < rows; r++, i += stride) for (let k = 0; k < n; k++) out[o + k] += d[i + k];
}

/** A row of addRows64 for float32 (each sum rounded to float32 as it is stored, as NumPy adds float32). A copy on purpose, for the same reason. */
function addRow32(out: Float32Array, o: number, data: Float32Array, i: number, n: number): void {
  for (let k = 0; k < n; k++) out[o + k] += data[i + k];
}

/**
 * Reduces `a` over `axes` with `r`. The loop visits the input in memory order (axes sorted by
 * stride, NumPy's "K" order), merging axes that are contiguous, so the innermost loop is as long
 * as possible, as in NumPy.
 */
function reduceAxes(r: Reducer, a: NDArray, axes: number[], keepdims: boolean, dtype: DType = r.dtype(a.dtype)): NDArray {
  const reduced = new Set(axes);
  const keptShape = a.shape.filter((_, i) => !reduced.has(i));
  const outShape = keepdims ? a.shape.map((n, i) => (reduced.has(i) ? 1 : n)) : keptShape;
  const outSize = keptShape.reduce((p, n) => p * n, 1);
  const out = new NDArray(allocateUnfilled(dtype, outSize), outShape, dtype);
  const od = out.data;
  // Integer outputs cannot hold ±Infinity: maximum starts at the dtype's minimum, minimum at its
  // maximum (bools: false and true).
  const { min, max } = dtypeRange(dtype);
  od.fill(isFloat(dtype) ? r.initial : Math.min(Math.max(r.initial, min), max));
  const blockSize = axes.reduce((p, ax) => p * a.shape[ax], 1);
  if (blockSize === 0 && outSize > 0 && r.needsElements) {
    throw new ValueError(`zero-size array to reduction operation ${r.name} which has no identity`);
  }
  if (blockSize === 0 || outSize === 0) return out;

  // Output strides over the input's axes (0 along reduced axes), C order over the kept axes.
  const outStrides = new Array<number>(a.ndim).fill(0);
  for (let i = a.ndim - 1, step = 1; i >= 0; i--) {
    if (reduced.has(i)) continue;
    outStrides[i] = step;
    step *= a.shape[i];
  }
  const order = a.shape
    .map((_, i) => i)
    .filter((i) => a.shape[i] !== 1)
    .sort((x, y) => Math.abs(a.strides[y]) - Math.abs(a.strides[x]) || x - y);
  const loop: LoopAxis[] = [];
  for (const i of order) {
    const axis: LoopAxis = { n: a.shape[i], inStride: a.strides[i], outStride: outStrides[i], reduced: reduced.has(i) };
    const prev = loop[loop.length - 1];
    if (
      prev !== undefined &&
      prev.reduced === axis.reduced &&
      prev.inStride === axis.inStride * axis.n &&
      prev.outStride === axis.outStride * axis.n
    ) {
      prev.n *= axis.n;
      prev.inStride = axis.inStride;
      prev.outStride = axis.outStride;
    } else {
      loop.push(axis);
    }
  }
  const d = a.data;
  const inner = loop.pop() ?? { n: 1, inStride: 0, outStride: 0, reduced: true };
  // A float64 sum of contiguous rows along a reduced outer axis (axis 0 of a C array): addRows64
  // takes that axis too, so the loop nest below steps over the others.
  const rowSum = r === ADD && !inner.reduced && inner.inStride === 1 && inner.outStride === 1 && od instanceof Float64Array && d instanceof Float64Array;
  const rows = rowSum && loop.length > 0 && loop[loop.length - 1].reduced ? (loop.pop() as LoopAxis) : { n: 1, inStride: 0 };
  const counter = new Array<number>(loop.length).fill(0);
  const narrow = !isFloat(dtype) && dtypeRange(dtype).bits <= 32 && dtype !== "bool";
  const fold: Fold = dtype === "float32" ? r.float32 ?? r : narrow ? r.narrow ?? r : r;
  let i = a.offset;
  let o = 0;
  for (;;) {
    if (inner.reduced) {
      od[o] = fold.run(od[o], d, i, inner.inStride, inner.n);
    } else if (r === ADD) {
      // A sum along an outer axis adds row after row, as NumPy does; the same additions, inlined
      // (into a Float32Array for float32 sums, which rounds each of them).
      if (rowSum) addRows64(od as Float64Array, o, d as Float64Array, i, inner.n, rows.inStride, rows.n);
      else if (inner.inStride === 1 && inner.outStride === 1 && od instanceof Float32Array && d instanceof Float32Array) addRow32(od, o, d, i, inner.n);
      else for (let k = 0, p = i, q = o; k < inner.n; k++, p += inner.inStride, q += inner.outStride) od[q] += d[p];
    } else {
      for (let k = 0, p = i, q = o; k < inner.n; k++, p += inner.inStride, q += inner.outStride) od[q] = fold.step(od[q], d[p]);
    }
    let ax = loop.length - 1;
    for (; ax >= 0; ax--) {
      const l = loop[ax];
      i += l.inStride;
      o += l.outStride;
      if (++counter[ax] < l.n) break;
      i -= l.inStride * l.n;
      o -= l.outStride * l.n;
      counter[ax] = 0;
    }
    if (ax < 0) break;
  }
  // In bool, NumPy's add is logical or and multiply logical and: a non-zero total is true.
  if (dtype === "bool") for (let k = 0; k < od.length; k++) od[k] = od[k] !== 0 ? 1 : 0;
  else if (!isFloat(dtype)) for (let k = 0; k < od.length; k++) od[k] += 0; // no -0 among integers
  return out;
}

/**
 * The dtype a sum or product of `a` computes in (`dtype`, or `r`'s default) and `a` cast to it,
 * as NumPy casts the elements before adding them. (float64 needs no cast: every element reads as a double.)
 */
function withDType(r: Reducer, a: NDArray, dtype: DTypeLike | null | undefined): [NDArray, DType] {
  const d = dtype === undefined || dtype === null ? r.dtype(a.dtype) : resolveDType(dtype);
  return [a.dtype === d || d === "float64" ? a : a.astype(d), d];
}

function reduceAxesOf(a: NDArray, axis: number | readonly number[] | null | undefined): number[] {
  return axis === null || axis === undefined ? a.shape.map((_, i) => i) : normalizeAxes(axis, a.ndim);
}

/**
 * A reduction's result as the caller asked for it: a number when reducing everything without
 * `keepdims`, else an array (0-d when every axis was named), so the type follows the options.
 */
function result(out: NDArray, options: ReduceOptions | ArgOptions | undefined): NDArray | number {
  const everything = (options?.axis === undefined || options.axis === null) && !(options?.keepdims ?? false);
  return everything ? out.data[0] : out;
}

function reduction(r: Reducer, input: ArrayLike, options: SumOptions | undefined): NDArray | number {
  const [a, dtype] = withDType(r, asarray(input), options?.dtype);
  return result(reduceAxes(r, a, reduceAxesOf(a, options?.axis), options?.keepdims ?? false, dtype), options);
}

/** NumPy's signature of a reduction; `out`, `initial`, `where`, ... numts refuses. */
function reductionSignature(name: string, params: readonly string[], keywords: readonly string[] = []): Signature {
  return { name, params: ["a", ...params], required: 1, keywords, unsupported: ["out", "initial", "where", "mean", "correction"] };
}
const sumLike = (name: string) => reductionSignature(name, ["axis", "dtype", "out", "keepdims", "initial", "where"]);
const maxLike = (name: string) => reductionSignature(name, ["axis", "out", "keepdims", "initial", "where"]);
const statLike = (name: string) => reductionSignature(name, ["axis", "dtype", "out", "ddof", "keepdims"], ["where", "mean", "correction"]);
const boolLike = (name: string) => reductionSignature(name, ["axis", "out", "keepdims"], ["where"]);
const argLike = (name: string) => reductionSignature(name, ["axis", "out"], ["keepdims"]);
const SIGNATURES = {
  sum: sumLike("sum"), prod: sumLike("prod"), max: maxLike("max"), min: maxLike("min"),
  mean: reductionSignature("mean", ["axis", "dtype", "out", "keepdims"], ["where"]),
  var: statLike("var"), std: statLike("std"), all: boolLike("all"), any: boolLike("any"),
  argmax: argLike("argmax"), argmin: argLike("argmin"),
};

/** A reduction's arguments bound as Python binds them: `(x, 0)`, `(x, {axis: 0})`, `(x, 0, {keepdims: true})`. */
function bindReduction(name: keyof typeof SIGNATURES, args: readonly unknown[]): [NDArray, StatOptions] {
  if (args.length === 1) return [asarray(args[0] as ArrayLike), {}]; // np.sum(x): nothing to bind
  const bound = bindArgs(SIGNATURES[name], args);
  const options: StatOptions = {};
  if (bound.axis !== undefined) options.axis = bound.axis as StatOptions["axis"];
  if (bound.keepdims !== undefined) options.keepdims = Boolean(bound.keepdims);
  if (bound.ddof !== undefined) options.ddof = bound.ddof as number;
  if (bound.dtype !== undefined && bound.dtype !== null) options.dtype = resolveDType(bound.dtype);
  return [asarray(bound.a as ArrayLike), options];
}

/**
 * Sum of array elements over all axes, or over the given `axis` (NumPy's `np.sum`).
 * With no axis the result is a number; with an axis, an array with that axis removed
 * (kept with length 1 when `keepdims` is true). Bools count as 0/1; sums of bools and signed
 * integers are int64, of unsigned ones uint64; float32 sums add in float32, as NumPy's do.
 *
 * @param a the array
 * @param axis the axis or axes to sum over (default: all), or the options
 * @param options `{axis, keepdims, dtype}`: `dtype` casts the elements first and sums in it
 *   (`{dtype: "float64"}` sums float32 data in double precision; `{dtype: "uint8"}` wraps around)
 * @returns a number without `axis`/`keepdims`, else an array
 * @example
 * const x = np.array([[1, 2], [3, 4]]);
 * np.sum(x);             // 10
 * np.sum(x, {axis: 0});  // array([4., 6.])   column sums
 * np.sum(x, {axis: 1, keepdims: true});  // array([[3.], [7.]])
 * np.sum(np.array([200, 100], {dtype: "uint8"}), {dtype: "uint8"});  // 44
 * @throws AxisError `axis 2 is out of bounds for array of dimension 2`
 * @throws TypeError `data type 'flaot32' not understood`
 */
export function sum(a: ArrayLike, options?: ToScalar & { dtype?: DTypeLike | null }): number;
export function sum(a: ArrayLike, options: ToArray<SumOptions>): NDArray;
export function sum(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
export function sum(a: ArrayLike, options?: SumOptions): NDArray | number;
export function sum(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("sum", args);
  return reduction(ADD, a, options);
}

/**
 * Product of array elements over all axes or along `axis` (NumPy's `np.prod`); the dtypes as
 * for `np.sum` (`{dtype: "int32"}` multiplies in int32, wrapping around as NumPy does).
 * @param a the array
 * @param axis the axis or axes (default: all), or the options `{axis, keepdims, dtype}`
 * @param options keyword arguments `{axis, dtype, keepdims}`
 * @returns a number without `axis`/`keepdims`, else an array
 * @example
 * np.prod(np.array([1, 2, 3, 4]));  // 24
 * @throws AxisError `axis 1 is out of bounds for array of dimension 1`
 */
export function prod(a: ArrayLike, options?: ToScalar & { dtype?: DTypeLike | null }): number;
export function prod(a: ArrayLike, options: ToArray<SumOptions>): NDArray;
export function prod(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
export function prod(a: ArrayLike, options?: SumOptions): NDArray | number;
export function prod(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("prod", args);
  return reduction(MULTIPLY, a, options);
}

/**
 * Largest element over all axes or along `axis` (NumPy's `np.max` / `np.amax`); NaN if any
 * element compared is NaN.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.max(np.array([[1, 5], [7, 2]]), {axis: 1});  // array([5., 7.])
 * @throws ValueError `zero-size array to reduction operation maximum which has no identity`
 */
export function max(a: ArrayLike, options?: ToScalar): number;
export function max(a: ArrayLike, options: ToArray<ReduceOptions>): NDArray;
export function max(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean }): NDArray;
export function max(a: ArrayLike, options?: ReduceOptions): NDArray | number;
export function max(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("max", args);
  return reduction(MAXIMUM, a, options);
}

/**
 * Smallest element over all axes or along `axis` (NumPy's `np.min` / `np.amin`); NaN propagates.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.min(np.array([3, -1, 2]));  // -1
 * @throws ValueError `zero-size array to reduction operation minimum which has no identity`
 */
export function min(a: ArrayLike, options?: ToScalar): number;
export function min(a: ArrayLike, options: ToArray<ReduceOptions>): NDArray;
export function min(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean }): NDArray;
export function min(a: ArrayLike, options?: ReduceOptions): NDArray | number;
export function min(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("min", args);
  return reduction(MINIMUM, a, options);
}

/**
 * Divides a total of dtype `d` by `count` in place, as NumPy's `_mean` and `_var` do: in the
 * float dtypes directly (a Float32Array rounds the quotient), else the float64 quotient cast back
 * to `d` (`np.mean(x, {dtype: "int64"})` truncates; in bool any non-zero total stays true).
 */
function divideInto(t: TypedData, count: number, d: DType): void {
  if (isFloat(d)) {
    for (let k = 0; k < t.length; k++) t[k] /= count;
    return;
  }
  const cast = castFunction("float64", d);
  for (let k = 0; k < t.length; k++) t[k] = cast === undefined ? t[k] / count : cast(t[k] / count);
}

/**
 * Sum divided by the element count (what mean, var and std share), as NumPy's `_mean`: in
 * `dtype` when given, else float32 for float32 arrays (a float32 sum, the quotient rounded to
 * float32) and float64 for the rest. An integer `dtype` sums in it and truncates the quotient.
 */
function meanOf(input: NDArray, axes: number[], keepdims: boolean, dtype?: DType): NDArray {
  const [a, d] = withDType(ADD, input, dtype ?? (isFloat(input.dtype) ? input.dtype : "float64"));
  const total = reduceAxes(ADD, a, axes, keepdims, d);
  const count = axes.reduce((p, ax) => p * a.shape[ax], 1);
  const t = total.data;
  divideInto(t, count, d);
  return total;
}

/**
 * Arithmetic mean over all axes or along `axis` (NumPy's `np.mean`): float64, or float32 for
 * float32 arrays (summed and divided in float32, as NumPy does); `{dtype}` chooses (`{dtype:
 * "float64"}` for a float32 array's mean in double precision). The mean of zero elements is NaN
 * (NumPy also warns).
 * @param a the array
 * @param axis the axis or axes (default: all), or the options `{axis, keepdims, dtype}`
 * @param options keyword arguments `{axis, dtype, keepdims}`
 * @returns a number without `axis`/`keepdims`, else an array
 * @example
 * np.mean(np.array([[1, 2], [3, 4]]));            // 2.5
 * np.mean(np.array([[1, 2], [3, 4]]), {axis: 0}); // array([2., 3.])
 * @throws AxisError `axis 2 is out of bounds for array of dimension 2`
 */
export function mean(a: ArrayLike, options?: ToScalar & { dtype?: DTypeLike | null }): number;
export function mean(a: ArrayLike, options: ToArray<SumOptions>): NDArray;
export function mean(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
export function mean(a: ArrayLike, options?: SumOptions): NDArray | number;
export function mean(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("mean", args);
  return result(meanOf(a, reduceAxesOf(a, options.axis), options.keepdims ?? false, options.dtype as DType | undefined), options);
}

/** NumPy's `_var`: mean of squared deviations from the mean, divided by `N - ddof`. */
function varianceOf(x: NDArray, options: StatOptions | undefined): NDArray {
  const axes = reduceAxesOf(x, options?.axis);
  const n = axes.reduce((p, ax) => p * x.shape[ax], 1);
  const dtype = options?.dtype as DType | undefined;
  // (x - mean)², squared in place; it keeps x's memory order, which fixes the order of the sum.
  const deviations = subtract(x, meanOf(x, axes, true, dtype));
  multiply(deviations, deviations, { out: deviations });
  const [squares, d] = withDType(ADD, deviations, dtype);
  const total = reduceAxes(ADD, squares, axes, options?.keepdims ?? false, d);
  const divisor = Math.max(n - (options?.ddof ?? 0), 0);
  const t = total.data;
  divideInto(t, divisor, d);
  return total;
}

/**
 * Variance over all axes or along `axis` (NumPy's `np.var`): the mean of squared deviations
 * from the mean, divided by `N - ddof` (`ddof: 1` for the unbiased sample variance).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, dtype, keepdims, ddof}`
 * @example
 * np.var(np.array([1, 2, 3, 4]));  // 1.25
 */
export function variance(a: ArrayLike, options?: ToScalar & { ddof?: number; dtype?: DTypeLike | null }): number;
export function variance(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function variance(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; ddof?: number; dtype?: DTypeLike | null }): NDArray;
export function variance(a: ArrayLike, options?: StatOptions): NDArray | number;
export function variance(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("var", args);
  return result(varianceOf(a, options), options);
}
export { variance as var };

/**
 * Standard deviation over all axes or along `axis` (NumPy's `np.std`): the square root of `var`.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, dtype, keepdims, ddof}`
 * @example
 * np.std(np.array([1, 2, 3, 4]));  // 1.118033988749895
 */
export function std(a: ArrayLike, options?: ToScalar & { ddof?: number; dtype?: DTypeLike | null }): number;
export function std(a: ArrayLike, options: ToArray<StatOptions>): NDArray;
export function std(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean; ddof?: number; dtype?: DTypeLike | null }): NDArray;
export function std(a: ArrayLike, options?: StatOptions): NDArray | number;
export function std(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("std", args);
  const out = varianceOf(a, options);
  const d = out.data;
  const cast = castFunction("float64", out.dtype);
  if (!isFloat(out.dtype) && out.ndim > 0) {
    // NumPy takes the root of an integer variance array in place, which its casting rule refuses.
    const root = dtypeRange(out.dtype).bits <= 8 ? "float16" : floatResult(out.dtype);
    throw new TypeError(`Cannot cast ufunc 'sqrt' output from dtype('${root}') to dtype('${out.dtype}') with casting rule 'same_kind'`);
  }
  // float32: sqrtf, the root rounded once; an integer dtype: the root cast back, as NumPy's scalar path does.
  for (let k = 0; k < d.length; k++) d[k] = cast === undefined ? Math.sqrt(d[k]) : cast(Math.sqrt(d[k]));
  return result(out, options);
}

/**
 * Whether all elements (along `axis`) are true / non-zero (NumPy's `np.all`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.all(np.array([1, 2]).gt(0));  // true
 */
export function all(a: ArrayLike, options?: ToScalar): boolean;
export function all(a: ArrayLike, options: ToArray<ReduceOptions>): NDArray;
export function all(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean }): NDArray;
export function all(a: ArrayLike, options?: ReduceOptions): NDArray | boolean;
export function all(...args: unknown[]): NDArray | boolean {
  const [a, options] = bindReduction("all", args);
  const out = reduction(ALL, a, options);
  return typeof out === "number" ? out !== 0 : out;
}

/**
 * Whether any element (along `axis`) is true / non-zero (NumPy's `np.any`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.any(np.array([0, 0, 3]));  // true
 */
export function any(a: ArrayLike, options?: ToScalar): boolean;
export function any(a: ArrayLike, options: ToArray<ReduceOptions>): NDArray;
export function any(a: ArrayLike, axis: AxisArg, options?: { keepdims?: boolean }): NDArray;
export function any(a: ArrayLike, options?: ReduceOptions): NDArray | boolean;
export function any(...args: unknown[]): NDArray | boolean {
  const [a, options] = bindReduction("any", args);
  const out = reduction(ANY, a, options);
  return typeof out === "number" ? out !== 0 : out;
}

/** Index of the first best element by `better` (the first NaN wins, as in NumPy). */
function argSearch(name: string, better: (x: number, best: number) => boolean, input: ArrayLike, options: ArgOptions | undefined): NDArray | number {
  let a = asarray(input);
  const axisOption = options?.axis;
  const keepdims = options?.keepdims ?? false;
  const flatSearch = axisOption === null || axisOption === undefined;
  if (flatSearch) a = a.ravel();
  const axis = flatSearch ? 0 : normalizeAxis(integerAxis(axisOption), a.ndim);
  const n = a.shape[axis];
  if (n === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
  // Move the searched axis last; each output element scans one row.
  const order = [...a.shape.keys()].filter((i) => i !== axis).concat(axis);
  const moved = a.transpose(order);
  const outer = moved.shape.slice(0, -1);
  const size = outer.reduce((p, m) => p * m, 1);
  const found = new Float64Array(size);
  const d = a.data;
  const stride = a.strides[axis];
  const outerStrides = moved.strides.slice(0, -1);
  for (let k = 0; k < size; k++) {
    let rest = k;
    let i = a.offset;
    for (let ax = outer.length - 1; ax >= 0; ax--) {
      i += (rest % outer[ax]) * outerStrides[ax];
      rest = Math.floor(rest / outer[ax]);
    }
    let best = d[i];
    let at = 0;
    if (best === best) {
      for (let j = 1, p = i + stride; j < n; j++, p += stride) {
        const x = d[p];
        if (x !== x) {
          at = j;
          break;
        }
        if (better(x, best)) {
          best = x;
          at = j;
        }
      }
    }
    found[k] = at;
  }
  const shape = flatSearch ? asarray(input).shape.map(() => 1) : keepdims ? a.shape.map((m, i) => (i === axis ? 1 : m)) : outer;
  return result(new NDArray(found, shape, "int64"), options);
}

/**
 * Index of the largest element (NumPy's `np.argmax`): of the flattened array as a number, or
 * along `axis` as an int64 array. The first occurrence wins; a NaN counts as the largest.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.argmax(np.array([3, 9, 2]));                        // 1
 * np.argmax(np.array([[1, 5], [7, 2]]), {axis: 1});      // array([1, 0])
 * @throws ValueError `attempt to get argmax of an empty sequence`
 */
export function argmax(a: ArrayLike, options?: { axis?: null; keepdims?: false }): number;
export function argmax(a: ArrayLike, options: ArgOptions & ({ axis: number } | { keepdims: true })): NDArray;
export function argmax(a: ArrayLike, axis: number, options?: { keepdims?: boolean }): NDArray;
export function argmax(a: ArrayLike, options?: ArgOptions): NDArray | number;
export function argmax(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("argmax", args);
  return argSearch("argmax", (x, best) => x > best, a, options as ArgOptions);
}

/**
 * Index of the smallest element (NumPy's `np.argmin`); see `argmax`.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{axis, keepdims}`
 * @example
 * np.argmin(np.array([3, 9, 2]));  // 2
 */
export function argmin(a: ArrayLike, options?: { axis?: null; keepdims?: false }): number;
export function argmin(a: ArrayLike, options: ArgOptions & ({ axis: number } | { keepdims: true })): NDArray;
export function argmin(a: ArrayLike, axis: number, options?: { keepdims?: boolean }): NDArray;
export function argmin(a: ArrayLike, options?: ArgOptions): NDArray | number;
export function argmin(...args: unknown[]): NDArray | number {
  const [a, options] = bindReduction("argmin", args);
  return argSearch("argmin", (x, best) => x < best, a, options as ArgOptions);
}
