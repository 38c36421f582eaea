// expf and exp2f exactly as glibc 2.36 computes them on x86-64 with FMA (what NumPy's np.exp and
// np.exp2 call for float32 arrays), bit for bit.
//
// The algorithm is Arm's optimized-routines expf/exp2f (math/expf.c, math/exp2f.c; MIT OR
// Apache-2.0 WITH LLVM-exception), which glibc ships: in double precision, x = k/32 + r (in
// units of ln 2 for expf), 2^(k/32) from a table of 32 doubles, 2^r from a cubic, the result
// rounded once to float32. The multiply-adds glibc's FMA build fuses (read from the shipped
// libm.so.6, __expf_fma and __exp2f_fma) go through `fma`.
import { fma } from "../fma";
import { f, floatBits, MAY_UNDERFLOW } from "./bits";

/** 2^(i/32) for i in [0, 32), as glibc's table holds them (exp2f_data.c's tab, decoded). */
export const EXP2_32 = new Float64Array([
  1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237, 1.0905077326652577, 1.1143867425958924,
  1.1387886347566916, 1.1637248587775775, 1.189207115002721, 1.215247359980469, 1.241857812073484,
  1.2690509571917332, 1.2968395546510096, 1.3252366431597413, 1.3542555469368927, 1.383909881963832,
  1.4142135623730951, 1.4451808069770467, 1.4768261459394993, 1.5091644275934228, 1.5422108254079407,
  1.5759808451078865, 1.6104903319492543, 1.645755478153965, 1.681792830507429, 1.718619298122478,
  1.7562521603732995, 1.7947090750031072, 1.8340080864093424, 1.8741676341103, 1.9152065613971474,
  1.9571441241754002,
]);

/** 2^r ≈ C0·r³ + C1·r² + C2·r + 1 for |r| ≤ 1/64 (exp2f's poly). */
export const C0 = 0.05550361559341535;
export const C1 = 0.2402284522445722;
export const C2 = 0.6931471806916203;
/** Adding it to a double below 2^46 rounds it to a multiple of 1/32 (0x1.8p52 / 32). */
export const SHIFT_32 = 211106232532992;
const SHIFT = 6755399441055744; // 0x1.8p52: rounds to an integer
const INV_LN2_32 = 1.4426950408889634 * 32;
// expf's polynomial in r = x·32/ln2 - k: exp2f's coefficients over 32^3, 32^2, 32 (exact).
const E0 = C0 / 32768;
const E1 = C1 / 1024;
const E2 = C2 / 32;

/**
 * s·(c0·r³ + c1·r² + c2·r + 1) with s = 2^(k/32), glibc's pipelined evaluation and fused
 * multiply-adds (shared by expf, exp2f and powf). `negative` flips the sign of s (powf's sign_bias).
 */
export function exp2Tail(r: number, k: number, c0: number, c1: number, c2: number, negative = false): number {
  const j = k & 31;
  const s = EXP2_32[j] * 2 ** ((k - j) / 32);
  const z = fma(c0, r, c1);
  const r2 = r * r;
  const y = fma(z, r2, fma(c2, r, 1));
  return y * (negative ? -s : s);
}

/** e^x for a float32 x, bit-identical to glibc's expf (x86-64, FMA). */
export function expf(x: number): number {
  const abstop = (floatBits(x) >>> 20) & 0x7ff;
  if (abstop >= 0x42b) {
    // |x| >= 88 or x is nan.
    if (x === -Infinity) return 0;
    if (abstop >= 0x7f8) return x + x;
    if (x > 88.72283172607422) return Infinity; // x > log(0x1p128)
    if (x < -103.97207641601562) return 0; // x < log(0x1p-150)
    if (x < -103.27892303466797) return MAY_UNDERFLOW; // x < log(0x1p-149)
  }
  // x·32/ln2 = k + r with k rounded to nearest (fused: the product is never rounded).
  const k = fma(INV_LN2_32, x, SHIFT) - SHIFT;
  const r = fma(INV_LN2_32, x, -k);
  return f(exp2Tail(r, k, E0, E1, E2));
}

/** 2^x for a float32 x, bit-identical to glibc's exp2f (x86-64, FMA). */
export function exp2f(x: number): number {
  const abstop = (floatBits(x) >>> 20) & 0x7ff;
  if (abstop >= 0x430) {
    // |x| >= 128 or x is nan.
    if (x === -Infinity) return 0;
    if (abstop >= 0x7f8) return x + x;
    if (x > 0) return Infinity;
    if (x <= -150) return 0;
    if (x < -149) return MAY_UNDERFLOW;
  }
  const kd = x + SHIFT_32 - SHIFT_32; // k/32, exactly
  return f(exp2Tail(x - kd, kd * 32, C0, C1, C2));
}
