// asinh, acosh and atanh exactly as glibc 2.36 computes them (what NumPy's np.arcsinh,
// np.arccosh and np.arctanh call), bit for bit: fdlibm's s_asinh.c, e_acosh.c and e_atanh.c
// (Sun Microsystems, 1993, freely redistributable; atanh as rewritten in glibc), compiled without
// FMA, on glibc's log and log1p (their FMA builds, log.ts and log1p.ts).
import { log } from "./log";
import { log1p } from "./log1p";

const LN2 = 0.6931471805599453;

/** Inverse hyperbolic sine, bit-identical to glibc's `asinh`. */
export function asinh(x: number): number {
  const xa = Math.abs(x);
  let w: number;
  if (xa < 2 ** -28) return x;
  if (xa > 2 ** 28) {
    if (!(xa < Infinity)) return x + x;
    w = log(xa) + LN2;
  } else if (xa > 2) {
    w = log(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
  } else {
    const t = xa * xa;
    w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** Inverse hyperbolic cosine, bit-identical to glibc's `acosh`: NaN below 1. */
export function acosh(x: number): number {
  if (x > 2) {
    if (x >= 2 ** 28) return x === Infinity ? x : log(x) + LN2;
    return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  }
  if (x > 1) {
    const t = x - 1;
    return log1p(t + Math.sqrt(2 * t + t * t));
  }
  return x === 1 ? 0 : NaN;
}

/** Inverse hyperbolic tangent, bit-identical to glibc's `atanh`: ±Infinity at ±1, NaN beyond. */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * log1p((xa + xa) / (1 - xa));
  } else {
    if (xa > 1) return NaN;
    return xa === 1 ? x / 0 : x + x; // ±Infinity, or NaN
  }
  return x < 0 ? -t : t;
}
