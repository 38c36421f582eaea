// What choice, permutation and shuffle share between RandomState and Generator: the checks of
// choice's probabilities, NumPy's inverse-CDF picks with and without replacement, and
// Fisher–Yates from the end (numpy/random/mtrand.pyx, _generator.pyx).
import { asarray, type ArrayLike } from "../core/convert";
import { TypeError, ValueError } from "../core/errors";
import { offsetsOf } from "../core/iterate";
import { NDArray } from "../core/ndarray";
import { kahanSum } from "./params";

/** 0, 1, ..., n - 1 as int64 (NumPy's `np.arange(n)`), for permutations. */
export function arangeInt(n: number): NDArray {
  const length = Math.max(0, n);
  const data = new Float64Array(length);
  for (let i = 0; i < length; i++) data[i] = i;
  return new NDArray(data, [length], "int64");
}

/** `p` checked as choice checks it; `legacy` picks RandomState's wording over Generator's. */
export function choiceProbabilities(p: ArrayLike, popSize: number, legacy: boolean): Float64Array {
  const pa = asarray(p, "float64");
  if (pa.ndim !== 1) throw new ValueError(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional");
  if (pa.size !== popSize) throw new ValueError(legacy ? "'a' and 'p' must have same size" : "a and p must have same size");
  const probs = pa.flatten().data as Float64Array;
  const total = kahanSum(probs, probs.length);
  if (Number.isNaN(total)) throw new ValueError(legacy ? "probabilities contain NaN" : "Probabilities contain NaN");
  if (probs.some((v) => v < 0)) throw new ValueError(legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative");
  if (Math.abs(total - 1) > Math.sqrt(Number.EPSILON)) {
    throw new ValueError(legacy ? "probabilities do not sum to 1" : "Probabilities do not sum to 1. See Notes section of docstring for more information.");
  }
  return probs;
}

/** NumPy's `cdf = p.cumsum(); cdf /= cdf[-1]`. */
function cumulative(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let sum = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = sum += p[i];
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** NumPy's `searchsorted(cdf, u, side="right")`: the number of entries <= u. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices drawn by the inverse CDF of `probs` from the uniforms `u` (choice with p). */
export function pickByCdf(probs: Float64Array, u: Float64Array): Float64Array {
  const cdf = cumulative(probs);
  return Float64Array.from(u, (x) => searchRight(cdf, x));
}

/**
 * choice without replacement with probabilities (both generators): draw `count` uniforms, keep
 * the new distinct indices in order of first appearance, zero their probabilities, repeat.
 */
export function pickWithoutReplacement(probs: Float64Array, count: number, uniforms: (n: number) => Float64Array): Float64Array {
  if (probs.filter((v) => v > 0).length < count) throw new ValueError("Fewer non-zero entries in p than size");
  const weights = Float64Array.from(probs);
  const found = new Float64Array(count);
  let n = 0;
  while (n < count) {
    const draws = uniforms(count - n);
    for (let i = 0; i < n; i++) weights[found[i]] = 0;
    const seen = new Set<number>();
    for (const k of pickByCdf(weights, draws)) {
      if (!seen.has(k)) {
        seen.add(k);
        found[n++] = k;
      }
    }
  }
  return found;
}

/**
 * Fisher–Yates from the end with `pick(i)` in [0, i] (NumPy's shuffle loops), in place, along
 * `axis` of an array (through its strides) or over a JS array.
 */
export function shuffleAlong(x: NDArray | unknown[], pick: (i: number) => number, axis = 0): void {
  if (Array.isArray(x)) {
    for (let i = x.length - 1; i > 0; i--) {
      const j = pick(i);
      [x[i], x[j]] = [x[j], x[i]];
    }
    return;
  }
  if (!(x instanceof NDArray)) throw new TypeError("shuffle() takes an NDArray or a JS array");
  if (x.ndim === 0) throw new TypeError("len() of unsized object");
  if (x.size === 0) return;
  if (x.ndim === 1) {
    const d = x.data;
    const step = x.strides[0];
    for (let i = x.shape[0] - 1; i > 0; i--) {
      const a = x.offset + i * step;
      const b = x.offset + pick(i) * step;
      const t = d[a];
      d[a] = d[b];
      d[b] = t;
    }
    return;
  }
  const others = (v: readonly number[]): number[] => v.filter((_, k) => k !== axis);
  const rowOffsets = offsetsOf(others(x.shape), others(x.strides), x.offset);
  const step = x.strides[axis];
  const d = x.data;
  for (let i = x.shape[axis] - 1; i > 0; i--) {
    const j = pick(i);
    if (i === j) continue;
    for (const o of rowOffsets) {
      const t = d[o + i * step];
      d[o + i * step] = d[o + j * step];
      d[o + j * step] = t;
    }
  }
}
