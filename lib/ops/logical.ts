// Logic: logical_and/or/xor/not (non-zero is true, as in NumPy, NaN included) and where.
import { ValueError } from "../core/errors";
import { promoteTypes } from "../core/dtype";
import { asarray, type ArrayLike } from "../core/convert";
import { nonzero } from "../core/indexing";
import type { NDArray } from "../core/ndarray";
import { binaryUfunc, ternaryUfunc, unaryUfunc, type UfuncOptions } from "./elementwise";

const toBool = () => "bool" as const;
// They look only at whether each value is non-zero: any dtype, any number, no range to check.
const truth = { loop: "inputs", checkRange: false } as const;

/**
 * Element-wise AND of truth values (NumPy's `np.logical_and`); non-zero counts as true.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.logical_and(np.array([true, true]), np.array([true, false]));  // array([ True, False])
 */
export const logical_and = binaryUfunc({ name: "logical_and", kernel: (x, y) => x !== 0 && y !== 0, ...truth }, toBool);

/**
 * Element-wise OR of truth values (NumPy's `np.logical_or`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.logical_or(np.array([true, false, false]), np.array([false, false, true]));  // array([ True, False,  True])
 */
export const logical_or = binaryUfunc({ name: "logical_or", kernel: (x, y) => x !== 0 || y !== 0, ...truth }, toBool);

/**
 * Element-wise XOR of truth values (NumPy's `np.logical_xor`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.logical_xor(np.array([true, true, false]), np.array([true, false, false]));  // array([False,  True, False])
 */
export const logical_xor = binaryUfunc({ name: "logical_xor", kernel: (x, y) => (x !== 0) !== (y !== 0), ...truth }, toBool);

/**
 * Element-wise NOT (NumPy's `np.logical_not`, Python's `~mask` on bool arrays).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.logical_not(np.array([true, false]));  // array([False,  True])
 */
export const logical_not = unaryUfunc({ name: "logical_not", kernel: (x) => x === 0, ...truth }, toBool);

// The condition takes no part in promotion; a number out of the values' integer range is cast as
// NumPy's `where` casts it (`np.where(mask, uint8_image, 300)` stores 44).
const selectKernel = (c: number, x: number, y: number): number => (c !== 0 ? x : y);
const select = ternaryUfunc(
  { name: "where", kernel: selectKernel, float32Kernel: selectKernel, promoted: [1, 2], checkRange: false },
  (_c, x, y) => promoteTypes(x, y),
);

/**
 * Picks from `x` where `condition` is true and from `y` elsewhere (NumPy's `np.where`); the three
 * broadcast together. With only a condition, returns the indices of its true elements, one
 * int64 array per axis (NumPy's `np.nonzero`).
 *
 * @param condition where true, the element comes from `x`, elsewhere from `y`; with `condition` alone, `np.nonzero(condition)`
 * @example
 * const z = np.array([-1, 2, -3]);
 * np.where(z.gt(0), 1.0, 0.0);  // array([0., 1., 0.])   the ReLU derivative
 * np.where(z.gt(0));            // [array([1])]
 */
export function where(condition: ArrayLike): NDArray[];
export function where(condition: ArrayLike, x: ArrayLike, y: ArrayLike, options?: UfuncOptions): NDArray;
export function where(condition: ArrayLike, x?: ArrayLike, y?: ArrayLike, options?: UfuncOptions): NDArray | NDArray[] {
  if (x === undefined && y === undefined) return nonzero(asarray(condition).astype("bool"));
  if (x === undefined || y === undefined) throw new ValueError("either both or neither of x and y should be given");
  return select(condition, x, y, options);
}
