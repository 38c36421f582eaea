// NumPy's printing: str, repr, array2string and print options. The layout code works on any
// ArrayView; the public functions below also accept nested lists, like NumPy's.
import { checkOptions } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { array2string as viewToString, arrayRepr, arrayStr, type Array2StringOptions } from "./array2string";

export { arrayRepr, arrayStr, type Array2StringOptions } from "./array2string";
export { formatPythonFloat } from "./float";
export { get_printoptions, printoptions, set_printoptions, type PrintOptions } from "./options";
import { printoptions } from "./options";

/**
 * An array as text (NumPy's `np.array2string`), with print options for this call only.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{max_line_width, suppress_small, separator, prefix, suffix, precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode}`
 * @example
 * np.array2string(np.array([1.5, 2, 3]), {separator: ", "});  // "[1.5, 2. , 3. ]"
 * np.array2string([Math.PI, Math.E], {precision: 3});          // "[3.142 2.718]"
 */
export function array2string(a: ArrayLike, options?: Array2StringOptions): string {
  return viewToString(asarray(a), options);
}

/** The keyword arguments of `array_str` and `array_repr` (print options for this call). */
export interface ArrayStrOptions {
  /** Characters per line (default: the `linewidth` print option). */
  max_line_width?: number;
  /** Digits after the decimal point (default: the `precision` print option). */
  precision?: number;
  /** Print small numbers as 0 (default: the `suppress` print option). */
  suppress_small?: boolean;
}

function withOptions(name: string, options: ArrayStrOptions | undefined, text: () => string): string {
  checkOptions(name, options, ["max_line_width", "precision", "suppress_small"]);
  if (options === undefined) return text();
  const { max_line_width, precision, suppress_small } = options;
  return printoptions({ linewidth: max_line_width, precision, suppress: suppress_small }, text);
}

/**
 * NumPy's `np.array_str(a)`: the same as `String(a)`, what Python's `print(a)` shows.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{max_line_width, precision, suppress_small}`
 * @example
 * np.array_str(np.array([Math.PI]), {precision: 2});  // "[3.14]"
 */
export function array_str(a: ArrayLike, options?: ArrayStrOptions): string {
  return withOptions("array_str", options, () => arrayStr(asarray(a)));
}

/**
 * NumPy's `np.array_repr(a)`: what a notebook shows for an array, `array([1., 2.])`.
 * @param a the array (an NDArray, a number or a nested list)
 * @param options keyword arguments `{max_line_width, precision, suppress_small}`
 * @example
 * np.array_repr(np.array([1, 2]));  // "array([1., 2.])"
 */
export function array_repr(a: ArrayLike, options?: ArrayStrOptions): string {
  return withOptions("array_repr", options, () => arrayRepr(asarray(a)));
}
