// The natural logarithm exactly as glibc computes it on x86-64 with FMA (what NumPy calls), bit
// for bit. V8's Math.log differs in the last bit on a few percent of inputs, enough to change
// NumPy's normal random numbers (randn's polar method takes a log).
//
// The algorithm is Arm's optimized-routines log (math/log.c), which glibc ships: x = 2^k·z,
// log(x) = k·ln2 + log(c) + log1p(z/c - 1) with c from a 128-entry table. Where glibc's FMA build
// fuses a multiply into the following add, so does this code (through `fma`); every other
// operation is an ordinary double operation in the same order.
import { fma, productError, sumIsCertain } from "./fma";
import { A, B, LN2_HI, LN2_LO, TABLE } from "./log_table";

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer); // words[0] low 32 bits, words[1] high 32 bits

// Inputs within [1 - 2^-4, 1 + 0x1.09p-4) use a polynomial in r = x - 1 directly.
const NEAR_ONE_LOW = 1 - 2 ** -4;
const NEAR_ONE_HIGH = 1 + 0x109 * 2 ** -12;

function nearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  // r = rhi + rlo with rhi holding the top 26 bits, so that rhi² is exact.
  const w = r * 2 ** 27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const w2 = rhi * rhi * B[0];
  const hi = r + w2;
  const lo = r - hi + w2;
  // First unfused: y is then within (|r³| + |y|)·2^-51 of glibc's (the polynomial to a few ulps,
  // y's own rounding), enough unless hi + y lies that close to a rounding boundary.
  const inner = r3 * B[10] + (r2 * B[9] + (r * B[8] + B[7]));
  const middle = r3 * inner + (r2 * B[6] + (r * B[5] + B[4]));
  const poly = r3 * middle + (r2 * B[3] + (r * B[2] + B[1]));
  const y = r3 * poly + (B[0] * rlo * (rhi + r) + lo);
  if (sumIsCertain(hi, y, (Math.abs(r3) + Math.abs(y)) * 2 ** -50)) return y + hi;
  const innerF = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
  const middleF = fma(r3, innerF, fma(r2, B[6], fma(r, B[5], B[4])));
  const polyF = fma(r3, middleF, fma(r2, B[3], fma(r, B[2], B[1])));
  return fma(r3, polyF, fma(B[0] * rlo, rhi + r, lo)) + hi;
}

/**
 * 2^-65: the unfused low part of log differs from glibc's by at most 2^-66.8 (|r| < 2^-8: the
 * roundings of r²·A0 + loSum and of the last multiply-add, 2^-68 each, dominate).
 */
const LOW_MARGIN = 2 ** -65;

/**
 * Natural logarithm, bit-identical to glibc's `log` (x86-64 FMA build).
 * log(0) = -Infinity, log(negative) = NaN, log(Infinity) = Infinity, log(NaN) = NaN.
 */
export function log(x: number): number {
  if (x >= NEAR_ONE_LOW && x < NEAR_ONE_HIGH) return nearOne(x);
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  bits[0] = x;
  let hi = words[1];
  let lo = words[0];
  let kShift = 0;
  if (hi < 0x00100000) {
    // Subnormal: scale into the normal range first.
    bits[0] = x * 2 ** 52;
    hi = words[1];
    lo = words[0];
    kShift = 52;
  }
  // tmp = ix - OFF, OFF = 0x3fe6000000000000 (only the high word is affected).
  const tmpHi = (hi - 0x3fe60000) | 0;
  const i = (tmpHi >>> (52 - 32 - 7)) & 127;
  const k = (tmpHi >> 20) - kShift; // arithmetic shift: the exponent of x relative to OFF
  // z = x / 2^k, in [OFF, 2·OFF): clear k from the exponent.
  words[1] = (hi - ((tmpHi >> 20) << 20)) >>> 0;
  words[0] = lo;
  const z = bits[0];
  const invc = TABLE[2 * i];
  const logc = TABLE[2 * i + 1];
  // r = fma(z, invc, -1) exactly: z·invc is within 1/256 of 1, so zc - 1 is exact.
  const zc = z * invc;
  const r = zc - 1 + productError(z, invc, zc);
  const kd = k;
  const w = kd * LN2_HI + logc; // kd·LN2_HI is exact, so fused or not this rounds once
  const hiSum = w + r;
  const loBase = w - hiSum + r;
  const r2 = r * r;
  const rr2 = r * r2;
  // First the low part unfused: within LOW_MARGIN of glibc's, which is enough unless hiSum + lo
  // lies that close to a rounding boundary (under 1% of inputs).
  const t = r2 * (r * A[4] + A[3]) + (r * A[2] + A[1]);
  const low = rr2 * t + (r2 * A[0] + (kd * LN2_LO + loBase));
  if (sumIsCertain(hiSum, low, LOW_MARGIN)) return hiSum + low;
  const loSum = fma(kd, LN2_LO, loBase);
  const tf = fma(r2, fma(r, A[4], A[3]), fma(r, A[2], A[1]));
  return fma(rr2, tf, fma(r2, A[0], loSum)) + hiSum;
}
