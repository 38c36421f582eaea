// NumPy's algorithms for each distribution, operation for operation, so that the same bits give
// the same numbers: numpy/random/src/distributions/distributions.c (Generator, and what the legacy
// RandomState shares with it) and src/legacy/legacy-distributions.c (RandomState's frozen
// versions). NumPy compiles them without fused multiply-adds, so each C expression is the same
// double operations here in the same order; exp, log, log1p and pow are glibc's, bit for bit.
import { exp } from "../libm/exp";
import { log } from "../libm/log";
import { pow } from "../libm/pow";
import type { BitSource } from "./bitgen";
import { log1p } from "../libm/log1p";
import { EXP_R, FE, FI, KE, KI, NOR_INV_R, NOR_R, WE, WI } from "./ziggurat_tables";

/** A bit generator with the normal and exponential draws that the other distributions build on. */
export interface Kernel {
  readonly bits: BitSource;
  /** A standard normal draw (legacy: Marsaglia's polar method; Generator: the ziggurat). */
  normal(): number;
  /** A standard exponential draw (legacy: -log(1 - u); Generator: the ziggurat). */
  exponential(): number;
}

/** A standard normal draw by NumPy's 256-layer ziggurat (random_standard_normal). */
export function zigguratNormal(bits: BitSource): number {
  for (;;) {
    bits.next64();
    // From the 64-bit word r: layer idx = bits 0-7, sign = bit 8, rabs = bits 9-60.
    const lo = bits.lo;
    const idx = lo & 0xff;
    const rabs = (bits.hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    const x = lo & 0x100 ? -(rabs * WI[idx]) : rabs * WI[idx];
    if (rabs < KI[idx]) return x; // 99.3% of draws
    if (idx === 0) {
      // The tail beyond NOR_R, by Marsaglia's method; bit 8 of rabs (bit 17 of r) is its sign.
      for (;;) {
        const xx = -NOR_INV_R * log1p(-bits.nextDouble());
        const yy = -log1p(-bits.nextDouble());
        if (yy + yy > xx * xx) return lo & 0x20000 ? -(NOR_R + xx) : NOR_R + xx;
      }
    }
    if ((FI[idx - 1] - FI[idx]) * bits.nextDouble() + FI[idx] < exp(-0.5 * x * x)) return x;
  }
}

/** A standard exponential draw by NumPy's 256-layer ziggurat (random_standard_exponential). */
export function zigguratExponential(bits: BitSource): number {
  for (;;) {
    bits.next64();
    // From the 64-bit word r: layer idx = bits 3-10, ri = bits 11-63.
    const idx = (bits.lo >>> 3) & 0xff;
    const ri = bits.hi * 2097152 + (bits.lo >>> 11);
    const x = ri * WE[idx];
    if (ri < KE[idx]) return x; // 98.9% of draws
    if (idx === 0) return EXP_R - log1p(-bits.nextDouble());
    if ((FE[idx - 1] - FE[idx]) * bits.nextDouble() + FE[idx] < exp(-x)) return x;
    // Rejected: NumPy draws afresh (a tail call), as this loop does.
  }
}

/** A standard gamma draw (random_standard_gamma / legacy_standard_gamma: Marsaglia-Tsang, and Johnk-like below 1). */
export function standardGamma(k: Kernel, shape: number): number {
  if (shape === 1) return k.exponential();
  if (shape === 0) return 0;
  if (shape < 1) {
    for (;;) {
      const u = k.bits.nextDouble();
      const v = k.exponential();
      if (u <= 1 - shape) {
        const x = pow(u, 1 / shape);
        if (x <= v) return x;
      } else {
        const y = -log((1 - u) / shape);
        const x = pow(1 - shape + shape * y, 1 / shape);
        if (x <= v + y) return x;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = k.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = k.bits.nextDouble();
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1 - v + log(v))) return b * v;
  }
}

/** A beta draw as RandomState makes it (legacy_beta: Johnk's algorithm when a, b <= 1, else two gammas). */
export function legacyBeta(k: Kernel, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const u = k.bits.nextDouble();
      const v = k.bits.nextDouble();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      if (x + y <= 1) {
        if (x + y > 0) return x / (x + y);
        let logX = log(u) / a;
        let logY = log(v) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const ga = standardGamma(k, a);
  const gb = standardGamma(k, b);
  return ga / (ga + gb);
}

/** Below this, a and b are so small that a beta draw is 0 or 1 but for 1 in 10^100. */
const BETA_TINY_THRESHOLD = 3e-103;

/** A beta draw as Generator makes it (random_beta, with its guards against underflow). */
export function beta(k: Kernel, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
      return (a + b) * k.bits.nextDouble() < a ? 1 : 0;
    }
    for (;;) {
      const u = k.bits.nextDouble();
      const v = k.bits.nextDouble();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      const xpy = x + y;
      if (xpy <= 1 && u + v > 0) {
        if (x > 0 && y > 0) return x / xpy;
        // x or y underflowed: work with logarithms.
        const logX = log(u) / a;
        const logY = log(v) / b;
        const delta = logX - logY;
        if (delta > 0) return exp(-log1p(exp(-delta)));
        return exp(delta - log1p(exp(delta)));
      }
    }
  }
  const ga = standardGamma(k, a);
  const gb = standardGamma(k, b);
  return ga / (ga + gb);
}

