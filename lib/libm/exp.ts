// e^x exactly as glibc computes it on x86-64 with FMA (what NumPy's np.exp calls on CPUs without
// AVX-512), bit for bit; V8's Math.exp differs in the last bit on about 10% of inputs.
//
// The algorithm is Arm's optimized-routines exp (math/exp.c), which glibc ships:
// x = k·ln2/128 + r, e^x = 2^(k/128)·e^r with 2^(k/128) from a table and e^r from a polynomial.
// The multiply-adds that glibc's FMA build fuses go through `fma`; all else is plain doubles.
import { fma, productError } from "./fma";
import { C2, C3, C4, C5, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT, TABLE } from "./exp_table";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

/** The double with 32-bit words `lo` and `hi`. */
export function fromWords(lo: number, hi: number): number {
  u32[0] = lo;
  u32[1] = hi;
  return f64[0];
}

/**
 * scale·(1 + tmp) where scale's exponent (in sbits) may be out of range: glibc's specialcase. For
 * pow, scale may be negative (the sign bit of sbitsHi set).
 */
function specialCase(tmp: number, sbitsLo: number, sbitsHi: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by up to 460; scale down by 2^1009.
    const scale = fromWords(sbitsLo, (sbitsHi - (1009 << 20)) >>> 0);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  // k < 0: scale up by 2^1022, and round once in the subnormal range. Here glibc's build keeps
  // scale·tmp as a separate product (it has two uses), so no fma: measured, not guessed.
  const scale = fromWords(sbitsLo, (sbitsHi + (1022 << 20)) >>> 0);
  const scaledTmp = scale * tmp;
  let y = scale + scaledTmp;
  if (Math.abs(y) < 1) {
    const one = y < 0 ? -1 : 1;
    let lo = scale - y + scaledTmp;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = scale < 0 ? -0 : 0;
  }
  return 2 ** -1022 * y;
}

/** 2^-58: more than twice the most that skipping the fused multiply-adds can move `tmp` (see expFast). */
const MARGIN = 2 ** -58;

/**
 * sign·e^(x + xtail) computed without fused multiply-adds, or NaN where that might not be glibc's
 * result (then the caller takes expInline). signBias is SIGN_BIAS for a negative result, else 0;
 * |xtail| is tiny (pow's low part of y·log x; 0 for exp).
 *
 * glibc's algorithm fuses seven multiply-adds; JavaScript has no fma, and emulating each costs
 * ~30 ns. Unfused, k (the table index) comes out the same unless x·128/ln2 lies within 2^-30 of a
 * half-integer, and the polynomial `tmp` within 3·2^-61 of glibc's (pow's unfused log adds less
 * than 2^-62). The last step, scale·(1 + tmp), is done exactly (Dekker's product, Knuth's sum); its
 * rounding cannot change by such a small amount unless the exact value lies within MARGIN·scale
 * of a rounding boundary. Only those inputs (about 1 in 16) and the rare ranges are left to the
 * exactly emulated path, so every result is glibc's.
 */
export function expFast(x: number, xtail: number, signBias: number): number {
  f64[0] = x;
  const abstop = (u32[1] >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) return NaN;
  const z = INV_LN2_N * x;
  const frac = z - Math.floor(z);
  if (frac > 0.4999999 && frac < 0.5000001) return NaN;
  let kd = z + SHIFT;
  f64[0] = kd;
  const ki = u32[0];
  kd -= SHIFT;
  // kd·NEG_LN2_HI_N is exact (|kd| < 2^17 here, the constant has 36 bits), as in the fused form.
  const r = xtail + (kd * NEG_LN2_HI_N + x + kd * NEG_LN2_LO_N);
  const idx = 4 * (ki & 127);
  const tail = fromWords(TABLE[idx], TABLE[idx + 1]);
  const scale = fromWords(TABLE[idx + 2], (TABLE[idx + 3] + (((ki + signBias) << 13) >>> 0)) >>> 0);
  const r2 = r * r;
  const tmp = r2 * r2 * (C4 + r * C5) + (r2 * (C2 + r * C3) + (tail + r));
  // scale + scale·tmp = s + e exactly (up to tmp's own error).
  const p = scale * tmp;
  const s = scale + p;
  const e = p - (s - scale) + productError(scale, tmp, p);
  f64[0] = s;
  const top = u32[1] & 0x7fffffff;
  if ((top & 0xfffff) === 0 && u32[0] === 0) return NaN; // a power of two: ulps differ on each side
  const halfUlp = fromWords(0, ((top >>> 20) - 53) << 20);
  if (halfUlp - Math.abs(e) <= MARGIN * Math.abs(scale)) return NaN;
  return s;
}

/** 0x800 << 7: added to k, it sets the sign bit of the scale, so that expInline returns -e^x. */
export const SIGN_BIAS = 0x40000;

/**
 * sign·e^(x + xtail) for finite x exactly as glibc's exp_inline computes it (e_exp.c and the exp
 * inside pow), every fused multiply-add emulated; signBias and xtail as in expFast.
 */
export function expInline(x: number, xtail: number, signBias: number): number {
  f64[0] = x;
  let abstop = (u32[1] >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) {
    if (abstop < 0x3c9) {
      // |x| < 2^-54: e^x rounds to 1 (1 + x keeps the rounding direction of the tiny x).
      const one = 1 + x;
      return signBias !== 0 ? -one : one;
    }
    if (abstop >= 0x409) {
      const zero = x < 0; // |x| >= 1024: underflow or overflow
      return signBias !== 0 ? (zero ? -0 : -Infinity) : zero ? 0 : Infinity;
    }
    abstop = 0; // 512 <= |x| < 1024: handled by specialCase below
  }
  // k = round(x·128/ln2): adding 1.5·2^52 rounds and leaves k in the low bits of kd.
  let kd = fma(INV_LN2_N, x, SHIFT);
  f64[0] = kd;
  const ki = u32[0];
  kd -= SHIFT;
  const r = xtail + fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = 4 * (ki & 127);
  const tail = fromWords(TABLE[idx], TABLE[idx + 1]);
  // sbits = H bits + ((k + signBias) << 45): only the high word changes.
  const sbitsLo = TABLE[idx + 2];
  const sbitsHi = (TABLE[idx + 3] + (((ki + signBias) << 13) >>> 0)) >>> 0;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) return specialCase(tmp, sbitsLo, sbitsHi, ki);
  const scale = fromWords(sbitsLo, sbitsHi);
  return fma(scale, tmp, scale);
}

/**
 * e^x, bit-identical to glibc's `exp` (x86-64 FMA build), which NumPy calls: exp(-Infinity) = 0,
 * overflow gives Infinity, NaN stays NaN.
 */
export function exp(x: number): number {
  const y = expFast(x, 0, 0);
  if (y === y) return y;
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  return expInline(x, 0, 0);
}
