// sin and cos exactly as glibc 2.36 computes them on x86-64 with FMA (what NumPy's np.sin and
// np.cos call for float64 on CPUs without AVX-512), bit for bit. V8's Math.sin and Math.cos
// differ from glibc in the last bit on a few percent of inputs, and between Node and Chromium.
//
// The algorithm is that of glibc's s_sin.c (IBM's Accurate Mathematical Library, without the
// multi-precision fallbacks that glibc 2.28 removed), read for its method and constants and
// written anew here: |x| < 0.855 directly; up to 2.43 as cos or sin of π/2 - |x|; up to 105414350
// reduced by a multiple n of π/2 in about 120 bits (reduceSincos); beyond that by 2/π to 1000+
// bits (branred.ts). Then sin(a + da) or cos(a + da) of the remainder (|a| < π/4) by a table of
// sin and cos at multiples of 1/128 and short polynomials (doSin, doCos), or a Taylor
// polynomial below 0.126. The multiply-adds that glibc's FMA build fuses (GCC's choice, read from
// its output for glibc's source with glibc's flags, which reproduces the shipped code) are fused
// here too, through `fma`.
import { branred, reduced } from "./branred";
import { fma, fmaCertain, sumIsCertain } from "./fma";
import { SINCOS } from "./sincos_table";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

// The polynomials: sin(x) ≈ x + x³·(SN3 + x²·SN5) and cos(x) ≈ 1 - x²·(CS2 + x²·(CS4 + x²·CS6))
// near a table point; S1..S5 the Taylor series of sin for |x| < 0.126.
const SN3 = -0.16666666666666488;
const SN5 = 0.008333332142857223;
const CS2 = 0.5;
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;
const S1 = -0.16666666666666666;
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6;
const S5 = -2.5022014848318398e-8;
/** 1.5·2^45: adding it rounds to a multiple of 1/128, the table index in the low word. */
const BIG = 52776558133248;
/** π/2 = HP0 + HP1. */
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
/**
 * π/2 in parts for reduceSincos: MP1 + MP2 (26 and 27 bits) and MP1 + MP2' + PP4 with
 * MP2' = MP2 + PP3 (PP3 has 26 bits): products with the integer n (< 2^27) are mostly exact.
 */
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814; // 2/π
const TOINT = 6755399441055744; // 1.5·2^52

/** sin(x + dx) for |x| < 0.126 (glibc's TAYLOR_SIN). */
function taylorSin(x: number, dx: number): number {
  const xx = x * x;
  // The inner polynomial unfused is within 4 ulps (2^-57) of glibc's, so xx times it within
  // 2^-63: the outer multiply-add then rounds alike unless that close to a boundary (~3%).
  let poly = fmaCertain(xx, xx * (xx * (xx * S5 + S4) + S3) + S2, S1, 2 ** -62);
  if (poly !== poly) poly = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
  const t = fma(xx, fma(poly, x, -0.5 * dx), dx);
  return x + t;
}

// The fast paths below compute do_sin's and do_cos's polynomials unfused. Bounds on how far that
// moves each value from glibc's (|r| <= 2^-8, |dx| <= 2^-50): s's pre-rounding sum by < 2^-77
// (certified before s is rounded), the low terms of cor by < 2^-66 (CORRECTION_MARGIN). cor's own
// multiply-add is computed exactly and certified (fmaCertain) or, failing that, the final sum is.

/** 2^-65: more than twice the most that the unfused low terms of cor can differ from glibc's. */
const CORRECTION_MARGIN = 2 ** -65;

/** glibc's result table + cor from cor computed exactly from inputs within CORRECTION_MARGIN, or NaN. */
function certainSum(table: number, corA: number, corB: number, low: number): number {
  let cor = fmaCertain(corA, corB, low, CORRECTION_MARGIN);
  if (cor !== cor) {
    cor = fma(corA, corB, low); // within one rounding and the margin of glibc's cor
    if (!sumIsCertain(table, cor, Math.abs(cor) * 2 ** -52 + 2 * CORRECTION_MARGIN)) return NaN;
  }
  return table + cor;
}

