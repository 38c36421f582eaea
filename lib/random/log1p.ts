// log(1 + x) exactly as glibc computes it on x86-64 with FMA (what NumPy's npy_log1p calls: the
// normal and exponential ziggurats take it in their tails), bit for bit. glibc uses fdlibm's
// algorithm (Sun Microsystems, 1993, freely redistributable); its x86-64 FMA build (an ifunc
// variant, read from the machine's libm.so.6) fuses five multiply-adds, which go through `fma`
// here; every other operation is a plain double operation in glibc's order.
//
// It lives beside np.random until lib/libm has its own exact log1p; then this file goes.
//
// Method: 1 + x = 2^k·(1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); log1p(x) = k·ln2 + log(1 + f)
// + c/u (c the rounding error of u = 1 + x), and log(1 + f) = f - (f²/2 - s·(f²/2 + R(s²)))
// with s = f/(2 + f) and R a degree-7 polynomial in s².
import { fma } from "../libm/fma";

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000: k·LN2_HI is exact for |k| < 2000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

/** The high 32 bits of a double, as a signed integer (fdlibm's GET_HIGH_WORD). */
function highWord(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}

/** `x` with its high word replaced (fdlibm's SET_HIGH_WORD). */
function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[1] = hi;
  return f64[0];
}

/**
 * log(1 + x), bit-identical to glibc's `log1p` (x86-64). log1p(-1) = -Infinity, NaN below -1.
 */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422 (or negative)
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (ax < 0x3c900000) return x; // |x| < 2^-54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: no reduction needed
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x; // Infinity or NaN
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // u in [1, sqrt(2))
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // u/2 in [sqrt(2)/2, 1)
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + fma(k, LN2_LO, c);
    }
    const r = hfsq * fma(-f, 0.66666666666666666, 1);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - fma(k, LN2_LO, c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  // R = z·LP1 + z²·(LP2 + z·LP3) + z⁴·(LP4 + z·LP5) + z⁶·(LP6 + z·LP7), fused as glibc fuses it.
  const r = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  const t = s * (hfsq + r);
  if (k === 0) return f - (hfsq - t);
  return k * LN2_HI - (hfsq - (t + fma(k, LN2_LO, c)) - f);
}
