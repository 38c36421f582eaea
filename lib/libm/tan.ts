// tan exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.tan calls on CPUs
// without AVX-512), bit for bit. The algorithm is that of glibc's s_tan.c (IBM's Accurate
// Mathematical Library, without the multi-precision fallbacks glibc 2.35 removed), read for its
// method and table and written anew: a polynomial below 0.0608, a table of tan and cot at
// multiples of 1/256 up to 0.787, and beyond that a reduction by π/2 (three sizes, the largest
// sin.ts's branred) with tan or -cot of the remainder. Fused as GCC fused glibc's source.
import { branred, reduced } from "./branred";
import { fma, productError } from "./fma";
import { XFG } from "./tan_table";

// tan(x) ≈ x + x³·(D3 + x²·(D5 + ...)) for |x| <= G2; tan(x_i + z) from pz ≈ tan(z) = z + z³·(E0 + z²·E1).
const D3 = 0.3333333333333333;
const D5 = 0.1333333333332673;
const D7 = 0.05396825411095433;
const D9 = 0.021869380598167253;
const D11 = 0.008896546349534924;
const E0 = 0.3333333333332254;
const E1 = 0.13333354920669913;
const G1 = 1.2589993048095494e-8;
const G2 = 0.060799986124038696;
const G3 = 0.7869997024536133;
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744;
// π/2 in parts: MP1 + MP2 + MP3 for |x| <= 25; MP1 + MP2 + PP3 + PP4 for |x| <= 1e8.
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const MP3 = -4.9789962505147994e-17;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

function poly(x2: number): number {
  return fma(x2, fma(x2, fma(x2, fma(x2, D11, D9), D7), D5), D3);
}

/** tan(a + da) for n even, -cot(a + da) for n odd; |a| <= π/4 + a little, |da| tiny. */
function tanOfRemainder(a: number, da: number, n: number): number {
  const sy = a < 0 ? -1 : 1;
  const ya = a < 0 ? -a : a;
  const yya = a < 0 ? -da : da;
  if (ya <= G2) {
    const t2 = fma(a * (a * a), poly(a * a), da);
    const b = a + t2;
    if (n === 0) return b;
    // -1/(a + t2) in double-double (Dekker's division, glibc's DIV2 with its fused product)
    const db = Math.abs(a) > Math.abs(t2) ? a - b + t2 : t2 - b + a;
    const c = 1 / b;
    const u = c * b;
    const cc = fma(-db, c, 1 - u - productError(c, b, u) + 0) / b;
    const z = c + cc;
    return -(z + (c - z + cc));
  }
  const i = 4 * Math.trunc(256 * ya - 15.5);
  const z = yya + (ya - XFG[i]);
  const z2 = z * z;
  const pz = fma(z * z2, fma(z2, E1, E0), z);
  const fi = XFG[i + 1];
  const gi = XFG[i + 2];
  const num = pz * (fi + gi);
  if (n !== 0) return -sy * (gi - num / (pz + fi));
  return sy * (fi + num / (gi - pz));
}

/** Tangent (radians), bit-identical to glibc's `tan`: tan(±Infinity) = NaN. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return x - x;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    return fma(x * x2, poly(x2), x);
  }
  if (w <= G3) {
    const i = 4 * Math.trunc(256 * w - 15.5);
    const z = w - XFG[i];
    const z2 = z * z;
    const pz = fma(z * z2, fma(z2, E1, E0), z);
    const fi = XFG[i + 1];
    const gi = XFG[i + 2];
    return (x < 0 ? -1 : 1) * (fi + ((fi + gi) * pz) / (gi - pz));
  }
  if (w <= 1e8) {
    // x = xn·π/2 + a + da; xn·MP1, xn·MP2 and xn·PP3 are exact (|xn| < 2^26, short constants)
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    const n = lowBit(t);
    const t1 = x - xn * MP1 - xn * MP2;
    if (w <= 25) {
      const a = fma(-xn, MP3, t1);
      return tanOfRemainder(a, fma(-xn, MP3, t1 - a), n);
    }
    const tt = t1 - xn * PP3;
    const da = t1 - tt - xn * PP3;
    const a = fma(-xn, PP4, tt);
    return normalised(a, da + fma(-xn, PP4, tt - a), n);
  }
  const n = branred(x) & 1;
  return normalised(reduced[0], reduced[1], n);
}

/** tanOfRemainder after glibc's EADD(a, da): the remainder renormalised to a double-double. */
function normalised(a: number, da: number, n: number): number {
  const s = a + da;
  return tanOfRemainder(s, Math.abs(a) > Math.abs(da) ? da + (a - s) : a + (da - s), n);
}

/** The parity of the integer in t's low word (t = n + 1.5·2^52). */
function lowBit(t: number): number {
  f64[0] = t;
  return u32[0] & 1;
}
