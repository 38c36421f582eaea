// log10f exactly as glibc 2.36 computes it (what NumPy's np.log10 calls for float32 arrays), bit
// for bit: fdlibm's e_log10f.c (Sun Microsystems, 1993, converted to float by Ian Lance Taylor,
// Cygnus Support; "Permission to use, copy, modify, and distribute this software is freely
// granted, provided that this notice is preserved") in float32, around glibc's logf.
import { f, floatBits, fromFloatBits } from "./bits";
import { logf } from "./log";

const TWO25 = 33554432;
const IVLN10 = fromFloatBits(0x3ede5bd9);
const LOG10_2HI = fromFloatBits(0x3e9a2080);
const LOG10_2LO = fromFloatBits(0x355427db);

/** log10(x) for a float32 x, bit-identical to glibc's log10f. */
export function log10f(x: number): number {
  let hx = floatBits(x) | 0;
  let k = 0;
  if (hx < 0x00800000) {
    // x < 2^-126
    if ((hx & 0x7fffffff) === 0) return -Infinity; // log(±0)
    if (hx < 0) return NaN; // log(negative)
    k -= 25; // subnormal: scale x up
    x = f(x * TWO25);
    hx = floatBits(x) | 0;
  }
  if (hx >= 0x7f800000) return x + x;
  k += (hx >> 23) - 127;
  const i = (k >>> 31) & 1;
  hx = (hx & 0x007fffff) | ((0x7f - i) << 23);
  const y = k + i; // (as a float: exact)
  const z = f(f(y * LOG10_2LO) + f(IVLN10 * logf(fromFloatBits(hx))));
  return f(z + f(y * LOG10_2HI));
}
