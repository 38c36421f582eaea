// Creating arrays: array, asarray, zeros, ones, full, empty, *_like, arange, linspace, eye.
import { bindArgs, type Signature } from "./core/args";
import { asarray as toArray, type ArrayLike, type DTypeLike, fromNested, type NestedArray, type Scalar } from "./core/convert";
import { allocate, castFunction, checkedInteger, type DType, fromNumber, isFloat, isInteger, resolveDType, type TypedData } from "./core/dtype";
import { TypeError, ValueError } from "./core/errors";
import { contiguousStrides, fortranStrides, NDArray } from "./core/ndarray";
import { normalizeAxis } from "./core/shape";

/** Keyword arguments of the functions that make new arrays (NumPy's `dtype=` and `order=`). */
export interface CreateOptions {
  /**
   * The element type: "float64" (default), "float32", "int64", "int32", "uint8", "bool", ...,
   * NumPy's aliases ("float", "int", "f4", "u1"), or a scalar type (`np.float32`).
   */
  dtype?: DTypeLike | null;
  /**
   * Memory layout: "C" (row-major, the default) or "F" (column-major). It is invisible except in
   * speed and in the order later sums add elements, which NumPy's layout decides too.
   */
  order?: "C" | "F";
}

/** A dtype given positionally (`"int64"`) or as NumPy's keyword (`{dtype: "int64"}`). */
export type DTypeArg = DTypeLike | CreateOptions;

/** A shape given as one length or a list of lengths, checked. */
function toShape(shape: unknown): number[] {
  if (typeof shape !== "number" && !Array.isArray(shape)) throw new TypeError(`expected a sequence of integers or a single integer, got '${String(shape)}'`);
  const list = typeof shape === "number" ? [shape] : [...(shape as number[])];
  for (const n of list) {
    if (!Number.isInteger(n)) throw new TypeError(`'${n}' cannot be interpreted as an integer: array dimensions are whole numbers`);
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
  }
  return list;
}

function dtypeOr(dtype: unknown, fallback: DType): DType {
  return dtype === undefined || dtype === null ? fallback : resolveDType(dtype);
}

/** Strides of a new array in NumPy's `order`: "C" row-major, "F" column-major. */
function orderStrides(shape: number[], order: unknown): number[] {
  if (order === undefined || order === "C") return contiguousStrides(shape);
  if (order === "F") return fortranStrides(shape);
  throw new ValueError(`order must be one of 'C', 'F' (got '${String(order)}')`);
}

function filled(shape: unknown, value: number, dtype: DType, order?: unknown): NDArray {
  const s = toShape(shape);
  const data = allocate(dtype, s.reduce((p, n) => p * n, 1));
  if (value !== 0) data.fill(fillValue(value, dtype));
  return new NDArray(data, s, dtype, orderStrides(s, order));
}

/**
 * A fill value as NumPy's `full` converts it (`copyto(..., casting='unsafe')` of a Python
 * number): a whole number must fit the dtype (NumPy 2's OverflowError), a fraction or NaN is
 * cast as `astype` casts a float64.
 */
function fillValue(value: number, dtype: DType): number {
  // Into bools, copyto takes a Python int through a C long first.
  if (dtype === "bool" && Number.isInteger(value)) checkedInteger(value, "int64");
  if (Number.isInteger(value) || isFloat(dtype) || dtype === "bool") return fromNumber(value, dtype);
  const cast = castFunction("float64", dtype);
  return cast === undefined ? value : cast(value);
}

/** Keyword arguments of `np.array`. */
export interface ArrayOptions {
  /** The element type (default: from the values). */
  dtype?: DTypeLike | null;
  /** `true` (default) always copies; `null` copies only when needed; `false` never does (an error if it must). */
  copy?: boolean | null;
  /** At least this many axes: length-1 axes are put in front. */
  ndmin?: number;
}

const ARRAY_SIG: Signature = { name: "array", params: ["object", "dtype"], required: 1, keywords: ["copy", "ndmin"], unsupported: ["order", "subok", "like"] };

