// Counting: bincount, unique, count_nonzero, flatnonzero.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { allocate } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { normalizeAxis } from "../core/shape";
import { not_equal } from "./compare";
import { sum } from "./reduce";
import { moveaxis } from "./shape-functions";
import { before, stableOrder, stableOrderBy } from "./sort";

/** Options of bincount (NumPy's keyword arguments). */
export interface BincountOptions {
  /** A weight per element of `x`: the result sums weights instead of counting (float64). */
  weights?: ArrayLike | null;
  /** The least length of the result (default 0). */
  minlength?: number;
}

/**
 * Non-negative whole numbers as positions. NumPy wants an integer array; numts also takes
 * float64 arrays of whole numbers, because JS numbers make float64 arrays.
 */
function counts(x: NDArray): number[] {
  if (x.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (x.ndim > 1) throw new ValueError("object too deep for desired array");
  const values = x.tolist() as number[] | boolean[];
  const positions = values.map(Number);
  for (const v of positions) {
    if (!Number.isInteger(v)) throw new TypeError(`Cannot cast array data from dtype('${x.dtype}') to dtype('int64') according to the rule 'safe'`);
    if (v < 0) throw new ValueError("'list' argument must have no negative elements");
  }
  return positions;
}

const BINCOUNT_SIG: Signature = { name: "bincount", params: ["x", "weights", "minlength"], required: 1 };

/**
 * Counts the occurrences of each non-negative integer in `x` (NumPy's `np.bincount`): element
 * i of the result is how many times i occurs (or the sum of the weights where it occurs).
 *
 * numts also accepts float64 arrays of whole numbers (NumPy wants integer arrays).
 * @param x a 1-D array of non-negative integers, e.g. class labels
 * @param weights a weight for each element of `x`, summed per bin instead of counting 1 (default null)
 * @param minlength the least number of bins in the result (default 0)
 * @param options keyword arguments `{weights, minlength}`
 * @returns int64 counts, or float64 sums of `weights`; length `max(x) + 1` or `minlength`
 * @throws ValueError `'list' argument must have no negative elements`
 * @example
 * np.bincount(np.array([0, 1, 1, 3]));                  // array([1, 2, 0, 1])
 * np.bincount(np.array([0, 1, 1]), {minlength: 4});     // array([1, 2, 0, 0])
 * np.bincount(np.array([0, 1, 1]), {weights: [0.5, 1, 2]}); // array([0.5, 3. ])
 */
export function bincount(x: ArrayLike, weights?: ArrayLike | null | BincountOptions, minlength?: number | BincountOptions, options?: BincountOptions): NDArray;
export function bincount(...args: unknown[]): NDArray {
  const bound = bindArgs(BINCOUNT_SIG, args);
  const values = counts(asarray(bound.x as ArrayLike));
  const minlength = (bound.minlength as number | undefined) ?? 0;
  if (typeof minlength !== "number" || !Number.isInteger(minlength)) throw new TypeError(`'${typeof minlength}' object cannot be interpreted as an integer`);
  if (minlength < 0) throw new ValueError("'minlength' must not be negative");
  let length = minlength;
  for (const v of values) if (v + 1 > length) length = v + 1;
  if (bound.weights === undefined || bound.weights === null) {
    const out = new NDArray(allocate("int64", length), [length], "int64");
    for (const v of values) out.data[v]++;
    return out;
  }
  const w = asarray(bound.weights as ArrayLike).astype("float64").ravel();
  if (w.size !== values.length) throw new ValueError("The weights and list don't have the same length.");
  const out = new NDArray(allocate("float64", length), [length], "float64");
  for (let i = 0; i < values.length; i++) out.data[values[i]] += w.data[w.offset + i * (w.strides[0] ?? 1)];
  return out;
}

/** Options of unique (NumPy's keyword arguments). */
export interface UniqueOptions {
  /** Also return the index of each unique value's first occurrence. */
  return_index?: boolean;
  /** Also return, for each input element, the index of its value among the unique values. */
  return_inverse?: boolean;
  /** Also return how many times each unique value occurs. */
  return_counts?: boolean;
  /** Find unique slices along this axis (unique rows for 0) instead of unique elements (`null`, default). */
  axis?: number | null;
  /** Whether all NaNs count as one value (default true). */
  equal_nan?: boolean;
  /** NumPy 2.3's `sorted`; numts's unique values are always sorted. */
  sorted?: boolean;
}

/** Options that ask for more than the unique values: the result is a list of arrays. */
export type UniqueWithExtras = UniqueOptions & ({ return_index: true } | { return_inverse: true } | { return_counts: true });

const UNIQUE_SIG: Signature = {
  name: "unique", params: ["ar", "return_index", "return_inverse", "return_counts", "axis"], required: 1, keywords: ["equal_nan", "sorted"],
};

/**
 * The sorted unique elements of an array (NumPy's `np.unique`), with optionally, in this order,
 * the index of each one's first occurrence (`return_index`), the positions that rebuild the
 * input from them (`return_inverse`, shaped like the input) and their counts (`return_counts`).
 * With `axis`, unique slices along that axis (`axis: 0` gives unique rows).
 *
 * @param ar the array (flattened)
 * @param options keyword arguments `{return_index, return_inverse, return_counts, axis, equal_nan, sorted}`
 * @returns the unique values; with any `return_*` option, a list `[values, ...extras]`
 * @example
 * np.unique(np.array([3, 1, 3, 2]));                        // array([1., 2., 3.])
 * const [labels, counts] = np.unique(y, {return_counts: true});
 * np.unique(np.array([[1, 2], [1, 2], [0, 5]]), {axis: 0}); // array([[0., 5.], [1., 2.]])
 */
export function unique(ar: ArrayLike, options: UniqueWithExtras): NDArray[];
export function unique(ar: ArrayLike, options?: UniqueOptions): NDArray;
export function unique(...args: unknown[]): NDArray | NDArray[] {
  const bound = bindArgs(UNIQUE_SIG, args);
  const input = asarray(bound.ar as ArrayLike);
  const wantIndex = bound.return_index === true;
  const wantInverse = bound.return_inverse === true;
  const wantCounts = bound.return_counts === true;
  const equalNan = bound.equal_nan !== false;
  let rows: NDArray; // one row per element (axis null) or per slice along axis
  let restShape: number[] = [];
  const axis = bound.axis === undefined || bound.axis === null ? null : normalizeAxis(bound.axis as number, input.ndim);
  if (axis === null) {
    rows = input.flatten().reshape(-1, 1);
  } else {
    const moved = moveaxis(input, axis, 0);
    restShape = moved.shape.slice(1);
    rows = moved.copy().reshape(moved.shape[0], -1);
  }
  const n = rows.shape[0];
  const width = rows.shape[1] ?? 1;
  const d = rows.data;
  const same = (i: number, j: number): boolean => {
    for (let c = 0; c < width; c++) {
      const x = d[i * width + c];
      const y = d[j * width + c];
      if (!(x === y || (equalNan && x !== x && y !== y))) return false;
    }
    return true;
  };
  const order =
    width === 1
      ? stableOrder(d)
      : stableOrderBy(n, (i, j) => {
          for (let c = 0; c < width; c++) {
            const x = d[i * width + c];
            const y = d[j * width + c];
            if (before(x, y)) return true;
            if (before(y, x)) return false;
          }
          return false;
        });
  // Group starts in sorted order.
  const starts: number[] = [];
  for (let k = 0; k < n; k++) if (k === 0 || !same(order[k], order[k - 1])) starts.push(k);
  const m = starts.length;
  const values = new NDArray(allocate(input.dtype, m * width), [m, width], input.dtype);
  starts.forEach((k, u) => {
    for (let c = 0; c < width; c++) values.data[u * width + c] = d[order[k] * width + c];
  });
  const uniques = axis === null ? values.reshape(-1) : moveaxis(values.reshape([m, ...restShape]), 0, axis).copy();
  if (!wantIndex && !wantInverse && !wantCounts) return uniques;
  const out = [uniques];
  if (wantIndex) out.push(int64Array(starts.map((k) => order[k])));
  if (wantInverse) {
    const inverse = new Array<number>(n);
    for (let u = 0; u < m; u++) for (let k = starts[u]; k < (starts[u + 1] ?? n); k++) inverse[order[k]] = u;
    out.push(int64Array(inverse).reshape(axis === null ? input.shape : [n]));
  }
  if (wantCounts) out.push(int64Array(starts.map((k, u) => (starts[u + 1] ?? n) - k)));
  return out;
}

/**
 * How many elements are non-zero (true), in all or along `axis` (NumPy's `np.count_nonzero`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param axis the axis (or axes) to count along (default: all), or `{axis, keepdims}`
 * @returns a number without `axis`; an int64 array with it
 * @example
 * np.count_nonzero(np.array([[0, 1, 7], [0, 0, 3]]));             // 3
 * np.count_nonzero(np.array([[0, 1, 7], [0, 0, 3]]), {axis: 1});  // array([2, 1])
 * np.count_nonzero(predictions.eq(labels));                       // correct predictions
 */
export function count_nonzero(a: ArrayLike, axis?: null | { axis?: null; keepdims?: false }): number;
export function count_nonzero(a: ArrayLike, axis: number | readonly number[] | { axis?: number | readonly number[] | null; keepdims?: boolean }, options?: { keepdims?: boolean }): NDArray;
export function count_nonzero(...args: unknown[]): NDArray | number {
  const bound = bindArgs({ name: "count_nonzero", params: ["a", "axis"], required: 1, keywords: ["keepdims"] }, args);
  const mask = not_equal(asarray(bound.a as ArrayLike), 0);
  const options = { axis: bound.axis as number | number[] | null | undefined, keepdims: bound.keepdims as boolean | undefined };
  if ((options.axis === undefined || options.axis === null) && options.keepdims !== true) return sum(mask);
  return sum(mask, options);
}

/**
 * Indices of the non-zero elements of the flattened array (NumPy's `np.flatnonzero`), int64.
 * @param a the array (an NDArray, a number or a nested list)
 * @example
 * np.flatnonzero(np.array([[0, 2], [3, 0]]));  // array([1, 2])
 */
export function flatnonzero(a: ArrayLike): NDArray {
  const flat = asarray(a).ravel();
  const picked: number[] = [];
  for (let i = 0, o = flat.offset; i < flat.size; i++, o += flat.strides[0]) if (flat.data[o] !== 0) picked.push(i);
  return int64Array(picked);
}

/** Positions or counts as a 1-D int64 array. */
function int64Array(values: readonly number[]): NDArray {
  const out = new NDArray(allocate("int64", values.length), [values.length], "int64");
  out.data.set(values);
  return out;
}
