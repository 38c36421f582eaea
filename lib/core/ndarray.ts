import * as arith from "../ops/arithmetic";
import * as compare from "../ops/compare";
import * as cumulative from "../ops/cumulative";
import * as float from "../ops/float";
import * as shapes from "../ops/shape-functions";
import * as sort from "../ops/sort";
import type { UfuncOptions } from "../ops/elementwise";
import * as linalg from "../ops/linalg";
import * as logical from "../ops/logical";
import * as math from "../ops/math";
import * as reduce from "../ops/reduce";
import type { ReduceOptions, StatOptions, SumOptions } from "../ops/reduce";
import { arrayRepr, arrayStr } from "../print/index";
import { type ArrayLike, asarray, type DTypeLike, type Scalar } from "./convert";
import { allocateUnfilled, canCast, castFunction, dtypeText, resolveDType, toCasting, type ArrayView, type Casting, type DType, type TypedData } from "./dtype";
import { bindArgs, checkOptions, isOptions, type Signature } from "./args";
import { IndexError, TypeError, ValueError } from "./errors";
import { getIndexed, type Index, nonzero, setIndexed } from "./indexing";
import { coalesce, forEachRow } from "./iterate";
import { broadcastStrides, compactShapeStr, kOrderStrides, normalizeAxis, shapeSize } from "./shape";

/** C-order (row-major) strides for a shape, in elements. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}

/** Column-major (Fortran-order) strides for a shape, in elements. */
export function fortranStrides(shape: readonly number[]): number[] {
  return contiguousStrides([...shape].reverse()).reverse();
}

const ASTYPE_SIG: Signature = { name: "astype", params: ["dtype", "order", "casting", "subok", "copy"], required: 1, unsupported: ["subok"] };

/** Nested JS arrays as `tolist()` returns them. */
export type NestedList = number | boolean | NestedList[];

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * An n-dimensional array, NumPy's `ndarray`.
 *
 * An array is a typed-array buffer (`data`) seen through `shape`, `strides` and `offset`:
 * element `(i, j)` is `data[offset + i*strides[0] + j*strides[1]]`. Transposes, reshapes of
 * contiguous data and basic slices are therefore views that share memory with the original,
 * exactly as in NumPy. Strides count elements, not bytes.
 *
 * Create arrays with `np.array`, `np.zeros`, `np.arange`, ...; printing one (`console.log(a)`,
 * or a notebook cell ending in `a`) shows NumPy's `repr`, and `String(a)` is NumPy's `str`.
 *
 * @example
 * const a = np.array([[1, 2, 3], [4, 5, 6]]);
 * a.shape;          // [2, 3]
 * a.T.shape;        // [3, 2]
 * a.slice(":", 0);  // array([1., 4.])   (NumPy: a[:, 0])
 */
export class NDArray implements ArrayView {
  /** The buffer holding the elements (shared by views). */
  readonly data: TypedData;
  /** Length of each axis, like NumPy's `a.shape` (a JS array instead of a tuple). */
  readonly shape: readonly number[];
  /** Step in `data` between neighbours along each axis, in elements (NumPy counts bytes). */
  readonly strides: readonly number[];
  /** Index in `data` of the first element. */
  readonly offset: number;
  /**
   * The element type (NumPy's `a.dtype`), by name: "float64", "float32", "int64", "int32",
   * "uint8", "bool", ... (`String(a.dtype)` is "float32"; compare with `a.dtype === "float32"`).
   */
  readonly dtype: DType;

  constructor(data: TypedData, shape: readonly number[], dtype: DType, strides?: readonly number[], offset = 0) {
    this.data = data;
    this.shape = shape;
    this.dtype = dtype;
    this.strides = strides ?? contiguousStrides(shape);
    this.offset = offset;
  }

  /** Number of axes (NumPy's `a.ndim`). */
  get ndim(): number {
    return this.shape.length;
  }

  /** Number of elements (NumPy's `a.size`). */
  get size(): number {
    return shapeSize(this.shape);
  }

  /** The transposed array, a view (NumPy's `a.T`). */
  get T(): NDArray {
    return this.transpose();
  }

  /** Whether the elements lie in `data` in C order without gaps, starting at `offset`. */
  get isContiguous(): boolean {
    let step = 1;
    for (let axis = this.ndim - 1; axis >= 0; axis--) {
      const n = this.shape[axis];
      if (n === 0) return true;
      if (n !== 1 && this.strides[axis] !== step) return false;
      step *= n;
    }
    return true;
  }

  // ---- shape manipulation -------------------------------------------------------------------

  /**
   * The same elements in a new shape (NumPy's `a.reshape`). One axis may be `-1`, meaning
   * "whatever is left". A view when the data is contiguous, else a copy. `{order: "F"}` reads and
   * writes the elements in column-major order, as NumPy's `order='F'`.
   *
   * @param shape the new shape (a list, or the lengths as arguments); one length may be -1, worked out from the others
   * @example
   * np.arange(6).reshape(2, 3);     // array([[0., 1., 2.], [3., 4., 5.]])
   * np.arange(6).reshape([3, -1]);  // shape [3, 2]
   * np.arange(6).reshape(2, 3, {order: "F"});  // array([[0., 2., 4.], [1., 3., 5.]])
   * @throws ValueError `cannot reshape array of size 6 into shape (4,)`
   */
  reshape(...shape: number[]): NDArray;
  reshape(...args: [...shape: number[], options: OrderOptions]): NDArray;
  reshape(shape: number | readonly number[], options?: OrderOptions): NDArray;
  reshape(...args: unknown[]): NDArray {
    const options = isOptions(args[args.length - 1]) ? (args.pop() as OrderOptions) : undefined;
    checkOptions("reshape", options, ["order", "shape"], ["copy"]);
    const given = options?.shape !== undefined ? [options.shape] : args;
    const requested = (given.length === 1 && Array.isArray(given[0]) ? given[0] : given) as number[];
    if (requested.some((n) => typeof n !== "number")) throw new TypeError("'reshape' takes the new shape as integers or one list of integers");
    if (layoutOrder(this, options?.order, "C") === "F") {
      return this.transpose().reshape([...requested].reverse()).transpose();
    }
    const newShape = resolveShape(requested, this.size);
    const source = this.isContiguous ? this : this.copy();
    return new NDArray(source.data, newShape, this.dtype, undefined, source.offset);
  }

