// Logic: logical_and/or/xor/not (non-zero is true, as in NumPy, NaN included) and where.
import { ValueError } from "../core/errors";
import { promoteTypes } from "../core/dtype";
import { asarray, type ArrayLike } from "../core/convert";
import { nonzero } from "../core/indexing";
import type { NDArray } from "../core/ndarray";
import { binaryUfunc, ternaryUfunc, unaryUfunc, type UfuncOptions } from "./elementwise";

const toBool = () => "bool" as const;

/**
 * Element-wise AND of truth values (NumPy's `np.logical_and`); non-zero counts as true.
 * @example
 * np.logical_and(np.array([true, true]), np.array([true, false]));  // array([ True, False])
 */
export const logical_and = binaryUfunc({ name: "logical_and", kernel: (x, y) => x !== 0 && y !== 0 }, toBool);

/** Element-wise OR of truth values (NumPy's `np.logical_or`). */
export const logical_or = binaryUfunc({ name: "logical_or", kernel: (x, y) => x !== 0 || y !== 0 }, toBool);

/** Element-wise XOR of truth values (NumPy's `np.logical_xor`). */
export const logical_xor = binaryUfunc({ name: "logical_xor", kernel: (x, y) => (x !== 0) !== (y !== 0) }, toBool);

/**
 * Element-wise NOT (NumPy's `np.logical_not`, Python's `~mask` on bool arrays).
 * @example
 * np.logical_not(np.array([true, false]));  // array([False,  True])
 */
export const logical_not = unaryUfunc({ name: "logical_not", kernel: (x) => x === 0 }, toBool);

const select = ternaryUfunc({ name: "where", kernel: (c, x, y) => (c !== 0 ? x : y) }, (_c, x, y) => promoteTypes(x, y));

/**
 * Picks from `x` where `condition` is true and from `y` elsewhere (NumPy's `np.where`); the three
 * broadcast together. With only a condition, returns the indices of its true elements, one
 * int64 array per axis (NumPy's `np.nonzero`).
 *
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
