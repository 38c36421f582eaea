// NumPy's legacy random generator, np.random.RandomState: MT19937 plus the legacy algorithms
// for each distribution (numpy/random/mtrand.pyx and src/legacy), so that the same seed gives
// the same numbers as NumPy, bit for bit. The np.random functions share one instance.
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { IndexError, TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { log } from "../libm/log";
import { type Arg, bind, dimsOf, shapeOf, type Size } from "./args";
import { interval } from "./bitgen";
import { type Kernel, multinomial } from "./distributions";
import { MT19937 } from "./mt19937";
import { checkValues, fill, kahanSum, toInteger } from "./params";
import { Sampler, type Sized } from "./sampler";
import { arangeInt, choiceProbabilities, pickByCdf, pickWithoutReplacement, shuffleAlong } from "./sampling";

/** Keyword arguments of `randint`. */
export interface RandintOptions {
  low?: ArrayLike;
  high?: ArrayLike | null;
  size?: Size | null;
  /** Only "int64" (NumPy's default): numts's integer dtype. */
  dtype?: DTypeLike;
}

/** Keyword arguments of `choice`. */
export interface ChoiceOptions {
  a?: number | ArrayLike;
  size?: Size | null;
  /** Whether a value may be picked more than once (default true). */
  replace?: boolean;
  /** The probability of each entry of `a` (default: all equal). */
  p?: ArrayLike | null;
}

/** Keyword arguments of `multinomial`. */
export interface MultinomialOptions {
  n?: number;
  pvals?: ArrayLike;
  size?: Size | null;
}

/** Keyword argument `size` alone. */
export interface SizeOptions {
  size?: Size | null;
}

/** The legacy draws: Marsaglia's polar method (one normal cached) and -log(1 - u). */
class LegacyKernel implements Kernel {
  readonly bits = new MT19937();
  gauss: number | null = null;

  /** NumPy's legacy_gauss. */
  normal(): number {
    if (this.gauss !== null) {
      const cached = this.gauss;
      this.gauss = null;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.bits.nextDouble() - 1;
      x2 = 2 * this.bits.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * log(r2)) / r2);
    this.gauss = f * x1;
    return f * x2;
  }

  /** NumPy's legacy_standard_exponential. */
  exponential(): number {
    return -log(1 - this.bits.nextDouble());
  }
}

/**
 * A random number generator with NumPy's legacy `RandomState` interface and stream. The
 * functions of `np.random` use one shared instance; make your own for an independent stream.
 *
 * @example
 * const rs = new np.random.RandomState(42);
 * rs.randn(2);  // array([ 0.49671415, -0.1382643 ])
 */
export class RandomState extends Sampler {
  protected readonly kernel = new LegacyKernel();
  protected readonly legacy = true;

  /** @param seed as for `seed()`; left out, the generator is seeded from the operating system. */
  constructor(seed?: number | readonly number[] | null) {
    super();
    this.seed(seed);
  }

  /**
   * Seeds the generator (NumPy's `np.random.seed(seed=None)`), making the following draws repeat
   * NumPy's exactly. An integer in [0, 2**32) seeds MT19937 as NumPy does (`init_genrand`); a
   * list of them uses `init_by_array`; nothing, randomness from the operating system.
   * @param seed an integer in [0, 2**32), a list of them, or nothing (randomness from the operating system)
   * @throws ValueError `Seed must be between 0 and 2**32 - 1`
   * @example
   * np.random.seed(42);
   * np.random.randn(2);  // array([ 0.49671415, -0.1382643 ])  as in NumPy
   */
  seed(seed?: number | readonly number[] | null | { seed?: number | readonly number[] | null }): void;
  seed(...args: unknown[]): void {
    const [value] = bind("seed", ["seed"], 0, args) as [number | readonly number[] | null | undefined];
    const mt = this.kernel.bits;
    if (value === undefined || value === null) {
      mt.seedByArray([...globalThis.crypto.getRandomValues(new Uint32Array(624))]);
    } else if (typeof value === "number") {
      if (!Number.isInteger(value)) throw new TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      if (value < 0 || value > 2 ** 32 - 1) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      mt.seed(value);
    } else {
      const key = [...value];
      if (key.length === 0) throw new ValueError("Seed must be non-empty");
      if (key.some((k) => !Number.isInteger(k))) throw new TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
      if (key.some((k) => k < 0 || k > 2 ** 32 - 1)) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      mt.seedByArray(key);
    }
    this.kernel.gauss = null;
  }