  /**
   * The elements as a 1-D array, a view when possible, else a copy (NumPy's `a.ravel()`).
   * `{order}`: "C" (row by row, the default), "F" (column by column), "K" (memory order) or "A".
   * @param options keyword arguments `{order, shape}`
   * @example
   * np.array([[1, 2], [3, 4]]).ravel();              // array([1., 2., 3., 4.])
   * np.array([[1, 2], [3, 4]]).ravel({order: "F"});  // array([1., 3., 2., 4.])
   */
  ravel(options?: OrderOptions | OrderOptions["order"]): NDArray {
    const order = typeof options === "string" ? options : options?.order;
    if (typeof options !== "string") checkOptions("ravel", options, ["order"]);
    const chosen = layoutOrder(this, order, "C");
    if (chosen === "F") return this.transpose().reshape(-1);
    if (chosen === "K" && !this.isContiguous) {
      if (this.transpose().isContiguous) return this.transpose().reshape(-1);
      const copy = this.astype(this.dtype); // laid out in memory order
      return new NDArray(copy.data, [copy.size], copy.dtype);
    }
    return this.reshape(-1);
  }

  /**
   * The elements as a new 1-D array, always a copy (NumPy's `a.flatten()`); `{order}` as in `ravel`.
   * @param options keyword arguments `{order, shape}`
   * @example
   * np.zeros([2, 3]).flatten().shape;  // [6]
   */
  flatten(options?: OrderOptions | OrderOptions["order"]): NDArray {
    const flat = this.ravel(options);
    const copy = flat.copy();
    return new NDArray(copy.data, [copy.size], copy.dtype);
  }

  /**
   * Permutes the axes, a view (NumPy's `a.transpose(axes)`); with no argument reverses them.
   *
   * @param axes the new order of the axes (a list, or the axes as arguments; default: reversed)
   * @example
   * np.zeros([2, 3, 4]).transpose().shape;         // [4, 3, 2]
   * np.zeros([2, 3, 4]).transpose(1, 0, 2).shape;  // [3, 2, 4]
   * @throws ValueError `axes don't match array`
   */
  transpose(...axes: number[] | [readonly number[]]): NDArray {
    const given = (Array.isArray(axes[0]) ? axes[0] : axes) as readonly number[];
    if (given.length === 0) {
      // The reversed axes (`a.T`, twice in each of lecture 9's epochs) need no checks.
      return new NDArray(this.data, [...this.shape].reverse(), this.dtype, [...this.strides].reverse(), this.offset);
    }
    if (given.length !== this.ndim) throw new ValueError("axes don't match array");
    const seen = new Set<number>();
    const normalized = given.map((a) => normalizeAxis(a, this.ndim));
    for (const a of normalized) {
      if (seen.has(a)) throw new ValueError("repeated axis in transpose");
      seen.add(a);
    }
    return new NDArray(this.data, normalized.map((a) => this.shape[a]), this.dtype, normalized.map((a) => this.strides[a]), this.offset);
  }

  /**
   * Interchanges two axes, a view (NumPy's `a.swapaxes(axis1, axis2)`).
   * @param axis1 the first of the two axes to swap
   * @param axis2 the second of the two axes to swap
   * @example
   * np.zeros([2, 3]).swapaxes(0, 1).shape;  // [ 3, 2 ]
   */
  swapaxes(axis1: number, axis2: number): NDArray {
    const order = this.shape.map((_, i) => i);
    const a = normalizeAxis(axis1, this.ndim);
    const b = normalizeAxis(axis2, this.ndim);
    [order[a], order[b]] = [order[b], order[a]];
    return this.transpose(order);
  }

