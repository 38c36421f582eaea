// 2^x exactly as glibc 2.36 computes it (what NumPy's np.exp2 calls on CPUs without AVX-512), bit
// for bit. The algorithm is Arm's optimized-routines exp2 (math/exp2.c, MIT / Apache-2.0), which
// glibc ships and compiles without FMA: x = k/128 + r, 2^x = 2^(k/128)·2^r with exp's table.
import { fromWords } from "./exp";
import { TABLE } from "./exp_table";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // u32[0] low word, u32[1] high word

const SHIFT = 52776558133248; // 1.5·2^52/128: adding it rounds x to a multiple of 1/128
/** 2^r - 1 ≈ r·C1 + r²·(C2 + r·C3) + r⁴·(C4 + r·C5). */
const C1 = 0.6931471805599453;
const C2 = 0.24022650695909065;
const C3 = 0.0555041086686087;
const C4 = 0.009618131975721055;
const C5 = 0.0013332074570119598;

/** scale·(1 + tmp) where scale's exponent may be out of range (glibc's exp2 specialcase). */
function specialCase(tmp: number, sbitsLo: number, sbitsHi: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by 1
    const scale = fromWords(sbitsLo, (sbitsHi - (1 << 20)) >>> 0);
    return 2 * (scale + scale * tmp);
  }
  const scale = fromWords(sbitsLo, (sbitsHi + (1022 << 20)) >>> 0);
  let y = scale + scale * tmp;
  if (y < 1) {
    // round once, before scaling into the subnormal range
    let lo = scale - y + scale * tmp;
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}

/** 2 raised to x, bit-identical to glibc's `exp2`: exp2(-Infinity) = 0, overflow to Infinity. */
export function exp2(x: number): number {
  f64[0] = x;
  let abstop = (u32[1] >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) {
    if (abstop < 0x3c9) return 1 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      // |x| >= 1024
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0; // may overflow or underflow: specialCase
  }
  let kd = x + SHIFT;
  f64[0] = kd;
  const ki = u32[0];
  kd -= SHIFT;
  const r = x - kd;
  const idx = 4 * (ki & 127);
  const tail = fromWords(TABLE[idx], TABLE[idx + 1]);
  const sbitsLo = TABLE[idx + 2];
  const sbitsHi = (TABLE[idx + 3] + ((ki << 13) >>> 0)) >>> 0;
  const r2 = r * r;
  const tmp = tail + r * C1 + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  if (abstop === 0) return specialCase(tmp, sbitsLo, sbitsHi, ki);
  const scale = fromWords(sbitsLo, sbitsHi);
  return scale + scale * tmp;
}
