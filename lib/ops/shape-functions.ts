// Function forms of the shape methods (np.reshape, np.transpose, ...) and the functions that
// rearrange elements: expand_dims, flip, roll, tile, pad, repeat, diag, diagflat, atleast_nd.
// Views where NumPy gives views (reshape of contiguous data, transpose, squeeze, expand_dims, flip).
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { allocate } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { offsetsOf } from "../core/iterate";
import { copyInto, NDArray, type OrderOptions } from "../core/ndarray";
import { compactShapeStr, integerAxis, normalizeAxes, normalizeAxis, shapeSize } from "../core/shape";

/** Binds `args` and turns the first parameter into an array. */
function bindArray<P extends string, K extends string = never>(sig: Signature<P, K>, args: readonly unknown[]) {
  const bound = bindArgs(sig, args);
  return { ...bound, a: asarray(bound[sig.params![0]] as ArrayLike) };
}

/** Whole numbers given as JS numbers or arrays (repeat counts, split points), checked. */
export function integerList(value: unknown, what: string): number[] {
  const list = typeof value === "number" ? [value] : [...asarray(value as ArrayLike).ravel().data];
  for (const n of list) if (!Number.isInteger(n)) throw new TypeError(`${what} must be integers (got ${n})`);
  return list;
}

const RESHAPE_SIG: Signature = { name: "reshape", params: ["a", "shape", "order"], required: 1, keywords: ["newshape"], unsupported: ["copy"] };

/**
 * The elements of `a` in a new shape (NumPy's `np.reshape`); one axis may be `-1`. A view when
 * the data is contiguous. `order: "F"` reads and places elements column by column.
 *
 * @param a the array
 * @param shape a length or a list of lengths
 * @param options `{order}`: "C" (default), "F" or "A"
 * @param order memory order: "C" (row by row, the default), "F" (column by column) or "A"
 * @returns the reshaped array
 * @throws ValueError `cannot reshape array of size 6 into shape (4,2)`
 * @example
 * np.reshape(np.arange(6), [2, 3]);  // array([[0., 1., 2.], [3., 4., 5.]])
 * np.reshape(np.arange(6), [2, -1], {order: "F"});  // array([[0., 2., 4.], [1., 3., 5.]])
 */
export function reshape(a: ArrayLike, shape: number | readonly number[], order?: "C" | "F" | "A" | OrderOptions, options?: OrderOptions): NDArray;
export function reshape(a: ArrayLike, options: OrderOptions): NDArray;
export function reshape(...args: unknown[]): NDArray {
  const { a, shape, order, newshape } = bindArray(RESHAPE_SIG, args);
  const target = shape ?? newshape;
  if (target === undefined) throw new TypeError("reshape() missing 1 required positional argument: 'shape'");
  return a.reshape(target as number[], { order: order as OrderOptions["order"] });
}

/**
 * Removes length-1 axes (all of them, or the ones named), a view (NumPy's `np.squeeze`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param axis the length-1 axis (or axes) to remove (default: all of them)
 * @throws ValueError `cannot select an axis to squeeze out which has size not equal to one`
 * @example
 * np.squeeze(np.zeros([1, 3, 1])).shape;           // [3]
 * np.squeeze(np.zeros([1, 3, 1]), {axis: 0}).shape; // [3, 1]
 */
