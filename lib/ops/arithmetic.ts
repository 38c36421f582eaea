// Arithmetic: add, subtract, multiply, divide, power, maximum, minimum, negative, ...
// Each has kernels for the dtypes it computes in (see elementwise.ts): float64, float32 (every
// operation rounded to float32), integers (which wrap around on overflow, as in NumPy) and bool.
import { castFunction, type DType, isFloat, isInteger, promoteTypes } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { asarray, type ArrayLike } from "../core/convert";
import { NDArray } from "../core/ndarray";
import { pow as libmPow } from "../libm/pow";
import { powf } from "../libm/float32/pow";
import { binaryUfunc, floatResultOfBoth, unaryUfunc, type BinaryUfunc, type UfuncOptions } from "./elementwise";

// int64 and uint64 are stored in float64; `+ 0` turns the -0 that float arithmetic can make (0 * -3) into 0.
const noNegativeZero = (x: number): number => x + 0;
const fround = Math.fround;

/**
 * Element-wise sum, broadcasting (NumPy's `np.add`, Python's `a + b`).
 *
 * @param a numbers, arrays or nested lists; shapes broadcast by NumPy's rules
 * @param b the second operand, broadcast against `a`
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
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
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
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.multiply(np.array([[1], [2], [3]]), np.array([1, 10]));  // shape (3, 2): outer-style broadcast
 */
export const multiply = binaryUfunc(
  // 32-bit products need Math.imul: a double keeps only the top 53 of their 64 bits.
  { name: "multiply", kernel: (x, y) => x * y, intKernel: (x, y) => noNegativeZero(x * y), narrowKernel: Math.imul, boolKernel: (x, y) => x && y },
  promoteTypes,
);

/** The dtype of a true division: floats keep theirs, integers and bools give float64 (as in NumPy, int8 too). */
const divideDType = (x: DType, y: DType): DType => {
  const common = promoteTypes(x, y);
  return isFloat(common) ? common : "float64";
};

/**
 * Element-wise true division (NumPy's `np.divide`, Python's `a / b`): float64 for integers and
 * bools, float32 for float32. Division by zero gives `inf` or `nan`, as in NumPy (no exception).
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.divide(np.array([1, -1, 0]), 0);           // array([ inf, -inf,  nan])
 * np.divide(np.array([0, 128, 255], "uint8"), 255);  // pixels scaled to [0, 1], float64
 */
export const divide = binaryUfunc({ name: "divide", kernel: (x, y) => x / y }, divideDType);

/** x**y for int64 (and uint64) loops, by repeated squaring as NumPy does: exact up to 2^53. */
function intPower(x: number, y: number): number {
  if (y < 0) throw new ValueError("Integers to negative integer powers are not allowed.");
  if (y === 0 || x === 1) return 1;
  let result = y % 2 === 1 ? x : 1;
  for (let base = x, e = Math.floor(y / 2); e > 0; e = Math.floor(e / 2)) {
    base *= base;
    if (e % 2 === 1) result *= base;
  }
  return noNegativeZero(result);
}

/** x**y for integer loops of 32 bits or fewer: the same squarings with Math.imul, so they wrap as in C. */
function narrowPower(x: number, y: number): number {
  if (y < 0) throw new ValueError("Integers to negative integer powers are not allowed.");
  if (y === 0 || x === 1) return 1;
  let result = y % 2 === 1 ? x : 1;
  for (let base = x, e = Math.floor(y / 2); e > 0; e = Math.floor(e / 2)) {
    base = Math.imul(base, base);
    if (e % 2 === 1) result = Math.imul(result, base);
  }
  return result;
}

/** NumPy computes bool ** bool in int8. */
const powerDType = (x: DType, y: DType): DType => (x === "bool" && y === "bool" ? "int8" : promoteTypes(x, y));

const powerLoop = binaryUfunc({ name: "power", kernel: libmPow, float32Kernel: powf, intKernel: intPower, narrowKernel: narrowPower }, powerDType);

