// atanf and atan2f exactly as glibc 2.36 computes them (what NumPy's np.arctan and np.arctan2
// call for float32 arrays), bit for bit: fdlibm's s_atanf.c and e_atan2f.c (Sun Microsystems,
// 1993, converted to float by Ian Lance Taylor, Cygnus Support; "Permission to use, copy, modify,
// and distribute this software is freely granted, provided that this notice is preserved"), every
// operation in float32.
import { f, floatBits, fromFloatBits, hornerf } from "./bits";

const ATAN_HI = [0x3eed6338, 0x3f490fda, 0x3f7b985e, 0x3fc90fda].map(fromFloatBits);
const ATAN_LO = [0x31ac3769, 0x33222168, 0x33140fb4, 0x33a22168].map(fromFloatBits);
// (The first is 0x3eaaaaab, what fdlibm's decimal 3.3333334327e-01 compiles to; its comment says 0x3eaaaaaa.)
const AT = [
  0x3eaaaaab, 0xbe4ccccd, 0x3e124925, 0xbde38e38, 0x3dba2e6e, 0xbd9d8795, 0x3d886b35, 0xbd6ef16b, 0x3d4bda59, 0xbd15a221, 0x3c8569d7,
].map(fromFloatBits);
const EVEN = [AT[0], AT[2], AT[4], AT[6], AT[8], AT[10]];
const ODD = [AT[1], AT[3], AT[5], AT[7], AT[9]];

/** atan(x) for a float32 x, bit-identical to glibc's atanf. */
export function atanf(x: number): number {
  const hx = floatBits(x) | 0;
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x4c000000) {
    // |x| >= 2^25
    if (ix > 0x7f800000) return x + x; // NaN
    return hx > 0 ? f(ATAN_HI[3] + ATAN_LO[3]) : f(-ATAN_HI[3] - ATAN_LO[3]);
  }
  if (ix < 0x3ee00000) {
    // |x| < 0.4375
    if (ix < 0x31000000) return x; // |x| < 2^-29
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      // |x| < 1.1875
      if (ix < 0x3f300000) {
        id = 0; // 7/16 <= |x| < 11/16
        x = f(f(f(2 * x) - 1) / f(2 + x));
      } else {
        id = 1; // 11/16 <= |x| < 19/16
        x = f(f(x - 1) / f(x + 1));
      }
    } else if (ix < 0x401c0000) {
      id = 2; // |x| < 2.4375
      x = f(f(x - 1.5) / f(1 + f(1.5 * x)));
    } else {
      id = 3; // 2.4375 <= |x| < 2^25
      x = f(-1 / x);
    }
  }
  const z = f(x * x);
  const w = f(z * z);
  // the sum over i of AT[i]·z^(i+1), split into odd and even polynomials
  const s1 = f(z * hornerf(w, EVEN));
  const s2 = f(w * hornerf(w, ODD));
  if (id < 0) return f(x - f(x * f(s1 + s2)));
  const r = f(ATAN_HI[id] - f(f(f(x * f(s1 + s2)) - ATAN_LO[id]) - x));
  return hx < 0 ? -r : r;
}

const TINY = f(1e-30);
const PI_O_4 = fromFloatBits(0x3f490fdb);
const PI_O_2 = fromFloatBits(0x3fc90fdb);
const PI = fromFloatBits(0x40490fdb);
const PI_LO = fromFloatBits(0xb3bbbd2e);

/** The angle of (x, y) from the positive x axis, atan2(y, x), for float32 y and x: bit-identical to glibc's atan2f. */
export function atan2f(y: number, x: number): number {
  const hx = floatBits(x) | 0;
  const ix = hx & 0x7fffffff;
  const hy = floatBits(y) | 0;
  const iy = hy & 0x7fffffff;
  if (ix > 0x7f800000 || iy > 0x7f800000) return x + y; // NaN
  if (hx === 0x3f800000) return atanf(y); // x = 1
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2); // 2·sign(x) + sign(y)
  if (iy === 0) {
    // y = ±0
    if (m < 2) return y;
    return m === 2 ? f(PI + TINY) : f(-PI - TINY);
  }
  if (ix === 0) return hy < 0 ? f(-PI_O_2 - TINY) : f(PI_O_2 + TINY); // x = ±0
  if (ix === 0x7f800000) {
    if (iy === 0x7f800000) return [f(PI_O_4 + TINY), f(-PI_O_4 - TINY), f(f(3 * PI_O_4) + TINY), f(f(-3 * PI_O_4) - TINY)][m];
    return [0, -0, f(PI + TINY), f(-PI - TINY)][m];
  }
  if (iy === 0x7f800000) return hy < 0 ? f(-PI_O_2 - TINY) : f(PI_O_2 + TINY);
  // y/x
  const k = (iy - ix) >> 23;
  let z: number;
  if (k > 60) z = f(PI_O_2 + f(0.5 * PI_LO)); // |y/x| > 2^60
  else if (hx < 0 && k < -60) z = 0; // |y|/x < -2^60
  else z = atanf(Math.abs(f(y / x)));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return f(PI - f(z - PI_LO));
    default:
      return f(f(z - PI_LO) - PI);
  }
}
