// asin and acos exactly as glibc 2.36 computes them on x86-64 with FMA (what NumPy's np.arcsin
// and np.arccos call on CPUs without AVX-512), bit for bit. The algorithm is that of glibc's
// e_asin.c (IBM's Accurate Mathematical Library, without the multi-precision fallback glibc 2.35
// removed), read for its method and tables and written anew: a Taylor series below 0.125, tables
// of Taylor expansions up to 0.96875, and asin(x) = π/2 - 2·asin(sqrt((1 - x)/2)) near 1. Fused as
// GCC fused glibc's source.
import { ASNCS, INROOT } from "./asin_table";
import { fma } from "./fma";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const F1 = 0.1666666666666641;
const F2 = 0.07500000000261227;
const F3 = 0.044642856142105974;
const F4 = 0.03038212685821193;
const F5 = 0.022355121102652562;
const F6 = 0.018138290340456505;
const RT0 = 0.9999999998599908;
const RT1 = 0.4999999994959554;
const RT2 = 0.3750175008673452;
const RT3 = 0.31252362655451865;
const HP0 = 1.5707963267948966; // π/2 = HP0 + HP1
const HP1 = 6.123233995736766e-17;

/** (asin(v) - v)/v³ for small v = x² as glibc's FMA build evaluates it: F1 + v·(F2 + ...). */
function seriesF(v: number): number {
  return fma(fma(fma(fma(fma(v, F6, F5), v, F4), v, F3), v, F2), v, F1);
}

// Where the tables give the answer: a row of ASNCS holds x0, the slope, `degree` Horner
// coefficients, the constant term and asin(x0); tableStep leaves asin(|x|) - asin(x0) in step[0].
// (A typed array: V8 would box doubles kept in module variables on every write.)
const step = new Float64Array(4);

/** For 0.125 <= |x| < 0.96875 (high word k): finds the row, sets step[0]; returns asin(x0)'s index. */
function tableStep(ax: number, k: number): number {
  let n: number;
  let degree: number;
  if (k < 0x3fe00000) {
    n = k < 0x3fd00000 ? 11 * ((k & 0xfffff) >> 15) : 11 * ((k & 0xfffff) >> 14) + 352;
    degree = 5;
  } else if (k < 0x3fe80000) {
    n = 1056 + ((k & 0xfe000) >> 11) * 3;
    degree = 6;
  } else if (k < 0x3fed8000) {
    n = 992 + ((k & 0xfe000) >> 13) * 13;
    degree = 7;
  } else if (k < 0x3fee8000) {
    n = 884 + ((k & 0xfe000) >> 13) * 14;
    degree = 8;
  } else {
    n = 768 + ((k & 0xfe000) >> 13) * 15;
    degree = 9;
  }
  const xx = ax - ASNCS[n];
  let poly = ASNCS[n + 1 + degree];
  for (let j = n + degree; j >= n + 2; j--) poly = fma(poly, xx, ASNCS[j]);
  step[0] = fma(ASNCS[n + 1], xx, fma(xx * xx, poly, ASNCS[n + 2 + degree]));
  return n + 3 + degree;
}

// Near 1, rootStep leaves z = (1 - |x|)/2's sqrt(z) = y + cc (y with 24 or 26 bits) in step[1],
// step[2], and asin's series p at z in step[3].

function rootStep(z: number, acos: boolean): void {
  f64[0] = z;
  const kz = u32[1];
  // ≈ 1/sqrt(z): INROOT's estimate for the mantissa, times 2^(511 - (kz >> 21)) built from its bits
  u32[0] = 0;
  u32[1] = (1023 + 511 - (kz >> 21)) << 20;
  let t = INROOT[(kz & 0x001fffff) >> 14] * f64[0];
  const r = fma(-(t * t), z, 1);
  t = fma(fma(fma(r, RT3, RT2), r, RT1), r, RT0) * t;
  const c = z * t; // ≈ sqrt(z)
  const h = fma(-(t * 0.5), c, 1.5);
  const y = acos ? c * 134217728 + c - c * 134217728 : c + 16777216 - 16777216;
  step[1] = y;
  step[2] = fma(-y, y, z) / fma(h, c, y);
  step[3] = seriesF(z) * z;
}

/** Arc sine, in [-π/2, π/2], bit-identical to glibc's `asin`: NaN outside [-1, 1]. */
export function asin(x: number): number {
  f64[0] = x;
  const k = u32[1] & 0x7fffffff;
  const ax = Math.abs(x);
  let res: number;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(seriesF(x2), x * x2, x);
  }
  if (k < 0x3fef0000) {
    res = ASNCS[tableStep(ax, k)] + step[0];
  } else if (k < 0x3ff00000) {
    rootStep(0.5 * (1 - ax), false);
    const cor = fma(-((step[1] + step[2]) * 2), step[3], HP1 - 2 * step[2]);
    res = cor + (HP0 - 2 * step[1]);
  } else if (ax === 1) {
    res = HP0;
  } else {
    return x !== x ? x + x : NaN;
  }
  return x > 0 ? res : -res;
}

/** Arc cosine, in [0, π], bit-identical to glibc's `acos`: NaN outside [-1, 1]. */
export function acos(x: number): number {
  f64[0] = x;
  const k = u32[1] & 0x7fffffff;
  const ax = Math.abs(x);
  const positive = x > 0;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    return r + fma(-seriesF(x2), x * x2, HP0 - r - x + HP1);
  }
  if (k < 0x3fef0000) {
    const c = ASNCS[tableStep(ax, k)];
    const y = positive ? HP0 - c : c + HP0;
    const t = positive ? HP1 - step[0] : step[0] + HP1;
    return t + y;
  }
  if (k < 0x3ff00000) {
    rootStep(0.5 * (1 - ax), true);
    const py = step[3] * (step[1] + step[2]);
    if (!positive) return (HP1 - step[2] - py + (HP0 - step[1])) * 2;
    return (step[1] + (step[2] + py)) * 2;
  }
  if (ax === 1) return positive ? 0 : 2 * HP0;
  return x !== x ? x + x : NaN;
}
