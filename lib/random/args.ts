// Python's way of passing arguments, for np.random: positional arguments first, then NumPy's
// keyword arguments as one trailing options object (`np.random.normal(0, 1, {size: 3})` for
// `np.random.normal(0, 1, size=3)`). Mistakes get Python's TypeErrors, so an option numts does
// not know is never silently ignored.
import { bindList, isOptions } from "../core/args";
import { TypeError, ValueError } from "../core/errors";
import type { ArrayLike } from "../core/convert";

/** An output size: a length or a shape, like NumPy's `size=`. */
export type Size = number | readonly number[];

/** One positional argument of an np.random function: a parameter, a size, a dtype name or None. */
export type Arg = ArrayLike | string | null | undefined;

/**
 * The values of a call's parameters, in the order of `params`, bound as Python binds
 * `name(*positional, **options)` (lib/core/args.ts), with the TypeErrors in Cython's words as
 * NumPy's np.random gives them: `binomial() takes at least 2 positional arguments (1 given)`.
 */
export function bind(name: string, params: readonly string[], required: number, args: readonly unknown[]): unknown[] {
  return bindList({ name, params, required, messages: "cython" }, args);
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
