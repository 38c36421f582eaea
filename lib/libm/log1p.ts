// log(1 + x) exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.log1p calls,
// and glibc's own atanh and asinh), bit for bit.
//
// The algorithm is fdlibm's s_log1p.c (Sun Microsystems, 1993, freely redistributable), which glibc
// ships: 1 + x = 2^k·(1 + f) with a correction c for the rounding of 1 + x, then log(1 + f) from
// s = f/(2 + f) and a polynomial in s². glibc's FMA build fuses the multiply-adds marked `fma`.
import { fma } from "./fma";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const LN2_HI = 0.6931471803691238; // 32 bits: k·LN2_HI is exact
const LN2_LO = 1.9082149292705877e-10;
const LP1 = 0.6666666666666735;
const LP2 = 0.3999999999940942;
const LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784;
const LP5 = 0.1818357216161805;
const LP6 = 0.15313837699209373;
const LP7 = 0.14798198605116586;

/**
 * log(1 + x), bit-identical to glibc's `log1p` (x86-64 FMA build); accurate also for tiny x,
 * where `log(1 + x)` loses every digit. log1p(-1) = -Infinity, log1p(x < -1) = NaN.
 */
export function log1p(x: number): number {
  f64[0] = x;
  const hx = u32[1] | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: no reduction
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      f64[0] = u;
      hu = u32[1];
      k = (hu >> 20) - 1023;
      c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u; // the rounding error of 1 + x, relative
    } else {
      u = x;
      hu = hx;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    f64[0] = u;
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u32[1] = hu | 0x3ff00000; // u in [1, sqrt 2)
    } else {
      k += 1;
      u32[1] = hu | 0x3fe00000; // u/2 in [sqrt 2 / 2, 1)
      hu = (0x00100000 - hu) >> 2;
    }
    f = f64[0] - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + fma(k, LN2_LO, c);
    const r = fma(-f, 0.6666666666666666, 1) * hfsq;
    if (k === 0) return f - r;
    return k * LN2_HI - (r - fma(k, LN2_LO, c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = fma(z2 * z4, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  const sr = s * (hfsq + r);
  if (k === 0) return f - (hfsq - sr);
  return k * LN2_HI - (hfsq - (fma(k, LN2_LO, c) + sr) - f);
}
