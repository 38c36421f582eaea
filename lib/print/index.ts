// NumPy's printing: str, repr, array2string and print options. The layout code works on any
// ArrayView; the public functions below also accept nested lists, like NumPy's.
import { asarray, type ArrayLike } from "../core/convert";
import { array2string as viewToString, arrayRepr, arrayStr, type Array2StringOptions } from "./array2string";

export { arrayRepr, arrayStr, type Array2StringOptions } from "./array2string";
export { formatPythonFloat } from "./float";
export { get_printoptions, printoptions, set_printoptions, type PrintOptions } from "./options";

/**
 * An array as text (NumPy's `np.array2string`), with print options for this call only.
 *
 * @example
 * np.array2string(np.array([1.5, 2, 3]), {separator: ", "});  // "[1.5, 2. , 3. ]"
 * np.array2string([Math.PI, Math.E], {precision: 3});          // "[3.142 2.718]"
 */
export function array2string(a: ArrayLike, options?: Array2StringOptions): string {
  return viewToString(asarray(a), options);
}

/** NumPy's `np.array_str(a)`: the same as `String(a)`, what Python's `print(a)` shows. */
export function array_str(a: ArrayLike): string {
  return arrayStr(asarray(a));
}

/** NumPy's `np.array_repr(a)`: what a notebook shows for an array, `array([1., 2.])`. */
export function array_repr(a: ArrayLike): string {
  return arrayRepr(asarray(a));
}