/**
 * Creates an array from (nested) JS arrays, numbers or booleans, always copying (NumPy's `np.array`).
 * Numbers give float64 arrays (JavaScript has no separate integer type), booleans bool arrays,
 * unless `dtype` says otherwise.
 *
 * @param object the values: `[1, 2, 3]`, `[[1, 2], [3, 4]]`, `[true, false]`, another array
 * @param dtype "float64", "float32", "int64", "int32", "uint8", "bool", ... (or NumPy's aliases
 *   "float", "int", "f4"; or `np.float32`, ...), or `{dtype}`; numbers convert as NumPy converts
 *   Python numbers: fractions are cut toward zero for integer dtypes, and a number out of the
 *   dtype's range is an OverflowError
 * @param options `{copy}`: `false` or `null` reuse an NDArray of the right dtype instead of copying
 *   (`false` refuses to copy, as in NumPy 2); `{ndmin}`: prepend length-1 axes up to this many
 * @throws ValueError for ragged nested lists ("inhomogeneous shape"), TypeError for non-numbers,
 *   OverflowError `Python integer 300 out of bounds for uint8`
 * @example
 * np.array([[1, 2], [3, 4]]);           // array([[1., 2.], [3., 4.]])
 * np.array([1, 0, 0], "int64");         // array([1, 0, 0])
 * np.array([0.1, 0.5], {dtype: np.float32});  // array([0.1, 0.5], dtype=float32)
 * np.array(new Uint8Array([0, 128, 255]));    // array([  0, 128, 255], dtype=uint8)
 * np.array([true, false]);              // array([ True, False])
 * np.array([1, 2], {ndmin: 2});         // array([[1., 2.]])
 */
export function array(object: ArrayLike, dtype?: DTypeLike | ArrayOptions, options?: ArrayOptions): NDArray;
export function array(...args: unknown[]): NDArray {
  const { object, dtype, copy, ndmin } = bindArgs(ARRAY_SIG, args);
  const d = dtype === null ? undefined : (dtype as DTypeLike | undefined);
  let out: NDArray;
  if (object instanceof NDArray) {
    const same = d === undefined || resolveDType(d) === object.dtype;
    if (copy === false && !same) throw new ValueError("Unable to avoid copy while creating an array as requested.");
    out = copy === false || (copy === null && same) ? (same ? object : object.astype(d as DTypeLike)) : object.astype(d ?? object.dtype);
  } else {
    if (copy === false) throw new ValueError("Unable to avoid copy while creating an array as requested.");
    out = fromNested(object as NestedArray, d);
  }
  const n = (ndmin as number | undefined) ?? 0;
  return out.ndim >= n ? out : out.reshape([...new Array<number>(n - out.ndim).fill(1), ...out.shape]);
}

const ASARRAY_SIG: Signature = { name: "asarray", params: ["a", "dtype", "order"], required: 1, keywords: ["copy"], unsupported: ["order", "device", "like"] };

/**
 * `a` as an array, without copying when it already is an NDArray of that dtype (NumPy's `np.asarray`).
 * @param a an NDArray, a number or a nested list
 * @param dtype the dtype (default: an NDArray's own; float64 for JS numbers, bool for booleans)
 * @param options keyword arguments `{dtype, copy}`
 * @example
 * const a = np.zeros(3);
 * np.asarray(a) === a;       // true
 * np.asarray([1, 2], "int"); // array([1, 2])
 */
export function asarray(a: ArrayLike, dtype?: DTypeLike | Omit<ArrayOptions, "ndmin">, options?: Omit<ArrayOptions, "ndmin">): NDArray;
export function asarray(...args: unknown[]): NDArray {
  const { a, dtype, copy } = bindArgs(ASARRAY_SIG, args);
  return array(a as ArrayLike, { dtype: dtype as DTypeLike | undefined, copy: copy === undefined ? null : (copy as boolean | null) });
}

