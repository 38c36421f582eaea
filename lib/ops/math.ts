// Element-wise mathematical functions: exp, log, sqrt, abs, tanh, ... and clip.
import { asarray, type ArrayLike } from "../core/convert";
import { dtypeRange, isInteger, promoteTypes, type DType } from "../core/dtype";
import { bindArgs, type Signature } from "../core/args";
import { TypeError, ValueError } from "../core/errors";
import { exp as libmExp } from "../libm/exp";
import { expArray } from "../libm/exp-wasm";
import { log as libmLog } from "../libm/log";
import { cos as libmCos, sin as libmSin } from "../libm/sin";
import { tan as libmTan } from "../libm/tan";
import { tanh as libmTanh } from "../libm/tanh";
import { expm1 as libmExpm1 } from "../libm/expm1";
import { log1p as libmLog1p } from "../libm/log1p";
import { cosh as libmCosh, sinh as libmSinh } from "../libm/sinh";
import { exp2 as libmExp2 } from "../libm/exp2";
import { log10 as libmLog10 } from "../libm/log10";
import { log2 as libmLog2 } from "../libm/log2";
import { atan as libmAtan } from "../libm/atan";
import { atan2 as libmAtan2 } from "../libm/atan2";
import { acos as libmAcos, asin as libmAsin } from "../libm/asin";
import { acosh as libmAcosh, asinh as libmAsinh, atanh as libmAtanh } from "../libm/asinh";
import { hypot as libmHypot } from "../libm/hypot";
import { exp2f, expf } from "../libm/float32/exp";
import { logf } from "../libm/float32/log";
import { log2f } from "../libm/float32/log2";
import { log10f } from "../libm/float32/log10";
import { cosf, sinf } from "../libm/float32/sin";
import { tanf } from "../libm/float32/tan";
import { tanhf } from "../libm/float32/tanh";
import { expm1f } from "../libm/float32/expm1";
import { log1pf } from "../libm/float32/log1p";
import { coshf, sinhf } from "../libm/float32/sinh";
import { acosf, asinf } from "../libm/float32/asin";
import { atan2f, atanf } from "../libm/float32/atan";
import { acoshf, asinhf, atanhf } from "../libm/float32/asinh";
import { hypotf } from "../libm/float32/hypot";
import { NDArray } from "../core/ndarray";
import { maximum, minimum } from "./arithmetic";
import { binaryUfunc, floatResult, floatResultOfBoth, ternaryUfunc, unaryUfunc, type UfuncOptions } from "./elementwise";

const keep = (x: DType): DType => x;

/**
 * e raised to each element (NumPy's `np.exp`). Bit-identical to NumPy on x86-64 Linux (the C
 * library's exp, see lib/libm/exp.ts).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.exp(np.array([0, 1]));  // array([1.        , 2.71828183])
 */
export const exp = unaryUfunc({ name: "exp", kernel: libmExp, float64Row: expArray, float32Kernel: expf }, floatResult);

/**
 * Natural logarithm of each element (NumPy's `np.log`): `log(0)` is `-inf`, a negative input `nan`.
 * Bit-identical to NumPy on x86-64 Linux (the C library's log, see lib/libm/log.ts).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.log(np.array([1, Math.E]));  // array([0., 1.])
 */
export const log = unaryUfunc({ name: "log", kernel: libmLog, float32Kernel: logf }, floatResult);

/**
 * e^x - 1 of each element (NumPy's `np.expm1`), accurate also where x is tiny and
 * `np.exp(x) - 1` would lose all its digits. Bit-identical to NumPy on x86-64 Linux (the C
 * library's expm1, see lib/libm/expm1.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; `expm1(-inf)` is -1
 * @example
 * np.expm1(np.array([1e-10, 1]));  // array([1.00000000e-10, 1.71828183e+00])
 */
export const expm1 = unaryUfunc({ name: "expm1", kernel: libmExpm1, float32Kernel: expm1f }, floatResult);

/**
 * log(1 + x) of each element (NumPy's `np.log1p`), accurate also where x is tiny. `log1p(-1)`
 * is `-inf`, below -1 `nan`. Bit-identical to NumPy on x86-64 Linux (lib/libm/log1p.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.log1p(np.array([1e-10, Math.E - 1]));  // array([1.e-10, 1.e+00])
 */
