// log10 exactly as glibc 2.36 computes it (what NumPy's np.log10 calls on CPUs without AVX-512),
// bit for bit: fdlibm's e_log10.c (Sun Microsystems, 1993, freely redistributable), compiled
// without FMA, on glibc's log (its FMA build, log.ts): x = 2^k·m, log10 x = k·log10(2) + log(m)/ln 10.
import { log } from "./log";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const INV_LN10 = 0.4342944819032518;
const LOG10_2_HI = 0.30102999566361177;
const LOG10_2_LO = 3.694239077158931e-13;

/** Base-10 logarithm, bit-identical to glibc's `log10`: log10(0) = -Infinity, log10(negative) = NaN. */
export function log10(x: number): number {
  let k = 0;
  f64[0] = x;
  let hi = u32[1];
  if (hi < 0x00100000 || hi >= 0x80000000) {
    // x < 2^-1022 (or negative)
    if (x === 0) return -Infinity;
    if (x < 0 || x !== x) return NaN;
    k -= 54;
    f64[0] = x * 2 ** 54; // subnormal: scale up
    hi = u32[1];
  }
  if (hi >= 0x7ff00000) return x + x;
  k += (hi >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  u32[1] = (hi & 0x000fffff) | ((0x3ff - i) << 20); // m in [1, 2), or [0.5, 1) when k < 0
  const y = k + i;
  const z = y * LOG10_2_LO + INV_LN10 * log(f64[0]);
  return z + y * LOG10_2_HI;
}