  /**
   * Uniform random floats in [0, 1) (NumPy's `random_sample(size=None)`); one number without
   * a size.
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * np.random.random_sample([2, 2]);
   * np.random.random_sample({size: 3});
   */
  random_sample(size?: null): number;
  random_sample(size: Size | Sized<SizeOptions>): NDArray;
  random_sample(size?: Size | null | SizeOptions): NDArray | number;
  random_sample(...args: unknown[]): NDArray | number {
    return this.floats("random_sample", args, () => this.kernel.bits.nextDouble());
  }

  /**
   * Uniform random floats in [0, 1) (NumPy's `random(size=None)`, the same as `random_sample`);
   * one number without a size.
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * np.random.random();        // e.g. 0.5488135039273248 after np.random.seed(0)
   * np.random.random([2, 3]);
   */
  random(size?: null): number;
  random(size: Size | Sized<SizeOptions>): NDArray;
  random(size?: Size | null | SizeOptions): NDArray | number;
  random(...args: unknown[]): NDArray | number {
    return this.floats("random", args, () => this.kernel.bits.nextDouble());
  }

  /** Uniform doubles for a shape, as `random_sample(shape)` draws them. */
  private doubles(shape: readonly number[]): Float64Array {
    return fill(shape, "float64", () => this.kernel.bits.nextDouble()).data as Float64Array;
  }

  /** One number, or an array of `size`, of `draw()` for a method that takes only `size`. */
  private floats(name: string, args: readonly unknown[], draw: () => number): NDArray | number {
    const shape = shapeOf(bind(name, ["size"], 0, args)[0]);
    return shape === null ? draw() : fill(shape, "float64", draw);
  }

  /**
   * Uniform random floats in [0, 1) of shape `(d0, d1, ...)` (NumPy's `rand(d0, d1, ...)`);
   * one number with no arguments.
   * @example
   * np.random.rand(2, 3).shape;  // [2, 3]
   * np.random.rand();            // one number
   */
  rand(): number;
  rand(...shape: number[]): NDArray;
  rand(...shape: number[]): NDArray | number {
    const dims = dimsOf("rand", shape);
    return dims.length === 0 ? this.kernel.bits.nextDouble() : fill(dims, "float64", () => this.kernel.bits.nextDouble());
  }

  /**
   * Standard normal random floats (mean 0, standard deviation 1) of shape `(d0, d1, ...)`
   * (NumPy's `randn(d0, d1, ...)`); one number with no arguments.
   * @example
   * np.random.seed(42);
   * const data = np.random.randn(500, 2);  // the lecture's data set, identical to NumPy's
   */
  randn(): number;
  randn(...shape: number[]): NDArray;
  randn(...shape: number[]): NDArray | number {
    const dims = dimsOf("randn", shape);
    return dims.length === 0 ? this.kernel.normal() : fill(dims, "float64", () => this.kernel.normal());
  }

  /**
   * Standard normal random floats (NumPy's `standard_normal(size=None)`); one number without a
   * size.
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * np.random.standard_normal([2, 2]);
   * np.random.standard_normal({size: 5});
   */
  standard_normal(size?: null): number;
  standard_normal(size: Size | Sized<SizeOptions>): NDArray;
  standard_normal(size?: Size | null | SizeOptions): NDArray | number;
  standard_normal(...args: unknown[]): NDArray | number {
    return this.floats("standard_normal", args, () => this.kernel.normal());
  }

  /**
   * Exponential random floats with mean 1 (NumPy's `standard_exponential(size=None)`).
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * np.random.standard_exponential(3);
   */
  standard_exponential(size?: null): number;
  standard_exponential(size: Size | Sized<SizeOptions>): NDArray;
  standard_exponential(size?: Size | null | SizeOptions): NDArray | number;
  standard_exponential(...args: unknown[]): NDArray | number {
    return this.floats("standard_exponential", args, () => this.kernel.exponential());
  }

