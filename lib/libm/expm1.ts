// e^x - 1 exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.expm1 calls, and
// glibc's own tanh, sinh and cosh), bit for bit.
//
// The algorithm is fdlibm's s_expm1.c (Sun Microsystems, 1993: "Permission to use, copy, modify,
// and distribute this software is freely granted, provided that this notice is preserved"), which
// glibc ships: x = k·ln2 + r, e^r - 1 by a rational approximation in r²/2, then rescaled by 2^k.
// glibc's FMA build fuses the multiply-adds marked `fma` (GCC's choice, read from its output).
import { fma } from "./fma";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const O_THRESHOLD = 709.782712893384; // above this e^x - 1 overflows
const LN2_HI = 0.6931471803691238; // 32 bits: t·LN2_HI is exact for |t| < 2^21
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634;
const Q1 = -0.03333333333333313;
const Q2 = 0.0015873015872548146;
const Q3 = -7.93650757867488e-5;
const Q4 = 4.008217827329362e-6;
const Q5 = -2.0109921818362437e-7;

/** y·2^k for y in [0.5, 4) (and k within the exponent range), as fdlibm does: add k to the exponent. */
function scaleByExponent(y: number, k: number): number {
  f64[0] = y;
  u32[1] = (u32[1] + (k << 20)) >>> 0;
  return f64[0];
}

/** A double with high word `hi` and low word 0. */
function fromHigh(hi: number): number {
  u32[0] = 0;
  u32[1] = hi >>> 0;
  return f64[0];
}

/**
 * e^x - 1, bit-identical to glibc's `expm1` (x86-64 FMA build); accurate also for tiny x, where
 * `exp(x) - 1` loses every digit. expm1(-Infinity) = -1, overflow gives Infinity.
 */
export function expm1(x: number): number {
  f64[0] = x;
  const hxFull = u32[1];
  const negative = hxFull >>> 31 === 1;
  const hx = hxFull & 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56·ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) return x !== x ? x + x : negative ? -1 : x;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1; // e^x is below 2^-56: -1 after rounding
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: reduce x = k·ln2 + (hi - lo)
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI; // exact, fused or not
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54: e^x - 1 rounds to x
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const r1 = fma(h2 * h2, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1)));
  const t = fma(-hfx, r1, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(e - c, x, -c) - hxs;
  if (k === -1) return fma(x - e, 0.5, -0.5);
  if (k === 1) return x < -0.25 ? (e - (x + 0.5)) * -2 : fma(x - e, 2, 1);
  if (k <= -2 || k > 56) return scaleByExponent(1 - (e - x), k) - 1;
  if (k < 20) return scaleByExponent(fromHigh(0x3ff00000 - (0x200000 >> k)) - (e - x), k); // 1 - 2^-k
  return scaleByExponent(x - (e + fromHigh((0x3ff - k) << 20)) + 1, k); // 2^-k
}
