// Joining and splitting arrays: concatenate, stack, vstack, hstack, dstack, column_stack,
// array_split, split, hsplit, vsplit, dsplit.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { allocate, canCast, type Casting, dtypeText, promoteTypes, resolveDType, toCasting, type DType } from "../core/dtype";
import { IndexError, TypeError, ValueError } from "../core/errors";
import { copyInto, NDArray } from "../core/ndarray";
import { integerAxis, normalizeAxis, shapeSize } from "../core/shape";
import { atleast_1d, atleast_2d, atleast_3d } from "./shape-functions";

/** Options of concatenate and stack (NumPy's keyword arguments). */
export interface JoinOptions {
  /** The axis to join along (default 0); `null` for concatenate flattens the arrays first. */
  axis?: number | null;
  /** dtype of the result (default: the arrays' common type). */
  dtype?: DTypeLike | null;
  /** NumPy's casting rule for `dtype` (default "same_kind"): "no", "equiv", "safe", "same_kind" or "unsafe". */
  casting?: Casting;
}

function sequence(name: string, arrays: unknown): NDArray[] {
  if (arrays instanceof NDArray) {
    // NumPy iterates an array's first axis.
    return arrays.ndim === 0 ? [] : [...Array(arrays.shape[0]).keys()].map((i) => arrays.slice(i));
  }
  if (!Array.isArray(arrays)) throw new TypeError(`${name}() takes a list of arrays as its first argument`);
  return arrays.map((a: unknown) => asarray(a as ArrayLike));
}

/** The joined dtype: the arrays' common one, or `dtype` when NumPy's `casting` rule (default "same_kind") allows it. */
function resultDType(arrays: NDArray[], dtype: unknown, casting?: unknown): DType {
  const common = arrays.map((a) => a.dtype).reduce(promoteTypes);
  if (dtype === undefined || dtype === null) return common;
  const wanted = resolveDType(dtype);
  const rule = casting === undefined ? "same_kind" : toCasting(casting);
  for (const a of arrays) {
    if (!canCast(a.dtype, wanted, rule)) {
      throw new TypeError(`Cannot cast array data from ${dtypeText(a.dtype)} to ${dtypeText(wanted)} according to the rule '${rule}'`);
    }
  }
  return wanted;
}

/** NumPy's concatenate of arrays already converted; `axis` checked against the first array. */
function join(arrays: NDArray[], axis: number, dtype: DType): NDArray {
  if (arrays.length === 0) throw new ValueError("need at least one array to concatenate");
  const first = arrays[0];
  if (first.ndim === 0) throw new ValueError("zero-dimensional arrays cannot be concatenated");
  const ax = normalizeAxis(axis, first.ndim);
  arrays.forEach((a, i) => {
    if (a.ndim !== first.ndim) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`,
      );
    }
    a.shape.forEach((n, d) => {
      if (d !== ax && n !== first.shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${n}`,
        );
      }
    });
  });
  const shape = [...first.shape];
  shape[ax] = arrays.reduce((total, a) => total + a.shape[ax], 0);
  const out = new NDArray(allocate(dtype, shapeSize(shape)), shape, dtype);
  let at = 0;
  for (const a of arrays) {
    const index: string[] = shape.map(() => ":");
    index[ax] = `${at}:${at + a.shape[ax]}`;
    copyInto(out.slice(...index), a);
    at += a.shape[ax];
  }
  return out;
}

const CONCATENATE_SIG: Signature = { name: "concatenate", params: ["arrays", "axis", "out"], required: 1, keywords: ["dtype", "casting"], unsupported: ["out"] };

/**
 * Joins arrays along an existing axis (NumPy's `np.concatenate`). All arrays must have the same
 * number of axes and the same lengths except along `axis`; `axis: null` flattens them first.
 *
 * @param arrays a list of arrays (or nested lists)
 * @param axis the axis to join along (default 0), or `{axis, dtype}`
 * @param options keyword arguments `{axis, dtype, casting}`
 * @returns a new array of the arrays' common dtype
 * @throws ValueError `all the input array dimensions except for the concatenation axis must match exactly, ...`
 * @example
 * const a = np.array([[1, 2], [3, 4]]);
 * np.concatenate([a, np.array([[5, 6]])]);           // 3×2: rows 1 2 / 3 4 / 5 6
 * np.concatenate([a, np.array([[5], [6]])], 1);      // 2×3
 * np.concatenate([a, np.array([5, 6])], {axis: null}); // array([1., 2., 3., 4., 5., 6.])
 */
