// x^y exactly as glibc computes it on x86-64 with FMA (what NumPy's np.power calls for float64
// on CPUs without AVX-512), bit for bit. V8's `**` and Math.pow are off by an ulp on a few
// percent of inputs (0.9 ** 4 is 0.6561000000000001 in V8, 0.6561 in glibc).
//
// The algorithm is Arm's optimized-routines pow (math/pow.c), which glibc ships: log(x) to about
// 68 bits as hi + lo, y·log(x) as ehi + elo, then exp(ehi + elo) as in exp.ts. The multiply-adds
// that glibc's FMA build fuses (read from GCC's output for glibc's source with glibc's flags, which
// reproduces the shipped machine code instruction for instruction) go through `fma`.
import { fma, productError } from "./fma";
import { expFast, expInline, SIGN_BIAS } from "./exp";
import { A, LN2_HI, LN2_LO, TABLE } from "./pow_table";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

/** High word of OFF = 0x3fe6955500000000: log's subintervals start at 0x1.69555p-1. */
const OFF_HI = 0x3fe69555;

// logInline's result: log(x) = [0] + [1], [1] carrying about 15 more bits. (A typed array: V8
// would box a double kept in a module variable on every write.)
const logParts = new Float64Array(2);

/**
 * log(x) of pow (glibc's log_inline) for x's bits `hi`, `lo`: x normalised, with subnormals
 * pre-scaled so that the exponent field has wrapped below zero (sign bit set). `exact` emulates
 * glibc's fused multiply-adds; without it they are plain, which moves the sum by < 2^-100·|log x|.
 */
function logInline(hi: number, lo: number, exact: boolean): void {
  const tmpHi = (hi - OFF_HI) | 0;
  const i = 3 * ((tmpHi >>> 13) & 127);
  const kd = tmpHi >> 20; // arithmetic shift: the exponent of x relative to OFF
  u32[0] = lo;
  u32[1] = (hi - (tmpHi & 0xfff00000)) >>> 0;
  const z = f64[0];
  const invc = TABLE[i];
  const logc = TABLE[i + 1];
  const logctail = TABLE[i + 2];
  // r = z·invc - 1 is exact (1/c has few bits), so its fused form is the exact one.
  const zc = z * invc;
  const r = zc - 1 + productError(z, invc, zc);
  // kd·LN2_HI is exact (LN2_HI ends in zeros), so t1's fused and plain forms agree.
  const t1 = kd * LN2_HI + logc;
  const t2 = r + t1;
  const lo2 = r + (t1 - t2);
  const ar = r * A[0];
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hiSum = t2 + ar2;
  const lo3 = productError(r, ar, ar2); // fma(r, ar, -ar2): the rounding error of ar2
  const lo4 = ar2 + (t2 - hiSum);
  let loSum: number;
  if (exact) {
    const lo1 = fma(kd, LN2_LO, logctail);
    const p = fma(ar2, fma(ar2, fma(r, A[6], A[5]), fma(r, A[4], A[3])), fma(r, A[2], A[1]));
    loSum = fma(ar3, p, lo4 + (lo3 + (lo1 + lo2)));
  } else {
    const lo1 = kd * LN2_LO + logctail;
    const p = ar2 * (ar2 * (r * A[6] + A[5]) + (r * A[4] + A[3])) + (r * A[2] + A[1]);
    loSum = ar3 * p + (lo4 + (lo3 + (lo1 + lo2)));
  }
  const y = hiSum + loSum;
  logParts[0] = y;
  logParts[1] = loSum + (hiSum - y);
}

/**
 * 0 if y is not an integer, 1 if odd, 2 if even, for y's bits `hi`, `lo` (y finite and non-zero).
 */
function checkInt(hi: number, lo: number): number {
  const e = (hi >>> 20) & 0x7ff;
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  const shift = 0x3ff + 52 - e; // bits below the units place, 0..52
  if (shift >= 32) {
    const s = shift - 32;
    if (lo !== 0 || (s > 0 && (hi & ((1 << s) - 1)) !== 0)) return 0;
    return ((hi >>> s) & 1) === 1 ? 1 : 2;
  }
  if (shift > 0 && lo << (32 - shift) !== 0) return 0;
  return ((lo >>> shift) & 1) === 1 ? 1 : 2;
}

/**
 * x raised to the power y, bit-identical to glibc's `pow` (x86-64 FMA build), which NumPy's
 * `np.power` calls for float64. C99's special cases: pow(x, ±0) = 1 and pow(1, y) = 1 even for
 * NaN, pow(negative, non-integer) = NaN, pow(±0, negative) = ±Infinity, overflow to ±Infinity.
 */
export function pow(x: number, y: number): number {
  f64[0] = x;
  let ixHi = u32[1];
  let ixLo = u32[0];
  f64[0] = y;
  const iyHi = u32[1];
  const iyLo = u32[0];
  let topx = ixHi >>> 20;
  const topy = (iyHi >>> 20) & 0x7ff;
  let signBias = 0;
  if ((topx - 1) >>> 0 >= 0x7fe || (topy - 0x3be) >>> 0 >= 0x80) {
    // x is zero, subnormal, infinite, NaN or negative; or |y| < 2^-65, |y| >= 2^63 or y not finite.
    if (y === 0 || y !== y || topy === 0x7ff) {
      if (y === 0 || x === 1) return 1;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      return ax < 1 === y > 0 ? 0 : y * y;
    }
    if (x === 0 || x !== x || Math.abs(x) === Infinity) {
      let x2 = x * x;
      if (x < 0 || Object.is(x, -0)) {
        if (checkInt(iyHi, iyLo) === 1) x2 = -x2;
      }
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const yint = checkInt(iyHi, iyLo);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if ((topy - 0x3be) >>> 0 >= 0x80) {
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      if (topy < 0x3be) return ax > 1 ? 1 + y : 1 - y; // |y| < 2^-65: x^y rounds next to 1
      return ax > 1 === y > 0 ? Infinity : 0;
    }
    if (topx === 0) {
      // Subnormal x: normalise, with the exponent wrapping below zero into the sign bit.
      f64[0] = Math.abs(x) * 2 ** 52;
      ixHi = ((u32[1] & 0x7fffffff) - (52 << 20)) >>> 0;
      ixLo = u32[0];
    }
  }
  // First without emulating the fused multiply-adds (see expFast), then exactly where that can't tell.
  logInline(ixHi, ixLo, false);
  let ehi = y * logParts[0];
  let elo = y * logParts[1] + productError(y, logParts[0], ehi);
  const fast = expFast(ehi, elo, signBias);
  if (fast === fast) return fast;
  logInline(ixHi, ixLo, true);
  ehi = y * logParts[0];
  elo = fma(y, logParts[1], productError(y, logParts[0], ehi)); // fma(y, hi, -ehi) is y·hi's rounding error
  return expInline(ehi, elo, signBias);
}
