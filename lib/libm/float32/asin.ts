// asinf and acosf exactly as glibc 2.36 computes them (what NumPy's np.arcsin and np.arccos call
// for float32 arrays), bit for bit, every operation in float32: glibc's e_asinf.c (its
// polynomial from Stephen L. Moshier's Cephes library) and fdlibm's e_acosf.c (Sun
// Microsystems, 1993, converted to float by Ian Lance Taylor, Cygnus Support; "Permission to
// use, copy, modify, and distribute this software is freely granted, provided that this notice
// is preserved").
import { f, floatBits, fromFloatBits, hornerf } from "./bits";

const ASIN_PIO2_HI = f(1.57079637050628662109375);
const ASIN_PIO2_LO = f(-4.37113900018624283e-8);
const PIO4_HI = f(0.785398185253143310546875);
const P0 = f(1.666675248e-1);
const P1 = f(7.495297643e-2);
const P2 = f(4.547037598e-2);
const P3 = f(2.417951451e-2);
const P4 = f(4.21663088e-2);
const P = [P0, P1, P2, P3, P4];

/** t·(p0 + t·(p1 + ...)), asinf's polynomial. */
function asinPoly(t: number): number {
  return f(t * hornerf(t, P));
}

/** asin(x) for a float32 x, bit-identical to glibc's asinf. */
export function asinf(x: number): number {
  const hx = floatBits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return f(f(x * ASIN_PIO2_HI) + f(x * ASIN_PIO2_LO)); // asin(±1) = ±pi/2
  if (ix > 0x3f800000) return NaN; // |x| > 1
  if (ix < 0x3f000000) {
    // |x| < 0.5
    if (ix < 0x32000000) return x; // |x| < 2^-27
    const t = f(x * x);
    return f(x + f(x * asinPoly(t)));
  }
  // 0.5 <= |x| < 1
  const w = f(1 - Math.abs(x));
  let t = f(w * 0.5);
  const p = asinPoly(t);
  const s = f(Math.sqrt(t));
  if (ix >= 0x3f79999a) {
    // |x| > 0.975
    t = f(ASIN_PIO2_HI - f(f(2 * f(s + f(s * p))) - ASIN_PIO2_LO));
  } else {
    const wh = fromFloatBits(floatBits(s) & 0xfffff000);
    const c = f(f(t - f(wh * wh)) / f(s + wh));
    const p2 = f(f(f(2 * s) * p) - f(ASIN_PIO2_LO - f(2 * c)));
    const q = f(PIO4_HI - f(2 * wh));
    t = f(PIO4_HI - f(p2 - q));
  }
  return hx > 0 ? t : -t;
}

const PI = fromFloatBits(0x40490fda);
const PIO2_HI = fromFloatBits(0x3fc90fda);
const PIO2_LO = fromFloatBits(0x33a22168);
const PS = [0x3e2aaaab, 0xbea6b090, 0x3e4e0aa8, 0xbd241146, 0x3a4f7f04, 0x3811ef08].map(fromFloatBits);
const QS = [0x3f800000, 0xc019d139, 0x4001572d, 0xbf303361, 0x3d9dc62e].map(fromFloatBits); // 1 + z·(qS1 + ...)

/** p(z)/q(z), acosf's rational approximation. */
function acosRatio(z: number): number {
  const p = f(z * hornerf(z, PS));
  const q = hornerf(z, QS);
  return f(p / q);
}

/** acos(x) for a float32 x, bit-identical to glibc's acosf. */
export function acosf(x: number): number {
  const hx = floatBits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return hx > 0 ? 0 : f(PI + f(2 * PIO2_LO)); // acos(1) = 0, acos(-1) = pi
  if (ix > 0x3f800000) return NaN; // |x| > 1
  if (ix < 0x3f000000) {
    // |x| < 0.5
    if (ix <= 0x32800000) return f(PIO2_HI + PIO2_LO); // |x| <= 2^-26
    const r = acosRatio(f(x * x));
    return f(PIO2_HI - f(x - f(PIO2_LO - f(x * r))));
  }
  if (hx < 0) {
    // x < -0.5
    const z = f(f(1 + x) * 0.5);
    const r = acosRatio(z);
    const s = f(Math.sqrt(z));
    const w = f(f(r * s) - PIO2_LO);
    return f(PI - f(2 * f(s + w)));
  }
  // x > 0.5
  const z = f(f(1 - x) * 0.5);
  const s = f(Math.sqrt(z));
  const df = fromFloatBits(floatBits(s) & 0xfffff000);
  const c = f(f(z - f(df * df)) / f(s + df));
  const r = acosRatio(z);
  const w = f(f(r * s) + c);
  return f(2 * f(df + w));
}