export const log1p = unaryUfunc({ name: "log1p", kernel: libmLog1p, float32Kernel: log1pf }, floatResult);

/**
 * 2 raised to each element (NumPy's `np.exp2`). Bit-identical to NumPy on x86-64 Linux (the C
 * library's exp2, see lib/libm/exp2.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; overflows to inf from x = 1024
 * @example
 * np.exp2(np.array([0, 3, -1]));  // array([1. , 8. , 0.5])
 */
export const exp2 = unaryUfunc({ name: "exp2", kernel: libmExp2, float32Kernel: exp2f }, floatResult);

/**
 * Base-2 logarithm of each element (NumPy's `np.log2`): `log2(0)` is `-inf`, a negative input
 * `nan`. Bit-identical to NumPy on x86-64 Linux (lib/libm/log2.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.log2(np.array([1, 8, 0.5]));  // array([ 0.,  3., -1.])
 */
export const log2 = unaryUfunc({ name: "log2", kernel: libmLog2, float32Kernel: log2f }, floatResult);

/**
 * Base-10 logarithm of each element (NumPy's `np.log10`): `log10(0)` is `-inf`, a negative input
 * `nan`. Bit-identical to NumPy on x86-64 Linux (lib/libm/log10.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.log10(np.array([1, 1000, 0.01]));  // array([ 0.,  3., -2.])
 */
export const log10 = unaryUfunc({ name: "log10", kernel: libmLog10, float32Kernel: log10f }, floatResult);

/**
 * Square root of each element (NumPy's `np.sqrt`); negative inputs give `nan`.
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.sqrt(np.array([4, 9]));  // array([2., 3.])
 */
export const sqrt = unaryUfunc({ name: "sqrt", kernel: Math.sqrt }, floatResult);

/**
 * Hyperbolic tangent of each element (NumPy's `np.tanh`), an activation function: squashes
 * values into (-1, 1). Bit-identical to NumPy on x86-64 Linux (the C library's tanh, see
 * lib/libm/tanh.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; `tanh(±inf)` is ±1
 * @example
 * np.tanh(np.array([-1, 0, 1]));  // array([-0.76159416,  0.        ,  0.76159416])
 */
export const tanh = unaryUfunc({ name: "tanh", kernel: libmTanh, float32Kernel: tanhf }, floatResult);

/**
 * Hyperbolic sine of each element (NumPy's `np.sinh`), (e^x - e^-x)/2. Bit-identical to NumPy
 * on x86-64 Linux (the C library's sinh, see lib/libm/sinh.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; overflows to ±inf beyond |x| ≈ 710.48
 * @example
 * np.sinh(np.array([0, 1]));  // array([0.        , 1.17520119])
 */
export const sinh = unaryUfunc({ name: "sinh", kernel: libmSinh, float32Kernel: sinhf }, floatResult);

/**
 * Hyperbolic cosine of each element (NumPy's `np.cosh`), (e^x + e^-x)/2. Bit-identical to
 * NumPy on x86-64 Linux (the C library's cosh, see lib/libm/sinh.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64, at least 1; overflows to inf beyond |x| ≈ 710.48
 * @example
 * np.cosh(np.array([0, 1]));  // array([1.        , 1.54308063])
 */
export const cosh = unaryUfunc({ name: "cosh", kernel: libmCosh, float32Kernel: coshf }, floatResult);

/**
 * Absolute value of each element (NumPy's `np.abs` / `np.absolute`); keeps the dtype.
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.abs(np.array([-1.5, 2]));  // array([1.5, 2. ])
 */
export const abs = unaryUfunc({ name: "absolute", kernel: Math.abs, float32Kernel: Math.abs }, keep);

/**
 * Same as `np.abs` (NumPy's `np.absolute`).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.absolute(np.array([-1.5, 0, 2]));  // array([1.5, 0. , 2. ])
 */
export const absolute = abs;

/**
 * Each element squared (NumPy's `np.square`).
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.square(np.array([-2, 3]));  // array([4., 9.])
 */
export const square = unaryUfunc({ name: "square", kernel: (x) => x * x, narrowKernel: (x) => Math.imul(x, x) }, (x) => (x === "bool" ? "int8" : x));

const signKernel = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x);