export function concatenate(arrays: readonly ArrayLike[] | NDArray, axis?: number | null | JoinOptions, options?: JoinOptions): NDArray;
export function concatenate(...args: unknown[]): NDArray {
  const { arrays, axis, dtype, casting } = bindArgs(CONCATENATE_SIG, args);
  let list = sequence("concatenate", arrays);
  let ax = axis === undefined ? 0 : axis;
  if (ax === null) {
    list = list.map((a) => a.ravel());
    ax = 0;
  }
  return join(list, integerAxis(ax), list.length > 0 ? resultDType(list, dtype, casting) : "float64");
}

const STACK_SIG: Signature = { name: "stack", params: ["arrays", "axis", "out"], required: 1, keywords: ["dtype", "casting"], unsupported: ["out"] };

/**
 * Joins arrays of the same shape along a new axis (NumPy's `np.stack`).
 * @param arrays a list of arrays of one shape
 * @param axis where the new axis goes in the result (default 0), or `{axis, dtype}`
 * @param options keyword arguments `{axis, dtype, casting}`
 * @returns a new array with one more axis than the inputs
 * @throws ValueError `all input arrays must have the same shape`
 * @example
 * np.stack([np.array([1, 2]), np.array([3, 4])]);            // array([[1., 2.], [3., 4.]])
 * np.stack([np.array([1, 2]), np.array([3, 4])], {axis: 1}); // array([[1., 3.], [2., 4.]])
 */
export function stack(arrays: readonly ArrayLike[] | NDArray, axis?: number | JoinOptions, options?: JoinOptions): NDArray;
export function stack(...args: unknown[]): NDArray {
  const { arrays, axis, dtype, casting } = bindArgs(STACK_SIG, args);
  const list = sequence("stack", arrays);
  if (list.length === 0) throw new ValueError("need at least one array to stack");
  const shape = list[0].shape;
  if (list.some((a) => a.ndim !== shape.length || a.shape.some((n, i) => n !== shape[i]))) throw new ValueError("all input arrays must have the same shape");
  const ax = normalizeAxis(integerAxis(axis ?? 0), shape.length + 1);
  const expanded = list.map((a) => a.reshape([...shape.slice(0, ax), 1, ...shape.slice(ax)]));
  return join(expanded, ax, resultDType(list, dtype, casting));
}

const tupleSig = (name: string): Signature => ({ name, params: ["tup"], required: 1, keywords: ["dtype", "casting"] });

/**
 * Stacks arrays as rows (NumPy's `np.vstack`): 1-D arrays become rows, then they are
 * concatenated along axis 0.
 * @param tup the arrays to join, in a list
 * @param options keyword arguments `{dtype, casting}`
 * @example
 * np.vstack([np.array([1, 2]), np.array([3, 4])]);  // array([[1., 2.], [3., 4.]])
 */
export function vstack(tup: readonly ArrayLike[] | NDArray, options?: { dtype?: DTypeLike | null; casting?: Casting }): NDArray;
export function vstack(...args: unknown[]): NDArray {
  const { tup, dtype, casting } = bindArgs(tupleSig("vstack"), args);
  const list = sequence("vstack", tup).map((a) => atleast_2d(a) as NDArray);
  return join(list, 0, list.length > 0 ? resultDType(list, dtype, casting) : "float64");
}

/**
 * Stacks arrays side by side (NumPy's `np.hstack`): 1-D arrays are joined end to end, others
 * along axis 1 (their columns).
 * @param tup the arrays to join, in a list
 * @param options keyword arguments `{dtype, casting}`
 * @example
 * np.hstack([np.array([1, 2]), np.array([3])]);        // array([1., 2., 3.])
 * np.hstack([np.ones([2, 1]), np.zeros([2, 2])]).shape; // [2, 3]
 */
