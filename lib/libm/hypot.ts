// hypot exactly as glibc 2.36 computes it (what NumPy's np.hypot calls), bit for bit: glibc's
// e_hypot.c of 2.35 (its non-FMA kernel, which x86-64 uses: one sqrt and a correction step after
// Borges, "An Improved Algorithm for hypot(a, b)", 2019), with scaling for huge and tiny inputs.

const SCALE = 2 ** -600;
const LARGE = 2 ** 511;
const TINY = 2 ** -459;
const EPS = 2 ** -54;

/** sqrt(ax² + ay²) for ax >= ay, squares in range, corrected to almost correct rounding. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

/** sqrt(x² + y²) without overflow or underflow on the way, bit-identical to glibc's `hypot`. */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY) {
    if (ax >= ay / EPS) return ax + ay;
    return kernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