  /**
   * Random integers in [low, high), or [0, low) with one argument (NumPy's
   * `randint(low, high=None, size=None, dtype=int)`), as int64; one number without a size.
   * `low` and `high` may be arrays, which broadcast.
   * @param low the lowest value (inclusive); with no `high`, the values are in [0, low)
   * @param high one above the highest value
   * @throws ValueError `low >= high` (or `high <= 0` with one argument)
   * @example
   * np.random.seed(0);
   * np.random.randint(0, 10, 5);              // array([5, 0, 3, 3, 7])
   * np.random.randint(5, {size: [2, 3]});     // 2×3 integers in [0, 5)
   * np.random.randint(0, [10, 100]);          // one below 10, one below 100
   */
  randint(low: number, high?: number | null): number;
  randint(low: ArrayLike, high: ArrayLike | null | undefined, size: Size, dtype?: DTypeLike): NDArray;
  randint(...args: [...Arg[], Sized<RandintOptions>]): NDArray;
  randint(...args: [...Arg[], RandintOptions] | Arg[]): NDArray | number;
  randint(...args: unknown[]): NDArray | number {
    const [low, high, size, dtype] = bind("randint", ["low", "high", "size", "dtype"], 1, args);
    return this.boundedIntegers("randint", low, high, size, dtype, true, false);
  }

  /**
   * A random permutation (NumPy's `permutation(x)`): of `0..x-1` for a number, or a shuffled
   * copy of an array along its first axis.
   * @param x an integer n (a permutation of `arange(n)`) or an array (a shuffled copy, along its first axis)
   * @throws IndexError `x must be an integer or at least 1-dimensional`
   * @example
   * np.random.permutation(5);   // e.g. array([3, 0, 4, 1, 2])
   * const order = np.random.permutation(X.shape[0]);
   * const [Xs, ys] = [X.slice(order), y.slice(order)];   // the same shuffle for both
   */
  permutation(x: number | ArrayLike | { x: number | ArrayLike }): NDArray;
  permutation(...args: unknown[]): NDArray {
    const [value] = bind("permutation", ["x"], 1, args) as [number | ArrayLike];
    if (typeof value === "number") {
      const out = arangeInt(value);
      this.shuffle(out);
      return out;
    }
    const a = asarray(value);
    if (a.ndim < 1) throw new IndexError("x must be an integer or at least 1-dimensional");
    if (a.ndim === 1) {
      const out = a.copy();
      this.shuffle(out);
      return out;
    }
    return a.slice(this.permutation(a.shape[0]));
  }

  /**
   * Shuffles an array in place along its first axis (NumPy's `shuffle(x)`); a JS array is
   * shuffled in place like a Python list.
   * @param x the array to shuffle in place, along its first axis
   * @example
   * const x = np.arange(10);
   * np.random.shuffle(x);     // x is now in random order
   */
  shuffle(x: NDArray | unknown[] | { x: NDArray | unknown[] }): void;
  shuffle(...args: unknown[]): void {
    const [value] = bind("shuffle", ["x"], 1, args) as [NDArray | unknown[]];
    shuffleAlong(value, (i) => interval(this.kernel.bits, i));
  }

