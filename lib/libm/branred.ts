// The large-argument reduction of glibc's sin and cos (sysdeps/ieee754/dbl-64/branred.c, from
// IBM's Accurate Mathematical Library), read for its method and written anew: for
// 105414350 <= |x| < 2^1024, x·(2/π) with 2/π to 75·24 bits, keeping only the fraction and the
// quadrant. glibc compiles this file once, without FMA, so it is plain double arithmetic.
const TOVERP = new Float64Array([
  // 2/π in base 2^24, most significant digit first
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675,
  12935607, 2387514, 4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493,
  3062596, 8710556, 7349940, 6258241, 3772886, 3769171, 3798172, 8675211, 12450088, 3874808,
  9961438, 366607, 15675153, 9132554, 7151469, 3571407, 2607881, 12013382, 4155038, 6285869,
  7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392, 5636912, 4652155,
  7056368, 13614112, 10155062, 1944035, 9527646, 15080200, 6658437, 6231200, 6832269, 16767104,
  5075751, 3212806, 1398474, 7579849, 6349435, 12618859, 4703257, 12806093, 14477321, 2786137,
  12875403, 9837734, 14528324, 13719321, 343717,
]);
const SPLIT = 134217729; // 2^27 + 1
const BIG = 6755399441055744; // 1.5·2^52: (r + BIG) - BIG rounds r to an integer
const BIG1 = 27021597764222976; // 1.5·2^54: rounds to a multiple of 4
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067675399456e-8;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const r = new Float64Array(6);

// One half of x's product with 2/π: its fraction as parts[0] + parts[1] (a typed array: V8 would
// box doubles kept in module variables on every write).
const parts = new Float64Array(2);

/** The fraction of xi·2/π·2^-600 in parts[0] + parts[1]; returns its integer part mod 4. */
function fraction(xi: number): number {
  f64[0] = xi;
  let k = Math.trunc((((u32[1] >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  // 2^(576 - 24k) from its bits, as glibc builds it (no pow)
  u32[0] = 0;
  u32[1] = (0x63f00000 - ((k * 24) << 20)) >>> 0;
  let gor = f64[0];
  for (let i = 0; i < 6; i++) {
    r[i] = xi * TOVERP[k + i] * gor;
    gor *= 2 ** -24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = r[i] + BIG - BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 5; i >= 0; i--) t += r[i];
  let bb = r[0] - t + r[1] + r[2] + r[3] + r[4] + r[5];
  const s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  sum -= sum + BIG1 - BIG1;
  parts[0] = b;
  parts[1] = bb;
  return sum;
}

/** Where branred (and sin.ts's smaller reduction) leave the remainder: x - n·π/2 = [0] + [1]. */
export const reduced = new Float64Array(2);

/**
 * Reduces x (|x| >= 105414350, finite) modulo π/2: returns the quadrant n mod 4 and leaves
 * x - n·π/2 in `reduced`.
 */
export function branred(x: number): number {
  x *= 2 ** -600;
  const t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const sum1 = fraction(x1);
  const b1 = parts[0];
  const bb1 = parts[1];
  const sum2 = fraction(x2);
  const b2 = parts[0];
  const bb2 = parts[1];
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1;
    sum += 1;
  } else if (b < -0.5) {
    b += 1;
    sum -= 1;
  }
  let s = b + (bb + bb1 + bb2);
  const tt = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * MP2 + t2 * MP1 + (t2 * MP2 + s * HP1 + tt * HP0);
  s = b + bb;
  reduced[0] = s;
  reduced[1] = b - s + bb;
  return Math.trunc(sum) & 3;
}
