// logf exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.log calls for
// float32 arrays), bit for bit.
//
// The algorithm is Arm's optimized-routines logf (math/logf.c; MIT OR Apache-2.0 WITH
// LLVM-exception), which glibc ships: x = 2^k·z with z in [0x1.66p-1, 0x1.66p0), z/c - 1 = r for
// c the centre of one of 16 subintervals, log(x) = k·ln2 + log(c) + log1p(r), all in double, the
// polynomial for log1p(r) pipelined; the multiply-adds glibc's FMA build fuses (__logf_fma in the
// shipped libm.so.6) go through `fma`.
import { fma } from "../fma";
import { f, floatBits, fromFloatBits } from "./bits";

/** 1/c for the 16 subintervals of [OFF, 2·OFF) (shared by logf, log2f and powf). */
export const INV_C = new Float64Array([
  1.398907162146528, 1.3403141896637998, 1.286432210124115, 1.2367150214269895, 1.1906977166711752, 1.1479821020556429,
  1.1082251448272158, 1.0711297413057381, 1.036437278977283, 1.0, 0.9492859795739057, 0.8951049428609004,
  0.8476821620351103, 0.8050314851692001, 0.7664671008843108, 0.731428603316328,
]);

/** log(c) for those subintervals. */
const LOG_C = new Float64Array([
  -0.33569133332882284, -0.2929040563774074, -0.2518726580937369, -0.21245868807117255, -0.17453945183745634,
  -0.1380057072319758, -0.10275976698545139, -0.06871392447020525, -0.0357891387398228, 0.0, 0.05204517742929496,
  0.11081431298787942, 0.1652495223695143, 0.21687389031699977, 0.2659635028121397, 0.3127556664073557,
]);

const LN2 = 0.6931471805599453;
const A0 = -0.25089342214237154;
const A1 = 0.333456765744066;
const A2 = -0.4999997485802103;
/** The bits of 0x1.66p-1 (rounded), where the subintervals start. */
export const OFF = 0x3f330000;

/**
 * The bits of a float32 `x` for logf and friends: the bits themselves for normal positive x,
 * subnormals scaled up by 2^23 with 23 taken off the exponent field; undefined when x is 0,
 * negative, infinite or NaN (the caller's special cases).
 */
export function normalBits(x: number): number | undefined {
  const ix = floatBits(x);
  if (((ix - 0x00800000) >>> 0) < 0x7f800000 - 0x00800000) return ix;
  if (((ix << 1) >>> 0) === 0 || ix === 0x7f800000 || ix >= 0x80000000 || ((ix << 1) >>> 0) >= 0xff000000) return undefined;
  return (floatBits(f(x * 2 ** 23)) - (23 << 23)) >>> 0;
}

/** What logf and log2f give where `normalBits` has no bits: -inf at 0, inf at inf, NaN for negatives and NaN. */
export function logOfSpecial(x: number): number {
  return x === 0 ? -Infinity : x === Infinity ? x : NaN;
}

/** log(x) for a float32 x, bit-identical to glibc's logf (x86-64, FMA). */
export function logf(x: number): number {
  if (x === 1) return 0;
  const ix = normalBits(x);
  if (ix === undefined) return logOfSpecial(x);
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp | 0) >> 23; // arithmetic shift
  const z = fromFloatBits((ix - (tmp & 0xff800000)) >>> 0);
  // log(x) = log1p(z/c - 1) + log(c) + k·ln2
  const r = fma(z, INV_C[i], -1);
  const y0 = fma(k, LN2, LOG_C[i]);
  const r2 = r * r;
  const y = fma(A0, r2, fma(A1, r, A2));
  return f(fma(y, r2, y0 + r));
}
