// Single-precision helpers for the float32 functions: C's float arithmetic is JavaScript's double
// arithmetic rounded after every operation (`f`, Math.fround; exact for + - * / and sqrt, whose
// double results round to the float C would compute), and the bit access of GET_FLOAT_WORD.

/** Rounds a double to the nearest float32: every float operation of C's code goes through it. */
export const f = Math.fround;

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/** The 32 bits of the float32 `x`, as an unsigned integer (C's GET_FLOAT_WORD into a uint32_t). */
export function floatBits(x: number): number {
  F32[0] = x;
  return U32[0];
}

/** The float32 with bits `bits` (C's SET_FLOAT_WORD). */
export function fromFloatBits(bits: number): number {
  U32[0] = bits;
  return F32[0];
}

/**
 * glibc's __math_may_uflowf: 0x1.4p-75f squared, which rounds to the smallest subnormal 2^-149
 * (what expf, exp2f and powf return just above their underflow threshold).
 */
export const MAY_UNDERFLOW = f(f(1.25 * 2 ** -75) * f(1.25 * 2 ** -75));

/**
 * c[0] + x·(c[1] + x·(c[2] + ...)) in float32, every product and sum rounded, innermost first:
 * the nested polynomials of fdlibm's float code (`T[1]+w*(T[3]+w*(T[5]+...))`).
 */
export function hornerf(x: number, c: readonly number[]): number {
  let r = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) r = f(c[i] + f(x * r));
  return r;
}