// NumPy's float power loop, given one exponent for all elements, skips C's pow for five of them
// (x*x is exact where pow(x, 2) may be an ulp off, sqrt(-0) is -0 where pow gives +0, ...);
// each is one rounded operation, in float32 too.
const SCALAR_POWERS = new Map<number, BinaryUfunc>(
  ([[-1, (x) => 1 / x], [0, () => 1], [0.5, Math.sqrt], [1, (x) => x], [2, (x) => x * x]] as [number, (x: number) => number][]).map(
    ([y, f]) => [y, binaryUfunc({ name: "power", kernel: (x) => f(x), intKernel: intPower, narrowKernel: narrowPower }, powerDType)],
  ),
);

/** The exponent NumPy's loop sees once for every element, if it sees only one. */
function scalarExponent(a: ArrayLike, b: ArrayLike): number | undefined {
  if (typeof b === "number") return b;
  if (!(b instanceof NDArray) || b.size !== 1) return undefined;
  // A 1-element array is a broadcast scalar to NumPy only when the result has more elements.
  if (b.ndim > 0 && asarray(a).size <= 1) return undefined;
  return Number(b.item());
}

/**
 * Element-wise power (NumPy's `np.power`, Python's `a ** b`), broadcasting. Bit-identical to
 * NumPy on x86-64 Linux: the C library's pow (lib/libm/pow.ts), and, as NumPy does for a single
 * exponent of 2, 0.5, -1, 1 or 0, `x*x`, `sqrt(x)`, `1/x`, `x` or 1.
 *
 * @param a the bases: numbers, arrays or nested lists
 * @param b the exponents, broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @returns the operands' common dtype (float32 stays float32, integers stay integers and wrap
 *   around on overflow as in NumPy; bools give int8)
 * @throws ValueError `Integers to negative integer powers are not allowed.` (integer arrays)
 * @example
 * np.power(np.array([1, 2, 3]), 2);        // array([1., 4., 9.])
 * np.power(0.9, 4);                      // array(0.6561): C's pow, not V8's 0.6561000000000001
 * np.power(np.array([-8, 4]), 1 / 3);      // array([       nan, 1.58740105]): negative base, fractional power
 */
export function power(a: ArrayLike, b: ArrayLike, options?: UfuncOptions): NDArray {
  const y = scalarExponent(a, b);
  const fast = y === undefined ? undefined : SCALAR_POWERS.get(y);
  return (fast ?? powerLoop)(a, b, options);
}

const maxKernel = (x: number, y: number): number => (x > y || x !== x ? x : y);
const minKernel = (x: number, y: number): number => (x < y || x !== x ? x : y);

/**
 * Element-wise maximum of two arrays, broadcasting (NumPy's `np.maximum`). NaN wins: if either
 * value is NaN the result is NaN. `np.maximum(0, x)` is the ReLU function.
 *
 * @param a numbers, arrays or nested lists; shapes broadcast by NumPy's rules
 * @param b the second operand, broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @example
 * np.maximum(0, np.array([-2, 0.5, 3]));  // array([0. , 0.5, 3. ])
 * np.maximum(np.array([1, NaN]), 0);      // array([ 1., nan])
 */
export const maximum = binaryUfunc(
  { name: "maximum", kernel: maxKernel, float32Kernel: maxKernel, boolKernel: (x, y) => x || y },
  promoteTypes,
);

/**
 * Element-wise minimum of two arrays, broadcasting (NumPy's `np.minimum`); NaN wins.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.minimum(np.array([1, 5]), np.array([3, 2]));  // array([1., 2.])
 */
export const minimum = binaryUfunc(
  { name: "minimum", kernel: minKernel, float32Kernel: minKernel, boolKernel: (x, y) => x && y },
  promoteTypes,
);

/**
 * Element-wise negation (NumPy's `np.negative`, Python's `-a`).
 *
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @throws TypeError for bool arrays (NumPy's message: use `np.logical_not`)
 * @example
 * np.negative(np.array([1, -2]));  // array([-1.,  2.])
 */
