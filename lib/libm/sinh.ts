// sinh and cosh exactly as glibc 2.36 computes them (what NumPy's np.sinh and np.cosh call on
// CPUs without AVX-512), bit for bit: fdlibm's e_sinh.c and e_cosh.c (Sun Microsystems, 1993,
// freely redistributable), which glibc compiles without FMA, on glibc's exp and expm1 (their FMA
// builds, exp.ts and expm1.ts).
import { exp } from "./exp";
import { expm1 } from "./expm1";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

/** |x| below which sinh and cosh overflow: 0x408633ce8fb9f87d, about 710.4758600739439. */
const OVERFLOW_HI = 0x408633ce;
const OVERFLOW_LO = 0x8fb9f87d;

/** Whether |x| (high word ix, low word lx) is at most the overflow threshold. */
function belowOverflow(ix: number, lx: number): boolean {
  return ix < OVERFLOW_HI || (ix === OVERFLOW_HI && lx <= OVERFLOW_LO);
}

/** Hyperbolic sine, bit-identical to glibc's `sinh`: sinh(±Infinity) = ±Infinity. */
export function sinh(x: number): number {
  f64[0] = x;
  const ix = u32[1] & 0x7fffffff;
  const lx = u32[0];
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| < 22: sign(x)·(E + E/(E + 1))/2 with E = e^|x| - 1
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax); // |x| < log(DBL_MAX)
  if (belowOverflow(ix, lx)) {
    const w = exp(0.5 * ax);
    return h * w * w;
  }
  return x * 1e307; // overflow: ±Infinity
}

/** Hyperbolic cosine, bit-identical to glibc's `cosh`: cosh(±Infinity) = Infinity. */
export function cosh(x: number): number {
  f64[0] = x;
  const ix = u32[1] & 0x7fffffff;
  const lx = u32[0];
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2/2: 1 + (e^|x| - 1)²/(2e^|x|)
      if (ix < 0x3c800000) return 1;
      const t = expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (belowOverflow(ix, lx)) {
    const w = exp(0.5 * ax);
    return 0.5 * w * w;
  }
  return ix >= 0x7ff00000 ? x * x : Infinity;
}
