// An exact fused multiply-add, fma(a, b, c) = a·b + c rounded once, which JavaScript lacks.
// glibc's log (what NumPy calls) is compiled with FMA instructions on x86-64; reproducing its
// results bit for bit needs the same single roundings.
//
// Algorithm (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms
// using rounding to odd", 2008): a·b = uh + ul exactly (Dekker's product), c + uh = th + tl
// exactly (Knuth's sum), v = tl + ul rounded to odd, result th + v rounded to nearest; the
// rounding to odd is skipped where plain rounding provably gives the same (see fma).
// Valid when nothing overflows or underflows, which holds for the arguments libm uses.

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter for 53-bit doubles

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer); // little-endian: words[0] low, words[1] high

/** x + y rounded to odd: the neighbour with an odd last bit when the sum is inexact. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const yy = s - x;
  const err = x - (s - yy) + (y - yy);
  if (err === 0) return s;
  bits[0] = s;
  if ((words[0] & 1) === 1) return s;
  // Even and inexact: step one unit toward the exact sum, away from zero if err has s's sign.
  const away = err > 0 === s > 0;
  if (away) {
    words[0] = (words[0] + 1) >>> 0;
    if (words[0] === 0) words[1]++;
  } else {
    if (words[0] === 0) words[1]--;
    words[0] = (words[0] - 1) >>> 0;
  }
  return bits[0];
}

/**
 * The rounding error of the product `p = a * b`: a·b = p + productError(a, b, p) exactly
 * (Dekker's product, with Veltkamp's splits), when nothing overflows or underflows.
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (((p - ah * bh) - al * bh) - ah * bl);
}

/** 1 ± 2^-52: v times these moves v by at least one unit in its last place either way. */
const UP = 1 + 2 ** -52;
const DOWN = 1 - 2 ** -52;

/**
 * a·b + c with a single rounding (IEEE 754 fusedMultiplyAdd).
 *
 * a·b + c = s + t + e exactly (Dekker's product, Knuth's sum). The answer is s + (t + e) rounded
 * once, unless rounding t + e to v moved the sum across a rounding boundary; so s + v is
 * returned when s + v·(1 ± 2^-52), which bracket every value t + e can have, round to it too
 * (rounding is monotonic). Otherwise, rarely, the sum is rounded to odd first (fmaRoundToOdd).
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const e = productError(a, b, p);
  const s = p + c;
  const z = s - p;
  const v = p - (s - z) + (c - z) + e;
  const r = s + v;
  if (s + v * UP === r && s + v * DOWN === r) return r;
  return fmaRoundToOdd(p, e, c);
}

/**
 * fma(a, b, c) if every value within `delta` of a·b + c rounds to it, else NaN: for a caller
 * whose a·b + c may differ from glibc's by up to delta (see sumIsCertain).
 */
export function fmaCertain(a: number, b: number, c: number, delta: number): number {
  const p = a * b;
  const s = p + c;
  const z = s - p;
  const v = p - (s - z) + (c - z) + productError(a, b, p); // a·b + c = s + v, up to v's rounding
  return sumIsCertain(s, v, delta + Math.abs(v) * 2 ** -52) ? s + v : NaN;
}

/** fma's exact path (Boldo & Melquiond): c + p = th + tl exactly, tl + e rounded to odd, then the sum. */
function fmaRoundToOdd(p: number, e: number, c: number): number {
  const th = c + p;
  const z = th - c;
  const tl = c - (th - z) + (p - z);
  return th + addRoundToOdd(tl, e);
}

/**
 * Whether hi + lo' rounds to the same double as hi + lo for every lo' within `delta` of lo: then a
 * result computed with lo in place of glibc's (which differs by at most delta, e.g. because some
 * multiply-adds were not fused) is glibc's. lo ± w brackets every such lo' even after rounding
 * (w = 2·delta + |lo|·2^-51), and rounding is monotonic.
 */
export function sumIsCertain(hi: number, lo: number, delta: number): boolean {
  const w = 2 * delta + Math.abs(lo) * 2 ** -51;
  const r = hi + lo;
  return hi + (lo + w) === r && hi + (lo - w) === r;
}
