// Shapes, axes and broadcasting: the bookkeeping every op shares.
import { AxisError, TypeError, ValueError } from "./errors";

/** A shape as NumPy prints it: `(3,)`, `(2, 3)`, `()`. */
export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** A shape as NumPy writes it in some messages (reshape, dot, assignment): `(3,)`, `(2,3)`. */
export function compactShapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/** The number of elements of a shape. */
export function shapeSize(shape: readonly number[]): number {
  let size = 1;
  for (const n of shape) size *= n;
  return size;
}

/** NumPy's broadcasting: the shape that arrays of these shapes broadcast to, or NumPy's error. */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  let ndim = 0;
  for (const s of shapes) ndim = Math.max(ndim, s.length);
  const out = new Array<number>(ndim).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const axis = ndim - s.length + i;
      const n = s[i];
      if (n === out[axis] || n === 1) continue;
      if (out[axis] === 1) out[axis] = n;
      else throw new ValueError(`operands could not be broadcast together with shapes ${shapes.map(compactShapeStr).join(" ")} `);
    }
  }
  return out;
}

/**
 * The strides that make an array of `shape`/`strides` read as `target` (a broadcast of it):
 * 0 along new and stretched axes.
 */
export function broadcastStrides(shape: readonly number[], strides: readonly number[], target: readonly number[]): number[] {
  const out = new Array<number>(target.length).fill(0);
  const lead = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) {
    out[lead + i] = shape[i] === 1 ? 0 : strides[i];
  }
  return out;
}

/** A possibly negative axis as an index into `ndim` axes, or NumPy's AxisError message. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** Python's name for the type of a JS value, as NumPy's messages name it. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (Array.isArray(value)) return "tuple";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  return typeof value;
}

/** An argument that must be one integer (an axis, a count), or Python's TypeError. */
export function integerAxis(axis: unknown): number {
  if (typeof axis !== "number" || !Number.isInteger(axis)) throw new TypeError(`'${pythonTypeName(axis)}' object cannot be interpreted as an integer`);
  return axis;
}

/** Axes given as one number or a list, normalised, sorted and checked for repeats. */
export function normalizeAxes(axis: number | readonly number[], ndim: number): number[] {
  const list = typeof axis === "number" ? [axis] : axis;
  const axes = list.map((a) => normalizeAxis(a, ndim)).sort((a, b) => a - b);
  for (let i = 1; i < axes.length; i++) {
    if (axes[i] === axes[i - 1]) throw new ValueError("duplicate value in 'axis'");
  }
  return axes;
}

/**
 * Strides for a new array of `shape` laid out in the memory order of existing operands (NumPy's
 * "K" order): the result of `a.T + 1` is stored column by column, like `a.T`. Where operands
 * disagree, C order wins. This matters beyond speed: later sums visit memory in that order.
 * Follows the insertion sort of NumPy's `npyiter_find_best_axis_ordering`, on absolute strides.
 */
export function kOrderStrides(shape: readonly number[], operandStrides: readonly (readonly number[])[]): number[] {
  const ndim = shape.length;
  // perm lists axes from innermost (fastest-varying) to outermost, starting from C order.
  const perm = Array.from({ length: ndim }, (_, i) => ndim - 1 - i);
  for (let i0 = 1; i0 < ndim; i0++) {
    const axis0 = perm[i0];
    let insertAt = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const axis1 = perm[i1];
      let ambiguous = true;
      let shouldSwap = false;
      for (const strides of operandStrides) {
        const s0 = strides[axis0];
        const s1 = strides[axis1];
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) shouldSwap = false;
          else if (ambiguous) shouldSwap = true;
          ambiguous = false;
        }
      }
      if (ambiguous) continue;
      if (shouldSwap) insertAt = i1;
      else break;
    }
    if (insertAt !== i0) {
      perm.splice(i0, 1);
      perm.splice(insertAt, 0, axis0);
    }
  }
  const strides = new Array<number>(ndim);
  let step = 1;
  for (const axis of perm) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}
