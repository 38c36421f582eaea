// expm1f exactly as glibc 2.36 computes it (what NumPy's np.expm1 calls for float32 arrays, and
// glibc's own tanhf and sinhf), bit for bit: fdlibm's s_expm1f.c (Sun Microsystems, 1993,
// converted to float by Ian Lance Taylor, Cygnus Support; "Permission to use, copy, modify, and
// distribute this software is freely granted, provided that this notice is preserved"), every
// operation in float32 (glibc compiles it without fused multiply-adds).
import { f, floatBits, fromFloatBits, hornerf } from "./bits";

const LN2_HI = fromFloatBits(0x3f317180);
const LN2_LO = fromFloatBits(0x3717f7d1);
const INV_LN2 = fromFloatBits(0x3fb8aa3b);
const O_THRESHOLD = fromFloatBits(0x42b17180);
const Q1 = fromFloatBits(0xbd088889);
const Q2 = fromFloatBits(0x3ad00d01);
const Q3 = fromFloatBits(0xb8a670cd);
const Q4 = fromFloatBits(0x36867e54);
const Q5 = fromFloatBits(0xb457edbb);
const Q = [1, Q1, Q2, Q3, Q4, Q5];
const TINY = f(1e-30);

/** y·2^k by adding k to the exponent field, as fdlibm does (y in [0.5, 4), no overflow). */
function addExponent(y: number, k: number): number {
  return fromFloatBits((floatBits(y) + (k << 23)) >>> 0);
}

/** e^x - 1 for a float32 x, bit-identical to glibc's expm1f. */
export function expm1f(x: number): number {
  const negative = floatBits(x) >= 0x80000000;
  const hx = floatBits(x) & 0x7fffffff;
  // Huge and non-finite arguments.
  if (hx >= 0x4195b844) {
    // |x| >= 27·ln2
    if (hx >= 0x42b17218) {
      if (hx > 0x7f800000) return x + x; // NaN
      if (hx === 0x7f800000) return negative ? -1 : x;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return f(TINY - 1); // -1 with inexact
  }
  let hi: number;
  let lo: number;
  let k: number;
  let c = 0;
  if (hx > 0x3eb17218) {
    // |x| > 0.5·ln2: x = k·ln2 + (hi - lo)
    if (hx < 0x3f851592) {
      // and |x| < 1.5·ln2
      if (!negative) {
        hi = f(x - LN2_HI);
        lo = LN2_LO;
        k = 1;
      } else {
        hi = f(x + LN2_HI);
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(f(f(INV_LN2 * x) + (negative ? -0.5 : 0.5)));
      hi = f(x - f(k * LN2_HI)); // k·ln2_hi is exact here
      lo = f(k * LN2_LO);
    }
    x = f(hi - lo);
    c = f(f(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x; // |x| < 2^-25
  } else {
    k = 0;
  }
  // x is now in the primary range
  const hfx = f(0.5 * x);
  const hxs = f(x * hfx);
  const r1 = hornerf(hxs, Q);
  const t = f(3 - f(r1 * hfx));
  let e = f(hxs * f(f(r1 - t) / f(6 - f(x * t))));
  if (k === 0) return f(x - f(f(x * e) - hxs)); // c is 0
  e = f(f(x * f(e - c)) - c);
  e = f(e - hxs);
  if (k === -1) return f(f(0.5 * f(x - e)) - 0.5);
  if (k === 1) return x < -0.25 ? f(-2 * f(e - f(x + 0.5))) : f(1 + f(2 * f(x - e)));
  if (k <= -2 || k > 56) return f(addExponent(f(1 - f(e - x)), k) - 1); // exp(x) - 1 suffices
  if (k < 23) return addExponent(f(fromFloatBits(0x3f800000 - (0x1000000 >> k)) - f(e - x)), k); // 1 - 2^-k
  return addExponent(f(f(x - f(e + fromFloatBits((0x7f - k) << 23))) + 1), k); // 2^-k
}