/**
 * The constants of NumPy's binomial algorithms for the last (n, p) (its `binomial_t`): kept per
 * generator and shared by its binomial and multinomial draws, exactly as NumPy keeps them (the
 * legacy and current inversions compute q^n differently, so a cache hit can carry one's value
 * into the other, and does in NumPy too).
 */
export class BinomialCache {
  has = false;
  nsave = 0;
  psave = 0;
  r = 0;
  q = 0;
  fm = 0;
  m = 0;
  p1 = 0;
  xm = 0;
  xl = 0;
  xr = 0;
  c = 0;
  laml = 0;
  lamr = 0;
  p2 = 0;
  p3 = 0;
  p4 = 0;

  /** Whether the saved constants are for (n, p); if not, records (n, p) as the new key. */
  hit(n: number, p: number): boolean {
    if (this.has && this.nsave === n && this.psave === p) return true;
    this.nsave = n;
    this.psave = p;
    this.has = true;
    return false;
  }
}

/** Binomial by inversion, for n·p <= 30 (random_binomial_inversion; `legacy`: q^n as exp(n·log(q))). */
function binomialInversion(bits: BitSource, n: number, p: number, cache: BinomialCache, legacy: boolean): number {
  if (!cache.hit(n, p)) {
    const q = 1 - p;
    cache.q = q;
    cache.r = exp(n * (legacy ? log(q) : log1p(-p)));
    cache.c = n * p;
    cache.m = Math.trunc(Math.min(n, cache.c + 10 * Math.sqrt(cache.c * q + 1)));
  }
  const { q, r: qn, m: bound } = cache;
  let x = 0;
  let px = qn;
  let u = bits.nextDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = bits.nextDouble();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** The terms of the Stirling-series correction in BTPE's final acceptance test. */
function stirling(x: number, x2: number): number {
  return (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
}

/** Binomial by Kachitvichyanukul and Schmeiser's BTPE, for n·p > 30 (random_binomial_btpe). */
function binomialBtpe(bits: BitSource, n: number, p: number, cache: BinomialCache): number {
  if (!cache.hit(n, p)) {
    const r = Math.min(p, 1 - p);
    const q = 1 - r;
    const fm = n * r + r;
    const m = Math.floor(fm);
    const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    const xm = m + 0.5;
    const xl = xm - p1;
    const xr = xm + p1;
    const c = 0.134 + 20.5 / (15.3 + m);
    let a = (fm - xl) / (fm - xl * r);
    const laml = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    const lamr = a * (1 + a / 2);
    const p2 = p1 * (1 + 2 * c);
    const p3 = p2 + c / laml;
    const p4 = p3 + c / lamr;
    Object.assign(cache, { r, q, fm, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 });
  }
  const { r, q, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 } = cache;
  for (;;) {
    // Step 10: a point under the hat, in one of four regions.
    const nrq = n * r * q;
    const u = bits.nextDouble() * p4;
    let v = bits.nextDouble();
    let y: number;
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u); // the triangle: accepted at once
      return p > 0.5 ? n - y : y;
    }
    if (u <= p2) {
      // Step 20: the parallelograms.
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      // Step 30: the left exponential tail.
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step 40: the right exponential tail.
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50: accept or reject.
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      // Explicit evaluation of the ratio of probabilities.
      const s = r / q;
      const a = s * (n + 1);
      let f = 1;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) f *= a / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) f /= a / i - s;
      }
      if (v > f) continue;
      return p > 0.5 ? n - y : y;
    }
    // Step 52: squeeze with the normal approximation, then Stirling's formula.
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const logV = log(v);
    if (logV < t - rho) return p > 0.5 ? n - y : y;
    if (logV > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const bound =
      xm * log(f1 / x1) +
      (n - m + 0.5) * log(z / w) +
      (y - m) * log((w * r) / (x1 * q)) +
      stirling(f1, f1 * f1) +
      stirling(z, z * z) +
      stirling(x1, x1 * x1) +
      stirling(w, w * w);
    if (logV > bound) continue;
    return p > 0.5 ? n - y : y;
  }
}