export function squeeze(a: ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray;
export function squeeze(...args: unknown[]): NDArray {
  const { a, axis } = bindArray({ name: "squeeze", params: ["a", "axis"], required: 1 }, args);
  return a.squeeze((axis ?? undefined) as number | number[] | undefined);
}

/**
 * Permutes the axes, a view (NumPy's `np.transpose`); with no `axes`, reverses them.
 * @param a the array (an NDArray, a number or a nested list)
 * @param axes the new order of the axes (default: reversed)
 * @throws ValueError `axes don't match array`
 * @example
 * np.transpose(np.zeros([2, 3])).shape;                 // [3, 2]
 * np.transpose(np.zeros([2, 3, 4]), [1, 0, 2]).shape;   // [3, 2, 4]
 */
export function transpose(a: ArrayLike, axes?: readonly number[] | null | { axes?: readonly number[] | null }): NDArray;
export function transpose(...args: unknown[]): NDArray {
  const { a, axes } = bindArray({ name: "transpose", params: ["a", "axes"], required: 1 }, args);
  return axes === undefined || axes === null ? a.transpose() : a.transpose(axes as number[]);
}

/**
 * Interchanges two axes, a view (NumPy's `np.swapaxes`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param axis1 the first of the two axes to swap
 * @param axis2 the second of the two axes to swap
 * @example
 * np.swapaxes(np.zeros([2, 3, 4]), 0, 2).shape;  // [4, 3, 2]
 */
export function swapaxes(a: ArrayLike, axis1: number, axis2: number): NDArray;
export function swapaxes(...args: unknown[]): NDArray {
  const { a, axis1, axis2 } = bindArray({ name: "swapaxes", params: ["a", "axis1", "axis2"], required: 3 }, args);
  return a.swapaxes(integerAxis(axis1), integerAxis(axis2));
}

/**
 * Moves axes to new positions, the others keeping their order; a view (NumPy's `np.moveaxis`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param source the axis (or axes) to move
 * @param destination where it goes (or they go)
 * @throws ValueError `` `source` and `destination` arguments must have the same number of elements ``
 * @example
 * np.moveaxis(np.zeros([3, 4, 5]), 0, -1).shape;  // [4, 5, 3]
 */
export function moveaxis(a: ArrayLike, source: number | readonly number[], destination: number | readonly number[]): NDArray;
export function moveaxis(...args: unknown[]): NDArray {
  const { a, source, destination } = bindArray({ name: "moveaxis", params: ["a", "source", "destination"], required: 3 }, args);
  const src = normalizeAxisList(source as number | number[], a.ndim, "source");
  const dst = normalizeAxisList(destination as number | number[], a.ndim, "destination");
  if (src.length !== dst.length) throw new ValueError("`source` and `destination` arguments must have the same number of elements");
  const order = a.shape.map((_, i) => i).filter((i) => !src.includes(i));
  [...dst.keys()].sort((x, y) => dst[x] - dst[y]).forEach((k) => order.splice(dst[k], 0, src[k]));
  return a.transpose(order);
}

/** Axes in the order given (not sorted), normalised, with NumPy's repeated-axis error. */
function normalizeAxisList(axis: number | readonly number[], ndim: number, argname: string): number[] {
  const list = (typeof axis === "number" ? [axis] : [...axis]).map((x) => normalizeAxis(x, ndim));
  if (new Set(list).size !== list.length) throw new ValueError(argname === "axis" ? "repeated axis" : `repeated axis in \`${argname}\` argument`);
  return list;
}

/**
 * A copy of `a` (NumPy's `np.copy`). Unlike the method `a.copy()`, it keeps `a`'s memory
 * layout by default (`order: "K"`), as NumPy does.
 * @param a the array (an NDArray, a number or a nested list)
 * @param order memory order: "C" (row by row, the default), "F" (column by column) or "A"
 * @param options keyword arguments `{order, shape}`
 * @example
 * const b = np.copy(a);  // independent of a
 */
export function copy(a: ArrayLike, order?: "C" | "F" | "A" | "K" | OrderOptions, options?: OrderOptions): NDArray;
export function copy(...args: unknown[]): NDArray {
  const { a, order } = bindArray({ name: "copy", params: ["a", "order", "subok"], required: 1, unsupported: ["subok"] }, args);
  return a.copy({ order: (order ?? "K") as OrderOptions["order"] });
}

/**
 * The elements as a 1-D array, a view when possible (NumPy's `np.ravel`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param order memory order: "C" (row by row, the default), "F" (column by column) or "A"
 * @param options keyword arguments `{order, shape}`
 * @example
 * np.ravel(np.array([[1, 2], [3, 4]]));          // array([1., 2., 3., 4.])
 * np.ravel(np.array([[1, 2], [3, 4]]), "F");     // array([1., 3., 2., 4.])
 */
export function ravel(a: ArrayLike, order?: "C" | "F" | "A" | "K" | OrderOptions, options?: OrderOptions): NDArray;
export function ravel(...args: unknown[]): NDArray {
  const { a, order } = bindArray({ name: "ravel", params: ["a", "order"], required: 1 }, args);
  return a.ravel({ order: order as OrderOptions["order"] });
}

/**
 * Inserts length-1 axes at the positions `axis` of the result, a view (NumPy's `np.expand_dims`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param axis where the new length-1 axis (or axes) go in the result
 * @throws AxisError `axis 3 is out of bounds for array of dimension 2`
 * @example
 * np.expand_dims(np.zeros(3), 0).shape;       // [1, 3]
 * np.expand_dims(np.zeros(3), [0, 2]).shape;  // [1, 3, 1]
 */
export function expand_dims(a: ArrayLike, axis: number | readonly number[]): NDArray;
export function expand_dims(...args: unknown[]): NDArray {
  const { a, axis } = bindArray({ name: "expand_dims", params: ["a", "axis"], required: 2 }, args);
  const ndim = a.ndim + (typeof axis === "number" ? 1 : (axis as number[]).length);
  const axes = normalizeAxisList(axis as number | number[], ndim, "axis");
  const shape: number[] = [];
  const strides: number[] = [];
  for (let i = 0, k = 0; i < ndim; i++) {
    if (axes.includes(i)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(a.shape[k]);
      strides.push(a.strides[k++]);
    }
  }
  return new NDArray(a.data, shape, a.dtype, strides, a.offset);
}

/**
 * Reverses the order of elements along `axis` (all axes when left out), a view (NumPy's `np.flip`).
 * @param m the array
 * @param axis the axis (or axes) to reverse (default: all)
 * @example
 * np.flip(np.array([1, 2, 3]));                      // array([3., 2., 1.])
 * np.flip(np.array([[1, 2], [3, 4]]), {axis: 1});    // array([[2., 1.], [4., 3.]])
 */
export function flip(m: ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray;
export function flip(...args: unknown[]): NDArray {
  const { a, axis } = bindArray({ name: "flip", params: ["m", "axis"], required: 1 }, args);
  const axes = axis === undefined || axis === null ? a.shape.map((_, i) => i) : normalizeAxes(axis as number | number[], a.ndim);
  let offset = a.offset;
  const strides = [...a.strides];
  for (const ax of axes) {
    if (a.shape[ax] > 0) offset += (a.shape[ax] - 1) * a.strides[ax];
    strides[ax] = -strides[ax];
  }
  return new NDArray(a.data, a.shape, a.dtype, strides, offset);
}

/**
 * Rolls elements along `axis` by `shift` places; those pushed off the end come back at the start
 * (NumPy's `np.roll`). Without an axis the array is rolled as if flat, keeping its shape.
 * @param a the array (an NDArray, a number or a nested list)
 * @param shift how many places the elements move (negative: backwards); one per axis with a list of axes
 * @param axis the axis (or axes) to roll along (default: the flattened array, then the shape is restored)
 * @throws ValueError when `shift` and `axis` lists cannot be paired
 * @example
 * np.roll(np.array([1, 2, 3, 4]), 1);                        // array([4., 1., 2., 3.])
 * np.roll(np.array([[1, 2], [3, 4]]), -1, {axis: 0});        // array([[3., 4.], [1., 2.]])
 */
export function roll(a: ArrayLike, shift: number | readonly number[], axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray;
export function roll(...args: unknown[]): NDArray {
  const { a, shift, axis } = bindArray({ name: "roll", params: ["a", "shift", "axis"], required: 2 }, args);
  if (axis === undefined || axis === null) return roll(a.ravel(), shift as number | number[], 0).reshape(a.shape);
  const shifts = integerList(shift, "shift");
  const axes = (typeof axis === "number" ? [axis] : [...(axis as number[])]).map((x) => normalizeAxis(x, a.ndim));
  if (shifts.length !== axes.length && shifts.length !== 1 && axes.length !== 1) {
    throw new ValueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${compactShapeStr([shifts.length])} and arg 1 with shape ${compactShapeStr([axes.length])}.`,
    );
  }
  const total = a.shape.map(() => 0);
  for (let k = 0; k < Math.max(shifts.length, axes.length); k++) total[axes[axes.length === 1 ? 0 : k]] += shifts[shifts.length === 1 ? 0 : k];
  const out = new NDArray(allocate(a.dtype, a.size), a.shape, a.dtype);
  // out[(i + s) mod n] = a[i] on every axis: copy the (at most 2^ndim) blocks.
  const blocks: [string[], string[]][] = [[[], []]];
  a.shape.forEach((n, ax) => {
    const s = n === 0 ? 0 : ((total[ax] % n) + n) % n;
    const pieces: [string, string][] = s === 0 ? [[":", ":"]] : [[`${s}:`, `:${n - s}`], [`:${s}`, `${n - s}:`]];
    blocks.splice(0, blocks.length, ...blocks.flatMap(([dst, src]) => pieces.map(([d, q]) => [[...dst, d], [...src, q]] as [string[], string[]])));
  });
  for (const [dst, src] of blocks) copyInto(out.slice(...dst), a.slice(...src));
  return out;
}

/**
 * Repeats the whole array `reps` times along each axis (NumPy's `np.tile`).
 * @param A the array
 * @param reps how many copies along each axis
 * @example
 * np.tile(np.array([0, 1]), 2);         // array([0., 1., 0., 1.])
 * np.tile(np.array([0, 1]), [2, 2]);    // array([[0., 1., 0., 1.], [0., 1., 0., 1.]])
 */
export function tile(A: ArrayLike, reps: number | readonly number[]): NDArray;
export function tile(...args: unknown[]): NDArray {
  const { a, reps } = bindArray({ name: "tile", params: ["A", "reps"], required: 2 }, args);
  const r = integerList(reps, "reps");
  const ndim = Math.max(a.ndim, r.length);
  const shape = [...new Array<number>(ndim - a.ndim).fill(1), ...a.shape];
  const full = [...new Array<number>(ndim - r.length).fill(1), ...r];
  if (full.some((n) => n < 0)) throw new ValueError("negative dimensions are not allowed");
  // A broadcast view of shape (r0, n0, r1, n1, ...), copied, then merged pairwise.
  const x = a.reshape(shape);
  const viewShape = shape.flatMap((n, i) => [full[i], n]);
  const viewStrides = x.strides.flatMap((s) => [0, s]);
  const out = new NDArray(allocate(a.dtype, shapeSize(viewShape)), viewShape, a.dtype);
  copyInto(out, new NDArray(x.data, viewShape, x.dtype, viewStrides, x.offset));
  return out.reshape(shape.map((n, i) => n * full[i]));
}

/** Options of np.pad (NumPy's keyword arguments). */
export interface PadOptions {
  /** "constant" (default: fill with `constant_values`) or "edge" (repeat each edge element). */
  mode?: "constant" | "edge";
  /** The fill of mode "constant": one value, a `[before, after]` pair, or one pair per axis (default 0). */
  constant_values?: number | readonly number[] | readonly (readonly number[])[];
}

const PAD_SIG: Signature = { name: "pad", params: ["array", "pad_width", "mode"], required: 2, keywords: ["constant_values"] };
// NumPy's other modes, refused by name rather than mistaken for unknown ones.
const PAD_MODES_NOT_YET = ["linear_ramp", "maximum", "mean", "median", "minimum", "reflect", "symmetric", "wrap", "empty"];

/**
 * `[before, after]` for each of `ndim` axes from one number, one pair, or one pair per axis
 * (NumPy's `_as_pairs`, which broadcasts the value to shape (ndim, 2)).
 */
function asPairs(value: unknown, ndim: number, what: string, integers: boolean): [number, number][] {
  const x = asarray(value as ArrayLike);
  const shape = x.shape;
  const fits = shape.length <= 2 && (shape.length < 2 || shape[0] === 1 || shape[0] === ndim) && (shape.length < 1 || shape[shape.length - 1] <= 2);
  if (!fits || (shape.length >= 1 && shape[shape.length - 1] === 0)) {
    throw new ValueError(`${what} must be one number, a [before, after] pair, or ${ndim} such pairs, one per axis (got shape ${compactShapeStr(shape)})`);
  }
  const pairs = x.reshape(shape.length === 2 ? shape : shape.length === 1 ? [1, shape[0]] : [1, 1]);
  const out: [number, number][] = [];
  for (let axis = 0; axis < ndim; axis++) {
    const row = pairs.shape[0] === 1 ? 0 : axis;
    const before = pairs.get(row, 0);
    const after = pairs.get(row, pairs.shape[1] === 1 ? 0 : 1);
    if (integers && (!Number.isInteger(before) || !Number.isInteger(after))) throw new TypeError("`pad_width` must be of integral type.");
    if (integers && (before < 0 || after < 0)) throw new ValueError("index can't contain negative values");
    out.push([before, after]);
  }
  return out;
}

/**
 * The array with a border added around it (NumPy's `np.pad`): `pad_width` elements before and
 * after each axis, filled with `constant_values` (mode "constant", the default, with 0) or with
 * copies of the edge elements (mode "edge"). `pad_width` is one number for every side, a
 * `[before, after]` pair for every axis, or one pair per axis. Corners take the value of the
 * last axis padded, as in NumPy. The result keeps the array's dtype.
 *
 * @param array the array to pad
 * @param pad_width widths: `n`, `[before, after]` or `[[before0, after0], [before1, after1], ...]`
 * @param mode "constant" (default) or "edge", also as `{mode}`
 * @param options `{constant_values}` for mode "constant"
 * @returns a new, larger array
 * @throws ValueError `index can't contain negative values` (a negative width)
 * @example
 * np.pad(np.array([1, 2, 3]), 2);                            // array([0., 0., 1., 2., 3., 0., 0.])
 * np.pad(np.array([1, 2, 3]), [1, 2], {constant_values: -1}); // array([-1.,  1.,  2.,  3., -1., -1.])
 * np.pad(np.array([1, 2, 3]), 2, "edge");                    // array([1., 1., 1., 2., 3., 3., 3.])
 * // cs231n's conv_forward_naive: zero-pad images (N, C, H, W) by `pad` on height and width
 * const x_padded = np.pad(x, [[0, 0], [0, 0], [pad, pad], [pad, pad]], {mode: "constant"});
 */
export function pad(array: ArrayLike, pad_width: number | readonly number[] | readonly (readonly number[])[], mode?: PadOptions["mode"] | PadOptions, options?: PadOptions): NDArray;
export function pad(...args: unknown[]): NDArray {
  const bound = bindArray(PAD_SIG, args);
  const a = bound.a;
  const mode = bound.mode ?? "constant";
  if (PAD_MODES_NOT_YET.includes(mode as string)) throw new ValueError(`mode '${String(mode)}' is not supported by numts yet: use 'constant' or 'edge'`);
  if (mode !== "constant" && mode !== "edge") throw new ValueError(`mode '${String(mode)}' is not supported`);
  if (mode === "edge" && bound.constant_values !== undefined) {
    throw new ValueError("unsupported keyword arguments for mode 'edge': {'constant_values'}");
  }
  const widths = asPairs(bound.pad_width, a.ndim, "pad_width", true);
  const values = mode === "constant" ? asPairs(bound.constant_values ?? 0, a.ndim, "constant_values", false) : [];
  const shape = a.shape.map((n, axis) => n + widths[axis][0] + widths[axis][1]);
  const out = new NDArray(allocate(a.dtype, shapeSize(shape)), shape, a.dtype);
  const inside = a.shape.map((n, axis) => `${widths[axis][0]}:${widths[axis][0] + n}`);
  copyInto(out.slice(...inside), a);
  // Axis by axis, as NumPy: the pads of `axis` span the padded extent of the axes before it
  // and the original extent of those after it.
  for (let axis = 0; axis < a.ndim; axis++) {
    const [before, after] = widths[axis];
    const n = a.shape[axis];
    const region = (range: string) => shape.map((_, k) => (k < axis ? ":" : k === axis ? range : inside[k]));
    if (mode === "edge" && n === 0 && before + after > 0) throw new ValueError(`can't extend empty axis ${axis} using modes other than 'constant' or 'empty'`);
    if (before > 0) {
      const target = out.slice(...region(`:${before}`));
      if (mode === "constant") target.fill(values[axis][0]);
      else copyInto(target, out.slice(...region(`${before}:${before + 1}`)));
    }
    if (after > 0) {
      const target = out.slice(...region(`${before + n}:`));
      if (mode === "constant") target.fill(values[axis][1]);
      else copyInto(target, out.slice(...region(`${before + n - 1}:${before + n}`)));
    }
  }
  return out;
}

/**
 * Repeats each element `repeats` times (NumPy's `np.repeat`): along `axis`, or of the flattened
 * array when no axis is given. `repeats` may give one count per element.
 * @param a the array (an NDArray, a number or a nested list)
 * @param repeats how many times each element is repeated: a number, or one per element
 * @param axis the axis along which to repeat (default: the flattened array)
 * @throws ValueError `operands could not be broadcast together with shape (3,) (2,)`
 * @example
 * np.repeat(np.array([1, 2]), 2);                          // array([1., 1., 2., 2.])
 * np.repeat(np.array([[1, 2], [3, 4]]), [1, 2], {axis: 0}); // rows 0, 1, 1
 */
export function repeat(a: ArrayLike, repeats: number | readonly number[] | NDArray, axis?: number | null | { axis?: number | null }): NDArray;
export function repeat(...args: unknown[]): NDArray {
  const bound = bindArray({ name: "repeat", params: ["a", "repeats", "axis"], required: 2 }, args);
  const flat = bound.axis === undefined || bound.axis === null;
  const a = flat ? bound.a.ravel() : bound.a;
  const ax = flat ? 0 : normalizeAxis(integerAxis(bound.axis), a.ndim);
  const n = a.shape[ax];
  const counts = integerList(bound.repeats, "repeats");
  if (counts.length !== 1 && counts.length !== n) {
    throw new ValueError(`operands could not be broadcast together with shape ${compactShapeStr([n])} ${compactShapeStr([counts.length])}`);
  }
  if (counts.some((c) => c < 0)) throw new ValueError("repeats may not contain negative values.");
  const each = (i: number) => counts[counts.length === 1 ? 0 : i];
  const picks: number[] = [];
  for (let i = 0; i < n; i++) for (let c = 0; c < each(i); c++) picks.push(i);
  return take(a, picks, ax);
}

/** The slices `positions` of `a` along `axis`, in order, as a new array. */
export function take(a: NDArray, positions: readonly number[], axis: number): NDArray {
  const shape = a.shape.map((n, i) => (i === axis ? positions.length : n));
  const out = new NDArray(allocate(a.dtype, shapeSize(shape)), shape, a.dtype);
  const before = a.shape.slice(0, axis);
  const after = a.shape.slice(axis + 1);
  const outer = offsetsOf(before, a.strides.slice(0, axis), a.offset);
  const inner = offsetsOf(after, a.strides.slice(axis + 1), 0);
  let k = 0;
  for (let o = 0; o < outer.length; o++) {
    for (const p of positions) {
      const base = outer[o] + p * a.strides[axis];
      for (let i = 0; i < inner.length; i++) out.data[k++] = a.data[base + inner[i]];
    }
  }
  return out;
}

/**
 * The `k`-th diagonal of a 2-D array, or a 2-D array with a 1-D array on its `k`-th diagonal
 * (NumPy's `np.diag`). k > 0 is above the main diagonal, k < 0 below.
 *
 * numts returns a copy where NumPy returns a read-only view of a matrix's diagonal.
 * @param v a 1-D array (its values on the diagonal of a new 2-D array) or a 2-D array (its diagonal is returned)
 * @param k which diagonal: 0 the main one, positive above it, negative below
 * @throws ValueError `Input must be 1- or 2-d.`
 * @example
 * np.diag(np.array([1, 2]));                  // array([[1., 0.], [0., 2.]])
 * np.diag(np.array([[1, 2], [3, 4]]));        // array([1., 4.])
 * np.diag(np.array([[1, 2], [3, 4]]), 1);     // array([2.])
 */
export function diag(v: ArrayLike, k?: number | { k?: number }): NDArray;
export function diag(...args: unknown[]): NDArray {
  const { a, k } = bindArray({ name: "diag", params: ["v", "k"], required: 1 }, args);
  const offset = integerAxis(k ?? 0);
  if (a.ndim === 1) {
    const n = a.shape[0] + Math.abs(offset);
    const out = new NDArray(allocate(a.dtype, n * n), [n, n], a.dtype);
    for (let i = 0; i < a.shape[0]; i++) {
      const row = offset >= 0 ? i : i - offset;
      out.data[row * n + row + offset] = a.data[a.offset + i * a.strides[0]];
    }
    return out;
  }
  if (a.ndim !== 2) throw new ValueError("Input must be 1- or 2-d.");
  const [rows, cols] = a.shape;
  const start = offset >= 0 ? [0, offset] : [-offset, 0];
  const length = Math.max(0, Math.min(rows - start[0], cols - start[1]));
  const view = new NDArray(a.data, [length], a.dtype, [a.strides[0] + a.strides[1]], a.offset + start[0] * a.strides[0] + start[1] * a.strides[1]);
  return view.copy();
}

/**
 * A 2-D array with the flattened input on its `k`-th diagonal (NumPy's `np.diagflat`).
 * @param v the values of the diagonal (flattened first)
 * @param k which diagonal: 0 the main one, positive above it, negative below
 * @example
 * np.diagflat(np.array([[1, 2], [3, 4]]));  // 4×4 with 1, 2, 3, 4 on the diagonal
 */
export function diagflat(v: ArrayLike, k?: number | { k?: number }): NDArray;
export function diagflat(...args: unknown[]): NDArray {
  const { a, k } = bindArray({ name: "diagflat", params: ["v", "k"], required: 1 }, args);
  return diag(a.ravel(), (k as number | undefined) ?? 0);
}

function atleast(a: NDArray, n: 1 | 2 | 3): NDArray {
  if (a.ndim >= n) return a;
  if (n === 1) return a.reshape(1);
  if (n === 2) return a.reshape(1, a.ndim === 0 ? 1 : a.shape[0]);
  // NumPy's atleast_3d: (N,) -> (1, N, 1), (M, N) -> (M, N, 1).
  return a.ndim === 0 ? a.reshape(1, 1, 1) : a.ndim === 1 ? a.reshape(1, a.shape[0], 1) : a.reshape(a.shape[0], a.shape[1], 1);
}

function atleastAll(args: readonly ArrayLike[], n: 1 | 2 | 3): NDArray | NDArray[] {
  const out = args.map((x) => atleast(asarray(x), n));
  return out.length === 1 ? out[0] : out;
}

/**
 * The inputs as arrays of at least one axis (NumPy's `np.atleast_1d`); one input gives one
 * array, several give a list.
 * @param a the array (an NDArray, a number or a nested list)
 * @example
 * np.atleast_1d(5);  // array([5.])
 */
export function atleast_1d(a: ArrayLike): NDArray;
export function atleast_1d(...arys: ArrayLike[]): NDArray | NDArray[];
export function atleast_1d(...arys: ArrayLike[]): NDArray | NDArray[] {
  return atleastAll(arys, 1);
}

/**
 * The inputs as arrays of at least two axes: a vector becomes one row (NumPy's `np.atleast_2d`).
 * @param a the array (an NDArray, a number or a nested list)
 * @example
 * np.atleast_2d(np.array([1, 2])).shape;  // [1, 2]
 */
export function atleast_2d(a: ArrayLike): NDArray;
export function atleast_2d(...arys: ArrayLike[]): NDArray | NDArray[];
export function atleast_2d(...arys: ArrayLike[]): NDArray | NDArray[] {
  return atleastAll(arys, 2);
}

/**
 * The inputs as arrays of at least three axes: (N,) becomes (1, N, 1), (M, N) becomes (M, N, 1)
 * (NumPy's `np.atleast_3d`).
 * @param a the array (an NDArray, a number or a nested list)
 * @example
 * np.atleast_3d(np.zeros([2, 3])).shape;  // [2, 3, 1]
 */
export function atleast_3d(a: ArrayLike): NDArray;
export function atleast_3d(...arys: ArrayLike[]): NDArray | NDArray[];
export function atleast_3d(...arys: ArrayLike[]): NDArray | NDArray[] {
  return atleastAll(arys, 3);
}
