// hypotf exactly as glibc 2.36 computes it (what NumPy's np.hypot calls for float32 arrays):
// sqrt(x² + y²) in double (each square exact), rounded to float32.
import { f } from "./bits";

/** sqrt(x² + y²) for float32 x and y, bit-identical to glibc's hypotf. */
export function hypotf(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y; // NaN
  }
  return f(Math.sqrt(x * x + y * y));
}