  /**
   * Removes length-1 axes, a view (NumPy's `a.squeeze(axis)`).
   * @param axis the length-1 axis (or axes) to remove (default: all of them)
   * @throws ValueError `cannot select an axis to squeeze out which has size not equal to one`
   * @example
   * np.zeros([1, 3, 1]).squeeze().shape;  // [ 3 ]
   * np.zeros([1, 3, 1]).squeeze(0).shape;  // [ 3, 1 ]
   */
  squeeze(axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray;
  squeeze(...args: unknown[]): NDArray {
    const axis = bindArgs({ name: "squeeze", params: ["axis"] }, args).axis as number | readonly number[] | null | undefined;
    const drop = new Set<number>();
    if (axis === undefined || axis === null) {
      this.shape.forEach((n, i) => n === 1 && drop.add(i));
    } else {
      for (const a of typeof axis === "number" ? [axis] : axis) {
        const i = normalizeAxis(a, this.ndim);
        if (this.shape[i] !== 1) throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
        drop.add(i);
      }
    }
    const keep = this.shape.map((_, i) => i).filter((i) => !drop.has(i));
    return new NDArray(this.data, keep.map((i) => this.shape[i]), this.dtype, keep.map((i) => this.strides[i]), this.offset);
  }

  // ---- conversion -------------------------------------------------------------------------

  /**
   * A copy converted to another dtype (NumPy's `a.astype(dtype)`), cast as NumPy casts: floats
   * become integers by truncation toward zero (NaN, infinities and values out of range become
   * the type's minimum, then wrap, as x86-64 does), integers wrap around to a smaller type
   * (300 → uint8 is 44), anything non-zero becomes `true`, float64 → float32 rounds.
   * Like NumPy's default order "K", the copy keeps this array's memory order. `{copy: false}`
   * returns the array itself when it already has the dtype; `{casting}` refuses casts that
   * NumPy's rule would ("safe": only casts that keep every value; "same_kind": also float64 →
   * float32 or int64 → int8; "unsafe", the default: any).
   *
   * @param dtype the new dtype: a name ("float32", "int", "uint8"), or `np.float32`, ...
   * @param options `{casting, copy, order}`
   * @returns a new array of `dtype` (this array itself with `{copy: false}` and the same dtype)
   * @throws TypeError `data type 'flaot32' not understood`
   * @throws TypeError `Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'`
   * @example
   * np.array([0.2, 0.7, 1.5]).gt(0.5).astype("int64");  // array([0, 1, 1])
   * np.array([1.7, -1.7, 300]).astype(np.uint8);       // array([ 1, 255,  44], dtype=uint8)
   * np.array([0.1, 0.2]).astype("float32");            // array([0.1, 0.2], dtype=float32)
   */
  astype(dtype: DTypeLike, options?: { order?: OrderOptions["order"]; casting?: Casting; copy?: boolean }): NDArray;
  astype(...args: unknown[]): NDArray {
    const { dtype, order, casting, copy } = bindArgs(ASTYPE_SIG, args);
    const target = resolveDType(dtype);
    const rule = casting === undefined ? "unsafe" : toCasting(casting);
    if (!canCast(this.dtype, target, rule)) {
      throw new TypeError(`Cannot cast array data from ${dtypeText(this.dtype)} to ${dtypeText(target)} according to the rule '${rule}'`);
    }
    const chosen = layoutOrder(this, order, "K");
    if (copy === false && target === this.dtype && chosen === "K") return this;
    const strides = chosen === "K" ? kOrderStrides(this.shape, [this.strides]) : chosen === "F" ? fortranStrides(this.shape) : contiguousStrides(this.shape);
    return this.copyAs(target, strides);
  }

  /**
   * A new array with the same elements (NumPy's `a.copy()`), C-contiguous unless `{order}` says
   * "F" (column-major), "K" (this array's memory order) or "A".
   * @param options keyword arguments `{order, shape}`
   * @example
   * const b = a.copy();  // changing b leaves a alone;
   */
  copy(options?: OrderOptions | OrderOptions["order"]): NDArray {
    const order = typeof options === "string" ? options : options?.order;
    if (typeof options !== "string") checkOptions("copy", options, ["order"]);
    const chosen = layoutOrder(this, order, "C");
    const strides = chosen === "F" ? fortranStrides(this.shape) : chosen === "K" ? kOrderStrides(this.shape, [this.strides]) : contiguousStrides(this.shape);
    return this.copyAs(this.dtype, strides);
  }

  private copyAs(dtype: DType, strides: number[]): NDArray {
    const out = new NDArray(allocateUnfilled(dtype, this.size), this.shape, dtype, strides);
    copyInto(out, this);
    return out;
  }

  /**
   * The elements as nested JS arrays (NumPy's `a.tolist()`): numbers, or booleans for a bool array.
   * A 0-d array gives its single value.
   * @example
   * np.array([[1, 2], [3, 4]]).tolist();  // [ [ 1, 2 ], [ 3, 4 ] ]
   */
  tolist(): NestedList {
    const build = (axis: number, offset: number): NestedList => {
      if (axis === this.ndim) return this.dtype === "bool" ? this.data[offset] !== 0 : this.data[offset];
      const out: NestedList[] = [];
      for (let i = 0; i < this.shape[axis]; i++) out.push(build(axis + 1, offset + i * this.strides[axis]));
      return out;
    };
    return build(0, this.offset);
  }

  /**
   * One element as a JS number (NumPy's `a.item()`): with no argument the array must have one
   * element; with one integer it is a flat C-order index; with several, one index per axis.
   * Bool arrays give 1 or 0.
   * @param index a flat index, or one index per axis; none for an array of one element
   * @throws ValueError `can only convert an array of size 1 to a Python scalar`
   * @example
   * np.array([[1, 2], [3, 4]]).item(1, 0);  // 3
   * np.array([7]).item();  // 7
   */
  item(...index: number[]): number {
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
      return this.data[this.offset];
    }
    if (index.length === 1 && this.ndim !== 1) {
      const size = this.size;
      let flat = checkIndex(index[0], size, 0);
      let offset = this.offset;
      for (let axis = this.ndim - 1; axis >= 0; axis--) {
        offset += (flat % this.shape[axis]) * this.strides[axis];
        flat = Math.floor(flat / this.shape[axis]);
      }
      return this.data[offset];
    }
    return this.get(...index);
  }

  /**
   * The element at one integer index per axis, negative counting from the end
   * (NumPy's `a[i, j]` with integers). Bool arrays give 1 or 0.
   *
   * @param indices one integer index per axis (negative counts from the end)
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.get(0, 1);   // 2
   * a.get(-1, -1); // 4
   * @throws IndexError `index 5 is out of bounds for axis 0 with size 2`
   */
  get(...indices: number[]): number {
    if (indices.length !== this.ndim) {
      if (indices.length > this.ndim) {
        throw new IndexError(`too many indices for array: array is ${this.ndim}-dimensional, but ${indices.length} were indexed`);
      }
      throw new IndexError(
        `get() takes one integer per axis (${this.ndim} for this array, ${indices.length} given); use slice() to take sub-arrays`,
      );
    }
    let offset = this.offset;
    for (let axis = 0; axis < indices.length; axis++) {
      offset += checkIndex(indices[axis], this.shape[axis], axis) * this.strides[axis];
    }
    return this.data[offset];
  }