const shapeSig = (name: string, dtypeDefault: boolean): Signature => ({
  name, params: dtypeDefault ? ["shape", "dtype", "order"] : ["shape", "fill_value", "dtype", "order"], required: dtypeDefault ? 1 : 2, unsupported: ["device", "like"],
});
const ZEROS_SIG = shapeSig("zeros", true);
const ONES_SIG = shapeSig("ones", true);
const EMPTY_SIG = shapeSig("empty", true);
const FULL_SIG = shapeSig("full", false);

function shaped(sig: Signature, args: readonly unknown[], value: number): NDArray {
  const { shape, dtype, order } = bindArgs(sig, args);
  return filled(shape, value, dtypeOr(dtype, "float64"), order);
}

/**
 * An array of zeros (NumPy's `np.zeros`).
 * @param shape a length, or a list of lengths: `np.zeros(3)`, `np.zeros([2, 3])`
 * @param dtype "float64" (default), "float32", "int64", "uint8", "bool", ... (or `np.float32`, ...), or `{dtype, order}`
 * @param options keyword arguments `{dtype, order}`
 * @example
 * np.zeros([2, 2]);                  // array([[0., 0.], [0., 0.]])
 * np.zeros(3, {dtype: "int64"});     // array([0, 0, 0])
 * np.zeros([28, 28], np.uint8);      // an image of black pixels
 */
export function zeros(shape: number | readonly number[], dtype?: DTypeArg, options?: CreateOptions): NDArray;
export function zeros(...args: unknown[]): NDArray {
  return shaped(ZEROS_SIG, args, 0);
}

/**
 * An array of ones (NumPy's `np.ones`).
 * @param shape the shape: an integer or a list of integers
 * @param dtype the dtype (default float64), e.g. `"int64"` or `np.float32`
 * @param options keyword arguments `{dtype, order}`
 * @example
 * np.ones(3);  // array([1., 1., 1.])
 */
export function ones(shape: number | readonly number[], dtype?: DTypeArg, options?: CreateOptions): NDArray;
export function ones(...args: unknown[]): NDArray {
  return shaped(ONES_SIG, args, 1);
}

/**
 * A new array "without initialising its entries" (NumPy's `np.empty`). JavaScript always zeroes
 * new memory, so this is `np.zeros`; code written for NumPy that fills it afterwards works unchanged.
 * @param shape the shape: an integer or a list of integers
 * @param dtype the dtype (default float64), e.g. `"int64"` or `np.float32`
 * @param options keyword arguments `{dtype, order}`
 * @example
 * np.empty([2, 3]).shape;  // [2, 3]
 */
export function empty(shape: number | readonly number[], dtype?: DTypeArg, options?: CreateOptions): NDArray;
export function empty(...args: unknown[]): NDArray {
  return shaped(EMPTY_SIG, args, 0);
}

/**
 * An array filled with `fill_value` (NumPy's `np.full`); its dtype follows the value
 * (a boolean gives a bool array, a number float64) unless given.
 * @param shape the shape: an integer or a list of integers
 * @param fill_value the value of every element
 * @param dtype the dtype (default: float64 for a number, bool for a boolean `fill_value`)
 * @param options keyword arguments `{dtype, order}`
 * @example
 * np.full([2, 2], 7);                 // array([[7., 7.], [7., 7.]])
 * np.full(3, 255, {dtype: "uint8"});  // array([255, 255, 255], dtype=uint8)
 * @throws OverflowError `Python integer 300 out of bounds for uint8`
 */
export function full(shape: number | readonly number[], fill_value: Scalar, dtype?: DTypeArg, options?: CreateOptions): NDArray;
export function full(...args: unknown[]): NDArray {
  const { shape, fill_value, dtype, order } = bindArgs(FULL_SIG, args);
  return filled(shape, +(fill_value as Scalar), dtypeOr(dtype, typeof fill_value === "boolean" ? "bool" : "float64"), order);
}

/** Keyword arguments of zeros_like and friends. */
export interface LikeOptions {
  /** dtype of the result (default: that of `a`). */
  dtype?: DTypeLike | null;
  /** Shape of the result (default: that of `a`). */
  shape?: number | readonly number[];
}

