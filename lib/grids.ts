// Grids and sequences: meshgrid, logspace, geomspace, ndindex, and np.r_ / np.c_ as functions.
import { bindArgs, isOptions, type Signature } from "./core/args";
import { asarray, type ArrayLike, type DTypeLike } from "./core/convert";
import { promoteTypes, type DType } from "./core/dtype";
import { TypeError, ValueError } from "./core/errors";
import { NDArray } from "./core/ndarray";
import { broadcastShapes, broadcastStrides, integerAxis } from "./core/shape";
import { arange, array, linspace } from "./creation";
import { power } from "./ops/arithmetic";
import { concatenate } from "./ops/join";
import { log10 } from "./libm/log10";

/** Options of meshgrid (NumPy's keyword arguments). */
export interface MeshgridOptions {
  /** "xy" (default, Cartesian: the first array varies along columns) or "ij" (matrix indexing). */
  indexing?: "xy" | "ij";
  /** Return arrays of length 1 on all but their own axis, which broadcast to the full grid. */
  sparse?: boolean;
  /** Copy (default true); `false` returns broadcast views that share memory. */
  copy?: boolean;
}

/**
 * Coordinate grids from coordinate vectors (NumPy's `np.meshgrid`): with `x` of length n and
 * `y` of length m, `const [X, Y] = np.meshgrid(x, y)` gives two m×n arrays, X repeating `x`
 * in every row and Y repeating `y` in every column: every (X[i, j], Y[i, j]) is one grid point.
 * Options come last: `np.meshgrid(x, y, {indexing: "ij"})`.
 *
 * @param args the 1-D coordinate arrays, then optionally `{indexing, sparse, copy}`
 * @returns one array per input
 * @throws ValueError ``Valid values for `indexing` are 'xy' and 'ij'.``
 * @example
 * const [X, Y] = np.meshgrid(np.array([1, 2, 3]), np.array([10, 20]));
 * X;  // array([[1., 2., 3.], [1., 2., 3.]])
 * Y;  // array([[10., 10., 10.], [20., 20., 20.]])
 * // a decision boundary: evaluate the model on every grid point
 * const [xx, yy] = np.meshgrid(np.arange(-1, 1, 0.02), np.arange(-1, 1, 0.02));
 * const points = np.c_(xx.ravel(), yy.ravel());
 */
