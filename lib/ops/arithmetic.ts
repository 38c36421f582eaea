// Arithmetic: add, subtract, multiply, divide, power, maximum, minimum, negative.
// JS numbers act as float64 (like Python floats), so arrays of int64 or bool stay integer or
// bool only when combined with arrays of those types.
import { promoteTypes, type DType } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { binaryUfunc, unaryUfunc } from "./elementwise";

// Integers are stored in float64; `+ 0` turns the -0 that float arithmetic can make (0 * -3) into 0.
const noNegativeZero = (x: number): number => x + 0;

/**
 * Element-wise sum, broadcasting (NumPy's `np.add`, Python's `a + b`).
 *
 * @param a, b numbers, arrays or nested lists; shapes broadcast by NumPy's rules
 * @param options `{out}`: write into an existing array
 * @returns the sum; bool + bool is their OR, as in NumPy
 * @throws ValueError `operands could not be broadcast together with shapes (3,) (4,) `
 * @example
 * np.add(np.array([1, 2, 3]), 10);                   // array([11., 12., 13.])
 * np.add(np.zeros([500, 4]), np.array([1, 2, 3, 4])); // each row + [1, 2, 3, 4]
 */
export const add = binaryUfunc(
  { name: "add", kernel: (x, y) => x + y, boolKernel: (x, y) => x || y },
  promoteTypes,
);

/**
 * Element-wise difference, broadcasting (NumPy's `np.subtract`, Python's `a - b`).
 * `np.subtract(w, g, {out: w})` updates `w` in place, like Python's `w -= g`.
 *
 * @throws TypeError for two bool arrays (NumPy's message), since "bool minus bool" has no meaning
 * @example
 * np.subtract(1, np.array([0.25, 0.5]));  // array([0.75, 0.5 ])
 */
export const subtract = binaryUfunc(
  { name: "subtract", kernel: (x, y) => x - y },
  (x, y) => {
    if (x === "bool" && y === "bool") {
      throw new TypeError(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
      );
    }
    return promoteTypes(x, y);
  },
);

/**
 * Element-wise product, broadcasting (NumPy's `np.multiply`, Python's `a * b`; not a matrix
 * product: see `np.dot`).
 *
 * @example
 * np.multiply(np.array([[1], [2], [3]]), np.array([1, 10]));  // shape (3, 2): outer-style broadcast
 */
export const multiply = binaryUfunc(
  { name: "multiply", kernel: (x, y) => x * y, intKernel: (x, y) => noNegativeZero(x * y), boolKernel: (x, y) => x && y },
  promoteTypes,
);

/**
 * Element-wise true division, always float64 (NumPy's `np.divide`, Python's `a / b`).
 * Division by zero gives `inf` or `nan`, as in NumPy (no exception).
 *
 * @example
 * np.divide(np.array([1, -1, 0]), 0);  // array([ inf, -inf,  nan])
 */
export const divide = binaryUfunc({ name: "divide", kernel: (x, y) => x / y }, () => "float64");

function power2(x: number, y: number): number {
  // x ** 2 is computed as x * x (exact rounding), as NumPy does for the common square.
  return y === 2 ? x * x : x ** y;
}

/**
 * Element-wise power (NumPy's `np.power`, Python's `a ** b`).
 *
 * @throws ValueError `Integers to negative integer powers are not allowed.` (int64 arrays)
 * @example
 * np.power(np.array([1, 2, 3]), 2);  // array([1., 4., 9.])
 */
export const power = binaryUfunc(
  {
    name: "power",
    kernel: power2,
    intKernel: (x, y) => {
      if (y < 0) throw new ValueError("Integers to negative integer powers are not allowed.");
      return noNegativeZero(power2(x, y));
    },
  },
  (x, y) => (x === "bool" && y === "bool" ? "int64" : promoteTypes(x, y)),
);

/**
 * Element-wise maximum of two arrays, broadcasting (NumPy's `np.maximum`). NaN wins: if either
 * value is NaN the result is NaN. `np.maximum(0, x)` is the ReLU function.
 *
 * @example
 * np.maximum(0, np.array([-2, 0.5, 3]));  // array([0. , 0.5, 3. ])
 */
export const maximum = binaryUfunc(
  { name: "maximum", kernel: (x, y) => (x > y || x !== x ? x : y), boolKernel: (x, y) => x || y },
  promoteTypes,
);

/**
 * Element-wise minimum of two arrays, broadcasting (NumPy's `np.minimum`); NaN wins.
 *
 * @example
 * np.minimum(np.array([1, 5]), np.array([3, 2]));  // array([1., 2.])
 */
export const minimum = binaryUfunc(
  { name: "minimum", kernel: (x, y) => (x < y || x !== x ? x : y), boolKernel: (x, y) => x && y },
  promoteTypes,
);

/**
 * Element-wise negation (NumPy's `np.negative`, Python's `-a`).
 *
 * @throws TypeError for bool arrays (NumPy's message: use `np.logical_not`)
 * @example
 * np.negative(np.array([1, -2]));  // array([-1.,  2.])
 */
export const negative = unaryUfunc(
  { name: "negative", kernel: (x) => -x, intKernel: (x) => noNegativeZero(-x) },
  (x: DType) => {
    if (x === "bool") {
      throw new TypeError(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
      );
    }
    return x;
  },
);