const likeSig = (name: string, fill: boolean): Signature => ({
  name, params: fill ? ["a", "fill_value", "dtype", "order", "subok", "shape"] : ["a", "dtype", "order", "subok", "shape"],
  required: fill ? 2 : 1, unsupported: ["order", "subok", "device"],
});
const LIKE_SIGS = { zeros_like: likeSig("zeros_like", false), ones_like: likeSig("ones_like", false), empty_like: likeSig("empty_like", false), full_like: likeSig("full_like", true) };

function like(name: keyof typeof LIKE_SIGS, args: readonly unknown[], value?: number): NDArray {
  const bound = bindArgs(LIKE_SIGS[name], args);
  const x = toArray(bound.a as ArrayLike);
  return filled(bound.shape ?? x.shape, value ?? +(bound.fill_value as Scalar), dtypeOr(bound.dtype, x.dtype));
}

/**
 * Zeros with the shape (and dtype, unless given) of `a` (NumPy's `np.zeros_like`).
 * @param a the array whose shape (and dtype, by default) the result takes
 * @param dtype the result's dtype (default: `a`'s)
 * @param options keyword arguments `{dtype, shape}`
 * @example
 * np.zeros_like(np.array([[1, 2, 3]]));  // array([[0., 0., 0.]])
 */
export function zeros_like(a: ArrayLike, dtype?: DTypeLike | LikeOptions, options?: LikeOptions): NDArray;
export function zeros_like(...args: unknown[]): NDArray {
  return like("zeros_like", args, 0);
}

/**
 * Ones with the shape (and dtype, unless given) of `a` (NumPy's `np.ones_like`).
 * @param a the array whose shape (and dtype, by default) the result takes
 * @param dtype the result's dtype (default: `a`'s)
 * @param options keyword arguments `{dtype, shape}`
 * @example
 * np.ones_like(np.zeros(2));  // array([1., 1.])
 */
export function ones_like(a: ArrayLike, dtype?: DTypeLike | LikeOptions, options?: LikeOptions): NDArray;
export function ones_like(...args: unknown[]): NDArray {
  return like("ones_like", args, 1);
}

/**
 * Same as `zeros_like` (NumPy's `np.empty_like`; JavaScript memory always starts zeroed).
 * @param a the array whose shape (and dtype, by default) the result takes
 * @param dtype the result's dtype (default: `a`'s)
 * @param options keyword arguments `{dtype, shape}`
 * @example
 * np.empty_like(np.zeros([2, 2])).shape;  // [2, 2]
 */
export function empty_like(a: ArrayLike, dtype?: DTypeLike | LikeOptions, options?: LikeOptions): NDArray;
export function empty_like(...args: unknown[]): NDArray {
  return like("empty_like", args, 0);
}

/**
 * `fill_value` everywhere, with the shape (and dtype, unless given) of `a` (NumPy's `np.full_like`).
 * @param a the array whose shape (and dtype, by default) the result takes
 * @param fill_value the value of every element
 * @param dtype the result's dtype (default: `a`'s)
 * @param options keyword arguments `{dtype, shape}`
 * @example
 * np.full_like(np.zeros(3), 0.5);  // array([0.5, 0.5, 0.5])
 */
export function full_like(a: ArrayLike, fill_value: Scalar, dtype?: DTypeLike | LikeOptions, options?: LikeOptions): NDArray;
export function full_like(...args: unknown[]): NDArray {
  return like("full_like", args);
}

const ARANGE_SIG: Signature = { name: "arange", params: ["start", "stop", "step", "dtype"], required: 1, unsupported: ["device", "like"] };

