// Python's way of passing arguments, for np.random: positional arguments first, then NumPy's
// keyword arguments as one trailing options object (`np.random.normal(0, 1, {size: 3})` for
// `np.random.normal(0, 1, size=3)`). Mistakes get Python's TypeErrors, so an option numts does
// not know is never silently ignored.
//
// (A small helper local to np.random; lib/core is getting a shared one for the whole library.)
import { TypeError, ValueError } from "../core/errors";
import type { ArrayLike } from "../core/convert";

/** An output size: a length or a shape, like NumPy's `size=`. */
export type Size = number | readonly number[];

/** One positional argument of an np.random function: a parameter, a size, a dtype name or None. */
export type Arg = ArrayLike | string | null | undefined;

/** Whether `x` is an options object (a plain `{...}`), not an array, an NDArray or a number. */
export function isOptions(x: unknown): x is Readonly<Record<string, unknown>> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function count(n: number): string {
  return `${n} positional argument${n === 1 ? "" : "s"}`;
}

/**
 * The values of a call's parameters, in the order of `params`, as Python binds
 * `name(*positional, **options)`: `undefined` for a parameter left out. The first `required`
 * parameters must be given (positionally or by name).
 * @throws TypeError as Python's: too many positional arguments, an unknown option, an argument
 * given twice, a required one missing
 */
export function bind(name: string, params: readonly string[], required: number, args: readonly unknown[]): unknown[] {
  let positional = args.length;
  const options = positional > 0 && isOptions(args[positional - 1]) ? args[--positional] : null;
  if (positional > params.length) {
    throw new TypeError(`${name}() takes ${required === params.length ? "exactly" : "at most"} ${count(params.length)} (${positional} given)`);
  }
  const values: unknown[] = args.slice(0, positional);
  values.length = params.length;
  if (options !== null) {
    for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
      const i = params.indexOf(key);
      if (i < 0) throw new TypeError(`${name}() got an unexpected keyword argument '${key}'`);
      if (value === undefined) continue;
      if (values[i] !== undefined) throw new TypeError(`${name}() got multiple values for keyword argument '${key}'`);
      values[i] = value;
    }
  }
  for (let i = 0; i < required; i++) {
    if (values[i] === undefined) {
      throw new TypeError(`${name}() takes ${required === params.length ? "exactly" : "at least"} ${count(required)} (${i} given)`);
    }
  }
  return values;
}

/** A `size` argument as a shape, or null for none (NumPy's errors for bad sizes). */
export function shapeOf(size: unknown): number[] | null {
  if (size === undefined || size === null) return null;
  const shape = typeof size === "number" ? [size] : Array.isArray(size) ? [...(size as unknown[])] : null;
  if (shape === null || shape.some((n) => typeof n !== "number" || !Number.isInteger(n))) {
    const shown = Array.isArray(size) ? `[${size.join(", ")}]` : String(size);
    throw new TypeError(`expected a sequence of integers or a single integer, got '${shown}'`);
  }
  if ((shape as number[]).some((n) => n < 0)) throw new ValueError("negative dimensions are not allowed");
  return shape as number[];
}

/** Dimensions given one by one, as `rand(d0, d1, ...)` takes them. */
export function dimsOf(name: string, dims: readonly unknown[]): number[] {
  if (dims.length > 0 && isOptions(dims[dims.length - 1])) {
    const key = Object.keys(dims[dims.length - 1] as object)[0];
    if (key !== undefined) throw new TypeError(`${name}() got an unexpected keyword argument '${key}'`);
    dims = dims.slice(0, -1);
  }
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isInteger(d)) throw new TypeError(`'${typeof d === "number" ? "float" : typeof d}' object cannot be interpreted as an integer`);
    if (d < 0) throw new ValueError("negative dimensions are not allowed");
  }
  return dims as number[];
}
