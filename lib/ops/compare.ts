// Comparisons: element-wise, broadcasting, always giving bool arrays. They compare in the
// operands' common dtype (a number with a float32 array is rounded to float32 first, as in
// NumPy), and a whole number beyond an integer dtype's range is compared exactly, as NumPy 2
// does: `np.array([1, 200], "uint8").gt(300)` is all false, not an OverflowError.
import { type DType } from "../core/dtype";
import { binaryUfunc, type Spec } from "./elementwise";

const toBool = (): DType => "bool";
const compare = (name: string, kernel: (x: number, y: number) => boolean): Spec<(x: number, y: number) => boolean> => ({
  name, kernel, float32Kernel: kernel, loop: "inputs", checkRange: false,
});

/**
 * `a > b` element-wise (NumPy's `np.greater`), a bool array.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.greater(np.array([1, 2, 3]), 2);  // array([False, False,  True])
 * np.array([1, 2, 3]).gt(2);           // the same, as a method
 */
export const greater = binaryUfunc(compare("greater", (x, y) => x > y), toBool);

/**
 * `a >= b` element-wise (NumPy's `np.greater_equal`), a bool array.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.greater_equal(np.array([1, 2, 3]), 2);  // array([False,  True,  True])
 */
export const greater_equal = binaryUfunc(compare("greater_equal", (x, y) => x >= y), toBool);

/**
 * `a < b` element-wise (NumPy's `np.less`), a bool array.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.less(np.array([1, 2, 3]), 2);  // array([ True, False, False])
 */
export const less = binaryUfunc(compare("less", (x, y) => x < y), toBool);

/**
 * `a <= b` element-wise (NumPy's `np.less_equal`), a bool array.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.less_equal(np.array([1, 2, 3]), 2);  // array([ True,  True, False])
 */
export const less_equal = binaryUfunc(compare("less_equal", (x, y) => x <= y), toBool);

/**
 * `a == b` element-wise (NumPy's `np.equal`), a bool array; NaN equals nothing.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.equal(np.array([1, 2, 3]), 2);  // array([False,  True, False])
 */
export const equal = binaryUfunc(compare("equal", (x, y) => x === y), toBool);

/**
 * `a != b` element-wise (NumPy's `np.not_equal`), a bool array.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.not_equal(np.array([1, 2, 3]), 2);  // array([ True, False,  True])
 */
export const not_equal = binaryUfunc(compare("not_equal", (x, y) => x !== y), toBool);