/**
 * Evenly spaced values in `[start, stop)` (NumPy's `np.arange`): `arange(stop)` counts from 0.
 * Float64 unless `dtype` is given.
 *
 * @param stop the end (exclusive); with one argument, `start` is the end and the start is 0
 * @param dtype the dtype (default float64), or `{dtype}`
 * @example
 * np.arange(5);                       // array([0., 1., 2., 3., 4.])
 * np.arange(1, 2, 0.25);              // array([1.  , 1.25, 1.5 , 1.75])
 * np.arange(3, {dtype: "int64"});     // array([0, 1, 2])
 */
export function arange(stop: number, dtype?: DTypeArg): NDArray;
export function arange(start: number, stop: number, dtype?: DTypeArg | { step?: number; dtype?: DTypeLike | null }): NDArray;
export function arange(start: number, stop: number, step: number, dtype?: DTypeArg): NDArray;
export function arange(...args: unknown[]): NDArray {
  // A dtype name may follow any number of positions (`np.arange(3, "int64")`).
  const at = args.findIndex((a) => typeof a === "string" || typeof a === "function");
  const given = at < 0 || at > 3 ? args : [...args.slice(0, at), ...new Array<undefined>(3 - at).fill(undefined), ...args.slice(at)];
  const bound = bindArgs(ARANGE_SIG, given);
  const dtype = dtypeOr(bound.dtype, "float64");
  const [start, stop, step] = bound.stop === undefined ? [0, bound.start as number, 1] : [bound.start as number, bound.stop as number, (bound.step as number | undefined) ?? 1];
  if (step === 0) throw new ValueError("arange: step must not be zero (NumPy raises ZeroDivisionError: division by zero)");
  if (![start, stop, step].every(Number.isFinite)) throw new ValueError("arange: cannot compute length (start, stop and step must be finite)");
  const length = Math.max(0, Math.ceil((stop - start) / step));
  if (dtype === "bool" && length > 2) throw new TypeError("arange() is only supported for booleans when the result has at most length 2.");
  const out = new NDArray(allocate(dtype, length), [length], dtype);
  fillRange(out.data, length, start, step, dtype);
  return out;
}

/**
 * NumPy's arange fill: the first two values converted to the dtype (as Python numbers), then
 * `first + i*delta` in the dtype's arithmetic, `delta` their difference; so float32 rounds each
 * step and integers wrap as in NumPy.
 */
function fillRange(data: TypedData, length: number, start: number, step: number, dtype: DType): void {
  if (length === 0) return;
  const first = fromNumber(start, dtype);
  data[0] = first;
  if (length === 1) return;
  data[1] = fromNumber(start + step, dtype);
  if (dtype === "float32") {
    const f = Math.fround;
    const delta = f(data[1] - first);
    for (let i = 2; i < length; i++) data[i] = f(first + f(i * delta));
    return;
  }
  const delta = data[1] - first;
  for (let i = 2; i < length; i++) data[i] = first + i * delta;
}

/** Options of `linspace` (NumPy's keyword arguments). */
export interface LinspaceOptions {
  /** Number of samples (default 50). */
  num?: number;
  /** Whether `stop` is the last sample (default true); if false, samples stop one step short. */
  endpoint?: boolean;
  /** Also return the spacing between samples: the result is `[samples, step]`. */
  retstep?: boolean;
  /** dtype of the result (default float64). */
  dtype?: DTypeLike | null;
  /** The axis of the samples; with numbers for `start` and `stop` only 0 (or -1). */
  axis?: number;
}

const LINSPACE_SIG: Signature = { name: "linspace", params: ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], required: 2, unsupported: ["device"] };

/**
 * `num` evenly spaced samples from `start` to `stop` (NumPy's `np.linspace`), handy for axes
 * of plots and grids.
 *
 * @param start the first sample
 * @param stop the last sample (unless `endpoint: false`)
 * @param num number of samples (default 50), positional or `{num}`
 * @param options keyword arguments `{num, endpoint, retstep, dtype, axis}`
 * @returns the samples; with `{retstep: true}`, `[samples, step]`
 * @example
 * np.linspace(0, 1, 5);                      // array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 * np.linspace(-5, 5, {num: 9});              // array([-5.  , -3.75, ..., 5.  ])
 * np.linspace(0, 1, 4, {endpoint: false});   // array([0.  , 0.25, 0.5 , 0.75])
 * const [x, dx] = np.linspace(0, 1, 5, {retstep: true});  // dx = 0.25
 * @throws ValueError `Number of samples, -1, must be non-negative.`
 */
