// NumPy's legacy random generator, np.random.RandomState: MT19937 plus the legacy algorithms
// for each distribution (numpy/random/mtrand.pyx and src/legacy), so that the same seed gives
// the same numbers as NumPy, bit for bit.
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { resolveDType } from "../core/dtype";
import { IndexError, TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { broadcastShapes, broadcastStrides } from "../core/shape";
import { offsetsOf } from "../core/iterate";
import { log } from "../libm/log";
import { MT19937 } from "./mt19937";

/** An output size: a length or a shape, like NumPy's `size=`. */
export type Size = number | readonly number[];

/** Options of `choice` (NumPy's keyword arguments). */
export interface ChoiceOptions {
  size?: Size | null;
  /** Whether a value may be picked more than once (default true). */
  replace?: boolean;
  /** The probability of each entry of `a` (default: all equal). */
  p?: ArrayLike | null;
}

function toShape(size: Size): number[] {
  const shape = typeof size === "number" ? [size] : [...size];
  for (const n of shape) {
    if (!Number.isInteger(n)) throw new TypeError(`'${n}' cannot be interpreted as an integer: sizes are whole numbers`);
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
  }
  return shape;
}

/** The smallest all-ones bit mask covering `max` (NumPy's `gen_mask`). */
function mask32(max: number): number {
  let m = max;
  m |= m >>> 1;
  m |= m >>> 2;
  m |= m >>> 4;
  m |= m >>> 8;
  m |= m >>> 16;
  return m >>> 0;
}

/**
 * A random number generator with NumPy's legacy `RandomState` interface and stream. The
 * functions of `np.random` use one shared instance; make your own for an independent stream.
 *
 * @example
 * const rs = new np.random.RandomState(42);
 * rs.randn(2);  // array([ 0.49671415, -0.1382643 ])
 */
export class RandomState {
  private readonly mt = new MT19937();
  private gauss: number | null = null;

  /** @param seed as for `seed()`; left out, the generator is seeded from the operating system. */
  constructor(seed?: number | readonly number[]) {
    this.seed(seed);
  }

  /**
   * Re-seeds the generator (NumPy's `np.random.seed`). An integer in [0, 2**32) seeds MT19937 as
   * NumPy does (`init_genrand`); an array of such integers uses `init_by_array`; nothing uses
   * randomness from the operating system.
   * @throws ValueError `Seed must be between 0 and 2**32 - 1`
   */
  seed(seed?: number | readonly number[]): void {
    if (seed === undefined || seed === null) {
      const words = new Uint32Array(624);
      globalThis.crypto.getRandomValues(words);
      this.mt.seedByArray([...words]);
    } else if (typeof seed === "number") {
      if (!Number.isInteger(seed)) throw new TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      if (seed < 0 || seed > 2 ** 32 - 1) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      this.mt.seed(seed);
    } else {
      const key = [...seed];
      if (key.length === 0) throw new ValueError("Seed must be non-empty");
      if (key.some((k) => !Number.isInteger(k))) throw new TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
      if (key.some((k) => k < 0 || k > 2 ** 32 - 1)) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      this.mt.seedByArray(key);
    }
    this.gauss = null;
  }

  /** One standard normal draw: NumPy's legacy_gauss (Marsaglia's polar method, one draw cached). */
  private nextGauss(): number {
    if (this.gauss !== null) {
      const cached = this.gauss;
      this.gauss = null;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.mt.nextDouble() - 1;
      x2 = 2 * this.mt.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * log(r2)) / r2);
    this.gauss = f * x1;
    return f * x2;
  }

  /** Fills a new float64 array of `size` with `draw()`, or returns one draw when size is null. */
  private fill(size: Size | null | undefined, draw: () => number): NDArray | number {
    if (size === undefined || size === null) return draw();
    const shape = toShape(size);
    const data = new Float64Array(shape.reduce((p, n) => p * n, 1));
    for (let i = 0; i < data.length; i++) data[i] = draw();
    return new NDArray(data, shape, "float64");
  }

  /**
   * Draws with parameters that may be arrays: they broadcast with each other (and `size`), and
   * draws are made in C order of the result, as NumPy's `cont` does.
   */
  private fillWith(size: Size | null | undefined, params: readonly ArrayLike[], draw: (...p: number[]) => number): NDArray | number {
    if (params.every((p) => typeof p === "number")) return this.fill(size, () => draw(...(params as number[])));
    const arrays = params.map((p) => asarray(p));
    const paramShape = broadcastShapes(...arrays.map((a) => a.shape));
    const shape = size === undefined || size === null ? paramShape : toShape(size);
    if (size !== undefined && size !== null && broadcastShapes(shape, paramShape).join() !== shape.join()) {
      throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${JSON.stringify(shape)} and arg 1 with shape ${JSON.stringify(paramShape)}.`);
    }
    const offsets = arrays.map((a) => offsetsOf(shape, broadcastStrides(a.shape, a.strides, shape), a.offset));
    const data = new Float64Array(shape.reduce((p, n) => p * n, 1));
    const args = new Array<number>(arrays.length);
    for (let i = 0; i < data.length; i++) {
      for (let k = 0; k < arrays.length; k++) args[k] = arrays[k].data[offsets[k][i]];
      data[i] = draw(...args);
    }
    return new NDArray(data, shape, "float64");
  }

  /** Uniform floats in [0, 1) (NumPy's `random_sample` / `random`); one number when size is left out. */
  random_sample(): number;
  random_sample(size: Size): NDArray;
  random_sample(size?: Size | null): NDArray | number;
  random_sample(size?: Size | null): NDArray | number {
    return this.fill(size, () => this.mt.nextDouble());
  }

  /** Same as `random_sample` (NumPy's `random`). */
  random(): number;
  random(size: Size): NDArray;
  random(size?: Size | null): NDArray | number;
  random(size?: Size | null): NDArray | number {
    return this.random_sample(size);
  }

  /** Uniform floats in [0, 1) of shape `(d0, d1, ...)` (NumPy's `rand`); one number with no arguments. */
  rand(): number;
  rand(...shape: number[]): NDArray;
  rand(...shape: number[]): NDArray | number {
    return this.random_sample(shape.length === 0 ? null : shape);
  }

  /** Standard normal draws of shape `(d0, d1, ...)` (NumPy's `randn`); one number with no arguments. */
  randn(): number;
  randn(...shape: number[]): NDArray;
  randn(...shape: number[]): NDArray | number {
    return this.standard_normal(shape.length === 0 ? null : shape);
  }

  /** Standard normal draws (NumPy's `standard_normal`). */
  standard_normal(): number;
  standard_normal(size: Size): NDArray;
  standard_normal(size?: Size | null): NDArray | number;
  standard_normal(size?: Size | null): NDArray | number {
    return this.fill(size, () => this.nextGauss());
  }

  /** Uniform floats in [low, high) (NumPy's `uniform`): `low + (high - low) * u`. */
  uniform(low?: ArrayLike, high?: ArrayLike): NDArray | number;
  uniform(low: ArrayLike, high: ArrayLike, size: Size): NDArray;
  uniform(low?: ArrayLike, high?: ArrayLike, size?: Size | null): NDArray | number;
  uniform(low: ArrayLike = 0, high: ArrayLike = 1, size?: Size | null): NDArray | number {
    return this.fillWith(size, [low, high], (lo, hi) => lo + (hi - lo) * this.mt.nextDouble());
  }

  /**
   * Normal (Gaussian) draws with mean `loc` and standard deviation `scale` (NumPy's `normal`).
   * @throws ValueError `scale < 0`
   */
  normal(loc?: ArrayLike, scale?: ArrayLike): NDArray | number;
  normal(loc: ArrayLike, scale: ArrayLike, size: Size): NDArray;
  normal(loc?: ArrayLike, scale?: ArrayLike, size?: Size | null): NDArray | number;
  normal(loc: ArrayLike = 0, scale: ArrayLike = 1, size?: Size | null): NDArray | number {
    if (asarray(scale).lt(0).any()) throw new ValueError("scale < 0");
    return this.fillWith(size, [loc, scale], (mean, sd) => mean + sd * this.nextGauss());
  }

  /** One integer in [low, low + range], NumPy's masked rejection sampling. */
  private boundedInt(low: number, range: number): number {
    if (range === 0) return low;
    if (range <= 0xffffffff) {
      if (range === 0xffffffff) return low + this.mt.nextUint32();
      const mask = mask32(range);
      let v: number;
      do v = (this.mt.nextUint32() & mask) >>> 0;
      while (v > range);
      return low + v;
    }
    // Ranges beyond 32 bits draw 64-bit words, high word first (exact in BigInt).
    const big = BigInt(range);
    let m = big;
    for (const shift of [1n, 2n, 4n, 8n, 16n, 32n]) m |= m >> shift;
    let v: bigint;
    do v = ((BigInt(this.mt.nextUint32()) << 32n) | BigInt(this.mt.nextUint32())) & m;
    while (v > big);
    return low + Number(v);
  }

  /**
   * Random integers in [low, high) (NumPy's `randint`); with one argument, in [0, low).
   * The result is int64 (one number when size is left out).
   * @throws ValueError `low >= high`
   * @example
   * np.random.seed(0); np.random.randint(0, 10, 5);  // array([5, 0, 3, 3, 7])
   */
  randint(low: number, high?: number | null): number;
  randint(low: number, high: number | null | undefined, size: Size, dtype?: DTypeLike): NDArray;
  randint(low: number, high?: number | null, size?: Size | null, dtype?: DTypeLike): NDArray | number;
  randint(low: number, high?: number | null, size?: Size | null, dtype: DTypeLike = "int64"): NDArray | number {
    if (high === undefined || high === null) [low, high] = [0, low];
    if (!Number.isInteger(low) || !Number.isInteger(high)) throw new TypeError("randint: low and high must be integers");
    if (low >= high) throw new ValueError("low >= high");
    // NumPy draws other integer types by other algorithms; numts has int64 only.
    const type = resolveDType(dtype);
    if (type !== "int64") throw new TypeError(`Unsupported dtype dtype('${type}') for randint`);
    const range = high - 1 - low;
    if (size === undefined || size === null) return this.boundedInt(low, range);
    const out = this.fill(size, () => this.boundedInt(low, range)) as NDArray;
    return new NDArray(out.data, out.shape, "int64");
  }

  /** An index in [0, max] by NumPy's `random_interval` (masked rejection), for shuffling. */
  private interval(max: number): number {
    if (max === 0) return 0;
    return this.boundedInt(0, max);
  }

  /**
   * Shuffles an array in place along its first axis (NumPy's `shuffle`); a JS array is shuffled
   * in place like a Python list.
   * @example
   * const x = np.arange(5); np.random.shuffle(x);
   */
  shuffle(x: NDArray | unknown[]): void {
    if (Array.isArray(x)) {
      for (let i = x.length - 1; i > 0; i--) {
        const j = this.interval(i);
        [x[i], x[j]] = [x[j], x[i]];
      }
      return;
    }
    if (!(x instanceof NDArray)) throw new TypeError("shuffle() takes an NDArray or a JS array");
    if (x.ndim === 0) throw new TypeError("len() of unsized object");
    const n = x.shape[0];
    const rowOffsets = offsetsOf(x.shape.slice(1), x.strides.slice(1), 0);
    const stride = x.strides[0];
    const d = x.data;
    for (let i = n - 1; i > 0; i--) {
      const j = this.interval(i);
      if (i === j) continue;
      for (const o of rowOffsets) {
        const a = x.offset + i * stride + o;
        const b = x.offset + j * stride + o;
        const t = d[a];
        d[a] = d[b];
        d[b] = t;
      }
    }
  }

  /**
   * A shuffled copy (NumPy's `permutation`): of `np.arange(x)` for a number, else of the array
   * along its first axis.
   * @throws IndexError `x must be an integer or at least 1-dimensional`
   */
  permutation(x: number | ArrayLike): NDArray {
    if (typeof x === "number") {
      const out = new NDArray(new Float64Array(x), [x], "int64");
      for (let i = 0; i < x; i++) out.data[i] = i;
      this.shuffle(out);
      return out;
    }
    const a = asarray(x);
    if (a.ndim < 1) throw new IndexError("x must be an integer or at least 1-dimensional");
    if (a.ndim === 1) {
      const out = a.copy();
      this.shuffle(out);
      return out;
    }
    return a.slice(this.permutation(a.shape[0]));
  }

  /**
   * Random picks from `a` (NumPy's `choice`): from `np.arange(a)` when `a` is a number, else
   * from the 1-D array `a`; with or without replacement, optionally with probabilities `p`.
   *
   * @example
   * np.random.choice(5, 3);                              // three indices in [0, 5)
   * np.random.choice([10, 20, 30], {size: 2, replace: false});
   * np.random.choice(3, 4, true, [0.1, 0.1, 0.8]);       // mostly 2
   */
  choice(a: number | ArrayLike, size?: Size | null | ChoiceOptions, replace = true, p: ArrayLike | null = null): NDArray | number {
    if (typeof size === "object" && size !== null && !Array.isArray(size)) {
      const o = size as ChoiceOptions;
      return this.choice(a, o.size ?? null, o.replace ?? true, o.p ?? null);
    }
    const shape = size === undefined || size === null ? null : toShape(size as Size);
    const population = typeof a === "number" ? null : asarray(a);
    if (population !== null && population.ndim !== 1) throw new ValueError("a must be 1-dimensional");
    const popSize = population === null ? (a as number) : population.shape[0];
    if (population === null && !Number.isInteger(popSize)) throw new TypeError("a must be an integer or an array");
    const count = shape === null ? 1 : shape.reduce((x, n) => x * n, 1);
    if (popSize <= 0 && count > 0) {
      throw new ValueError(population === null ? "a must be greater than 0 unless no samples are taken" : "'a' cannot be empty unless no samples are taken");
    }
    let probs: Float64Array | null = null;
    if (p !== null) {
      const pa = asarray(p, "float64");
      if (pa.ndim !== 1) throw new ValueError("'p' must be 1-dimensional");
      if (pa.shape[0] !== popSize) throw new ValueError("'a' and 'p' must have same size");
      probs = pa.flatten().data as Float64Array;
      let total = 0;
      for (const v of probs) {
        if (!Number.isFinite(v)) throw new ValueError("probabilities contain NaN");
        if (v < 0) throw new ValueError("probabilities are not non-negative");
      }
      // NumPy's kahan_sum of p, then a tolerance of sqrt(eps).
      let c = 0;
      for (const v of probs) {
        const y = v - c;
        const t = total + y;
        c = t - total - y;
        total = t;
      }
      if (Math.abs(total - 1) > Math.sqrt(Number.EPSILON)) throw new ValueError("probabilities do not sum to 1");
    }
    const idx = new Float64Array(count);
    if (replace) {
      if (probs !== null) {
        const cdf = cumulative(probs);
        for (let i = 0; i < count; i++) idx[i] = searchRight(cdf, this.mt.nextDouble());
      } else {
        for (let i = 0; i < count; i++) idx[i] = this.boundedInt(0, popSize - 1);
      }
    } else {
      if (count > popSize) throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
      if (probs !== null) {
        if (probs.filter((v) => v > 0).length < count) throw new ValueError("Fewer non-zero entries in p than size");
        const weights = Float64Array.from(probs);
        let found = 0;
        while (found < count) {
          const draws = new Float64Array(count - found);
          for (let i = 0; i < draws.length; i++) draws[i] = this.mt.nextDouble();
          for (let i = 0; i < found; i++) weights[idx[i]] = 0;
          const cdf = cumulative(weights);
          // Keep each newly drawn index once, in the order of first appearance.
          const seen = new Set<number>();
          const fresh: number[] = [];
          for (const u of draws) {
            const k = searchRight(cdf, u);
            if (!seen.has(k)) {
              seen.add(k);
              fresh.push(k);
            }
          }
          for (const k of fresh) idx[found++] = k;
        }
      } else {
        const perm = this.permutation(popSize);
        idx.set(perm.data.subarray(0, count));
      }
    }
    const indices = new NDArray(idx, shape ?? [], "int64");
    if (population === null) return shape === null ? idx[0] : indices;
    const picked = population.slice(indices);
    return shape === null ? picked.item() : picked;
  }
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