/** sin(x + dx) for |x| < π/4 + a little, |dx| tiny (glibc's do_sin). */
function doSin(x: number, dx: number): number {
  const ax = Math.abs(x);
  if (ax < 0.126) return taylorSin(x, dx);
  if (x <= 0) dx = -dx;
  const u = BIG + ax;
  f64[0] = u;
  const k = 4 * u32[0];
  const r = ax - (u - BIG);
  const rr = r * r;
  const sn = SINCOS[k];
  const ssn = SINCOS[k + 1];
  const cs = SINCOS[k + 2];
  const ccs = SINCOS[k + 3];
  const f1 = r * rr * (rr * SN5 + SN3) + dx;
  if (sumIsCertain(r, f1, 2 ** -76)) {
    const s = r + f1;
    const c = r * dx + rr * (rr * (rr * CS6 + CS4) + CS2);
    const y = certainSum(sn, s, cs, -c * sn + (s * ccs + ssn));
    if (y === y) return x < 0 ? -y : y;
  }
  const s = r + fma(r * rr, fma(rr, SN5, SN3), dx);
  const c = fma(r, dx, rr * fma(rr, fma(rr, CS6, CS4), CS2));
  const cor = fma(s, cs, fma(-c, sn, fma(s, ccs, ssn)));
  const y = sn + cor;
  return x < 0 ? -y : y;
}

/** cos(x + dx) for |x| < π/4 + a little, |dx| tiny (glibc's do_cos). */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  f64[0] = u;
  const k = 4 * u32[0];
  const r = ax - (u - BIG) + dx;
  const rr = r * r;
  const sn = SINCOS[k];
  const ssn = SINCOS[k + 1];
  const cs = SINCOS[k + 2];
  const ccs = SINCOS[k + 3];
  const f = r * rr * (rr * SN5 + SN3);
  if (sumIsCertain(r, f, 2 ** -76)) {
    const s = f + r;
    const c = rr * (rr * (rr * CS6 + CS4) + CS2);
    const y = certainSum(cs, -s, sn, -c * cs + (-s * ssn + ccs));
    if (y === y) return y;
  }
  const s = fma(r * rr, fma(rr, SN5, SN3), r);
  const c = rr * fma(rr, fma(rr, CS6, CS4), CS2);
  const cor = fma(-s, sn, fma(-c, cs, fma(-s, ssn, ccs)));
  return cs + cor;
}

/** n mod 4 for x = n·π/2 + a + da, |x| < 105414350 (glibc's reduce_sincos); a, da in `reduced`. */
function reduceSincos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  f64[0] = t;
  const n = u32[0] & 3;
  // xn·MP1 and xn·PP3 are exact (26-bit constants, |xn| <= 2^26 + 4), and so is x - xn·MP1
  // (within a factor 2 of each other). xn·MP2 (27 bits) is too unless |xn| >= 2^26.
  const d = x - xn * MP1;
  const y = Math.abs(xn) < 2 ** 26 ? d - xn * MP2 : fma(-xn, MP2, d);
  const t2 = y - xn * PP3;
  let db = y - t2 - xn * PP3;
  // b = t2 - xn·PP4 rounded once: unfused, unless the product's rounding could matter.
  const p4 = xn * PP4;
  const b = sumIsCertain(t2, -p4, Math.abs(p4) * 2 ** -52) ? t2 - p4 : fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  reduced[0] = b;
  reduced[1] = db;
  return n;
}

/** sin (n even) or cos (n odd) of a + da, negated for n & 2 (glibc's do_sincos). */
function doSincos(a: number, da: number, n: number): number {
  const y = (n & 1) !== 0 ? doCos(a, da) : doSin(a, da);
  return (n & 2) !== 0 ? -y : y;
}

/**
 * Sine of x (radians), bit-identical to glibc's `sin` (x86-64 FMA build), which NumPy's `np.sin`
 * calls. sin(±0) = ±0, sin(±Infinity) = NaN.
 */
export function sin(x: number): number {
  f64[0] = x;
  const k = u32[1] & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2^-26: sin(x) rounds to x
  if (k < 0x3feb6000) return doSin(x, 0); // |x| < 0.855469
  if (k < 0x400368fd) {
    // |x| < 2.426265: cos(π/2 - |x|)
    const y = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -y : y;
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(reduced[0], reduced[1], n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(reduced[0], reduced[1], n);
  }
  return x - x; // Infinity or NaN: NaN
}

/**
 * Cosine of x (radians), bit-identical to glibc's `cos` (x86-64 FMA build), which NumPy's
 * `np.cos` calls. cos(±Infinity) = NaN.
 */
export function cos(x: number): number {
  f64[0] = x;
  const k = u32[1] & 0x7fffffff;
  if (k < 0x3e400000) return 1; // |x| < 2^-27
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    // sin(π/2 - |x|), the difference in two parts
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    return doSin(a, y - a + HP1);
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(reduced[0], reduced[1], n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(reduced[0], reduced[1], n + 1);
  }
  return x - x;
}
