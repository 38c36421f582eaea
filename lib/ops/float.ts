// Floating-point tests and rounding: isnan, isinf, isfinite, isclose, allclose, rint,
// round/around, nan_to_num.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { dtypeRange, type DType, isFloat, isInteger } from "../core/dtype";
import { TypeError } from "../core/errors";
import type { NDArray } from "../core/ndarray";
import { integerAxis } from "../core/shape";
import { add, multiply, subtract } from "./arithmetic";
import { equal, less_equal } from "./compare";
import { binaryUfunc, floatResult, unaryUfunc, type UfuncOptions } from "./elementwise";
import { logical_and, logical_or, where } from "./logical";
import { abs } from "./math";
import { all } from "./reduce";

const toBool = (): DType => "bool";

/**
 * Whether each element is NaN, not a number (NumPy's `np.isnan`), as a bool array.
 * Remember that `x == NaN` is always false: test with `np.isnan(x)`.
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.isnan(np.array([1, NaN, Infinity]));  // array([False,  True, False])
 */
export const isnan = unaryUfunc({ name: "isnan", kernel: (x) => x !== x, loop: "inputs" }, toBool);

/**
 * Whether each element is positive or negative infinity (NumPy's `np.isinf`).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.isinf(np.array([1, NaN, -Infinity]));  // array([False, False,  True])
 */
export const isinf = unaryUfunc({ name: "isinf", kernel: (x) => x === Infinity || x === -Infinity, loop: "inputs" }, toBool);

/**
 * Whether each element is finite: neither infinite nor NaN (NumPy's `np.isfinite`).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.isfinite(np.array([1, NaN, Infinity]));  // array([ True, False, False])
 */
export const isfinite = unaryUfunc({ name: "isfinite", kernel: (x) => Number.isFinite(x), loop: "inputs" }, toBool);