export function meshgrid(...args: (ArrayLike | MeshgridOptions)[]): NDArray[] {
  const options = args.length > 0 && isOptions(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
  const bound = bindArgs({ name: "meshgrid", keywords: ["indexing", "sparse", "copy"] }, [options]);
  const indexing = bound.indexing ?? "xy";
  if (indexing !== "xy" && indexing !== "ij") throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const ndim = args.length;
  const output = (args as ArrayLike[]).map((x, i) => {
    const shape = new Array<number>(ndim).fill(1);
    shape[i] = -1;
    return asarray(x).reshape(shape);
  });
  if (indexing === "xy" && ndim > 1) {
    output[0] = output[0].reshape([1, -1, ...new Array<number>(ndim - 2).fill(1)]);
    output[1] = output[1].reshape([-1, 1, ...new Array<number>(ndim - 2).fill(1)]);
  }
  let result = output;
  if (bound.sparse !== true) {
    const shape = broadcastShapes(...output.map((x) => x.shape));
    result = output.map((x) => new NDArray(x.data, shape, x.dtype, broadcastStrides(x.shape, x.strides, shape), x.offset));
  }
  return bound.copy === false ? result : result.map((x) => x.copy());
}

/** Options of logspace (NumPy's keyword arguments). */
export interface LogspaceOptions {
  /** Number of samples (default 50). */
  num?: number;
  /** Whether `base ** stop` is the last sample (default true). */
  endpoint?: boolean;
  /** The base of the powers (default 10). */
  base?: number;
  /** dtype of the result (default float64). */
  dtype?: DTypeLike | null;
  /** The axis of the samples; with numbers for `start` and `stop` only 0 (or -1). */
  axis?: number;
}

const LOGSPACE_SIG: Signature = { name: "logspace", params: ["start", "stop", "num", "endpoint", "base", "dtype", "axis"], required: 2 };

/**
 * `num` samples evenly spaced on a log scale, from `base ** start` to `base ** stop`
 * (NumPy's `np.logspace`): NumPy's steps, `power(base, linspace(start, stop, num))`.
 * Handy for learning-rate sweeps.
 *
 * @param start the first exponent; @param stop the last
 * @param num number of samples (default 50), or `{num, endpoint, base, dtype}`
 * @param options keyword arguments `{num, endpoint, base, dtype, axis}`
 * @returns `num` float64 samples
 *
 * @example
 * np.logspace(0, 3, 4);                 // array([   1.,   10.,  100., 1000.])
 * np.logspace(-4, -1, 4);               // learning rates 1e-4 ... 1e-1
 * np.logspace(0, 3, 4, {base: 2});      // array([1., 2., 4., 8.])
 */
export function logspace(start: number, stop: number, num?: number | LogspaceOptions, options?: LogspaceOptions): NDArray;
export function logspace(...args: unknown[]): NDArray {
  const bound = bindArgs(LOGSPACE_SIG, args);
  const y = linspace(bound.start as number, bound.stop as number, { num: bound.num as number | undefined, endpoint: bound.endpoint as boolean | undefined, axis: bound.axis as number | undefined });
  const out = power((bound.base as number | undefined) ?? 10, y);
  return bound.dtype === undefined || bound.dtype === null ? out : out.astype(bound.dtype as DTypeLike);
}

/** Options of geomspace (NumPy's keyword arguments). */
export interface GeomspaceOptions {
  /** Number of samples (default 50). */
  num?: number;
  /** Whether `stop` is the last sample (default true). */
  endpoint?: boolean;
  /** dtype of the result (default float64). */
  dtype?: DTypeLike | null;
  /** The axis of the samples; with numbers for `start` and `stop` only 0 (or -1). */
  axis?: number;
}

const GEOMSPACE_SIG: Signature = { name: "geomspace", params: ["start", "stop", "num", "endpoint", "dtype", "axis"], required: 2 };

/**
 * `num` samples from `start` to `stop` in a geometric progression, each a constant multiple
 * of the one before (NumPy's `np.geomspace`); the ends are exactly `start` and `stop`. Both
 * may be negative (with the same sign), never zero.
 *
 * @param start the first value; @param stop the last
 * @param num number of samples (default 50), or `{num, endpoint, dtype}`
 * @param options keyword arguments `{num, endpoint, dtype, axis}`
 * @returns `num` float64 samples
 *
 * @throws ValueError `Geometric sequence cannot include zero`
 * @example
 * np.geomspace(1, 1000, 4);    // array([   1.,   10.,  100., 1000.])
 * np.geomspace(-1, -8, 4);     // array([-1., -2., -4., -8.])
 */
export function geomspace(start: number, stop: number, num?: number | GeomspaceOptions, options?: GeomspaceOptions): NDArray;
export function geomspace(...args: unknown[]): NDArray {
  const bound = bindArgs(GEOMSPACE_SIG, args);
  const [start, stop] = [bound.start as number, bound.stop as number];
  if (start === 0 || stop === 0) throw new ValueError("Geometric sequence cannot include zero");
  const num = (bound.num as number | undefined) ?? 50;
  const endpoint = (bound.endpoint as boolean | undefined) ?? true;
  const sign = Math.sign(start);
  const [from, to] = [start / sign, stop / sign];
  const result = logspace(log10(from), log10(to), { num, endpoint, axis: bound.axis as number | undefined });
  if (num > 0) {
    result.data[0] = from;
    if (num > 1 && endpoint) result.data[num - 1] = to;
  }
  for (let i = 0; i < num; i++) result.data[i] *= sign;
  return bound.dtype === undefined || bound.dtype === null ? result : result.astype(bound.dtype as DTypeLike);
}

/** A directive or piece of `np.r_`/`np.c_`: arrays, numbers, slice strings ("0:5", "0:1:5j"), and a leading directive ("0,2"). */
export type ConcatItem = ArrayLike | string;

/** `"start:stop:step"` as NumPy's r_ reads a slice: arange, or linspace when the step ends in "j". */
function sliceItem(text: string): NDArray {
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 3) throw new ValueError(`unknown special directive '${text}'`);
  const number = (part: string | undefined, fallback: number) => {
    const p = (part ?? "").trim();
    if (p === "") return fallback;
    const n = Number(p.endsWith("j") ? p.slice(0, -1) : p);
    if (Number.isNaN(n)) throw new ValueError(`unknown special directive '${text}'`);
    return n;
  };
  const start = number(parts[0], 0);
  const stop = number(parts[1], NaN);
  const stepText = (parts[2] ?? "").trim();
  const step = number(stepText, 1);
  return stepText.endsWith("j") ? linspace(start, stop, Math.trunc(Math.abs(step))) : arange(start, stop, step);
}