export const negative = unaryUfunc(
  { name: "negative", kernel: (x) => -x, float32Kernel: (x) => -x, intKernel: (x) => noNegativeZero(-x) },
  (x: DType) => {
    if (x === "bool") {
      throw new TypeError(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
      );
    }
    return x;
  },
);

/**
 * Python's floor division and remainder of two floats as NumPy computes them (npy_divmod): the
 * remainder has the sign of the divisor, the quotient is floored; `%` is C's exact fmod.
 */
function floorDivFloat(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  const floordiv = Math.floor(div);
  return div - floordiv > 0.5 ? floordiv + 1 : floordiv;
}

function remainderFloat(a: number, b: number): number {
  const mod = a % b;
  if (b === 0) return mod;
  if (mod === 0) return b < 0 ? -0 : 0;
  return b < 0 !== mod < 0 ? mod + b : mod;
}

/** `floorDivFloat` in float32 arithmetic, every operation rounded as C's float does (`%`, C's fmodf, is exact). */
function floorDivFloat32(a: number, b: number): number {
  if (b === 0) return fround(a / b);
  const mod = a % b;
  let div = fround(fround(a - mod) / b);
  if (mod !== 0 && b < 0 !== mod < 0) div = fround(div - 1);
  if (div === 0) return (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  const floordiv = Math.floor(div);
  return fround(div - floordiv) > 0.5 ? fround(floordiv + 1) : floordiv;
}

function remainderFloat32(a: number, b: number): number {
  const mod = a % b;
  if (b === 0) return mod;
  if (mod === 0) return b < 0 ? -0 : 0;
  return b < 0 !== mod < 0 ? fround(mod + b) : mod;
}

/** NumPy computes bool // bool and bool % bool in int8. */
const intDType = (x: DType, y: DType): DType => (x === "bool" && y === "bool" ? "int8" : promoteTypes(x, y));

/**
 * Element-wise floor division (NumPy's `np.floor_divide`, Python's `a // b`): the largest whole
 * number ≤ a / b. Integer arrays stay integer; an integer divided by 0 gives 0, a float `inf` or
 * `nan`, as in NumPy.
 *
 * @param a dividends; `b` divisors, broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @returns the operands' common dtype (bools give int8)
 * @example
 * np.floor_divide(np.array([7, -7]), 2);                              // array([ 3., -4.])
 * np.floor_divide(np.array([7, -7], "int64"), np.array([2], "int64"));  // array([ 3, -4])
 */
export const floor_divide = binaryUfunc(
  {
    name: "floor_divide",
    kernel: floorDivFloat,
    float32Kernel: floorDivFloat32,
    intKernel: (x, y) => (y === 0 ? 0 : noNegativeZero(Math.floor(x / y))),
  },
  intDType,
);

/**
 * Element-wise remainder with the sign of the divisor (NumPy's `np.remainder` / `np.mod`,
 * Python's `a % b`), so that `floor_divide(a, b) * b + remainder(a, b)` is `a`. Integer arrays
 * stay integer (remainder by 0 is 0); for floats, remainder by 0 is `nan`. For C's `fmod`
 * (sign of the dividend) use JavaScript's `%`.
 *
 * @param a dividends; `b` divisors, broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @returns the operands' common dtype (bools give int8)
 * @example
 * np.remainder(np.array([7, -7, 7]), np.array([2, 2, -2]));  // array([ 1.,  1., -1.])
 * np.mod(np.array([5.5, -5.5]), 2);                         // array([1.5, 0.5])
 */
export const remainder = binaryUfunc(
  {
    name: "remainder",
    kernel: remainderFloat,
    float32Kernel: remainderFloat32,
    intKernel: (x, y) => {
      if (y === 0) return 0;
      const mod = x % y;
      return noNegativeZero(mod !== 0 && y < 0 !== mod < 0 ? mod + y : mod);
    },
  },
  intDType,
);

/**
 * Same as `np.remainder` (NumPy's `np.mod`).
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.mod(np.array([5, -5, 7.5]), 3);  // array([2. , 1. , 1.5])
 */
export const mod = remainder;

/**
 * Same as `np.divide` (NumPy's `np.true_divide`, Python's `a / b`): float64 for integers and bools, float32 for float32.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.true_divide(np.array([1, 2, 3]), 2);  // array([0.5, 1. , 1.5])
 */
export const true_divide = divide;

/**
 * The reciprocal 1/x of each element (NumPy's `np.reciprocal`). For integer arrays NumPy keeps
 * integers and truncates: `reciprocal` of 2 is 0 (write `np.divide(1, x)` for 0.5).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns the same dtype as `x` (bool gives int8); `1/0` is `inf` for floats
 * @example
 * np.reciprocal(np.array([2, 0.5, 0]));  // array([0.5, 2. , inf])
 */
export function reciprocal(x: ArrayLike, options?: UfuncOptions): NDArray {
  return (x instanceof NDArray && x.dtype === "bool" ? reciprocalBool : reciprocalNumber)(x, options);
}

const reciprocalNumber = unaryUfunc(
  {
    name: "reciprocal",
    kernel: (x) => 1 / x,
    // An integer's 1/0 is inf converted by C (the CPU's cvttsd2si): INT_MIN for int32 and int64, 0 for the others.
    kernelFor: (d) => {
      if (!isInteger(d)) return undefined;
      const zero = (castFunction("float64", d) as (x: number) => number)(Infinity);
      return (x) => (x === 0 ? zero : noNegativeZero(Math.trunc(1 / x)));
    },
  },
  (x: DType) => x,
);

// NumPy computes bools in int8, where 1/0 converts to 0 (and 1/1 is 1): the values themselves.
const reciprocalBool = unaryUfunc({ name: "reciprocal", kernel: (x) => x }, () => "int8");

const fmaxKernel = (x: number, y: number): number => (x > y || y !== y ? x : y);
const fminKernel = (x: number, y: number): number => (x < y || y !== y ? x : y);

/**
 * Element-wise maximum that ignores NaN (NumPy's `np.fmax`): NaN only where both are NaN.
 * Compare `np.maximum`, where NaN wins.
 *
 * @param a numbers, arrays or nested lists; shapes broadcast by NumPy's rules
 * @param b the second operand, broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @example
 * np.fmax(np.array([1, NaN, NaN]), np.array([2, 3, NaN]));  // array([ 2.,  3., nan])
 */
export const fmax = binaryUfunc(
  // As C's fmax on x86-64: of two equal values (0 and -0) the second.
  { name: "fmax", kernel: fmaxKernel, float32Kernel: fmaxKernel, boolKernel: (x, y) => x || y },
  promoteTypes,
);

/**
 * Element-wise minimum that ignores NaN (NumPy's `np.fmin`): NaN only where both are NaN.
 * Compare `np.minimum`, where NaN wins.
 *
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param options keyword arguments `{out}`
 * @example
 * np.fmin(np.array([1, NaN, NaN]), np.array([2, 3, NaN]));  // array([ 1.,  3., nan])
 */
export const fmin = binaryUfunc(
  { name: "fmin", kernel: fminKernel, float32Kernel: fminKernel, boolKernel: (x, y) => x && y },
  promoteTypes,
);

const heavisideKernel = (x: number, h0: number): number => (x < 0 ? 0 : x > 0 ? 1 : x === 0 ? h0 : x);

/**
 * The Heaviside step function (NumPy's `np.heaviside(x1, x2)`): 0 where `a` < 0, 1 where `a` > 0,
 * and `b` where `a` is 0; NaN stays NaN.
 *
 * @param a the inputs (NumPy's `x1`)
 * @param b the value at 0, often 0.5 (NumPy's `x2`), broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @returns float64 (float32 for float32 inputs)
 * @example
 * np.heaviside(np.array([-1.5, 0, 2]), 0.5);  // array([0. , 0.5, 1. ])
 */
export const heaviside = binaryUfunc(
  { name: "heaviside", kernel: heavisideKernel, float32Kernel: heavisideKernel },
  floatResultOfBoth,
);