/** C's `rint`: the nearest whole number, halves to even (`Math.round` rounds them up). */
function rintKernel(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Rounds each element to the nearest whole number, halves to the even one (NumPy's `np.rint`).
 * Like every math function it gives floats: float64 for int arrays (float32 for 8- and 16-bit ones).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.rint(np.array([0.5, 1.5, 2.5, -0.5]));  // array([ 0.,  2.,  2., -0.])
 */
export const rint = unaryUfunc({ name: "rint", kernel: rintKernel, float32Kernel: rintKernel }, floatResult);

// round(x, d) = rint(x * 10^d) / 10^d, and rint(x / 10^-d) * 10^-d for d < 0: NumPy's steps, each
// in the array's float type (10^d itself rounded to float32 for float32 arrays). Integers with
// d < 0 are computed in float64 and cast back to their dtype.
const fround = Math.fround;
const roundResult = (x: DType): DType => (x === "bool" ? "float32" : x);
const scaleUp = binaryUfunc(
  { name: "round", kernel: (x, f) => rintKernel(x * f) / f, float32Kernel: (x, f) => fround(rintKernel(fround(x * f)) / f) },
  roundResult,
);
const scaleDown = binaryUfunc(
  {
    name: "round",
    kernel: (x, f) => rintKernel(x / f) * f,
    float32Kernel: (x, f) => fround(rintKernel(fround(x / f)) * f),
    intKernel: (x, f) => rintKernel(x / f) * f + 0,
  },
  roundResult,
);

/** NumPy's `power_of_ten`: exact table values up to 1e8, then repeated multiplication by 10. */
function powerOfTen(n: number): number {
  if (n < 9) return 10 ** n;
  let p = 1e9;
  for (let k = n; k > 9; k--) p *= 10;
  return p;
}

const ROUND_SIG: Signature = { name: "round", params: ["a", "decimals", "out"], required: 1 };

/**
 * Rounds to `decimals` decimal places (NumPy's `np.round` / `np.around`), halves to even:
 * NumPy's algorithm, `rint(x * 10**decimals) / 10**decimals`, so results are NumPy's bit for bit
 * (and, like NumPy's, not always the decimal you might expect: binary floats rarely hold it).
 * Negative `decimals` round to tens, hundreds, ... Integer arrays keep their dtype (a copy for
 * `decimals >= 0`), float32 arrays compute in float32.
 *
 * @param a the values
 * @param decimals how many decimal places (default 0), or `{decimals, out}`
 * @param options keyword arguments `{out}`
 * @example
 * np.round(np.array([0.5, 1.5, 2.5]));        // array([0., 2., 2.])
 * np.round(np.array([3.14159, 2.71828]), 2);  // array([3.14, 2.72])
 * np.round(np.array([1234, 1250]), -2);       // array([1200., 1200.])
 */
export function round(a: ArrayLike, decimals?: number | { decimals?: number; out?: NDArray }, options?: { out?: NDArray }): NDArray;
export function round(...args: unknown[]): NDArray {
  const bound = bindArgs(ROUND_SIG, args);
  const x = asarray(bound.a as ArrayLike);
  const d = integerAxis(bound.decimals ?? 0);
  const options: UfuncOptions | undefined = bound.out === undefined ? undefined : { out: bound.out as NDArray };
  if (d >= 0 && isInteger(x.dtype)) return options === undefined ? x.copy({ order: "K" }) : (options.out as NDArray).set("...", x);
  return d >= 0 ? scaleUp(x, powerOfTen(d), options) : scaleDown(x, powerOfTen(-d), options);
}

export { round as around };

/** Options of isclose and allclose (NumPy's keyword arguments). */
export interface CloseOptions {
  /** Relative tolerance (default 1e-5): allowed difference as a fraction of `|b|`. */
  rtol?: ArrayLike;
  /** Absolute tolerance (default 1e-8). */
  atol?: ArrayLike;
  /** Whether NaN counts as close to NaN (default false). */
  equal_nan?: boolean;
}

const closeSig = (name: string): Signature => ({ name, params: ["a", "b", "rtol", "atol", "equal_nan"], required: 2 });

function closeness(sig: Signature, args: readonly unknown[]): NDArray {
  const bound = bindArgs(sig, args);
  const x = asarray(bound.a as ArrayLike);
  const b = asarray(bound.b as ArrayLike);
  const y = isFloat(b.dtype) ? b : b.astype("float64"); // NumPy: result_type(b, 1.0)
  const rtol = (bound.rtol ?? 1e-5) as ArrayLike;
  const atol = (bound.atol ?? 1e-8) as ArrayLike;
  // NumPy's expression: |x - y| <= atol + rtol * |y|, for finite y, or x == y.
  let result = logical_or(logical_and(less_equal(abs(subtract(x, y)), add(atol, multiply(rtol, abs(y)))), isfinite(y)), equal(x, y));
  if (bound.equal_nan === true) result = logical_or(result, logical_and(isnan(x), isnan(y)));
  return result;
}

/**
 * Whether `a` and `b` are equal within a tolerance, element by element (NumPy's `np.isclose`):
 * `|a - b| <= atol + rtol * |b|`. Note it is not symmetric: `b` is the reference.
 *
 * @param a the values (they broadcast together)
 * @param b the second operand, broadcast against `a`
 * @param rtol relative tolerance (default 1e-5), or `{rtol, atol, equal_nan}`
 * @param atol absolute tolerance (default 1e-8)
 *
 * @param options keyword arguments `{rtol, atol, equal_nan}`
 * @returns a bool array, or a boolean when both inputs are numbers
 * @example
 * np.isclose(np.array([1, 2]), np.array([1 + 1e-9, 2.1]));  // array([ True, False])
 * np.isclose(0.1 + 0.2, 0.3);                              // true
 */
export function isclose(a: number, b: number, rtol?: number | CloseOptions, atol?: number | CloseOptions, options?: CloseOptions): boolean;
export function isclose(a: ArrayLike, b: ArrayLike, rtol?: ArrayLike | CloseOptions, atol?: ArrayLike | CloseOptions, options?: CloseOptions): NDArray;
export function isclose(...args: unknown[]): NDArray | boolean {
  const result = closeness(closeSig("isclose"), args);
  return result.ndim === 0 ? result.item() !== 0 : result;
}

/**
 * Whether all elements of `a` and `b` are equal within a tolerance (NumPy's `np.allclose`), the
 * way to compare a computed gradient with a numerical one.
 * @param a the array (an NDArray, a number or a nested list)
 * @param b the second operand; broadcasts against `a` by NumPy's rules
 * @param rtol the relative tolerance (default 1e-5)
 * @param atol the absolute tolerance (default 1e-8)
 * @param options keyword arguments `{rtol, atol, equal_nan}`
 * @example
 * np.allclose(np.array([1, 2]), np.array([1, 2 + 1e-10]));  // true
 * np.allclose(analytic, numeric, {rtol: 1e-4});
 */
export function allclose(a: ArrayLike, b: ArrayLike, rtol?: ArrayLike | CloseOptions, atol?: ArrayLike | CloseOptions, options?: CloseOptions): boolean;
export function allclose(...args: unknown[]): boolean {
  return all(closeness(closeSig("allclose"), args));
}

/** Options of nan_to_num (NumPy's keyword arguments). */
export interface NanToNumOptions {
  /** Whether to work on a copy (default true); `false` replaces in place. */
  copy?: boolean;
  /** What NaN becomes (default 0). */
  nan?: ArrayLike;
  /** What +inf becomes (default the largest float of the array's dtype: 1.7976931348623157e+308 for float64). */
  posinf?: ArrayLike | null;
  /** What -inf becomes (default the most negative float of the array's dtype). */
  neginf?: ArrayLike | null;
}

const NAN_TO_NUM_SIG: Signature = { name: "nan_to_num", params: ["x", "copy", "nan", "posinf", "neginf"], required: 1 };

/**
 * Replaces NaN with 0 and infinities with the largest finite floats, or with the values given
 * (NumPy's `np.nan_to_num`). Integer and bool arrays come back unchanged.
 * @param x numbers, arrays or nested lists
 * @param copy whether to return a new array (default true) or replace the values in `x` itself
 * @param options keyword arguments `{copy, nan, posinf, neginf}`
 * @example
 * np.nan_to_num(np.array([NaN, Infinity, -1]));         // array([ 0.00000000e+000,  1.79769313e+308, -1.00000000e+000])
 * np.nan_to_num(np.array([NaN, Infinity]), {posinf: 1}); // array([0., 1.])
 */
export function nan_to_num(x: ArrayLike, copy?: boolean | NanToNumOptions, options?: NanToNumOptions): NDArray;
export function nan_to_num(...args: unknown[]): NDArray {
  const bound = bindArgs(NAN_TO_NUM_SIG, args);
  const input = asarray(bound.x as ArrayLike);
  if (typeof bound.copy !== "boolean" && bound.copy !== undefined) throw new TypeError("copy must be a boolean");
  const x = bound.copy === false ? input : input.astype(input.dtype);
  if (!isFloat(x.dtype)) return x;
  const out = { out: x };
  const { min, max } = dtypeRange(x.dtype);
  where(isnan(x), (bound.nan ?? 0) as ArrayLike, x, out);
  where(x.eq(Infinity), (bound.posinf ?? max) as ArrayLike, x, out);
  where(x.eq(-Infinity), (bound.neginf ?? min) as ArrayLike, x, out);
  return x;
}