  /**
   * Random picks from `a` (NumPy's `choice(a, size=None, replace=True, p=None)`): from
   * `0..a-1` for a number, else from the 1-D array `a`; with or without replacement,
   * optionally with probabilities `p`. One value without a size.
   * @param a an array to pick from, or an integer n for `arange(n)`
   * @throws ValueError `Cannot take a larger sample than population when 'replace=False'`, and
   * NumPy's errors for bad `p`
   * @example
   * np.random.choice(5, 3);                                 // three of 0..4
   * np.random.choice(20, 5, {replace: false});              // five different ones of 0..19
   * np.random.choice([10, 20, 30], {size: 2, p: [0.5, 0.25, 0.25]});
   */
  choice(a: number | ArrayLike): number;
  choice(a: number | ArrayLike, size: Size, replace?: boolean, p?: ArrayLike | null): NDArray;
  choice(a: number | ArrayLike, size: Size, options: ChoiceOptions): NDArray;
  choice(...args: [...(Arg | boolean)[], Sized<ChoiceOptions>]): NDArray;
  choice(...args: [...(Arg | boolean)[], ChoiceOptions] | (Arg | boolean)[]): NDArray | number;
  choice(...args: unknown[]): NDArray | number {
    const [a, size, replace = true, p = null] = bind("choice", ["a", "size", "replace", "p"], 1, args) as [number | ArrayLike, Size | null | undefined, boolean | undefined, ArrayLike | null | undefined];
    const shape = shapeOf(size);
    const count = shape === null ? 1 : shape.reduce((x, n) => x * n, 1);
    const population = typeof a === "number" ? null : asarray(a);
    let popSize: number;
    if (population === null || population.ndim === 0) {
      popSize = population === null ? (a as number) : population.item();
      if (!Number.isInteger(popSize)) throw new ValueError("a must be 1-dimensional or an integer");
      if (popSize <= 0 && count !== 0) throw new ValueError("a must be greater than 0 unless no samples are taken");
    } else if (population.ndim !== 1) {
      throw new ValueError("a must be 1-dimensional");
    } else {
      popSize = population.shape[0];
      if (popSize === 0 && count !== 0) throw new ValueError("'a' cannot be empty unless no samples are taken");
    }
    const probs = p === null ? null : choiceProbabilities(p, popSize, true);
    let idx: Float64Array;
    if (replace) {
      if (probs !== null) idx = pickByCdf(probs, this.doubles(shape ?? []));
      else idx = (this.boundedIntegers("randint", 0, popSize, shape ?? [], "int64", true, false) as NDArray).data as Float64Array;
    } else {
      if (count > popSize) throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
      idx = probs !== null
        ? pickWithoutReplacement(probs, count, (n) => this.doubles([n]))
        : (this.permutation(popSize).data.subarray(0, count) as Float64Array);
    }
    const indices = new NDArray(idx, shape ?? [], "int64");
    if (population === null || population.ndim === 0) return shape === null ? idx[0] : indices;
    const picked = population.slice(indices);
    return shape === null ? picked.item() : picked;
  }

  /**
   * Counts of each outcome in `n` trials with probabilities `pvals` (NumPy's
   * `multinomial(n, pvals, size=None)`), as int64 of shape `[...size, pvals.length]`.
   * @param n the number of trials
   * @param pvals the probability of each of the k outcomes (they sum to 1)
   * @param size how many experiments (an integer or a shape); left out, one
   * @throws ValueError `sum(pvals[:-1]) > 1.0`, `n < 0`
   * @example
   * np.random.multinomial(20, [1/6, 1/6, 1/6, 1/6, 1/6, 1/6]);   // twenty dice throws
   * np.random.multinomial(100, [0.2, 0.8], {size: 3});           // shape [3, 2]
   */
  multinomial(n: number, pvals: ArrayLike, size?: Size | null): NDArray;
  multinomial(...args: [...Arg[], MultinomialOptions]): NDArray;
  multinomial(...args: unknown[]): NDArray {
    const [n, pvals, size] = bind("multinomial", ["n", "pvals", "size"], 2, args) as [number, ArrayLike, Size | null | undefined];
    const parr = asarray(pvals, "float64");
    if (parr.ndim === 0) throw new TypeError("pvals must be a 1-d sequence");
    if (parr.ndim > 1) throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
    const p = parr.flatten().data as Float64Array;
    checkValues(p, "pvals", "bounded_0_1");
    if (p.length > 0 && kahanSum(p, p.length - 1) > 1 + 1e-12) throw new ValueError("sum(pvals[:-1]) > 1.0");
    const shape = [...(shapeOf(size) ?? []), p.length];
    if (typeof n !== "number") throw new TypeError(`'${typeof n}' object cannot be interpreted as an integer`);
    const trials = toInteger(n);
    if (trials < 0) throw new ValueError("n < 0");
    const out = new NDArray(new Float64Array(shape.reduce((x, d) => x * d, 1)), shape, "int64");
    const data = out.data as Float64Array;
    for (let offset = 0; p.length > 0 && offset < data.length; offset += p.length) {
      multinomial(this.kernel.bits, trials, p, data, offset, this.binomialCache);
    }
    return out;
  }
}