export function hstack(tup: readonly ArrayLike[] | NDArray, options?: { dtype?: DTypeLike | null; casting?: Casting }): NDArray;
export function hstack(...args: unknown[]): NDArray {
  const { tup, dtype, casting } = bindArgs(tupleSig("hstack"), args);
  const list = sequence("hstack", tup).map((a) => atleast_1d(a) as NDArray);
  return join(list, list.length > 0 && list[0].ndim === 1 ? 0 : 1, list.length > 0 ? resultDType(list, dtype, casting) : "float64");
}

/**
 * Stacks arrays along a third axis (NumPy's `np.dstack`): (N,) becomes (1, N, 1), (M, N) (M, N, 1).
 * @param tup the arrays to join, in a list
 * @example
 * np.dstack([np.array([1, 2]), np.array([3, 4])]).shape;  // [1, 2, 2]
 */
export function dstack(tup: readonly ArrayLike[] | NDArray): NDArray;
export function dstack(...args: unknown[]): NDArray {
  const { tup } = bindArgs({ name: "dstack", params: ["tup"], required: 1 }, args);
  const list = sequence("dstack", tup).map((a) => atleast_3d(a) as NDArray);
  return join(list, 2, list.length > 0 ? resultDType(list, undefined) : "float64");
}

/**
 * Stacks 1-D arrays as the columns of a 2-D array; 2-D arrays are joined as they are
 * (NumPy's `np.column_stack`).
 * @param tup the arrays to join, in a list
 * @example
 * np.column_stack([np.array([1, 2]), np.array([3, 4])]);  // array([[1., 3.], [2., 4.]])
 */
export function column_stack(tup: readonly ArrayLike[] | NDArray): NDArray;
export function column_stack(...args: unknown[]): NDArray {
  const { tup } = bindArgs({ name: "column_stack", params: ["tup"], required: 1 }, args);
  const list = sequence("column_stack", tup).map((a) => (a.ndim < 2 ? (atleast_1d(a) as NDArray).reshape(-1, 1) : a));
  return join(list, 1, list.length > 0 ? resultDType(list, undefined) : "float64");
}

/** Python's slice `[start:stop]` bounds over a length, negative positions counting from the end. */
function sliceBounds(start: number, stop: number, n: number): [number, number] {
  const clamp = (i: number) => Math.min(Math.max(i < 0 ? i + n : i, 0), n);
  const s = clamp(start);
  return [s, Math.max(s, clamp(stop))];
}

const SPLIT_PARAMS = ["ary", "indices_or_sections", "axis"];

/** NumPy's array_split, after binding: views of `a` between the division points. */
function splitAt(a: NDArray, sections: unknown, axisArg: unknown): NDArray[] {
  const axis = integerAxis(axisArg ?? 0);
  if (axis < -a.ndim || axis >= a.ndim) throw new IndexError("tuple index out of range");
  const ax = axis < 0 ? axis + a.ndim : axis;
  const total = a.shape[ax];
  let points: number[];
  if (typeof sections === "number") {
    if (!Number.isInteger(sections)) throw new TypeError(`'float' object cannot be interpreted as an integer`);
    if (sections <= 0) throw new ValueError("number sections must be larger than 0.");
    const each = Math.floor(total / sections);
    const extras = total % sections;
    points = [0];
    for (let i = 0; i < sections; i++) points.push(points[i] + each + (i < extras ? 1 : 0));
  } else {
    const indices = [...asarray(sections as ArrayLike).ravel().data];
    points = [0, ...indices, total];
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = sliceBounds(points[i], points[i + 1], total);
    const index: string[] = a.shape.map(() => ":");
    index[ax] = `${s}:${e}`;
    out.push(a.slice(...index));
  }
  return out;
}

/**
 * Splits an array into sub-arrays, views of it (NumPy's `np.array_split`): `indices_or_sections`
 * is a number of pieces (which may differ in length by one, the first ones longer) or a list of
 * positions to cut at.
 * @param ary the array
 * @param indices_or_sections a number of pieces, or the positions to cut at
 * @param axis the axis to split along (default 0), or `{axis}`
 * @returns a list of views of `ary`
 * @throws ValueError `number sections must be larger than 0.`
 * @example
 * np.array_split(np.arange(7), 3);       // [array([0., 1., 2.]), array([3., 4.]), array([5., 6.])]
 * np.array_split(np.arange(5), [1, 3]);  // [array([0.]), array([1., 2.]), array([3., 4.])]
 */
