// atan exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.arctan calls on CPUs
// without AVX-512), bit for bit. The algorithm is that of glibc's s_atan.c (IBM's Accurate
// Mathematical Library, without the multi-precision fallback glibc 2.35 removed), read for its
// method and constants and written anew: a polynomial below 1/16, a table of Taylor expansions up
// to 1, atan(x) = π/2 - atan(1/x) above. The multiply-adds that glibc's FMA build fuses go through
// `fma`, as GCC fused them.
import { CIJ } from "./atan_table";
import { fma, productError } from "./fma";

// atan(x) ≈ x + x³·(D3 + x²·(D5 + ...)) for |x| < 1/16.
const D3 = -0.3333333333333333;
const D5 = 0.19999999999998855;
const D7 = -0.14285714283953163;
const D9 = 0.11111109821886427;
const D11 = -0.09090424391727987;
const D13 = 0.07601836584380736;
export const HPI = 1.5707963267948966; // π/2 = HPI + HPI1
export const HPI1 = 6.123233995736766e-17;
const TWO52 = 4503599627370496;

/** D3 + v·(D5 + v·(... + v·D13)), as glibc's FMA build evaluates it (atan2 too). */
export function oddPoly(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, D13, D11), D9), D7), D5), D3);
}

/** The row of CIJ for u (1/16 <= u <= 1): round(256·u) - 16, times 7. */
export function row(u: number): number {
  return 7 * ((TWO52 + 256 * u - TWO52) - 16);
}

/** c2 + z·(c3 + z·(c4 + z·(c5 + z·c6))) of row k. */
function rowPoly(k: number, z: number): number {
  return fma(z, fma(z, fma(z, fma(CIJ[k + 6], z, CIJ[k + 5]), CIJ[k + 4]), CIJ[k + 3]), CIJ[k + 2]);
}

/** Arc tangent, in (-π/2, π/2), bit-identical to glibc's `atan`: atan(±Infinity) = ±π/2. */
export function atan(x: number): number {
  if (x !== x) return x + x;
  const u = Math.abs(x);
  let y: number;
  if (u < 1) {
    if (u < 0.0625) {
      if (u < 1.2904777690891933e-8) return x;
      const v = x * x;
      return fma(x * v, oddPoly(v), x);
    }
    const k = row(u);
    const z = u - CIJ[k];
    y = fma(z, rowPoly(k, z), CIJ[k + 1]);
  } else if (u < 16) {
    // atan(u) = π/2 - atan(w), w = 1/u, with w's rounding error folded into z
    const w = 1 / u;
    const t1 = u * w;
    const t2 = productError(u, w, t1);
    const k = row(w);
    const z = fma(1 - t1 - t2, w, w - CIJ[k]);
    y = fma(-z, rowPoly(k, z), HPI1) + (HPI - CIJ[k + 1]);
  } else if (u < 5805361265115136) {
    const w = 1 / u;
    const v = w * w;
    const t1 = u * w;
    const t2 = productError(u, w, t1);
    const yy = w * v * oddPoly(v);
    const ww = (1 - t1 - t2) * w;
    // π/2 - w = t3 + cor exactly (Knuth's two-difference, as glibc's ESUB)
    const t3 = HPI - w;
    const cor = Math.abs(w) < HPI ? HPI - t3 - w : HPI - (w + t3);
    y = t3 + (HPI1 + cor - ww - yy);
  } else {
    return x > 0 ? HPI : -HPI;
  }
  return x < 0 ? -y : y;
}