  /**
   * Selects part of the array, NumPy's `a[...]`. Each argument indexes one axis:
   * - a slice string such as `":"`, `"1:"`, `"0:5"`, `"::-1"`, `"1:-1:2"` (a view);
   * - an integer, which selects one position and drops the axis (a view);
   * - `np.newaxis` (`null`), which inserts a length-1 axis; `"..."` stands for all remaining axes;
   * - a boolean mask array, or an integer array / list of integers (a copy, NumPy's
   *   "advanced indexing").
   *
   * @param indices one index per axis: a number, a `"start:stop:step"` string, `null` (a new axis), a bool mask or a list of indices
   * @example
   * const data = np.arange(12).reshape(4, 3);
   * data.slice(":", 0);            // data[:, 0]     -> array([0., 3., 6., 9.])
   * data.slice("0:2");             // data[0:2]      -> the first two rows
   * data.slice("::-1");            // data[::-1]     -> rows reversed
   * data.slice(data.gt(6));        // data[data > 6] -> array([ 7.,  8.,  9., 10., 11.])
   * data.slice([0, 2], null);      // data[[0, 2], None]
   */
  slice(...indices: Index[]): NDArray {
    return getIndexed(this, indices);
  }

  /**
   * Assigns to part of the array in place, NumPy's `a[...] = value`; the index arguments come
   * first (any form `slice` takes), the value last. The value broadcasts to the selection.
   *
   * @param args the indices (as for `slice`), then the value to store, broadcast to the selection
   * @example
   * const a = np.zeros([2, 3]);
   * a.set(0, ":", 1);          // a[0, :] = 1
   * a.set(a.lt(0.5), 7);       // a[a < 0.5] = 7
   * a.set(5);                  // a[...] = 5
   */
  set(...args: [...indices: Index[], value: ArrayLike]): this {
    const value = args[args.length - 1] as ArrayLike;
    setIndexed(this, args.slice(0, -1) as Index[], value);
    return this;
  }

  /**
   * Sets every element to `value`, in place (NumPy's `a.fill(value)`), converted to the array's
   * dtype as NumPy converts a Python number.
   * @param value the number every element becomes
   * @throws OverflowError `Python integer 300 out of bounds for uint8`
   * @example
   * const z = np.zeros(3);
   * z.fill(7);  // array([7., 7., 7.])
   * z;  // array([7., 7., 7.])
   */
  fill(value: Scalar): this {
    copyInto(this, asarray(value, this.dtype));
    return this;
  }

  // ---- element-wise (see the functions of the same names for details) -------------------------