/**
 * A binomial draw, `n` trials with success probability `p` (random_binomial, or with `legacy`
 * RandomState's legacy_random_binomial, whose inversion computes q^n another way).
 */
export function binomial(bits: BitSource, p: number, n: number, cache: BinomialCache, legacy: boolean): number {
  if (!legacy && (n === 0 || p === 0)) return 0;
  if (p <= 0.5) {
    return p * n <= 30 ? binomialInversion(bits, n, p, cache, legacy) : binomialBtpe(bits, n, p, cache);
  }
  const q = 1 - p;
  return n - (q * n <= 30 ? binomialInversion(bits, n, q, cache, legacy) : binomialBtpe(bits, n, q, cache));
}

/** The series coefficients a[8] down to a[0] (a[9] starts the recurrence in `loggam`). */
const LOGGAM_COEFFICIENTS = [
  1.796443723688307e-1, -2.955065359477124e-2, 6.41025641025641e-3, -1.917526917526918e-3, 8.417508417508418e-4,
  -5.952380952380952e-4, 7.936507936507937e-4, -2.777777777777778e-3, 8.333333333333333e-2,
];

/**
 * log Γ(x) for x > 0 (random_loggam: the asymptotic series of Zhang and Jin's SPECFUN, shifted
 * up to x >= 7).
 */
export function loggam(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  let gl0 = -1.3924322169059;
  for (const a of LOGGAM_COEFFICIENTS) gl0 = gl0 * x2 + a;
  let gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0;
  for (let k = 1; k <= n; k++) {
    gl -= log(x0 - 1);
    x0 -= 1;
  }
  return gl;
}

/** Poisson by multiplying uniforms until they fall below e^-lam, for lam < 10 (random_poisson_mult). */
function poissonMult(bits: BitSource, lam: number): number {
  const enlam = exp(-lam);
  let x = 0;
  let prod = 1;
  for (;;) {
    prod *= bits.nextDouble();
    if (prod > enlam) x += 1;
    else return x;
  }
}

/** Poisson by Hörmann's transformed rejection (PTRS), for lam >= 10 (random_poisson_ptrs). */
function poissonPtrs(bits: BitSource, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = bits.nextDouble() - 0.5;
    const v = bits.nextDouble();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lam + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

/** A Poisson draw with mean `lam` (random_poisson; RandomState uses the same). */
export function poisson(bits: BitSource, lam: number): number {
  if (lam >= 10) return poissonPtrs(bits, lam);
  if (lam === 0) return 0;
  return poissonMult(bits, lam);
}

/**
 * One multinomial draw into out[offset .. offset + pvals.length) (random_multinomial): a binomial
 * for each category but the last, from the trials and probability left over.
 */
export function multinomial(bits: BitSource, n: number, pvals: ArrayLike<number>, out: Float64Array, offset: number, cache: BinomialCache): void {
  const d = pvals.length;
  let remainingP = 1;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    out[offset + j] = binomial(bits, pvals[j] / remainingP, dn, cache, false);
    dn -= out[offset + j];
    if (dn <= 0) break;
    remainingP -= pvals[j];
  }
  if (dn > 0) out[offset + d - 1] = dn;
}
