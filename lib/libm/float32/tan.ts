// tanf exactly as glibc 2.36 computes it (what NumPy's np.tan calls for float32 arrays), bit for
// bit: the argument reduced in double as sinf's (without fused multiply-adds: glibc has no FMA
// build of tanf), then fdlibm's k_tanf.c (Sun Microsystems, 1993, converted to float by Ian Lance
// Taylor, Cygnus Support; "Permission to use, copy, modify, and distribute this software is
// freely granted, provided that this notice is preserved"), every operation in float32.
import { f, floatBits, fromFloatBits, hornerf } from "./bits";
import { quadrant, reduceFast, reduceLarge } from "./sin";

const PIO4 = fromFloatBits(0x3f490fda);
const PIO4_LO = fromFloatBits(0x33222168);
const T = [
  0x3eaaaaab, 0x3e088889, 0x3d5d0dd1, 0x3cb327a4, 0x3c11371f, 0x3b6b6916, 0x3abede48, 0x3a1a26c8, 0x398137b9, 0x38a3f445, 0x3895c07a,
  0xb79bae5f, 0x37d95384,
].map(fromFloatBits);
const ODD = [T[1], T[3], T[5], T[7], T[9], T[11]];
const EVEN = [T[2], T[4], T[6], T[8], T[10], T[12]];

/** tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1) for |x + y| <= pi/4, in float32 (glibc's __kernel_tanf). */
function kernelTanf(x: number, y: number, iy: number): number {
  const hx = floatBits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x39000000) {
    // |x| < 2^-13
    if ((ix | (iy + 1)) === 0) return f(1 / Math.abs(x));
    return iy === 1 ? x : f(-1 / x);
  }
  const big = ix >= 0x3f2ca140; // |x| >= 0.6744: tan(pi/4 - x) is computed instead
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = f(f(PIO4 - x) + f(PIO4_LO - y));
    y = 0;
    if (Math.abs(x) < 2 ** -13) return f((1 - ((hx >> 30) & 2)) * iy * f(1 - f(2 * iy * x)));
  }
  const z = f(x * x);
  const w = f(z * z);
  // x^5·(T1 + x^4·T3 + ...) + x^5·(x^2·(T2 + x^4·T4 + ...)), as fdlibm splits the sum
  let r = hornerf(w, ODD);
  let v = f(z * hornerf(w, EVEN));
  const s = f(z * x);
  r = f(y + f(z * f(f(s * f(r + v)) + y)));
  r = f(r + f(T[0] * s));
  const sum = f(x + r);
  if (big) {
    v = iy;
    return f((1 - ((hx >> 30) & 2)) * f(v - f(2 * f(x - f(f(f(sum * sum) / f(sum + v)) - r)))));
  }
  if (iy === 1) return sum;
  // -1/(x + r), accurately: split both into high parts of 12 bits
  const zh = fromFloatBits(floatBits(sum) & 0xfffff000);
  v = f(r - f(zh - x)); // zh + v = r + x
  const a = f(-1 / sum);
  const t = fromFloatBits(floatBits(a) & 0xfffff000);
  const s2 = f(1 + f(t * zh));
  return f(t + f(a * f(s2 + f(t * v))));
}

/** tan(x) for a float32 x, bit-identical to glibc's tanf. */
export function tanf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  if (ix <= 0x3f490fda) return kernelTanf(x, 0, 1); // |x| <= pi/4
  if (ix >= 0x7f800000) return NaN; // tan(inf or NaN)
  // rem_pio2f: x - n·pi/2 in double, split into two floats.
  let dx: number;
  if (ix < 0x42f00000) {
    dx = reduceFast(x, false);
  } else {
    dx = reduceLarge(floatBits(x));
    if (x < 0) dx = -dx;
  }
  const hi = f(dx);
  const lo = f(dx - hi);
  return kernelTanf(hi, lo, 1 - ((quadrant[0] & 1) << 1));
}