  /**
   * `this + other`, broadcasting (NumPy's `np.add`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).add(2);  // array([3., 4., 5.])
   */
  add(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.add(this, other, options);
  }
  /**
   * `this - other`, broadcasting (NumPy's `np.subtract`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).sub(2);  // array([-1.,  0.,  1.])
   */
  sub(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.subtract(this, other, options);
  }
  /**
   * `this * other`, element-wise, broadcasting (NumPy's `np.multiply`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).mul(2);  // array([2., 4., 6.])
   */
  mul(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.multiply(this, other, options);
  }
  /**
   * `this / other`, true division, broadcasting (NumPy's `np.divide`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).div(2);  // array([0.5, 1. , 1.5])
   */
  div(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.divide(this, other, options);
  }
  /**
   * `this ** other`, element-wise (NumPy's `np.power`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).pow(2);  // array([1., 4., 9.])
   */
  pow(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.power(this, other, options);
  }
  /**
   * `-this` (NumPy's `np.negative`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, -2]).neg();  // array([-1.,  2.])
   */
  neg(options?: UfuncOptions): NDArray {
    return arith.negative(this, options);
  }
  /**
   * `this - other`, broadcasting (NumPy's `np.subtract`); the same as `sub`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).subtract(2);  // array([-1.,  0.,  1.])
   */
  subtract(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.subtract(this, other, options);
  }
  /**
   * `this * other`, element-wise, broadcasting (NumPy's `np.multiply`); the same as `mul`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).multiply(2);  // array([2., 4., 6.])
   */
  multiply(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.multiply(this, other, options);
  }
  /**
   * `this / other`, true division, broadcasting (NumPy's `np.divide`); the same as `div`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).divide(2);  // array([0.5, 1. , 1.5])
   */
  divide(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.divide(this, other, options);
  }
  /**
   * `this ** other`, element-wise (NumPy's `np.power`); the same as `pow`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).power(2);  // array([1., 4., 9.])
   */
  power(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.power(this, other, options);
  }
  /**
   * `-this` (NumPy's `np.negative`); the same as `neg`.
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, -2]).negative();  // array([-1.,  2.])
   */
  negative(options?: UfuncOptions): NDArray {
    return arith.negative(this, options);
  }
  /**
   * Element-wise maximum with `other`, NaN propagating (NumPy's `np.maximum`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).maximum(2);  // array([2., 2., 3.])
   */
  maximum(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.maximum(this, other, options);
  }
  /**
   * Element-wise minimum with `other`, NaN propagating (NumPy's `np.minimum`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).minimum(2);  // array([1., 2., 2.])
   */
  minimum(other: ArrayLike, options?: UfuncOptions): NDArray {
    return arith.minimum(this, other, options);
  }
  /**
   * `e ** this` (NumPy's `np.exp`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([0, 1]).exp();  // array([1.        , 2.71828183])
   */
  exp(options?: UfuncOptions): NDArray {
    return math.exp(this, options);
  }
  /**
   * Natural logarithm (NumPy's `np.log`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, Math.E]).log();  // array([0., 1.])
   */
  log(options?: UfuncOptions): NDArray {
    return math.log(this, options);
  }
  /**
   * Square root (NumPy's `np.sqrt`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 4, 9]).sqrt();  // array([1., 2., 3.])
   */
  sqrt(options?: UfuncOptions): NDArray {
    return math.sqrt(this, options);
  }
  /**
   * Absolute value (NumPy's `np.abs`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([-1.5, 2]).abs();  // array([1.5, 2. ])
   */
  abs(options?: UfuncOptions): NDArray {
    return math.abs(this, options);
  }
  /**
   * Hyperbolic tangent (NumPy's `np.tanh`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([0, 1]).tanh();  // array([0.        , 0.76159416])
   */
  tanh(options?: UfuncOptions): NDArray {
    return math.tanh(this, options);
  }
  /**
   * Limits values to `[min, max]` (NumPy's `a.clip(min, max)`); `null` or left out leaves a side
   * open; the bounds may be given by name: `a.clip({min: 0})`. See `np.clip`.
   * @param options keyword arguments `{min, max, out}`
   * @example
   * np.array([-2, 0.5, 3]).clip(0, 1);     // array([0. , 0.5, 1. ])
   * np.array([-2, 0.5, 3]).clip({max: 1}); // array([-2. ,  0.5,  1. ])
   */
  clip(options?: { min?: ArrayLike | null; max?: ArrayLike | null; out?: NDArray }): NDArray;
  clip(min: ArrayLike | null, max?: ArrayLike | null, options?: UfuncOptions): NDArray;
  clip(...args: unknown[]): NDArray {
    return math.clipMethod(this, args);
  }
  /**
   * `this > other` as a bool array (NumPy's `np.greater`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).gt(2);  // array([False, False,  True])
   */
  gt(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.greater(this, other, options);
  }
  /**
   * `this >= other` as a bool array (NumPy's `np.greater_equal`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).ge(2);  // array([False,  True,  True])
   */
  ge(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.greater_equal(this, other, options);
  }
  /**
   * `this < other` as a bool array (NumPy's `np.less`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).lt(2);  // array([ True, False, False])
   */
  lt(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.less(this, other, options);
  }
  /**
   * `this <= other` as a bool array (NumPy's `np.less_equal`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).le(2);  // array([ True,  True, False])
   */
  le(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.less_equal(this, other, options);
  }
  /**
   * `this == other` as a bool array (NumPy's `np.equal`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).eq(2);  // array([False,  True, False])
   */
  eq(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.equal(this, other, options);
  }
  /**
   * `this != other` as a bool array (NumPy's `np.not_equal`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).ne(2);  // array([ True, False,  True])
   */
  ne(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.not_equal(this, other, options);
  }
  /**
   * `this > other` as a bool array (NumPy's `np.greater`); the same as `gt`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).greater(2);  // array([False, False,  True])
   */
  greater(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.greater(this, other, options);
  }
  /**
   * `this >= other` as a bool array (NumPy's `np.greater_equal`); the same as `ge`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).greater_equal(2);  // array([False,  True,  True])
   */
  greater_equal(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.greater_equal(this, other, options);
  }
  /**
   * `this < other` as a bool array (NumPy's `np.less`); the same as `lt`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).less(2);  // array([ True, False, False])
   */
  less(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.less(this, other, options);
  }
  /**
   * `this <= other` as a bool array (NumPy's `np.less_equal`); the same as `le`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).less_equal(2);  // array([ True,  True, False])
   */
  less_equal(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.less_equal(this, other, options);
  }
  /**
   * `this == other` as a bool array (NumPy's `np.equal`); the same as `eq`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).equal(2);  // array([False,  True, False])
   */
  equal(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.equal(this, other, options);
  }
  /**
   * `this != other` as a bool array (NumPy's `np.not_equal`); the same as `ne`.
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([1, 2, 3]).not_equal(2);  // array([ True, False,  True])
   */
  not_equal(other: ArrayLike, options?: UfuncOptions): NDArray {
    return compare.not_equal(this, other, options);
  }
  /**
   * Element-wise `this AND other` (NumPy's `np.logical_and`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([true, true, false]).logical_and(np.array([true, false, false]));  // array([ True, False, False])
   */
  logical_and(other: ArrayLike, options?: UfuncOptions): NDArray {
    return logical.logical_and(this, other, options);
  }
  /**
   * Element-wise `this OR other` (NumPy's `np.logical_or`).
   * @param other the other operand: an array, a number or a nested list (broadcasts against this array)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([true, true, false]).logical_or(np.array([true, false, false]));  // array([ True,  True, False])
   */
  logical_or(other: ArrayLike, options?: UfuncOptions): NDArray {
    return logical.logical_or(this, other, options);
  }
  /**
   * Element-wise `NOT this` (NumPy's `np.logical_not`).
   * @param options keyword arguments `{out}`
   * @example
   * np.array([true, false]).logical_not();  // array([False,  True])
   */
  logical_not(options?: UfuncOptions): NDArray {
    return logical.logical_not(this, options);
  }

  // ---- reductions (see the functions of the same names) -------------------------------------

