// asinhf, acoshf and atanhf exactly as glibc 2.36 computes them (what NumPy's np.arcsinh,
// np.arccosh and np.arctanh call for float32 arrays), bit for bit: fdlibm's s_asinhf.c and
// e_acoshf.c (Sun Microsystems, 1993, converted to float by Ian Lance Taylor, Cygnus Support;
// "Permission to use, copy, modify, and distribute this software is freely granted, provided that
// this notice is preserved") and glibc's e_atanhf.c, in float32 around logf and log1pf.
import { f, floatBits, fromFloatBits } from "./bits";
import { logf } from "./log";
import { log1pf } from "./log1p";

const LN2 = fromFloatBits(0x3f317218);

/** asinh(x) for a float32 x, bit-identical to glibc's asinhf. */
export function asinhf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  if (ix < 0x38000000) return x; // |x| < 2^-14
  let w: number;
  if (ix > 0x47000000) {
    // |x| > 2^14
    if (ix >= 0x7f800000) return x + x; // inf or NaN
    w = f(logf(Math.abs(x)) + LN2);
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      // 2^14 > |x| > 2
      w = logf(f(f(2 * xa) + f(1 / f(f(Math.sqrt(f(f(xa * xa) + 1))) + xa))));
    } else {
      // 2 > |x| > 2^-14
      const t = f(xa * xa);
      w = log1pf(f(xa + f(t / f(1 + f(Math.sqrt(f(1 + t)))))));
    }
  }
  return x < 0 || Object.is(x, -0) ? -Math.abs(w) : Math.abs(w); // copysignf
}

/** acosh(x) for a float32 x, bit-identical to glibc's acoshf. */
export function acoshf(x: number): number {
  const hx = floatBits(x) | 0;
  if (hx < 0x3f800000) return NaN; // x < 1
  if (hx >= 0x4d800000) {
    // x > 2^28
    if (hx >= 0x7f800000) return x + x; // inf or NaN
    return f(logf(x) + LN2); // log(2x)
  }
  if (hx === 0x3f800000) return 0;
  if (hx > 0x40000000) {
    // 2^28 > x > 2
    const t = f(x * x);
    return logf(f(f(2 * x) - f(1 / f(x + f(Math.sqrt(f(t - 1)))))));
  }
  const t = f(x - 1); // 1 < x < 2
  return log1pf(f(t + f(Math.sqrt(f(f(2 * t) + f(t * t))))));
}

/** atanh(x) for a float32 x, bit-identical to glibc's atanhf. */
export function atanhf(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = f(xa + xa);
    t = f(0.5 * log1pf(f(t + f(f(t * xa) / f(1 - xa)))));
  } else if (xa < 1) {
    t = f(0.5 * log1pf(f(f(xa + xa) / f(1 - xa))));
  } else {
    if (xa > 1) return NaN;
    if (xa !== xa) return x + x; // NaN
    return x / 0; // ±inf
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}
