// log1pf exactly as glibc 2.36 computes it (what NumPy's np.log1p calls for float32 arrays, and
// glibc's own asinhf, acoshf and atanhf), bit for bit: fdlibm's s_log1pf.c (Sun Microsystems,
// 1993, converted to float by Ian Lance Taylor, Cygnus Support; "Permission to use, copy, modify,
// and distribute this software is freely granted, provided that this notice is preserved"),
// every operation in float32.
import { f, floatBits, fromFloatBits, hornerf } from "./bits";

const LN2_HI = fromFloatBits(0x3f317180);
const LN2_LO = fromFloatBits(0x3717f7d1);
const LP = [0x3f2aaaab, 0x3ecccccd, 0x3e924925, 0x3e638e29, 0x3e3a3325, 0x3e1cd04f, 0x3e178897].map(fromFloatBits);
const TWO_THIRDS = f(0.66666666666666666);

/** log(1 + x) for a float32 x, bit-identical to glibc's log1pf. */
export function log1pf(x: number): number {
  const hx = floatBits(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f0 = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    // x < 0.41422
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x31000000) {
      // |x| < 2^-29
      if (ax < 0x24800000) return x; // |x| < 2^-54
      return f(x - f(f(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f0 = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f(1 + x);
      hu = floatBits(u);
      k = (hu >> 23) - 127;
      // correction term
      c = k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1));
      c = f(c / u);
    } else {
      u = x;
      hu = floatBits(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = fromFloatBits(hu | 0x3f800000); // normalise u
    } else {
      k += 1;
      u = fromFloatBits(hu | 0x3f000000); // normalise u/2
      hu = (0x00800000 - hu) >> 2;
    }
    f0 = f(u - 1);
  }
  const hfsq = f(f(0.5 * f0) * f0);
  if (hu === 0) {
    // |f| < 2^-20
    if (f0 === 0) {
      if (k === 0) return 0;
      c = f(c + f(k * LN2_LO));
      return f(f(k * LN2_HI) + c);
    }
    const R = f(hfsq * f(1 - f(TWO_THIRDS * f0)));
    if (k === 0) return f(f0 - R);
    return f(f(k * LN2_HI) - f(f(R - f(f(k * LN2_LO) + c)) - f0));
  }
  const s = f(f0 / f(2 + f0));
  const z = f(s * s);
  const R = f(z * hornerf(z, LP));
  if (k === 0) return f(f0 - f(hfsq - f(s * f(hfsq + R))));
  return f(f(k * LN2_HI) - f(f(hfsq - f(f(s * f(hfsq + R)) + f(f(k * LN2_LO) + c))) - f0));
}
