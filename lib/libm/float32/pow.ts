// powf exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.power calls for
// float32 arrays), bit for bit.
//
// The algorithm is Arm's optimized-routines powf (math/powf.c; MIT OR Apache-2.0 WITH
// LLVM-exception), which glibc ships: log2(x) in double to about 2^-33 (logf's tables with a
// degree-5 polynomial), y·log2(x), then exp2f's method; one rounding to float32 at the end. The
// multiply-adds glibc's FMA build fuses (__powf_fma in the shipped libm.so.6) go through `fma`.
import { fma } from "../fma";
import { f, floatBits, fromFloatBits, MAY_UNDERFLOW } from "./bits";
import { C0, C1, C2, exp2Tail, SHIFT_32 } from "./exp";
import { INV_C, OFF } from "./log";

/** log2(c) for logf's 16 subintervals (powf's own table, to more bits than log2f's needs). */
const LOG2_C = new Float64Array([
  -0.48430022186289673, -0.42257122959194704, -0.3633754347673556, -0.30651309567405577, -0.25180720160537634,
  -0.19910014943794563, -0.14825100623281615, -0.09913323807318392, -0.051632812977629436, 0.0, 0.07508531937943004,
  0.15987125980713107, 0.2384046664317681, 0.31288288605863257, 0.38370422656453185, 0.451211048935815,
]);
const A0 = 0.288457581109214;
const A1 = -0.36092606229713164;
const A2 = 0.480898481472577;
const A3 = -0.7213474675006291;
const A4 = 1.4426950408774342;

/** log2 of the float32 with bits `ix` (normalised: subnormals pre-scaled, their exponent field below zero), glibc's log2_inline. */
function log2Inline(ix: number): number {
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const top = tmp & 0xff800000;
  const k = (top | 0) >> 23;
  const z = fromFloatBits((ix - top) >>> 0);
  const r = fma(z, INV_C[i], -1);
  const y0 = LOG2_C[i] + k;
  const r2 = r * r;
  const y = fma(A0, r, A1);
  const p = fma(A2, r, A3);
  const r4 = r2 * r2;
  const q = fma(p, r2, fma(A4, r, y0));
  return fma(y, r4, q);
}

/** 0 if the float32 with bits `iy` (finite, non-zero) is not an integer, 1 if odd, 2 if even. */
function checkint(iy: number): number {
  const e = (iy >>> 23) & 0xff;
  if (e < 0x7f) return 0;
  if (e > 0x7f + 23) return 2;
  if ((iy & ((1 << (0x7f + 23 - e)) - 1)) !== 0) return 0;
  if ((iy & (1 << (0x7f + 23 - e))) !== 0) return 1;
  return 2;
}

/** Whether the bits `ix` are ±0, ±inf or NaN. */
function zeroInfNan(ix: number): boolean {
  return ((2 * ix - 1) >>> 0) >= 2 * 0x7f800000 - 1;
}

/** x^y for float32 x and y, bit-identical to glibc's powf (x86-64, FMA). */
export function powf(x: number, y: number): number {
  let negative = false;
  let ix = floatBits(x);
  const iy = floatBits(y);
  if (((ix - 0x00800000) >>> 0) >= 0x7f800000 - 0x00800000 || zeroInfNan(iy)) {
    // Either (x < 0x1p-126 or inf or nan) or (y is 0 or inf or nan).
    if (zeroInfNan(iy)) {
      if (((2 * iy) >>> 0) === 0) return 1; // (NaN^0 is 1; NumPy has no signalling NaNs to keep)
      if (ix === 0x3f800000) return 1;
      if (((2 * ix) >>> 0) > 2 * 0x7f800000 || ((2 * iy) >>> 0) > 2 * 0x7f800000) return f(x + y);
      if (((2 * ix) >>> 0) === 2 * 0x3f800000) return 1;
      if ((((2 * ix) >>> 0) < 2 * 0x3f800000) === (iy < 0x80000000)) return 0; // |x|<1 && y==inf or |x|>1 && y==-inf
      return f(y * y);
    }
    if (zeroInfNan(ix)) {
      let x2 = f(x * x);
      if (ix >= 0x80000000 && checkint(iy) === 1) x2 = -x2;
      return iy >= 0x80000000 ? f(1 / x2) : x2; // (0^-y: ±inf, the division by zero)
    }
    // x and y are non-zero finite.
    if (ix >= 0x80000000) {
      // Finite x < 0.
      const yint = checkint(iy);
      if (yint === 0) return NaN;
      if (yint === 1) negative = true;
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {
      // Normalise subnormal x so that its exponent field goes below zero.
      ix = (((floatBits(f(x * 2 ** 23)) & 0x7fffffff) >>> 0) - (23 << 23)) >>> 0;
    }
  }
  const ylogx = y * log2Inline(ix);
  if ((ylogx < 0 ? -ylogx : ylogx) >= 126) {
    // |y·log2(x)| >= 126 (glibc tests the top bits of ylogx: the same set of doubles).
    if (ylogx > 127.99999995700433) return negative ? -Infinity : Infinity; // |x^y| > 0x1.ffffffp127
    if (ylogx <= -150) return negative ? -0 : 0;
    if (ylogx < -149) return negative ? -MAY_UNDERFLOW : MAY_UNDERFLOW;
  }
  const kd = ylogx + SHIFT_32 - SHIFT_32; // k/32
  return f(exp2Tail(ylogx - kd, kd * 32, C0, C1, C2, negative));
}