export function linspace(start: number, stop: number, num: number | undefined, options: LinspaceOptions & { retstep: true }): [NDArray, number];
export function linspace(start: number, stop: number, options: LinspaceOptions & { retstep: true }): [NDArray, number];
export function linspace(start: number, stop: number, num?: number | LinspaceOptions, options?: LinspaceOptions): NDArray;
export function linspace(...args: unknown[]): NDArray | [NDArray, number] {
  const bound = bindArgs(LINSPACE_SIG, args);
  const [start, stop] = [bound.start as number, bound.stop as number];
  const num = (bound.num as number | undefined) ?? 50;
  if (!Number.isInteger(num)) throw new TypeError(`'${num}' cannot be interpreted as an integer: num is a count of samples`);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  if (bound.axis !== undefined) normalizeAxis(bound.axis as number, 1);
  const endpoint = (bound.endpoint as boolean | undefined) ?? true;
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) {
    // The same operations as NumPy's, so samples agree to the last bit.
    y[i] = (div > 0 ? (step === 0 ? (i / div) * delta : i * step) : i * delta) + start;
  }
  if (endpoint && num > 1) y[num - 1] = stop;
  const samples = new NDArray(y, [num], "float64");
  if (bound.dtype === undefined || bound.dtype === null) return bound.retstep === true ? [samples, step] : samples;
  const dtype = resolveDType(bound.dtype);
  // NumPy 2 floors the samples before an integer cast, so that they round toward -inf.
  if (isInteger(dtype)) for (let i = 0; i < num; i++) y[i] = Math.floor(y[i]);
  const out = samples.astype(dtype);
  return bound.retstep === true ? [out, step] : out;
}

const EYE_SIG: Signature = { name: "eye", params: ["N", "M", "k", "dtype", "order"], required: 1, unsupported: ["device", "like"] };

/**
 * A 2-D array with ones on a diagonal and zeros elsewhere (NumPy's `np.eye`).
 * @param N rows; @param M columns (default N); @param k which diagonal: 0 the main one, 1 above it, -1 below
 * @param dtype the dtype (default float64), e.g. `"int64"` or `np.float32`
 * @param options keyword arguments `{dtype, order}`
 * @example
 * np.eye(2);           // array([[1., 0.], [0., 1.]])
 * np.eye(3, {k: 1});   // ones just above the diagonal
 */
export function eye(N: number, M?: number | null | (CreateOptions & { M?: number | null; k?: number }), k?: number, dtype?: DTypeArg, options?: CreateOptions): NDArray;
export function eye(...args: unknown[]): NDArray {
  const bound = bindArgs(EYE_SIG, args);
  const N = bound.N as number;
  const cols = (bound.M as number | null | undefined) ?? N;
  const k = (bound.k as number | undefined) ?? 0;
  const out = filled([N, cols], 0, dtypeOr(bound.dtype, "float64"), bound.order);
  for (let i = Math.max(0, -k); i < N && i + k < cols; i++) out.data[i * out.strides[0] + (i + k) * out.strides[1]] = 1;
  return out;
}

/**
 * The n×n identity matrix (NumPy's `np.identity`).
 * @param n the number of rows and columns
 * @param dtype the dtype (default float64), e.g. `"int64"` or `np.float32`
 * @example
 * np.identity(2, "int64");  // array([[1, 0], [0, 1]])
 */
export function identity(n: number, dtype?: DTypeArg): NDArray;
export function identity(...args: unknown[]): NDArray {
  const { n, dtype } = bindArgs({ name: "identity", params: ["n", "dtype"], required: 1, unsupported: ["like"] }, args);
  return eye(n as number, { dtype: dtype as DTypeLike | undefined });
}
