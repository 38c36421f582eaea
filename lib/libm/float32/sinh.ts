// sinhf and coshf exactly as glibc 2.36 computes them (what NumPy's np.sinh and np.cosh call for
// float32 arrays), bit for bit: fdlibm's e_sinhf.c and e_coshf.c (Sun Microsystems, 1993,
// converted to float by Ian Lance Taylor, Cygnus Support; "Permission to use, copy, modify, and
// distribute this software is freely granted, provided that this notice is preserved") in
// float32, on top of expm1f and glibc's expf (its FMA build, which glibc's internal calls reach).
import { f, floatBits } from "./bits";
import { expf } from "./exp";
import { expm1f } from "./expm1";

/** sinh(x) for a float32 x, bit-identical to glibc's sinhf. */
export function sinhf(x: number): number {
  const jx = floatBits(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return x + x; // inf or NaN
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x41b00000) {
    // |x| < 22: sign(x)·0.5·(E + E/(E + 1)), E = expm1(|x|)
    if (ix < 0x31800000) return x; // |x| < 2^-28
    const t = expm1f(ax);
    if (ix < 0x3f800000) return f(h * f(f(2 * t) - f(f(t * t) / f(t + 1))));
    return f(h * f(t + f(t / f(t + 1))));
  }
  if (ix < 0x42b17180) return f(h * expf(ax)); // |x| in [22, log(FLT_MAX)]: 0.5·exp(|x|)
  if (ix <= 0x42b2d4fc) {
    // up to the overflow threshold: 0.5·exp(|x|/2)·exp(|x|/2)
    const w = expf(f(0.5 * ax));
    return f(f(h * w) * w);
  }
  return x < 0 ? -Infinity : Infinity; // overflow
}

/** cosh(x) for a float32 x, bit-identical to glibc's coshf. */
export function coshf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x41b00000) {
    // |x| < 22
    if (ix < 0x3eb17218) {
      // |x| < 0.5·ln2: 1 + expm1(|x|)^2 / (2·exp(|x|))
      if (ix < 0x24000000) return 1;
      const t = expm1f(ax);
      const w = f(1 + t);
      return f(1 + f(f(t * t) / f(w + w)));
    }
    const t = expf(ax); // (exp(|x|) + 1/exp(|x|)) / 2
    return f(f(0.5 * t) + f(0.5 / t));
  }
  if (ix < 0x42b17180) return f(0.5 * expf(ax));
  if (ix <= 0x42b2d4fc) {
    const w = expf(f(0.5 * ax));
    return f(f(0.5 * w) * w);
  }
  if (ix >= 0x7f800000) return f(x * x); // inf or NaN
  return Infinity;
}
