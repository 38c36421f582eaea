// How np.random turns a distribution's parameters and `size` into draws (NumPy's `cont` and
// `disc` in numpy/random/_common.pyx): scalar parameters give one number, or `size` draws with the
// same parameters; array parameters broadcast with each other and with `size`, and the draws are
// made in C order of the result. Parameters are checked first, with NumPy's messages.
import { asarray } from "../core/convert";
import { OverflowError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { broadcastStrides, shapeStr } from "../core/shape";
import { offsetsOf } from "../core/iterate";
import { shapeOf } from "./args";

/** The checks NumPy makes of a parameter (its CONS_* constraints). */
export type Constraint = "none" | "non_negative" | "positive" | "bounded_0_1" | "poisson" | "long";

/** One parameter of a draw: its value, its name in messages, its check, and whether it is an integer (cast as NumPy casts to intp). */
export interface Param {
  readonly value: unknown;
  readonly name: string;
  readonly check: Constraint;
  readonly integer?: boolean;
}

/** The largest mean NumPy accepts for a Poisson draw. */
const POISSON_LAM_MAX = 2 ** 63 - Math.sqrt(2 ** 63) * 10;
const LONG_MAX = 2 ** 63;

const signbit = (v: number): boolean => v < 0 || Object.is(v, -0);

/** NumPy's check_constraint for a scalar parameter. */
function checkScalar(v: number, name: string, check: Constraint): void {
  switch (check) {
    case "non_negative":
      if (!Number.isNaN(v) && signbit(v)) throw new ValueError(`${name} < 0`);
      return;
    case "positive":
      if (v <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case "bounded_0_1":
      if (!(v >= 0) || !(v <= 1)) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case "poisson":
      if (!(v >= 0)) throw new ValueError(`${name} < 0 or ${name} is NaN`);
      if (!(v <= POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      return;
    case "long":
      if (v < 0) throw new ValueError(`${name} < 0`);
      if (v > LONG_MAX) throw new ValueError(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
      return;
  }
}

/** NumPy's check_array_constraint: the same checks over an array, in NumPy's order and words. */
export function checkValues(values: Float64Array, name: string, check: Constraint): void {
  const any = (bad: (v: number) => boolean): boolean => values.some(bad);
  switch (check) {
    case "non_negative":
      if (any((v) => !Number.isNaN(v) && signbit(v))) throw new ValueError(`${name} < 0`);
      return;
    case "positive":
      if (any((v) => v <= 0)) throw new ValueError(`${name} <= 0`);
      return;
    case "bounded_0_1":
      if (any((v) => !(v >= 0) || !(v <= 1))) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "poisson":
      if (any((v) => !(v <= POISSON_LAM_MAX))) throw new ValueError(`${name} value too large`);
      if (any((v) => !(v >= 0))) throw new ValueError(`${name} < 0 or ${name} contains NaNs`);
      return;
    case "long":
      if (any((v) => !(v >= 0))) throw new ValueError(`${name} < 0`);
      if (any((v) => !(v <= LONG_MAX))) throw new ValueError(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
      return;
  }
}

/** A value cast to an integer as NumPy casts to intp: truncated, NaN and infinities refused. */
export function toInteger(v: number): number {
  if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
  return Math.trunc(v) + 0;
}

/** Whether a parameter is a scalar for NumPy: a number, a boolean or a 0-d array. */
export function isScalar(v: unknown): boolean {
  return typeof v === "number" || typeof v === "boolean" || (v instanceof NDArray && v.ndim === 0);
}

/** A scalar parameter's value as a number. */
export function scalarValue(v: unknown): number {
  return v instanceof NDArray ? v.item() : Number(v);
}

/**
 * The shape that arrays of these shapes broadcast to, or NumPy's error naming the first two that
 * do not fit (the message of PyArray_MultiIterNew).
 */
export function broadcastArgs(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let source = -1;
    for (let j = 0; j < shapes.length; j++) {
      const k = i + shapes[j].length - nd;
      if (k < 0) continue;
      const n = shapes[j][k];
      if (n === 1) continue;
      if (out[i] === 1) {
        out[i] = n;
        source = j;
      } else if (out[i] !== n) {
        throw new ValueError(
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between " +
            `arg ${source} with shape ${shapeStr(shapes[source])} and arg ${j} with shape ${shapeStr(shapes[j])}.`,
        );
      }
    }
  }
  return out;
}

/**
 * Where draws with array parameters go: the output shape (`size`, or the arrays' broadcast
 * shape) and, for each array, the offset of its element for each output element in C order.
 * `sizeLast`: the output comes after the parameters in NumPy's broadcast (messages count args so).
 * @throws ValueError NumPy's messages when the shapes do not broadcast or `size` is too small
 */
export function broadcastLayout(size: unknown, arrays: readonly NDArray[], sizeLast = false): { shape: number[]; offsets: Float64Array[] } {
  const shapes = arrays.map((a) => a.shape);
  const shape = shapeOf(size) ?? broadcastArgs(shapes);
  // NumPy's functions list the output before or after the parameters; its messages count so.
  const full = broadcastArgs(sizeLast ? [...shapes, shape] : [shape, ...shapes]);
  if (full.length !== shape.length || full.some((n, i) => n !== shape[i])) {
    throw new ValueError(`Output size ${shapeStr(shape)} is not compatible with broadcast dimensions of inputs ${shapeStr(full)}.`);
  }
  return { shape, offsets: arrays.map((a) => offsetsOf(shape, broadcastStrides(a.shape, a.strides, shape), a.offset)) };
}

/** NumPy's kahan_sum of the first `n` values (0 for none). */
export function kahanSum(values: Float64Array, n: number): number {
  if (n <= 0) return 0;
  let sum = values[0];
  let c = 0;
  for (let i = 1; i < n; i++) {
    const y = values[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** Fills a new array of `shape` with `draw()` (C order). */
export function fill(shape: readonly number[], dtype: "float64" | "int64", draw: () => number): NDArray {
  let n = 1;
  for (const d of shape) n *= d;
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = draw();
  return new NDArray(data, [...shape], dtype);
}

/**
 * Draws from a distribution with up to three parameters, as NumPy's `cont`/`disc`: parameters
 * checked, then one number (scalar parameters, no size), or an array of `size` (or of the
 * parameters' broadcast shape) with `draw` called in C order. `size` is checked after the
 * parameters, as NumPy does.
 */
export function sample(
  size: unknown,
  dtype: "float64" | "int64",
  params: readonly Param[],
  draw: (a: number, b: number, c: number) => number,
  sizeLast = false,
): NDArray | number {
  if (params.every((p) => isScalar(p.value))) {
    const v = params.map((p) => (p.integer ? toInteger(scalarValue(p.value)) : scalarValue(p.value)));
    params.forEach((p, i) => checkScalar(v[i], p.name, p.check));
    const [a, b, c] = v;
    const shape = shapeOf(size);
    if (shape === null) return draw(a, b, c);
    return fill(shape, dtype, () => draw(a, b, c));
  }
  const arrays = params.map((p) => {
    const a = asarray(p.value as never, "float64");
    return p.integer ? new NDArray(a.flatten().data.map(toInteger), a.shape, "float64") : a;
  });
  arrays.forEach((a, i) => checkValues(a.flatten().data as Float64Array, params[i].name, params[i].check));
  const { shape: outShape, offsets } = broadcastLayout(size, arrays, sizeLast);
  const data = arrays.map((a) => a.data);
  const value = (k: number, i: number): number => (k < arrays.length ? data[k][offsets[k][i]] : 0);
  let i = 0;
  return fill(outShape, dtype, () => {
    const r = draw(value(0, i), value(1, i), value(2, i));
    i++;
    return r;
  });
}
