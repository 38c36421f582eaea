// sinf and cosf exactly as glibc 2.36 computes them on x86-64 with FMA (what NumPy's np.sin and
// np.cos call for float32 arrays), bit for bit.
//
// The algorithm is Arm's optimized-routines sinf/cosf (math/sinf.c, math/cosf.c,
// math/sincosf.h; MIT OR Apache-2.0 WITH LLVM-exception), which glibc ships: in double
// precision, x reduced to [-pi/4, pi/4] by one multiply-subtract below 120, or by an exact
// fixed-point product with 4/pi beyond; then a sine or cosine polynomial, rounded once to
// float32. The multiply-adds glibc's FMA build fuses (__sinf_fma and __cosf_fma in the shipped
// libm.so.6) go through `fma`.
import { fma } from "../fma";
import { f, floatBits } from "./bits";

// Coefficients of the sine and cosine polynomials (glibc's __sincosf_table[0]; the second table
// negates the cosine polynomial, which `negate` stands for below).
const C0 = 1;
const C1 = -0.49999999725108224;
const C2 = 0.041666623324344516;
const C3 = -0.001388676379437604;
const C4 = 2.4390450703564542e-5;
const S1 = -0.16666654943701084;
const S2 = 0.008332178146138854;
const S3 = -0.00019517298981385725;
/** 2/pi · 2^24: the quadrant ends up in bits 24..31 of the truncated product. */
const HPI_INV = 10680707.430881744;
/** pi/2 in double. */
export const HPI = 1.5707963267948966;
/** 2pi · 2^-64: the scale of reduceLarge's fixed-point result. */
const PI63 = 3.4061215800865545e-19;
/** The top 12 bits (of 32) of pi/4, 0x3f4, 120.0f, 0x42f, and of 2^-12, 0x398. */
const PIO4_TOP = 0x3f4;
const TOP_120 = 0x42f;
const TOP_TINY = 0x398;

/** The sign of sine in quadrants 0..3. */
const SIGN = [1, -1, -1, 1];

/** The quadrant `n` of reduceFast's last result (a typed array: no boxed module variable). */
export const quadrant = new Int32Array(1);

/**
 * x - n·pi/2 for the nearest quadrant n (into `quadrant`), for |x| < 120: glibc's reduce_fast,
 * with its multiply-subtract fused (`fused`, in sinf/cosf's FMA build) or not (tanf's plain build).
 */
export function reduceFast(x: number, fused: boolean): number {
  const r = x * HPI_INV;
  const n = ((Math.trunc(r) | 0) + 0x800000) >> 24;
  quadrant[0] = n;
  return fused ? fma(-n, HPI, x) : x - n * HPI;
}

/** 4/pi to 192 bits, 8 new bits per entry (glibc's __inv_pio4). */
const INV_PIO4 = [
  0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e, 0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529, 0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
  0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db, 0xddc0db62, 0xc0db6295, 0xdb629599, 0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
].map(BigInt);

const MASK64 = (1n << 64n) - 1n;

/**
 * |x| reduced modulo pi/2 for the float32 with bits `xi` (|x| >= 2), the quadrant into
 * `quadrant`: glibc's reduce_large, a 32×96-bit product with 4/pi giving the exact fixed-point
 * remainder (done here with BigInt, as JavaScript has no 64-bit integers).
 */
export function reduceLarge(xi: number): number {
  const at = (xi >>> 26) & 15;
  const shift = (xi >>> 23) & 7;
  const m = BigInt((((xi & 0xffffff) | 0x800000) << shift) >>> 0);
  let res0 = (m * INV_PIO4[at]) & 0xffffffffn; // a 32-bit product
  const res1 = m * INV_PIO4[at + 4];
  const res2 = m * INV_PIO4[at + 8];
  res0 = ((res2 >> 32n) | (res0 << 32n)) & MASK64;
  res0 = (res0 + res1) & MASK64;
  const n = ((res0 + (1n << 61n)) & MASK64) >> 62n;
  res0 = (res0 - (n << 62n)) & MASK64;
  quadrant[0] = Number(n);
  return Number(BigInt.asIntN(64, res0)) * PI63;
}

/**
 * sin (n even) or cos (n odd) of the reduced x, with x2 = x·x, as glibc's sinf_poly evaluates
 * them; `negate` negates the cosine polynomial (glibc's second table).
 */
function poly(x: number, x2: number, n: number, negate: boolean): number {
  if ((n & 1) === 0) {
    const x3 = x * x2;
    const s1 = fma(x2, S3, S2);
    const x7 = x3 * x2;
    const s = fma(x3, S1, x);
    return fma(s1, x7, s);
  }
  const sign = negate ? -1 : 1;
  const x4 = x2 * x2;
  const c2 = fma(x2, sign * C4, sign * C3);
  const c1 = fma(x2, sign * C1, sign * C0);
  const x6 = x4 * x2;
  const c = fma(x4, sign * C2, c1);
  return fma(c2, x6, c);
}

/** sin(x) (odd = 0) or cos(x) (odd = 1) of a float32 x, glibc's sinf/cosf. */
function sincos(y: number, odd: number): number {
  const top = (floatBits(y) >>> 20) & 0x7ff;
  if (top < PIO4_TOP) {
    if (top < TOP_TINY) return odd === 0 ? y : 1;
    return f(poly(y, y * y, odd, false));
  }
  let x: number;
  let n: number;
  let signed: number; // the quadrant that sets the sign: n, or n plus the sign of a large y
  if (top < TOP_120) {
    x = reduceFast(y, true);
    n = signed = quadrant[0];
  } else if (top < 0x7f8) {
    const xi = floatBits(y);
    x = reduceLarge(xi);
    n = quadrant[0];
    signed = n + (xi >>> 31);
  } else {
    return NaN; // sin/cos of inf or NaN
  }
  return f(poly(x * SIGN[signed & 3], x * x, n ^ odd, (signed & 2) !== 0));
}

/** sin(x) for a float32 x, bit-identical to glibc's sinf (x86-64, FMA). */
export function sinf(x: number): number {
  return sincos(x, 0);
}

/** cos(x) for a float32 x, bit-identical to glibc's cosf (x86-64, FMA). */
export function cosf(x: number): number {
  return sincos(x, 1);
}