/**
 * -1, 0 or 1 according to each element's sign (NumPy's `np.sign`); nan stays nan.
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @example
 * np.sign(np.array([-3, 0, 2]));  // array([-1.,  0.,  1.])
 */
export const sign = unaryUfunc({ name: "sign", kernel: signKernel, float32Kernel: signKernel }, (x) => {
  if (x === "bool") {
    throw new TypeError("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
  }
  return x;
});

/**
 * Largest whole number ≤ each element (NumPy's `np.floor`); integers stay integers.
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.floor(np.array([-1.7, 0.2, 1.5]));  // array([-2.,  0.,  1.])
 */
export const floor = unaryUfunc({ name: "floor", kernel: Math.floor, float32Kernel: Math.floor }, keep);

/**
 * Smallest whole number ≥ each element (NumPy's `np.ceil`); integers stay integers.
 * @param x numbers, arrays or nested lists
 * @param options keyword arguments `{out}`
 * @example
 * np.ceil(np.array([-1.7, 0.2, 1.5]));  // array([-1.,  1.,  2.])
 */
export const ceil = unaryUfunc({ name: "ceil", kernel: Math.ceil, float32Kernel: Math.ceil }, keep);

/**
 * Sine of each element, in radians (NumPy's `np.sin`). Bit-identical to NumPy on x86-64 Linux
 * (the C library's sin, see lib/libm/sin.ts), for every size of angle.
 *
 * @param x angles in radians: numbers, arrays or nested lists (int and bool become float64)
 * @param options `{out}`: write into an existing array
 * @returns float64; `sin(±inf)` and `sin(nan)` are `nan`
 * @example
 * np.sin(np.array([0, Math.PI / 6, Math.PI / 2]));  // array([0. , 0.5, 1. ])
 * np.sin(np.linspace(0, 4 * Math.PI, 100));         // a spiral's wiggle
 */
export const sin = unaryUfunc({ name: "sin", kernel: libmSin, float32Kernel: sinf }, floatResult);

/**
 * Cosine of each element, in radians (NumPy's `np.cos`). Bit-identical to NumPy on x86-64 Linux
 * (the C library's cos, see lib/libm/sin.ts).
 *
 * @param x angles in radians: numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; `cos(±inf)` and `cos(nan)` are `nan`
 * @example
 * np.cos(np.array([0, Math.PI / 3, Math.PI]));  // array([ 1. ,  0.5, -1. ])
 */
export const cos = unaryUfunc({ name: "cos", kernel: libmCos, float32Kernel: cosf }, floatResult);

/**
 * Arc tangent of each element, in radians in [-π/2, π/2] (NumPy's `np.arctan`). Bit-identical to
 * NumPy on x86-64 Linux (the C library's atan, see lib/libm/atan.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; `arctan(±inf)` is ±π/2
 * @example
 * np.arctan(np.array([0, 1]));  // array([0.        , 0.78539816])
 */
export const arctan = unaryUfunc({ name: "arctan", kernel: libmAtan, float32Kernel: atanf }, floatResult);

/**
 * Arc sine of each element, in radians in [-π/2, π/2] (NumPy's `np.arcsin`); `nan` outside
 * [-1, 1]. Bit-identical to NumPy on x86-64 Linux (the C library's asin, see lib/libm/asin.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.arcsin(np.array([0, 0.5, 1]));  // array([0.        , 0.52359878, 1.57079633])
 */
export const arcsin = unaryUfunc({ name: "arcsin", kernel: libmAsin, float32Kernel: asinf }, floatResult);

/**
 * Arc cosine of each element, in radians in [0, π] (NumPy's `np.arccos`); `nan` outside
 * [-1, 1]. Bit-identical to NumPy on x86-64 Linux (the C library's acos, see lib/libm/asin.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.arccos(np.array([1, 0, -1]));  // array([0.        , 1.57079633, 3.14159265])
 */
export const arccos = unaryUfunc({ name: "arccos", kernel: libmAcos, float32Kernel: acosf }, floatResult);

/**
 * The angle of each point (x, y) from the positive x axis, in radians in [-π, π] (NumPy's
 * `np.arctan2(y, x)`, y first as in C): unlike `arctan(y / x)` it knows the quadrant. Broadcasts.
 * Bit-identical to NumPy on x86-64 Linux (the C library's atan2, see lib/libm/atan2.ts).
 *
 * @param a the y coordinates (NumPy's `y`, first)
 * @param b the x coordinates (NumPy's `x`), broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @returns float64; `arctan2(0, -1)` is π, `arctan2(-0, -1)` is -π
 * @example
 * np.arctan2(np.array([1, 1, -1]), np.array([1, -1, -1]));  // array([ 0.78539816,  2.35619449, -2.35619449])
 */
export const arctan2 = binaryUfunc({ name: "arctan2", kernel: libmAtan2, float32Kernel: atan2f }, floatResultOfBoth);

/**
 * Inverse hyperbolic sine of each element (NumPy's `np.arcsinh`). Bit-identical to NumPy on
 * x86-64 Linux (the C library's asinh, see lib/libm/asinh.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.arcsinh(np.array([0, 1]));  // array([0.        , 0.88137359])
 */
export const arcsinh = unaryUfunc({ name: "arcsinh", kernel: libmAsinh, float32Kernel: asinhf }, floatResult);

/**
 * Inverse hyperbolic cosine of each element (NumPy's `np.arccosh`); `nan` below 1.
 * Bit-identical to NumPy on x86-64 Linux (the C library's acosh, see lib/libm/asinh.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.arccosh(np.array([1, 2]));  // array([0.       , 1.3169579])
 */
export const arccosh = unaryUfunc({ name: "arccosh", kernel: libmAcosh, float32Kernel: acoshf }, floatResult);

/**
 * Inverse hyperbolic tangent of each element (NumPy's `np.arctanh`); ±inf at ±1, `nan` beyond.
 * Bit-identical to NumPy on x86-64 Linux (the C library's atanh, see lib/libm/asinh.ts).
 *
 * @param x numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64
 * @example
 * np.arctanh(np.array([0, 0.5]));  // array([0.        , 0.54930614])
 */
export const arctanh = unaryUfunc({ name: "arctanh", kernel: libmAtanh, float32Kernel: atanhf }, floatResult);

/**
 * The hypotenuse sqrt(x² + y²) of each pair, broadcasting (NumPy's `np.hypot`), without overflow
 * for huge inputs. Bit-identical to NumPy on x86-64 Linux (the C library's hypot, see
 * lib/libm/hypot.ts).
 *
 * @param a one leg (NumPy's `x1`)
 * @param b the other leg (NumPy's `x2`), broadcast against `a`
 * @param options `{out}`: write into an existing array
 * @returns float64; inf if either is infinite (even with a nan)
 * @example
 * np.hypot(np.array([3, 5]), np.array([4, 12]));  // array([ 5., 13.])
 */
export const hypot = binaryUfunc({ name: "hypot", kernel: libmHypot, float32Kernel: hypotf }, floatResultOfBoth);

/**
 * Tangent of each element, in radians (NumPy's `np.tan`). Bit-identical to NumPy on x86-64 Linux
 * (the C library's tan, see lib/libm/tan.ts).
 *
 * @param x angles in radians: numbers, arrays or nested lists
 * @param options `{out}`: write into an existing array
 * @returns float64; huge near odd multiples of π/2; `tan(±inf)` is `nan`
 * @example
 * np.tan(np.array([0, Math.PI / 4]));  // array([0., 1.]): tan(π/4) is 0.9999999999999999
 */
export const tan = unaryUfunc({ name: "tan", kernel: libmTan, float32Kernel: tanf }, floatResult);

const clipKernel = (x: number, lo: number, hi: number): number => {
  const t = x > lo || x !== x ? x : lo;
  return t < hi || t !== t ? t : hi;
};
const clip3 = ternaryUfunc(
  { name: "clip", kernel: clipKernel, float32Kernel: clipKernel },
  (x, y, z) => promoteTypes(promoteTypes(x, y), z),
);

/** The keyword arguments of `np.clip`: the bounds by name (NumPy 2.1's `min`/`max`, or `a_min`/`a_max`) and `out`. */
export interface ClipOptions extends UfuncOptions {
  /** The lower bound (NumPy ≥ 2.1's name; `a_min` before); `null` or left out: no lower bound. */
  min?: ArrayLike | null;
  /** The upper bound (NumPy ≥ 2.1's name; `a_max` before); `null` or left out: no upper bound. */
  max?: ArrayLike | null;
  /** The lower bound, by its older name. */
  a_min?: ArrayLike | null;
  /** The upper bound, by its older name. */
  a_max?: ArrayLike | null;
}

const UFUNC_KEYWORDS = ["where", "casting", "order", "dtype", "subok", "signature"];
const CLIP_SIG: Signature = { name: "clip", params: ["a", "a_min", "a_max", "out"], required: 1, keywords: ["min", "max"], unsupported: UFUNC_KEYWORDS };
const CLIP_METHOD_SIG: Signature = { name: "clip", params: ["min", "max", "out"], unsupported: UFUNC_KEYWORDS };

/**
 * Limits the values to the interval `[min, max]` (NumPy's `np.clip`): smaller values become
 * `min`, larger ones `max`. Either bound may be `null` (no limit on that side) or an array that
 * broadcasts; the bounds may also be given by name, `{min, max}` (NumPy 2.1) or `{a_min, a_max}`.
 * NaN stays NaN.
 *
 * @param a the values
 * @param a_min the lower bound, or `null`; @param a_max the upper bound, or `null`
 * @param options `{min, max}` instead of the positional bounds; `{out}`: write into an existing array
 * @returns a new array (or `out`) of `a`'s values limited to the bounds
 * @throws TypeError `clip() missing 1 required positional argument: 'a_max'` (one bound given positionally, the other not)
 * @throws ValueError when bounds are given both positionally and as `min`/`max`
 * @example
 * np.clip(np.array([-2, 0.5, 3]), 0, 1);           // array([0. , 0.5, 1. ])
 * np.clip(np.array([-2, 0.5, 3]), {min: 0, max: 1}); // the same, NumPy 2.1's keywords
 * np.clip(np.array([1e-20, 0.3]), 1e-7, null);     // keeps a log() safe from zeros
 * np.clip(np.array([1e-20, 0.3]), {min: 1e-7});    // the same
 */
export function clip(a: ArrayLike, options?: ClipOptions): NDArray;
export function clip(a: ArrayLike, a_min: ArrayLike | null, a_max: ArrayLike | null, options?: ClipOptions): NDArray;
export function clip(...args: unknown[]): NDArray {
  const bound = bindArgs(CLIP_SIG, args);
  let lower = bound.a_min;
  let upper = bound.a_max;
  if (lower === undefined && upper === undefined) {
    lower = bound.min ?? null;
    upper = bound.max ?? null;
  } else if (lower === undefined) {
    throw new TypeError("clip() missing 1 required positional argument: 'a_min'");
  } else if (upper === undefined) {
    throw new TypeError("clip() missing 1 required positional argument: 'a_max'");
  } else if (bound.min !== undefined || bound.max !== undefined) {
    throw new ValueError("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
  }
  return clipTo(bound.a as ArrayLike, lower as ArrayLike | null, upper as ArrayLike | null, bound.out as NDArray | undefined);
}

/** `a.clip(min, max)`, the method, whose bounds are called `min` and `max` (NumPy's `ndarray.clip`). */
export function clipMethod(a: NDArray, args: readonly unknown[]): NDArray {
  const { min, max, out } = bindArgs(CLIP_METHOD_SIG, args);
  return clipTo(a, (min ?? null) as ArrayLike | null, (max ?? null) as ArrayLike | null, out as NDArray | undefined);
}

function clipTo(a: ArrayLike, min: ArrayLike | null, max: ArrayLike | null, out: NDArray | undefined): NDArray {
  const options = out === undefined ? undefined : { out };
  if (a instanceof NDArray && isInteger(a.dtype)) {
    // As NumPy: a whole-number bound beyond the integer dtype's range clips nothing (instead of
    // being an OverflowError, as it would be in maximum/minimum).
    const { min: lowest, max: highest } = dtypeRange(a.dtype); // (64-bit maxima as their double, 2**63 or 2**64)
    if (typeof min === "number" && Number.isInteger(min) && min <= lowest) min = null;
    if (typeof max === "number" && Number.isInteger(max) && max >= highest) max = null;
  }
  if (min === null && max === null) return out === undefined ? asarray(a).copy() : copyTo(out, asarray(a));
  if (min === null) return minimum(a, max as ArrayLike, options);
  if (max === null) return maximum(a, min, options);
  return clip3(a, min, max, options);
}

function copyTo(out: NDArray, a: NDArray): NDArray {
  out.set("...", a);
  return out;
}
