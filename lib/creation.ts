// Creating arrays: array, asarray, zeros, ones, full, empty, *_like, arange, linspace, eye.
import { asarray, castValue, type ArrayLike, type DTypeLike, fromNested, type NestedArray, type Scalar } from "./core/convert";
import { allocate, resolveDType, type DType } from "./core/dtype";
import { ValueError } from "./core/errors";
import { NDArray } from "./core/ndarray";

/** A dtype given positionally (`"int64"`) or as NumPy's keyword (`{dtype: "int64"}`). */
export type DTypeArg = DTypeLike | { dtype?: DTypeLike };

function dtypeOf(arg: DTypeArg | undefined): DTypeLike | undefined {
  return typeof arg === "object" && arg !== null ? arg.dtype : arg;
}

/** A shape given as one length or a list of lengths, checked. */
function toShape(shape: number | readonly number[]): number[] {
  const list = typeof shape === "number" ? [shape] : [...shape];
  for (const n of list) {
    if (!Number.isInteger(n)) throw new globalThis.TypeError(`'${n}' cannot be interpreted as an integer: array dimensions are whole numbers`);
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
  }
  return list;
}

function filled(shape: number | readonly number[], value: number, dtype: DType): NDArray {
  const s = toShape(shape);
  const data = allocate(dtype, s.reduce((p, n) => p * n, 1));
  if (value !== 0) data.fill(castValue(value, dtype));
  return new NDArray(data, s, dtype);
}

/**
 * Creates an array from (nested) JS arrays, numbers or booleans, always copying (NumPy's `np.array`).
 * Numbers give float64 arrays (JavaScript has no separate integer type), booleans bool arrays,
 * unless `dtype` says otherwise.
 *
 * @param object the values: `[1, 2, 3]`, `[[1, 2], [3, 4]]`, `[true, false]`, another array
 * @param dtype "float64", "int64" or "bool" (or NumPy's aliases "float", "int"), or `{dtype}`
 * @throws ValueError for ragged nested lists ("inhomogeneous shape"), TypeError for non-numbers
 * @example
 * np.array([[1, 2], [3, 4]]);        // array([[1., 2.], [3., 4.]])
 * np.array([1, 0, 0], "int64");      // array([1, 0, 0])
 * np.array([true, false]);           // array([ True, False])
 */
export function array(object: ArrayLike, dtype?: DTypeArg): NDArray {
  const d = dtypeOf(dtype);
  return object instanceof NDArray ? object.astype(d ?? object.dtype) : fromNested(object as NestedArray, d);
}

export { asarray };

/**
 * An array of zeros (NumPy's `np.zeros`).
 * @param shape a length, or a list of lengths: `np.zeros(3)`, `np.zeros([2, 3])`
 * @param dtype "float64" (default), "int64" or "bool", or `{dtype}`
 * @example
 * np.zeros([2, 2]);  // array([[0., 0.], [0., 0.]])
 */
export function zeros(shape: number | readonly number[], dtype?: DTypeArg): NDArray {
  return filled(shape, 0, resolveDType(dtypeOf(dtype) ?? "float64"));
}

/**
 * An array of ones (NumPy's `np.ones`).
 * @example
 * np.ones(3);  // array([1., 1., 1.])
 */
export function ones(shape: number | readonly number[], dtype?: DTypeArg): NDArray {
  return filled(shape, 1, resolveDType(dtypeOf(dtype) ?? "float64"));
}

/**
 * A new array "without initialising its entries" (NumPy's `np.empty`). JavaScript always zeroes
 * new memory, so this is `np.zeros`; code written for NumPy that fills it afterwards works unchanged.
 */
export function empty(shape: number | readonly number[], dtype?: DTypeArg): NDArray {
  return zeros(shape, dtype);
}

/**
 * An array filled with `fill_value` (NumPy's `np.full`); its dtype follows the value
 * (a boolean gives a bool array) unless given.
 * @example
 * np.full([2, 2], 7);  // array([[7., 7.], [7., 7.]])
 */
export function full(shape: number | readonly number[], fill_value: Scalar, dtype?: DTypeArg): NDArray {
  const d = dtypeOf(dtype);
  return filled(shape, +fill_value, d !== undefined ? resolveDType(d) : typeof fill_value === "boolean" ? "bool" : "float64");
}

/** Zeros with the shape (and dtype, unless given) of `a` (NumPy's `np.zeros_like`). */
export function zeros_like(a: ArrayLike, dtype?: DTypeArg): NDArray {
  const x = asarray(a);
  return filled(x.shape, 0, resolveDType(dtypeOf(dtype) ?? x.dtype));
}

