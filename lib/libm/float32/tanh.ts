// tanhf exactly as glibc 2.36 computes it (what NumPy's np.tanh calls for float32 arrays), bit for
// bit: fdlibm's s_tanhf.c (Sun Microsystems, 1993, converted to float by Ian Lance Taylor, Cygnus
// Support; "Permission to use, copy, modify, and distribute this software is freely granted,
// provided that this notice is preserved") on top of expm1f, every operation in float32.
import { f, floatBits } from "./bits";
import { expm1f } from "./expm1";

/** tanh(x) for a float32 x, bit-identical to glibc's tanhf. */
export function tanhf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  if (ix >= 0x7f800000) return x !== x ? x : x > 0 ? 1 : -1; // tanh(±inf) = ±1, tanh(NaN) = NaN
  let z: number;
  if (ix < 0x41b00000) {
    // |x| < 22
    if (ix === 0) return x; // ±0
    if (ix < 0x24000000) return f(x * f(1 + x)); // |x| < 2^-55
    if (ix >= 0x3f800000) {
      // |x| >= 1
      const t = expm1f(f(2 * Math.abs(x)));
      z = f(1 - f(2 / f(t + 2)));
    } else {
      const t = expm1f(f(-2 * Math.abs(x)));
      z = f(-t / f(t + 2));
    }
  } else {
    z = 1; // |x| >= 22: 1 - tiny rounds to 1
  }
  return x < 0 ? -z : z;
}