export function array_split(ary: ArrayLike, indices_or_sections: number | readonly number[], axis?: number | { axis?: number }): NDArray[];
export function array_split(...args: unknown[]): NDArray[] {
  const { ary, indices_or_sections, axis } = bindArgs({ name: "array_split", params: SPLIT_PARAMS, required: 2 }, args);
  return splitAt(asarray(ary as ArrayLike), indices_or_sections, axis);
}

/**
 * Splits an array into equal sub-arrays, or at the given positions (NumPy's `np.split`).
 * @param ary the array
 * @param indices_or_sections a number of equal pieces, or the positions to cut at
 * @param axis the axis to split along (default 0), or `{axis}`
 * @returns a list of views of `ary`
 * @throws ValueError `array split does not result in an equal division`
 * @example
 * np.split(np.arange(6), 3);  // [array([0., 1.]), array([2., 3.]), array([4., 5.])]
 * const [train, test] = np.split(np.arange(10), [8]);
 */
export function split(ary: ArrayLike, indices_or_sections: number | readonly number[], axis?: number | { axis?: number }): NDArray[];
export function split(...args: unknown[]): NDArray[] {
  const { ary, indices_or_sections, axis } = bindArgs({ name: "split", params: SPLIT_PARAMS, required: 2 }, args);
  return splitEqual(asarray(ary as ArrayLike), indices_or_sections, axis ?? 0);
}

function splitEqual(a: NDArray, sections: unknown, axis: unknown): NDArray[] {
  if (typeof sections === "number") {
    const ax = integerAxis(axis);
    if (ax < -a.ndim || ax >= a.ndim) throw new IndexError("tuple index out of range");
    if (a.shape[ax < 0 ? ax + a.ndim : ax] % sections !== 0) throw new ValueError("array split does not result in an equal division");
  }
  return splitAt(a, sections, axis);
}

/**
 * Splits along axis 1, or axis 0 for 1-D arrays (NumPy's `np.hsplit`).
 * @param ary the array to split
 * @param indices_or_sections a number of equal parts, or the sorted indices where the array is cut
 * @example
 * np.hsplit(np.zeros([2, 4]), 2).map((x) => x.shape);  // [[2, 2], [2, 2]]
 */
export function hsplit(ary: ArrayLike, indices_or_sections: number | readonly number[]): NDArray[] {
  const a = asarray(ary);
  if (a.ndim === 0) throw new ValueError("hsplit only works on arrays of 1 or more dimensions");
  return splitEqual(a, indices_or_sections, a.ndim > 1 ? 1 : 0);
}

/**
 * Splits along axis 0, the rows (NumPy's `np.vsplit`).
 * @param ary the array to split
 * @param indices_or_sections a number of equal parts, or the sorted indices where the array is cut
 * @example
 * np.vsplit(np.zeros([4, 2]), 2).map((x) => x.shape);  // [[2, 2], [2, 2]]
 */
export function vsplit(ary: ArrayLike, indices_or_sections: number | readonly number[]): NDArray[] {
  const a = asarray(ary);
  if (a.ndim < 2) throw new ValueError("vsplit only works on arrays of 2 or more dimensions");
  return splitEqual(a, indices_or_sections, 0);
}

/**
 * Splits along axis 2 (NumPy's `np.dsplit`).
 * @param ary the array to split
 * @param indices_or_sections a number of equal parts, or the sorted indices where the array is cut
 * @example
 * np.dsplit(np.zeros([1, 2, 4]), 2).map((x) => x.shape);  // [[1, 2, 2], [1, 2, 2]]
 */
export function dsplit(ary: ArrayLike, indices_or_sections: number | readonly number[]): NDArray[] {
  const a = asarray(ary);
  if (a.ndim < 3) throw new ValueError("dsplit only works on arrays of 3 or more dimensions");
  return splitEqual(a, indices_or_sections, 2);
}
