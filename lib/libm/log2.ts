// log2 exactly as glibc 2.36 (Debian 12) computes it on x86-64 with FMA (what NumPy's np.log2
// calls on CPUs without AVX-512), bit for bit. The algorithm is Arm's optimized-routines log2
// (math/log2.c), which glibc ships: x = 2^k·z, log2(x) = k + log2(c) + log2(z/c) with c from a
// 64-entry table, and a separate polynomial near 1. The multiply-adds that glibc's FMA build fuses
// (GCC's choice, read from its output) go through `fma`.
import { fma, productError, sumIsCertain } from "./fma";
import { A, B, INV_LN2_HI, INV_LN2_LO, TABLE } from "./log2_table";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const NEAR_ONE_LOW = 1 - 0x15b51 * 2 ** -21; // 1 - 0x1.5b51p-5
const NEAR_ONE_HIGH = 1 + 0x16ab2 * 2 ** -21; // 1 + 0x1.6ab2p-5

function nearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const hi = r * INV_LN2_HI;
  let lo = fma(INV_LN2_LO, r, productError(INV_LN2_HI, r, hi)); // fma(r, hi, -hi) is the product's error
  const r2 = r * r;
  const r4 = r2 * r2;
  const b01 = fma(B[1], r, B[0]);
  const y = fma(b01, r2, hi);
  lo += fma(b01, r2, hi - y);
  const lower = fma(fma(B[5], r, B[4]), r2, fma(B[3], r, B[2]));
  const upper = fma(fma(B[9], r, B[8]), r2, fma(B[7], r, B[6]));
  lo = fma(fma(upper, r4, lower), r4, lo);
  return y + lo;
}

/** Base-2 logarithm, bit-identical to glibc's `log2`: log2(0) = -Infinity, log2(negative) = NaN. */
export function log2(x: number): number {
  if (x >= NEAR_ONE_LOW && x < NEAR_ONE_HIGH) return nearOne(x);
  f64[0] = x;
  let hi = u32[1];
  let lo = u32[0];
  if (hi - 0x00100000 >= 0x7ff00000 - 0x00100000 || hi < 0x00100000) {
    // x < 2^-1022, negative, infinite or NaN
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN;
    f64[0] = x * 2 ** 52; // subnormal: normalise, the exponent wrapping below zero
    hi = (u32[1] - (52 << 20)) >>> 0;
    lo = u32[0];
  }
  const tmpHi = (hi - 0x3fe60000) | 0;
  const i = 2 * ((tmpHi >>> 14) & 63);
  const kd = tmpHi >> 20;
  u32[0] = lo;
  u32[1] = (hi - (tmpHi & 0xfff00000)) >>> 0;
  const z = f64[0];
  const invc = TABLE[i];
  const logc = TABLE[i + 1];
  // r = fma(invc, z, -1) exactly: z·invc is within 1/128 of 1, so zc - 1 is exact.
  const zc = z * invc;
  const r = zc - 1 + productError(z, invc, zc);
  const t1 = INV_LN2_HI * r;
  const t3 = logc + kd;
  const sum = t1 + t3;
  const r2 = r * r;
  // The low part unfused first: within 2^-64.2 of glibc's (the polynomial to a few ulps times
  // r² < 2^-14, and the last multiply-add's rounding), enough unless sum + low lies that close
  // to a rounding boundary (about 3% of inputs).
  const base = t3 - sum + t1;
  const p = (A[5] * r + A[4]) * (r2 * r2) + ((A[3] * r + A[2]) * r2 + (A[1] * r + A[0]));
  const low = r2 * p + (base + (INV_LN2_LO * r + productError(INV_LN2_HI, r, t1)));
  if (sumIsCertain(sum, low, 2 ** -63)) return low + sum;
  const t2 = fma(INV_LN2_LO, r, productError(INV_LN2_HI, r, t1));
  const pf = fma(fma(A[5], r, A[4]), r2 * r2, fma(fma(A[3], r, A[2]), r2, fma(A[1], r, A[0])));
  return fma(r2, pf, base + t2) + sum;
}
