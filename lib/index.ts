/**
 * numts: NumPy's API, behaviour and printing in TypeScript.
 *
 * ```ts
 * import * as np from "numts";
 * const x = np.array([[1, 2], [3, 4]]);
 * np.dot(x, x.T);
 * ```
 *
 * Names are NumPy's; keyword arguments become a trailing options object
 * (`np.sum(x, axis=0)` is `np.sum(x, {axis: 0})`), and Python's operators become functions
 * or methods (`a + b` is `np.add(a, b)` or `a.add(b)`, `x[:, 0]` is `x.slice(":", 0)`).
 */

// The array type and what it is made of.
export { NDArray, type NestedList } from "./core/ndarray";
export type { Casting, DType } from "./core/dtype";
export type { ArrayLike, DTypeLike, NestedArray, Scalar, TypedArray } from "./core/convert";
export type { Index } from "./core/indexing";
export { AxisError, IndexError, OverflowError, TypeError, ValueError } from "./core/errors";
export type { OrderOptions } from "./core/ndarray";

// Creating arrays.
export {
  arange,
  array,
  asarray,
  empty,
  empty_like,
  eye,
  full,
  full_like,
  identity,
  linspace,
  ones,
  ones_like,
  zeros,
  zeros_like,
  type DTypeArg,
  type LinspaceOptions,
  type ArrayOptions,
  type CreateOptions,
  type LikeOptions,
} from "./creation";

// Grids and sequences.
export { c_, geomspace, logspace, meshgrid, ndindex, r_, type ConcatItem, type GeomspaceOptions, type LogspaceOptions, type MeshgridOptions } from "./grids";

// Element-wise functions.
export type { BinaryUfunc, UfuncOptions, UnaryUfunc } from "./ops/elementwise";
export {
  add,
  divide,
  floor_divide,
  fmax,
  fmin,
  heaviside,
  maximum,
  minimum,
  mod,
  multiply,
  negative,
  power,
  reciprocal,
  remainder,
  subtract,
  true_divide,
} from "./ops/arithmetic";
export {
  abs,
  absolute,
  arccos,
  arccosh,
  arcsin,
  arcsinh,
  arctan,
  arctan2,
  arctanh,
  ceil,
  clip,
  cos,
  cosh,
  exp,
  exp2,
  expm1,
  floor,
  hypot,
  log,
  log10,
  log1p,
  log2,
  sign,
  sin,
  sinh,
  sqrt,
  square,
  tan,
  tanh,
} from "./ops/math";
export { equal, greater, greater_equal, less, less_equal, not_equal } from "./ops/compare";
export { logical_and, logical_not, logical_or, logical_xor, where } from "./ops/logical";
export { nonzero } from "./core/indexing";
export { allclose, around, isclose, isfinite, isinf, isnan, nan_to_num, rint, round, type CloseOptions, type NanToNumOptions } from "./ops/float";

// Reductions and products.
export { all, any, argmax, argmin, max, mean, min, prod, std, sum, var, type ArgOptions, type ReduceOptions, type StatOptions, type SumOptions } from "./ops/reduce";
export { max as amax, min as amin } from "./ops/reduce";
export { dot, inner, matmul, outer } from "./ops/linalg";
export type { AxisArg } from "./ops/reduce";
export { nanargmax, nanargmin, nanmax, nanmean, nanmin, nanprod, nanstd, nansum, nanvar } from "./ops/nan";
export { cumprod, cumsum, diff, type CumulativeOptions, type DiffOptions } from "./ops/cumulative";

// Linear algebra (np.linalg.norm, np.linalg.svd).
export * as linalg from "./linalg/index";

// Shapes, joining and splitting.
export {
  atleast_1d,
  atleast_2d,
  atleast_3d,
  copy,
  diag,
  diagflat,
  expand_dims,
  flip,
  moveaxis,
  pad,
  ravel,
  repeat,
  reshape,
  roll,
  squeeze,
  swapaxes,
  tile,
  transpose,
  type PadOptions,
} from "./ops/shape-functions";
export { array_split, column_stack, concatenate, dsplit, dstack, hsplit, hstack, split, stack, vsplit, vstack, type JoinOptions } from "./ops/join";

// Sorting and counting.
export { argsort, sort, type SortOptions } from "./ops/sort";
export { bincount, count_nonzero, flatnonzero, unique, type BincountOptions, type UniqueOptions, type UniqueWithExtras } from "./ops/counting";

// Random numbers (NumPy's legacy np.random, the same stream for the same seed).
export * as random from "./random/index";

// Printing.
export {
  array2string,
  array_repr,
  array_str,
  get_printoptions,
  printoptions,
  set_printoptions,
  type Array2StringOptions,
  type PrintOptions,
} from "./print/index";

// dtypes: NumPy's scalar types, converters and dtype arguments both (`np.float32(0.1)`, `x.astype(np.uint8)`).
export {
  bool,
  bool_,
  byte,
  can_cast,
  double,
  dtype,
  finfo,
  float32,
  float64,
  iinfo,
  int16,
  int32,
  int64,
  int8,
  int_,
  intc,
  intp,
  promote_types,
  result_type,
  short,
  single,
  ubyte,
  uint,
  uint16,
  uint32,
  uint64,
  uint8,
  ushort,
  type FloatInfo,
  type IntegerInfo,
  type ScalarType,
} from "./dtypes";

/** `np.newaxis` (NumPy's `None` in an index): inserts a length-1 axis, e.g. `x.slice(":", np.newaxis)`. */
export const newaxis = null;

/** π, e, infinity and not-a-number, as in NumPy. */
export const pi = Math.PI;
/**
 * Euler's number e = 2.718281828459045 (NumPy's `np.e`).
 */
export const e = Math.E;
/**
 * Positive infinity (NumPy's `np.inf`), JavaScript's `Infinity`.
 */
export const inf = Infinity;
/**
 * Not a number (NumPy's `np.nan`), JavaScript's `NaN`; test for it with `np.isnan`, never `===`.
 */
export const nan = NaN;
