// tanh exactly as glibc 2.36 computes it (what NumPy's np.tanh calls on CPUs without AVX-512),
// bit for bit: fdlibm's s_tanh.c (Sun Microsystems, 1993, freely redistributable), which glibc
// compiles without FMA, on top of glibc's expm1 (its FMA build, expm1.ts).
import { expm1 } from "./expm1";

/**
 * Hyperbolic tangent, bit-identical to glibc's `tanh`: tanh(±Infinity) = ±1, tanh(±0) = ±0,
 * ±1 (rounded) beyond |x| = 22.
 */
export function tanh(x: number): number {
  const ax = Math.abs(x);
  let z: number;
  if (!(ax < 22)) {
    if (x !== x) return x + x;
    z = 1; // |x| >= 22 or infinite: 1 - 2e^-2|x| rounds to 1
  } else if (ax < 2 ** -55) {
    return x * (1 + x); // also ±0
  } else if (ax >= 1) {
    z = 1 - 2 / (expm1(2 * ax) + 2);
  } else {
    const t = expm1(-2 * ax);
    z = -t / (t + 2);
  }
  return x < 0 ? -z : z;
}
