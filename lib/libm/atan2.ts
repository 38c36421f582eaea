// atan2 exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.arctan2 calls on
// CPUs without AVX-512), bit for bit. The algorithm is that of glibc's e_atan2.c (IBM's Accurate
// Mathematical Library, without the multi-precision fallback glibc 2.35 removed), read for its
// method and written anew: u = min/max of |x|, |y| with its rounding error du, atan(u + du) from
// atan's polynomial or table, then placed in the right octant. Fused as GCC fused glibc's source.
import { CIJ } from "./atan_table";
import { HPI, HPI1, oddPoly, row } from "./atan";
import { fma, productError } from "./fma";

const OPI = 3.141592653589793; // π = OPI + OPI1
const OPI1 = 1.2246467991473532e-16;
const QPI = 0.7853981633974483;
const TQPI = 2.356194490192345;
const TWO500 = 2 ** 500;
const TWOM500 = 2 ** -500;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

/** |z| with the sign of y (glibc's signArctan2: copysign). */
function signOf(y: number, z: number): number {
  return y < 0 || Object.is(y, -0) ? -Math.abs(z) : Math.abs(z);
}

/** c2 + v·(c3 + v·(c4 + v·(c5 + v·c6))) of row k, as atan2's FMA build evaluates it. */
function rowPoly(k: number, v: number): number {
  return fma(fma(fma(fma(CIJ[k + 6], v, CIJ[k + 5]), v, CIJ[k + 4]), v, CIJ[k + 3]), v, CIJ[k + 2]);
}

/** c + u split exactly into t + cor (Knuth's two-sum, glibc's EADD; ESUB with -u). */
const sumLow = new Float64Array(1); // twoSum's low part (a typed array: V8 would box a module variable)
function twoSum(c: number, u: number): number {
  const t = c + u;
  sumLow[0] = Math.abs(c) > Math.abs(u) ? c - t + u : u - t + c;
  return t;
}

/**
 * The angle of the point (x, y), in [-π, π] (C's atan2(y, x)), bit-identical to glibc's `atan2`,
 * including its signed zeros and infinities (atan2(±0, -0) = ±π, atan2(±Infinity, ±Infinity) = ±π/4, ...).
 */
export function atan2(y: number, x: number): number {
  if (x !== x) return x + y;
  if (y !== y) return y + y;
  const xNegative = x < 0 || Object.is(x, -0);
  if (y === 0) return xNegative ? (Object.is(y, -0) ? -OPI : OPI) : y;
  if (x === 0) return y > 0 ? HPI : -HPI;
  if (x === Infinity) return y === Infinity ? QPI : y === -Infinity ? -QPI : y > 0 ? 0 : -0;
  if (x === -Infinity) return y === Infinity ? TQPI : y === -Infinity ? -TQPI : y > 0 ? OPI : -OPI;
  if (y === Infinity) return HPI;
  if (y === -Infinity) return -HPI;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  f64[0] = x;
  const ex = u32[1] & 0x7ff00000;
  f64[0] = y;
  const de = (u32[1] & 0x7ff00000) - ex;
  if (de >= 59768832) return y > 0 ? HPI : -HPI; // |y/x| >= 2^57
  if (de <= -59768832) return x > 0 ? signOf(y, ay / ax) : y > 0 ? OPI : -OPI;
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = min(ax, ay)/max(ax, ay) to twice double precision
  let u: number;
  let du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = (ay - v - productError(ax, u, v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = (ax - v - productError(ay, u, v)) / ay;
  }
  if (x > 0) {
    if (ay < ax) {
      // atan(u)
      if (u < 0.0625) {
        const v = u * u;
        return signOf(y, u + fma(u * v, oddPoly(v), du));
      }
      const k = row(u);
      const v = twoSum(u - CIJ[k], du);
      const dv = sumLow[0];
      const c2 = CIJ[k + 2];
      const tail = v * v * fma(fma(fma(CIJ[k + 6], v, CIJ[k + 5]), v, CIJ[k + 4]), v, CIJ[k + 3]);
      return signOf(y, CIJ[k + 1] + fma(v, c2, fma(dv, c2, tail)));
    }
    return signOf(y, minusAtan(HPI, HPI1, u, du));
  }
  if (ax < ay) {
    // π/2 + atan(u)
    if (u < 0.0625) {
      const v = u * u;
      const zz = v * u * oddPoly(v);
      const t2 = twoSum(HPI, u);
      return signOf(y, t2 + (HPI1 + sumLow[0] + du + zz));
    }
    const k = row(u);
    const v = u - CIJ[k] + du;
    return signOf(y, fma(rowPoly(k, v), v, HPI1) + (CIJ[k + 1] + HPI));
  }
  return signOf(y, minusAtan(OPI, OPI1, u, du));
}

/** (c + c1) - atan(u + du) for c + c1 = π/2 or π, as glibc's atan2 computes it. */
function minusAtan(c: number, c1: number, u: number, du: number): number {
  if (u < 0.0625) {
    const v = u * u;
    const zz = u * v * oddPoly(v);
    const t2 = twoSum(c, -u);
    return t2 + (c1 + sumLow[0] - du - zz);
  }
  const k = row(u);
  const v = u - CIJ[k] + du;
  return fma(-rowPoly(k, v), v, c1) + (c - CIJ[k + 1]);
}
