// An exact fused multiply-add, fma(a, b, c) = a·b + c rounded once, which JavaScript lacks.
// glibc's log (what NumPy calls) is compiled with FMA instructions on x86-64; reproducing its
// results bit for bit needs the same single roundings.
//
// Algorithm (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms
// using rounding to odd", 2008): a·b = uh + ul exactly (Dekker's product), c + uh = th + tl
// exactly (Knuth's sum), v = tl + ul rounded to odd, result th + v rounded to nearest.
// Valid when nothing overflows or underflows, which holds for the arguments log uses.

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

/** a·b + c with a single rounding (IEEE 754 fusedMultiplyAdd). */
export function fma(a: number, b: number, c: number): number {
  // Dekker: a·b = uh + ul exactly.
  const uh = a * b;
  const ul = productError(a, b, uh);
  // Knuth: c + uh = th + tl exactly.
  const th = c + uh;
  const z = th - c;
  const tl = c - (th - z) + (uh - z);
  return th + addRoundToOdd(tl, ul);
}