/** Ones with the shape (and dtype, unless given) of `a` (NumPy's `np.ones_like`). */
export function ones_like(a: ArrayLike, dtype?: DTypeArg): NDArray {
  const x = asarray(a);
  return filled(x.shape, 1, resolveDType(dtypeOf(dtype) ?? x.dtype));
}

/** Same as `zeros_like` (NumPy's `np.empty_like`; JavaScript memory always starts zeroed). */
export function empty_like(a: ArrayLike, dtype?: DTypeArg): NDArray {
  return zeros_like(a, dtype);
}

/** `fill_value` everywhere, with the shape (and dtype, unless given) of `a` (NumPy's `np.full_like`). */
export function full_like(a: ArrayLike, fill_value: Scalar, dtype?: DTypeArg): NDArray {
  const x = asarray(a);
  return filled(x.shape, +fill_value, resolveDType(dtypeOf(dtype) ?? x.dtype));
}

/**
 * Evenly spaced values in `[start, stop)` (NumPy's `np.arange`): `arange(stop)` counts from 0.
 * Float64 unless `dtype` is given.
 *
 * @example
 * np.arange(5);                       // array([0., 1., 2., 3., 4.])
 * np.arange(1, 2, 0.25);              // array([1.  , 1.25, 1.5 , 1.75])
 * np.arange(3, {dtype: "int64"});     // array([0, 1, 2])
 */
export function arange(stop: number, dtype?: DTypeArg): NDArray;
export function arange(start: number, stop: number, dtype?: DTypeArg): NDArray;
export function arange(start: number, stop: number, step: number, dtype?: DTypeArg): NDArray;
export function arange(...args: (number | DTypeArg | undefined)[]): NDArray {
  const numbers = args.filter((a): a is number => typeof a === "number");
  const last = args[args.length - 1];
  const dtype = resolveDType(dtypeOf(typeof last === "number" ? undefined : last) ?? "float64");
  const [start, stop, step] = numbers.length === 1 ? [0, numbers[0], 1] : [numbers[0], numbers[1], numbers[2] ?? 1];
  if (step === 0) throw new ValueError("arange: step must not be zero (NumPy raises ZeroDivisionError: division by zero)");
  if (![start, stop, step].every(Number.isFinite)) throw new ValueError("arange: cannot compute length (start, stop and step must be finite)");
  const length = Math.max(0, Math.ceil((stop - start) / step));
  const out = new NDArray(allocate(dtype, length), [length], dtype);
  // NumPy fills from the first two values: delta = (start + step) - start, then start + i*delta.
  const delta = start + step - start;
  for (let i = 0; i < length; i++) out.data[i] = castValue(start + i * delta, dtype);
  return out;
}

/** Options of `linspace` (NumPy's keyword arguments). */
export interface LinspaceOptions {
  /** Whether `stop` is the last sample (default true); if false, samples stop one step short. */
  endpoint?: boolean;
  /** dtype of the result (default float64). */
  dtype?: DTypeLike;
}

/**
 * `num` evenly spaced samples from `start` to `stop` (NumPy's `np.linspace`), handy for axes
 * of plots and grids.
 *
 * @example
 * np.linspace(0, 1, 5);                      // array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 * np.linspace(0, 1, 4, {endpoint: false});   // array([0.  , 0.25, 0.5 , 0.75])
 * @throws ValueError `Number of samples, -1, must be non-negative.`
 */
export function linspace(start: number, stop: number, num = 50, options: LinspaceOptions = {}): NDArray {
  if (!Number.isInteger(num)) throw new globalThis.TypeError(`'${num}' cannot be interpreted as an integer: num is a count of samples`);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const endpoint = options.endpoint ?? true;
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) {
    // The same operations as NumPy's, so samples agree to the last bit.
    y[i] = (div > 0 ? (step === 0 ? (i / div) * delta : i * step) : i * delta) + start;
  }
  if (endpoint && num > 1) y[num - 1] = stop;
  const out = new NDArray(y, [num], "float64");
  return options.dtype === undefined ? out : out.astype(options.dtype);
}

/**
 * A 2-D array with ones on a diagonal and zeros elsewhere (NumPy's `np.eye`).
 * @param N rows; @param M columns (default N); @param k which diagonal: 0 the main one, 1 above it, -1 below
 * @example
 * np.eye(2);  // array([[1., 0.], [0., 1.]])
 */
export function eye(N: number, M?: number | null, k = 0, dtype?: DTypeArg): NDArray {
  const cols = M ?? N;
  const out = zeros([N, cols], dtype);
  for (let i = Math.max(0, -k); i < N && i + k < cols; i++) out.data[i * cols + i + k] = 1;
  return out;
}

/** The n×n identity matrix (NumPy's `np.identity`). */
export function identity(n: number, dtype?: DTypeArg): NDArray {
  return eye(n, n, 0, dtype);
}