/** NumPy's AxisConcatenator (what `np.r_[...]` and `np.c_[...]` run), called with the items as arguments. */
function axisConcatenate(items: readonly ConcatItem[], defaults: { axis: number; ndmin: number; trans1d: number }): NDArray {
  let { axis, ndmin, trans1d } = defaults;
  const objs: NDArray[] = [];
  let dtype: DType | undefined;
  items.forEach((item, k) => {
    let obj: NDArray;
    if (typeof item === "string" && !item.includes(":")) {
      if (k !== 0) throw new ValueError("special directives must be the first entry.");
      const vec = item.split(",").map((x) => Number(x.trim()));
      if (vec.some((x) => !Number.isInteger(x)) || vec.length > 3) throw new ValueError(`unknown special directive '${item}'`);
      axis = vec[0];
      if (vec.length > 1) ndmin = vec[1];
      if (vec.length > 2) trans1d = vec[2];
      return;
    }
    if (typeof item === "string") {
      obj = sliceItem(item);
      if (ndmin > 1) {
        obj = array(obj, { copy: null, ndmin });
        if (trans1d !== -1) obj = obj.swapaxes(-1, trans1d);
      }
    } else {
      const x = asarray(item);
      obj = array(x, { copy: null, ndmin });
      if (typeof item !== "number" && typeof item !== "boolean" && trans1d !== -1 && x.ndim < ndmin) {
        const k2 = ndmin - x.ndim;
        const k1 = trans1d < 0 ? trans1d + k2 + 1 : trans1d;
        const axes = [...Array(ndmin).keys()];
        obj = obj.transpose([...axes.slice(0, k1), ...axes.slice(k2), ...axes.slice(k1, k2)]);
      }
    }
    dtype = dtype === undefined ? obj.dtype : promoteTypes(dtype, obj.dtype);
    objs.push(obj);
  });
  return concatenate(objs, integerAxis(axis), { dtype: dtype ?? "float64" });
}

/**
 * NumPy's `np.r_[...]` as a function: joins its arguments along the first axis, as
 * `np.r_[a, b]` does. Numbers become 1-element arrays; a slice string gives a range:
 * `np.r_("0:5")` is `np.r_[0:5]` (arange), `np.r_("0:1:5j")` is `np.r_[0:1:5j]` (linspace).
 * A first argument like `"-1"` or `"0,2"` is NumPy's directive (axis, minimum dimensions).
 *
 * @param items arrays, numbers, or slice strings such as `"0:5"` (`np.r_[0:5]`) and `"0:1:5j"` (5 points)
 * @example
 * np.r_(np.array([1, 2]), 0, np.array([5, 6]));  // array([1., 2., 0., 5., 6.])
 * np.r_("0:3", 10);                               // array([ 0.,  1.,  2., 10.])
 * np.r_("-1", np.ones([2, 2]), np.zeros([2, 1])); // join along the last axis
 */
export function r_(...items: ConcatItem[]): NDArray {
  return axisConcatenate(items, { axis: 0, ndmin: 1, trans1d: -1 });
}

/**
 * NumPy's `np.c_[...]` as a function: joins its arguments as columns, along the last axis,
 * 1-D arrays becoming columns: `np.c_(a, b)` is `np.c_[a, b]`, the usual way to turn two
 * coordinate vectors into a list of points.
 *
 * @param items arrays, numbers, or slice strings such as `"0:5"` (`np.r_[0:5]`) and `"0:1:5j"` (5 points)
 * @example
 * np.c_(np.array([1, 2, 3]), np.array([4, 5, 6]));  // array([[1., 4.], [2., 5.], [3., 6.]])
 * np.c_(xx.ravel(), yy.ravel());                     // grid points, one per row
 */
export function c_(...items: ConcatItem[]): NDArray {
  return axisConcatenate(items, { axis: -1, ndmin: 2, trans1d: 0 });
}

/**
 * Every index of an array of the given shape, in C order (NumPy's `np.ndindex`): for shape
 * (2, 3) the lists [0, 0], [0, 1], [0, 2], [1, 0], ... The shape may be given as lengths or as
 * one list. It is how numts writes NumPy's `np.nditer(x, flags=["multi_index"])` loops, such as
 * cs231n's numerical gradient.
 *
 * @param shape the shape (the lengths as arguments or a list)
 * @returns an iterable of index lists (spread them into `x.get(...ix)` and `x.set(...ix, v)`)
 * @throws ValueError `negative dimensions are not allowed`
 * @example
 * [...np.ndindex(2, 2)];  // [[0, 0], [0, 1], [1, 0], [1, 1]]
 * // numerical gradient of f at x, one element at a time
 * for (const ix of np.ndindex(x.shape)) {
 *   const old = x.get(...ix);
 *   x.set(...ix, old + h);
 *   const fxph = f(x);
 *   x.set(...ix, old - h);
 *   const fxmh = f(x);
 *   x.set(...ix, old);
 *   grad.set(...ix, (fxph - fxmh) / (2 * h));
 * }
 */
export function ndindex(...shape: number[] | [readonly number[]]): IterableIterator<number[]> {
  const dims: number[] = shape.length === 1 && Array.isArray(shape[0]) ? [...(shape[0] as readonly number[])] : (shape as number[]);
  for (const n of dims) {
    if (!Number.isInteger(n)) throw new TypeError(`'${typeof n === "number" ? "float" : typeof n}' object cannot be interpreted as an integer`);
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
  }
  return (function* () {
    if (dims.some((n) => n === 0)) return;
    const ix = dims.map(() => 0);
    for (;;) {
      yield [...ix];
      let axis = dims.length - 1;
      while (axis >= 0 && ++ix[axis] === dims[axis]) ix[axis--] = 0;
      if (axis < 0) return;
    }
  })();
}
