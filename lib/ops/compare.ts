// Comparisons: element-wise, broadcasting, always giving bool arrays.
import { binaryUfunc } from "./elementwise";

const toBool = () => "bool" as const;

/**
 * `a > b` element-wise (NumPy's `np.greater`), a bool array.
 * @example
 * np.greater(np.array([1, 2, 3]), 2);  // array([False, False,  True])
 * np.array([1, 2, 3]).gt(2);           // the same, as a method
 */
export const greater = binaryUfunc({ name: "greater", kernel: (x, y) => x > y }, toBool);

/** `a >= b` element-wise (NumPy's `np.greater_equal`), a bool array. */
export const greater_equal = binaryUfunc({ name: "greater_equal", kernel: (x, y) => x >= y }, toBool);

/** `a < b` element-wise (NumPy's `np.less`), a bool array. */
export const less = binaryUfunc({ name: "less", kernel: (x, y) => x < y }, toBool);

/** `a <= b` element-wise (NumPy's `np.less_equal`), a bool array. */
export const less_equal = binaryUfunc({ name: "less_equal", kernel: (x, y) => x <= y }, toBool);

/** `a == b` element-wise (NumPy's `np.equal`), a bool array; NaN equals nothing. */
export const equal = binaryUfunc({ name: "equal", kernel: (x, y) => x === y }, toBool);

/** `a != b` element-wise (NumPy's `np.not_equal`), a bool array. */
export const not_equal = binaryUfunc({ name: "not_equal", kernel: (x, y) => x !== y }, toBool);
