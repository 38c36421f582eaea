// log2f exactly as glibc 2.36 computes it on x86-64 with FMA (what NumPy's np.log2 calls for
// float32 arrays), bit for bit: Arm's optimized-routines log2f (math/log2f.c; MIT OR Apache-2.0
// WITH LLVM-exception), logf's method with log2(c) in the table and the polynomial scaled by
// 1/ln2; its fused multiply-adds read from __log2f_fma in the shipped libm.so.6.
import { fma } from "../fma";
import { f, fromFloatBits } from "./bits";
import { INV_C, logOfSpecial, normalBits, OFF } from "./log";

/** log2(c) for logf's 16 subintervals. */
const LOG2_C = new Float64Array([
  -0.48430022186289673, -0.42257122959194704, -0.3633754347673556, -0.30651309567405577, -0.25180720160537634,
  -0.19910014943794563, -0.14825100623281615, -0.09913323807318392, -0.051632812977629436, 0.0, 0.07508531937943004,
  0.15987125980713107, 0.2384046664317681, 0.31288288605863257, 0.38370422656453185, 0.451211048935815,
]);

const A0 = -0.36051725506874704;
const A1 = 0.4811247078767291;
const A2 = -0.7213476299867769;
const A3 = 1.4426950186867042;

/** log2(x) for a float32 x, bit-identical to glibc's log2f (x86-64, FMA). */
export function log2f(x: number): number {
  if (x === 1) return 0;
  const ix = normalBits(x);
  if (ix === undefined) return logOfSpecial(x);
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp | 0) >> 23;
  const z = fromFloatBits((ix - (tmp & 0xff800000)) >>> 0);
  // log2(x) = log1p(z/c - 1)/ln2 + log2(c) + k
  const r = fma(z, INV_C[i], -1);
  const y0 = LOG2_C[i] + k;
  const r2 = r * r;
  const y = fma(A0, r2, fma(A1, r, A2));
  const p = fma(A3, r, y0);
  return f(fma(y, r2, p));
}