  /**
   * Sum of the elements, over all or some axes (NumPy's `a.sum(axis, dtype, keepdims)`).
   * @param options keyword arguments `{axis, dtype, keepdims}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.sum();  // 10
   * a.sum({axis: 0});  // array([4., 6.])
   */
  sum(options?: reduce.ToScalar & { dtype?: DTypeLike | null }): number;
  sum(options: reduce.ToArray<SumOptions>): NDArray;
  sum(axis: reduce.AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
  sum(options?: SumOptions): NDArray | number;
  sum(...args: unknown[]): NDArray | number {
    return (reduce.sum as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Arithmetic mean (NumPy's `a.mean(axis, dtype, keepdims)`).
   * @param options keyword arguments `{axis, dtype, keepdims}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.mean();  // 2.5
   * a.mean({axis: 1});  // array([1.5, 3.5])
   */
  mean(options?: reduce.ToScalar & { dtype?: DTypeLike | null }): number;
  mean(options: reduce.ToArray<SumOptions>): NDArray;
  mean(axis: reduce.AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
  mean(options?: SumOptions): NDArray | number;
  mean(...args: unknown[]): NDArray | number {
    return (reduce.mean as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Largest element, NaN if any is NaN (NumPy's `a.max(axis, keepdims)`).
   * @param options keyword arguments `{axis, keepdims}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.max();  // 4
   * a.max({axis: 0});  // array([3., 4.])
   */
  max(options?: reduce.ToScalar): number;
  max(options: reduce.ToArray<ReduceOptions>): NDArray;
  max(axis: reduce.AxisArg, options?: { keepdims?: boolean }): NDArray;
  max(options?: ReduceOptions): NDArray | number;
  max(...args: unknown[]): NDArray | number {
    return (reduce.max as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Smallest element, NaN if any is NaN (NumPy's `a.min(axis, keepdims)`).
   * @param options keyword arguments `{axis, keepdims}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.min();  // 1
   * a.min({axis: 1, keepdims: true});  // array([[1.], [3.]])
   */
  min(options?: reduce.ToScalar): number;
  min(options: reduce.ToArray<ReduceOptions>): NDArray;
  min(axis: reduce.AxisArg, options?: { keepdims?: boolean }): NDArray;
  min(options?: ReduceOptions): NDArray | number;
  min(...args: unknown[]): NDArray | number {
    return (reduce.min as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Product of the elements (NumPy's `a.prod(axis, dtype, keepdims)`).
   * @param options keyword arguments `{axis, dtype, keepdims}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.prod();  // 24
   * a.prod({axis: 0});  // array([3., 8.])
   */
  prod(options?: reduce.ToScalar & { dtype?: DTypeLike | null }): number;
  prod(options: reduce.ToArray<SumOptions>): NDArray;
  prod(axis: reduce.AxisArg, options?: { keepdims?: boolean; dtype?: DTypeLike | null }): NDArray;
  prod(options?: SumOptions): NDArray | number;
  prod(...args: unknown[]): NDArray | number {
    return (reduce.prod as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Standard deviation (NumPy's `a.std(axis, keepdims, ddof)`).
   * @param options keyword arguments `{axis, dtype, keepdims, ddof}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.std();  // 1.118033988749895
   * a.std({axis: 0});  // array([1., 1.])
   */
  std(options?: reduce.ToScalar & { ddof?: number; dtype?: DTypeLike | null }): number;
  std(options: reduce.ToArray<StatOptions>): NDArray;
  std(axis: reduce.AxisArg, options?: { keepdims?: boolean; ddof?: number; dtype?: DTypeLike | null }): NDArray;
  std(options?: StatOptions): NDArray | number;
  std(...args: unknown[]): NDArray | number {
    return (reduce.std as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Variance (NumPy's `a.var(axis, keepdims, ddof)`).
   * @param options keyword arguments `{axis, dtype, keepdims, ddof}`
   * @example
   * const a = np.array([[1, 2], [3, 4]]);
   * a.var();  // 1.25
   * a.var({axis: 0, ddof: 1});  // array([2., 2.])
   */
  var(options?: reduce.ToScalar & { ddof?: number; dtype?: DTypeLike | null }): number;
  var(options: reduce.ToArray<StatOptions>): NDArray;
  var(axis: reduce.AxisArg, options?: { keepdims?: boolean; ddof?: number; dtype?: DTypeLike | null }): NDArray;
  var(options?: StatOptions): NDArray | number;
  var(...args: unknown[]): NDArray | number {
    return (reduce.var as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Index of the largest element, of the flattened array or along an axis (NumPy's `a.argmax`).
   * @param options keyword arguments `{axis, keepdims}`
   * @example
   * const s = np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]]);
   * s.argmax();  // 1
   * s.argmax({axis: 1});  // array([1, 0])
   */
  argmax(options?: { axis?: null; keepdims?: false }): number;
  argmax(options: reduce.ArgOptions & ({ axis: number } | { keepdims: true })): NDArray;
  argmax(axis: number, options?: { keepdims?: boolean }): NDArray;
  argmax(options?: reduce.ArgOptions): NDArray | number;
  argmax(...args: unknown[]): NDArray | number {
    return (reduce.argmax as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Index of the smallest element (NumPy's `a.argmin`).
   * @param options keyword arguments `{axis, keepdims}`
   * @example
   * const s = np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]]);
   * s.argmin();  // 0
   * s.argmin({axis: 1});  // array([0, 2])
   */
  argmin(options?: { axis?: null; keepdims?: false }): number;
  argmin(options: reduce.ArgOptions & ({ axis: number } | { keepdims: true })): NDArray;
  argmin(axis: number, options?: { keepdims?: boolean }): NDArray;
  argmin(options?: reduce.ArgOptions): NDArray | number;
  argmin(...args: unknown[]): NDArray | number {
    return (reduce.argmin as (...a: unknown[]) => NDArray | number)(this, ...args);
  }
  /**
   * Whether every element is non-zero / true (NumPy's `a.all`).
   * @param options keyword arguments `{axis, keepdims}`
   * @example
   * np.array([1, 0, 2]).all();  // false
   * np.array([[1, 0], [1, 1]]).all({axis: 1});  // array([False,  True])
   */
  all(options?: reduce.ToScalar): boolean;
  all(options: reduce.ToArray<ReduceOptions>): NDArray;
  all(axis: reduce.AxisArg, options?: { keepdims?: boolean }): NDArray;
  all(options?: ReduceOptions): NDArray | boolean;
  all(...args: unknown[]): NDArray | boolean {
    return (reduce.all as (...a: unknown[]) => NDArray | boolean)(this, ...args);
  }
  /**
   * Whether any element is non-zero / true (NumPy's `a.any`).
   * @param options keyword arguments `{axis, keepdims}`
   * @example
   * np.array([0, 0, 2]).any();  // true
   * np.array([[1, 0], [0, 0]]).any({axis: 1});  // array([ True, False])
   */
  any(options?: reduce.ToScalar): boolean;
  any(options: reduce.ToArray<ReduceOptions>): NDArray;
  any(axis: reduce.AxisArg, options?: { keepdims?: boolean }): NDArray;
  any(options?: ReduceOptions): NDArray | boolean;
  any(...args: unknown[]): NDArray | boolean {
    return (reduce.any as (...a: unknown[]) => NDArray | boolean)(this, ...args);
  }

  // ---- sorting, running totals, rearranging (see the functions of the same names) -----------

  /**
   * Sorts the array in place along `axis` (default -1, the last), as NumPy's `a.sort()` does;
   * returns nothing (use `np.sort(a)` for a sorted copy). The sort is stable.
   * @param axis the axis to sort along (default -1, the last; `null` sorts the flattened array)
   * @param kind NumPy's sorting algorithm ("quicksort", "mergesort", "heapsort", "stable"); numts sorts stably for every kind, with NumPy's results
   * @param options keyword arguments `{axis, kind, stable}`
   * @example
   * const a = np.array([3, 1, 2]);
   * a.sort();  // a is now array([1., 2., 3.])
   */
  sort(axis?: number | sort.SortOptions, kind?: sort.SortOptions["kind"] | sort.SortOptions, options?: sort.SortOptions): void;
  sort(...args: unknown[]): void {
    sort.sortInPlace(this, args);
  }
  /**
   * The indices that sort the array along `axis` (NumPy's `a.argsort()`; see `np.argsort`).
   * @param axis the axis to sort along (default -1, the last; `null`: the flattened array)
   * @param kind NumPy's sorting algorithm ("quicksort", "mergesort", "heapsort", "stable"); numts sorts stably for every kind, with NumPy's results
   * @param options keyword arguments `{axis, kind, stable}`
   * @example
   * np.array([3, 1, 2]).argsort();  // array([1, 2, 0])
   */
  argsort(axis?: number | null | sort.SortOptions, kind?: sort.SortOptions["kind"] | sort.SortOptions, options?: sort.SortOptions): NDArray;
  argsort(...args: unknown[]): NDArray {
    return (sort.argsort as (...a: unknown[]) => NDArray)(this, ...args);
  }
  /**
   * Cumulative sum, flat or along `axis` (NumPy's `a.cumsum()`; see `np.cumsum`).
   * @param axis the axis to accumulate along (default: the flattened array), or `{axis, dtype}`
   * @param options keyword arguments `{axis, dtype}`
   * @example
   * np.array([1, 2, 3]).cumsum();  // array([1., 3., 6.])
   * np.array([[1, 2], [3, 4]]).cumsum(0);  // array([[1., 2.], [4., 6.]])
   */
  cumsum(axis?: number | null | cumulative.CumulativeOptions, options?: cumulative.CumulativeOptions): NDArray;
  cumsum(...args: unknown[]): NDArray {
    return (cumulative.cumsum as (...a: unknown[]) => NDArray)(this, ...args);
  }
  /**
   * Cumulative product, flat or along `axis` (NumPy's `a.cumprod()`; see `np.cumprod`).
   * @param axis the axis to accumulate along (default: the flattened array), or `{axis, dtype}`
   * @param options keyword arguments `{axis, dtype}`
   * @example
   * np.array([1, 2, 3, 4]).cumprod();  // array([ 1.,  2.,  6., 24.])
   */
  cumprod(axis?: number | null | cumulative.CumulativeOptions, options?: cumulative.CumulativeOptions): NDArray;
  cumprod(...args: unknown[]): NDArray {
    return (cumulative.cumprod as (...a: unknown[]) => NDArray)(this, ...args);
  }
  /**
   * Each element repeated, flat or along `axis` (NumPy's `a.repeat()`; see `np.repeat`).
   * @param repeats how many times each element is repeated: a number, or one per element
   * @param axis the axis along which to repeat (default: the flattened array)
   * @example
   * np.array([1, 2]).repeat(2);  // array([1., 1., 2., 2.])
   */
  repeat(repeats: number | readonly number[] | NDArray, axis?: number | null | { axis?: number | null }): NDArray;
  repeat(...args: unknown[]): NDArray {
    return (shapes.repeat as (...a: unknown[]) => NDArray)(this, ...args);
  }
  /**
   * Rounded to `decimals` places, halves to even (NumPy's `a.round()`; see `np.round`).
   * @param decimals how many decimal places (default 0; negative rounds to tens, hundreds, ...)
   * @param options keyword arguments `{out}`
   * @example
   * np.array([0.125, 2.5, 3.5]).round();  // array([0., 2., 4.])
   * np.array([0.125, 1.675]).round(2);  // array([0.12, 1.68])
   */
  round(decimals?: number | { decimals?: number; out?: NDArray }, options?: { out?: NDArray }): NDArray;
  round(...args: unknown[]): NDArray {
    return (float.round as (...a: unknown[]) => NDArray)(this, ...args);
  }
  /**
   * The indices of the non-zero elements, one int64 array per axis (NumPy's `a.nonzero()`).
   * @example
   * np.array([0, 3, 0, 5]).nonzero();  // [ array([1, 3]) ]
   */
  nonzero(): NDArray[] {
    return nonzero(this.astype("bool"));
  }

  /**
   * Dot product with `other` (NumPy's `a.dot(b)`; see `np.dot`).
   * @param other the other array (see `np.dot`)
   * @example
   * np.array([[1, 2], [3, 4]]).dot(np.array([1, 1]));  // array([3., 7.])
   */
  dot(other: ArrayLike): NDArray | number {
    return linalg.dot(this, other);
  }

  // ---- printing -----------------------------------------------------------------------------

  /**
   * NumPy's `str(a)`: `[[1. 2.]\n [3. 4.]]`.
   * @example
   * String(np.array([0.5, 1, 2]));  // '[0.5 1.  2. ]'
   */
  toString(): string {
    return arrayStr(this);
  }

  /**
   * How JavaScript's operators see an array. A 0-d array (what `np.float32(0.5)`, `np.int64(3)`
   * give: numts's NumPy scalars) is its number, so `np.float64(3) + 1` is 4 as in Python. Any
   * other array is its text where a string is wanted (`"W = " + W`), and an error where a number
   * is (`W * 2`): JavaScript's operators are not element-wise, numts's functions are.
   * @throws TypeError `only 0-d arrays can be used as JavaScript numbers: ...`
   */
  [Symbol.toPrimitive](hint: "number" | "string" | "default"): number | string {
    if (this.ndim === 0 && hint !== "string") return this.data[this.offset];
    if (hint === "number") {
      throw new TypeError(
        `only 0-d arrays can be used as JavaScript numbers (this one has shape (${this.shape.join(",")}${this.ndim === 1 ? "," : ""})): ` +
          "JavaScript's +, -, *, / are not element-wise; use np.add, np.subtract, np.multiply, np.divide (or a.add(b), ...), or a.item() for one element",
      );
    }
    return this.toString();
  }

  /** NumPy's `repr(a)`, which Node's `util.inspect` (and so `console.log`) shows. */
  [inspectSymbol](): string {
    return arrayRepr(this);
  }

  /**
   * JSON of an array is its nested list, as `tolist()` gives.
   * @example
   * JSON.stringify(np.array([[1, 2], [3, 4]]));  // '[[1,2],[3,4]]'
   */
  toJSON(): NestedList {
    return this.tolist();
  }
}

/** The `order` keyword of reshape, ravel, flatten and copy (NumPy's memory orders). */
export interface OrderOptions {
  /** "C" row-major, "F" column-major, "A" F if the array is F-contiguous (and not C), "K" memory order. */
  order?: "C" | "F" | "A" | "K";
  /** The new shape, for `reshape` (NumPy's keyword). */
  shape?: number | readonly number[];
}

/** The order NumPy's `order` argument comes to for `a`: "A" resolves to "F" or "C"; "K" stays. */
function layoutOrder(a: NDArray, order: unknown, fallback: "C" | "K"): "C" | "F" | "K" {
  const o = order ?? fallback;
  if (o === "C" || o === "F" || o === "K") return o;
  if (o === "A") return !a.isContiguous && a.transpose().isContiguous ? "F" : "C";
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(o)}')`);
}

/** A new shape with its `-1` resolved, checked against the array's size (NumPy's messages). */
function resolveShape(requested: readonly number[], size: number): number[] {
  let unknown = -1;
  let known = 1;
  requested.forEach((n, axis) => {
    if (n === -1) {
      if (unknown >= 0) throw new ValueError("can only specify one unknown dimension");
      unknown = axis;
    } else if (!Number.isInteger(n) || n < 0) {
      throw new ValueError(n < 0 ? "negative dimensions are not allowed" : `'${n}' is not a valid dimension: dimensions are whole numbers`);
    } else {
      known *= n;
    }
  });
  const shape = [...requested];
  if (unknown >= 0 && known !== 0 && size % known === 0) {
    shape[unknown] = size / known;
  } else if (unknown >= 0 || known !== size) {
    throw new ValueError(`cannot reshape array of size ${size} into shape ${reshapeStr(requested)}`);
  }
  return shape;
}

/**
 * A requested shape as NumPy's reshape error prints it: no spaces, an unknown axis shown as
 * `newaxis`, and (a quirk kept for fidelity) a leading unknown axis left out: `(4)` for `(-1, 4)`.
 */
function reshapeStr(requested: readonly number[]): string {
  const parts = requested.map((n) => (n === -1 ? "newaxis" : String(n)));
  if (parts[0] === "newaxis") parts.shift();
  else if (parts.length === 1) parts[0] += ",";
  return `(${parts.join(",")})`;
}

/** An integer index checked against an axis length, negative counting from the end. */
export function checkIndex(index: number, length: number, axis: number): number {
  if (!Number.isInteger(index)) {
    throw new IndexError(
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
    );
  }
  if (index < -length || index >= length) {
    throw new IndexError(`index ${index} is out of bounds for axis ${axis} with size ${length}`);
  }
  return index < 0 ? index + length : index;
}

/**
 * A row of copyInto for float64 (the lessons' copies, such as dot's of a transposed operand): on
 * its own so that V8 compiles it for Float64Array alone; copyInto's own loop sees every dtype's
 * typed arrays and reads and writes them several times slower.
 */
function copyRow64(d: Float64Array, di: number, dStep: number, s: Float64Array, si: number, sStep: number, n: number): void {
  for (let k = 0; k < n; k++, di += dStep, si += sStep) d[di] = s[si];
}

/**
 * Copies `src` into `dst` element by element, broadcasting `src` to `dst`'s shape and casting
 * to `dst`'s dtype as `astype` does (NumPy's `dst[...] = src`). `src` may overlap `dst`: it is
 * copied first then.
 */
export function copyInto(dst: NDArray, src: NDArray): void {
  const fits = src.ndim <= dst.ndim && src.shape.every((n, i) => n === 1 || n === dst.shape[dst.ndim - src.ndim + i]);
  if (!fits) {
    throw new ValueError(`could not broadcast input array from shape ${compactShapeStr(src.shape)} into shape ${compactShapeStr(dst.shape)}`);
  }
  if (src.data === dst.data && src !== dst) src = src.copy();
  const { shape, strides } = coalesce(dst.shape, [dst.strides, broadcastStrides(src.shape, src.strides, dst.shape)]);
  const [ds, ss] = strides;
  const d = dst.data;
  const s = src.data;
  const offsets = [dst.offset, src.offset];
  const last = shape.length - 1;
  const dStep = last >= 0 ? ds[last] : 0;
  const sStep = last >= 0 ? ss[last] : 0;
  const cast = castFunction(src.dtype, dst.dtype);
  if (cast === undefined && d instanceof Float64Array && s instanceof Float64Array) {
    forEachRow(shape, strides, offsets, (length) => copyRow64(d, offsets[0], dStep, s, offsets[1], sStep, length));
    return;
  }
  forEachRow(shape, strides, offsets, (length) => {
    let di = offsets[0];
    let si = offsets[1];
    if (cast !== undefined) {
      for (let k = 0; k < length; k++, di += dStep, si += sStep) d[di] = cast(s[si]);
    } else {
      for (let k = 0; k < length; k++, di += dStep, si += sStep) d[di] = s[si];
    }
  });
}
