// NumPy's Generator (np.random.default_rng): PCG64 bits, the ziggurat for normal and exponential
// draws, Lemire's bounded integers and Generator's own choice/shuffle algorithms
// (numpy/random/_generator.pyx), so that default_rng(seed) gives NumPy's numbers, bit for bit.
import { asarray, type ArrayLike, type DTypeLike } from "../core/convert";
import { resolveDType } from "../core/dtype";
import { IndexError, TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { normalizeAxis } from "../core/shape";
import { type Arg, bind, shapeOf, type Size } from "./args";
import { bounded, interval } from "./bitgen";
import { type Kernel, multinomial, zigguratExponential, zigguratNormal } from "./distributions";
import { log1p } from "../libm/log1p";
import { broadcastLayout, checkValues, fill, kahanSum, toInteger } from "./params";
import { PCG64 } from "./pcg64";
import { arangeInt, choiceProbabilities, pickByCdf, pickWithoutReplacement, shuffleAlong } from "./sampling";
import { Sampler, type Sized } from "./sampler";
import { SeedSequence, type SeedEntropy } from "./seed_sequence";

/** Keyword arguments of `random`, `standard_normal` and `standard_exponential`. */
export interface FloatOptions {
  size?: Size | null;
  /** Only "float64" (numts's float dtype). */
  dtype?: DTypeLike;
  /** A float64 array to fill instead of a new one. */
  out?: NDArray | null;
}

/** Keyword arguments of `standard_exponential`. */
export interface StandardExponentialOptions extends FloatOptions {
  /** "zig" (the ziggurat, the default) or "inv" (inversion, -log(1 - u)). */
  method?: "zig" | "inv";
}

/** Keyword arguments of `integers`. */
export interface IntegersOptions {
  low?: ArrayLike;
  high?: ArrayLike | null;
  size?: Size | null;
  /** Only "int64" (NumPy's default): numts's integer dtype. */
  dtype?: DTypeLike;
  /** Whether `high` itself may be drawn: [low, high] instead of [low, high). */
  endpoint?: boolean;
}

/** Keyword arguments of Generator's `choice`. */
export interface GeneratorChoiceOptions {
  a?: number | ArrayLike;
  size?: Size | null;
  /** Whether a value may be picked more than once (default true). */
  replace?: boolean;
  /** The probability of each entry of `a` (default: all equal). */
  p?: ArrayLike | null;
  /** The axis of `a` to pick along (default 0: rows). */
  axis?: number;
  /** Without replacement, whether to shuffle the picks (default true; false is faster). */
  shuffle?: boolean;
}

/** Keyword arguments of Generator's `multinomial`. */
export interface GeneratorMultinomialOptions {
  n?: ArrayLike;
  pvals?: ArrayLike;
  size?: Size | null;
}

/** Keyword argument `axis` of `permutation` and `shuffle`. */
export interface AxisOptions {
  axis?: number;
}

/** Generator's draws: PCG64 and the ziggurats. */
class ZigguratKernel implements Kernel {
  constructor(readonly bits: PCG64) {}

  normal(): number {
    return zigguratNormal(this.bits);
  }

  exponential(): number {
    return zigguratExponential(this.bits);
  }
}

/**
 * NumPy's `np.random.Generator`: random numbers from a PCG64 bit generator, with NumPy's current
 * algorithms. Make one with `np.random.default_rng(seed)`.
 *
 * @example
 * const rng = np.random.default_rng(42);
 * rng.random();                 // 0.7739560485559633, as NumPy
 * rng.normal(0, 1, {size: 3});
 * rng.integers(0, 10, 5);
 */
export class Generator extends Sampler {
  protected readonly kernel: ZigguratKernel;
  protected readonly legacy = false;

  /** @param bit_generator the bit generator to draw from (a `np.random.PCG64`) */
  constructor(bit_generator: PCG64) {
    super();
    if (!(bit_generator instanceof PCG64)) throw new TypeError("Generator() takes a bit generator: new np.random.Generator(new np.random.PCG64(seed))");
    this.kernel = new ZigguratKernel(bit_generator);
  }

  /** The bit generator behind this Generator (NumPy's `bit_generator`). */
  get bit_generator(): PCG64 {
    return this.kernel.bits;
  }

  /**
   * `n_children` new Generators with independent streams (NumPy's `spawn`), e.g. one per
   * worker.
   * @param n_children how many independent child streams
   * @example
   * const [a, b] = np.random.default_rng(0).spawn(2);
   */
  spawn(n_children: number): Generator[] {
    return this.kernel.bits.seed_seq.spawn(n_children).map((s) => new Generator(new PCG64(s)));
  }

  /** Floats from `draw`, as `double_fill` makes them: one number, an array of `size`, or `out` filled. */
  private floats(name: string, names: readonly string[], args: readonly unknown[], draw: (method: unknown) => () => number): NDArray | number {
    const values = bind(name, names, 0, args);
    const [size, dtype] = values;
    const out = values[names.indexOf("out")];
    const type = resolveDType(String(dtype ?? "float64"));
    if (type !== "float64") throw new TypeError(`Unsupported dtype dtype('${type}') for ${name}`);
    const f = draw(values[names.indexOf("method")]);
    const shape = shapeOf(size);
    if (out === undefined || out === null) return shape === null ? f() : fill(shape, "float64", f);
    if (!(out instanceof NDArray) || !out.isContiguous) throw new ValueError("Supplied output array is not contiguous, writable or aligned.");
    if (out.dtype !== "float64") throw new TypeError(`Supplied output array has the wrong type. Expected float64, got ${out.dtype}`);
    if (shape !== null && (shape.length !== out.ndim || shape.some((n, i) => n !== out.shape[i]))) throw new ValueError("size must match out.shape when used together");
    const data = out.data;
    for (let i = 0; i < out.size; i++) data[out.offset + i] = f();
    return out;
  }

  /**
   * Uniform random floats in [0, 1) (NumPy's `random(size=None, dtype=float64, out=None)`); one
   * number without a size.
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * const rng = np.random.default_rng(42);
   * rng.random();          // 0.7739560485559633
   * rng.random([2, 3]);
   */
  random(size?: null): number;
  random(size: Size | Sized<FloatOptions>, dtype?: DTypeLike): NDArray;
  random(...args: [...Arg[], FloatOptions] | Arg[]): NDArray | number;
  random(...args: unknown[]): NDArray | number {
    return this.floats("random", ["size", "dtype", "out"], args, () => () => this.kernel.bits.nextDouble());
  }

  /**
   * Standard normal random floats (NumPy's `standard_normal(size=None, dtype=float64,
   * out=None)`), by NumPy's ziggurat; one number without a size.
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * const rng = np.random.default_rng(0);
   * const W = rng.standard_normal([3, 4]).mul(0.01);   // small initial weights
   */
  standard_normal(size?: null): number;
  standard_normal(size: Size | Sized<FloatOptions>, dtype?: DTypeLike): NDArray;
  standard_normal(...args: [...Arg[], FloatOptions] | Arg[]): NDArray | number;
  standard_normal(...args: unknown[]): NDArray | number {
    return this.floats("standard_normal", ["size", "dtype", "out"], args, () => () => this.kernel.normal());
  }

  /**
   * Exponential random floats with mean 1 (NumPy's `standard_exponential(size=None,
   * dtype=float64, method='zig', out=None)`): by the ziggurat, or by inversion with
   * `method: "inv"`.
   * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
   * @example
   * np.random.default_rng(0).standard_exponential({size: 3});
   */
  standard_exponential(size?: null): number;
  standard_exponential(size: Size | Sized<StandardExponentialOptions>, dtype?: DTypeLike): NDArray;
  standard_exponential(...args: [...Arg[], StandardExponentialOptions] | Arg[]): NDArray | number;
  standard_exponential(...args: unknown[]): NDArray | number {
    const bits = this.kernel.bits;
    return this.floats("standard_exponential", ["size", "dtype", "method", "out"], args, (method) =>
      method === undefined || method === "zig" ? () => zigguratExponential(bits) : () => -log1p(-bits.nextDouble()),
    );
  }

  /**
   * Random integers in [low, high), or [low, high] with `endpoint: true`; with one argument in
   * [0, low) (NumPy's `integers(low, high=None, size=None, dtype=int64, endpoint=False)`), by
   * Lemire's method as NumPy draws them. int64; one number without a size.
   * @param low the lowest value (inclusive); with no `high`, the values are in [0, low)
   * @param high one above the highest value (or the highest with `{endpoint: true}`)
   * @throws ValueError `low >= high` (or `high <= 0` with one argument)
   * @example
   * const rng = np.random.default_rng(42);
   * rng.integers(10);                              // one of 0..9
   * rng.integers(0, 10, {size: [2, 3]});
   * rng.integers(1, 6, 10, {endpoint: true});      // ten dice: 1..6
   */
  integers(low: number, high?: number | null): number;
  integers(low: ArrayLike, high: ArrayLike | null | undefined, size: Size, dtype?: DTypeLike, endpoint?: boolean): NDArray;
  integers(low: ArrayLike, high: ArrayLike | null | undefined, size: Size, options: IntegersOptions): NDArray;
  integers(...args: [...Arg[], Sized<IntegersOptions>]): NDArray;
  integers(...args: [...(Arg | boolean)[], IntegersOptions] | (Arg | boolean)[]): NDArray | number;
  integers(...args: unknown[]): NDArray | number {
    const [low, high, size, dtype, endpoint] = bind("integers", ["low", "high", "size", "dtype", "endpoint"], 1, args);
    return this.boundedIntegers("integers", low, high, size, dtype, false, Boolean(endpoint));
  }

  /** An integer in [0, max] by Lemire's method (Generator's random_bounded_uint64). */
  private lemire(max: number): number {
    return bounded(this.kernel.bits, max, false);
  }

  /**
   * `size` distinct integers of [0, popSize), in NumPy's order: Floyd's algorithm (then a
   * shuffle unless `shuffle` is false), or for large samples of large populations a partial
   * Fisher–Yates from the end.
   */
  private sampleWithoutReplacement(popSize: number, size: number, shuffle: boolean): Float64Array {
    const cutoff = shuffle ? 50 : 20;
    if (popSize > 10000 && size > Math.floor(popSize / cutoff)) {
      const idx = arangeInt(popSize).data as Float64Array;
      const first = Math.max(popSize - size, 1);
      for (let i = popSize - 1; i >= first; i--) {
        const j = this.lemire(i);
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return idx.slice(popSize - size);
    }
    const idx = new Float64Array(size);
    const seen = new Set<number>();
    for (let j = popSize - size; j < popSize; j++) {
      const val = this.lemire(j);
      const pick = seen.has(val) ? j : val;
      seen.add(pick);
      idx[j - popSize + size] = pick;
    }
    if (shuffle) {
      for (let i = size - 1; i >= 1; i--) {
        const j = this.lemire(i);
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
    }
    return idx;
  }

  /**
   * Random picks from `a` (NumPy's `choice(a, size=None, replace=True, p=None, axis=0,
   * shuffle=True)`): from `0..a-1` for a number, else from the entries of `a` along `axis`;
   * with or without replacement, optionally with probabilities `p`. One value without a size.
   * @param a an array to pick from, or an integer n for `arange(n)`
   * @throws ValueError `Cannot take a larger sample than population when replace is False`,
   * and NumPy's errors for bad `p`
   * @example
   * const rng = np.random.default_rng(0);
   * rng.choice(5, 3);                               // three of 0..4
   * rng.choice(20, 5, {replace: false});            // five different ones of 0..19
   * rng.choice(X, 32, {replace: false});            // a minibatch of 32 rows of X
   * rng.choice(3, {size: 4, p: [0.8, 0.1, 0.1]});   // mostly 0
   */
  choice(a: number): number;
  choice(a: ArrayLike): NDArray | number;
  choice(a: number | ArrayLike, size: Size, replace?: boolean, p?: ArrayLike | null, axis?: number, shuffle?: boolean): NDArray;
  choice(a: number | ArrayLike, size: Size, options: GeneratorChoiceOptions): NDArray;
  choice(...args: [...(Arg | boolean)[], Sized<GeneratorChoiceOptions>]): NDArray;
  choice(...args: [...(Arg | boolean)[], GeneratorChoiceOptions] | (Arg | boolean)[]): NDArray | number;
  choice(...args: unknown[]): NDArray | number {
    const [a, size, replace = true, p = null, axis = 0, shuffle = true] = bind(
      "choice", ["a", "size", "replace", "p", "axis", "shuffle"], 1, args,
    ) as [number | ArrayLike, Size | null | undefined, boolean | undefined, ArrayLike | null | undefined, number | undefined, boolean | undefined];
    const shape = shapeOf(size);
    const count = shape === null ? 1 : shape.reduce((x, n) => x * n, 1);
    const population = typeof a === "number" ? null : asarray(a);
    let popSize: number;
    let ax = 0;
    if (population === null || population.ndim === 0) {
      popSize = population === null ? (a as number) : population.item();
      if (!Number.isInteger(popSize)) throw new ValueError(`a must be a sequence or an integer, not <class '${typeof popSize === "number" ? "float" : typeof popSize}'>`);
      if (popSize <= 0 && count !== 0) throw new ValueError("a must be a positive integer unless no samples are taken");
    } else {
      // NumPy reads a.shape[axis]: Python's IndexError when axis is out of range.
      if (!(axis >= -population.ndim && axis < population.ndim)) throw new IndexError("tuple index out of range");
      ax = axis < 0 ? axis + population.ndim : axis;
      popSize = population.shape[ax];
      if (popSize === 0 && count !== 0) throw new ValueError("a cannot be empty unless no samples are taken");
    }
    const probs = p === null ? null : choiceProbabilities(p, popSize, false);
    const doubles = (s: readonly number[]): Float64Array => fill(s, "float64", () => this.kernel.bits.nextDouble()).data as Float64Array;
    let idx: Float64Array;
    if (replace) {
      if (probs !== null) idx = pickByCdf(probs, doubles(shape ?? []));
      else idx = (this.boundedIntegers("integers", 0, popSize, shape ?? [], "int64", false, false) as NDArray).data as Float64Array;
    } else {
      if (count > popSize) throw new ValueError("Cannot take a larger sample than population when replace is False");
      idx = probs !== null ? pickWithoutReplacement(probs, count, (n) => doubles([n])) : this.sampleWithoutReplacement(popSize, count, shuffle);
    }
    const indices = new NDArray(idx, shape ?? [], "int64");
    if (population === null || population.ndim === 0) return shape === null ? idx[0] : indices;
    const picked = population.slice(...new Array<string>(ax).fill(":"), shape === null ? idx[0] : indices);
    return shape === null && picked.ndim === 0 ? picked.item() : picked;
  }

  /**
   * A random permutation (NumPy's `permutation(x, axis=0)`): of `0..x-1` for a number, or a
   * shuffled copy of an array along `axis`.
   * @param x an integer n (a permutation of `arange(n)`) or an array (a shuffled copy)
   * @param options keyword arguments `{axis}`
   * @example
   * const rng = np.random.default_rng(0);
   * const order = rng.permutation(X.shape[0]);     // shuffle rows for minibatches
   * const [Xs, ys] = [X.slice(order), y.slice(order)];
   */
  permutation(x: number | ArrayLike, options?: AxisOptions): NDArray;
  permutation(x: number | ArrayLike, axis?: number): NDArray;
  permutation(...args: unknown[]): NDArray {
    const [x, axis = 0] = bind("permutation", ["x", "axis"], 1, args) as [number | ArrayLike, number | undefined];
    if (typeof x === "number") {
      const out = arangeInt(x);
      this.shuffle(out);
      return out;
    }
    const arr = asarray(x);
    const ax = normalizeAxis(axis, arr.ndim);
    if (arr.ndim === 1) {
      const out = arr.copy();
      this.shuffle(out);
      return out;
    }
    return arr.slice(...new Array<string>(ax).fill(":"), this.permutation(arr.shape[ax]));
  }

  /**
   * Shuffles an array in place along `axis` (NumPy's `shuffle(x, axis=0)`); a JS array is
   * shuffled in place like a Python list.
   * @param x the array to shuffle in place
   * @param options keyword arguments `{axis}`
   * @example
   * const x = np.arange(10);
   * np.random.default_rng(0).shuffle(x);
   */
  shuffle(x: NDArray | unknown[], options?: AxisOptions): void;
  shuffle(x: NDArray | unknown[], axis?: number): void;
  shuffle(...args: unknown[]): void {
    const [x, axis = 0] = bind("shuffle", ["x", "axis"], 1, args) as [NDArray | unknown[], number | undefined];
    if (Array.isArray(x) && axis !== 0) throw new TypeError("Axis argument is only supported on ndarray objects");
    const ax = x instanceof NDArray && x.ndim > 0 ? normalizeAxis(axis, x.ndim) : 0;
    shuffleAlong(x, (i) => interval(this.kernel.bits, i), ax);
  }

  /**
   * Counts of each outcome in `n` trials with probabilities `pvals` (NumPy's
   * `multinomial(n, pvals, size=None)`), as int64 of shape `[...size, pvals.length]`. `n` may be
   * an array and `pvals` a stack of distributions (its last axis); they broadcast.
   * @param n the number of trials
   * @param pvals the probability of each of the k outcomes (they sum to 1)
   * @param size how many experiments (an integer or a shape); left out, one
   * @throws ValueError `sum(pvals[:-1]) > 1.0`, `n < 0`
   * @example
   * const rng = np.random.default_rng(0);
   * rng.multinomial(20, [1/6, 1/6, 1/6, 1/6, 1/6, 1/6]);     // twenty dice throws
   * rng.multinomial([10, 100], [0.5, 0.5]);                  // shape [2, 2]
   */
  multinomial(n: ArrayLike, pvals: ArrayLike, size?: Size | null): NDArray;
  multinomial(...args: [...Arg[], GeneratorMultinomialOptions]): NDArray;
  multinomial(...args: unknown[]): NDArray {
    const [n, pvals, size] = bind("multinomial", ["n", "pvals", "size"], 2, args) as [ArrayLike, ArrayLike, Size | null | undefined];
    const parr = asarray(pvals, "float64");
    const d = parr.ndim >= 1 ? parr.shape[parr.ndim - 1] : 0;
    if (d === 0) throw new ValueError("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
    const p = parr.flatten().data as Float64Array;
    checkValues(p, "pvals", "bounded_0_1");
    for (let offset = 0; offset < p.length; offset += d) {
      if (kahanSum(p.subarray(offset), d - 1) > 1 + 1e-12) throw new ValueError(`sum(pvals${parr.ndim === 1 ? "[:-1]" : "[...,:-1]"}) > 1.0`);
    }
    const bits = this.kernel.bits;
    const narr = asarray(n, "float64");
    if (narr.ndim === 0 && parr.ndim === 1) {
      const trials = toInteger(narr.item());
      if (trials < 0) throw new ValueError("n < 0");
      const out = fill([...(shapeOf(size) ?? []), d], "int64", () => 0);
      for (let offset = 0; offset < out.size; offset += d) multinomial(bits, trials, p, out.data as Float64Array, offset, this.binomialCache);
      return out;
    }
    // Arrays: n broadcasts with the distributions (pvals' leading axes) and size.
    const trials = new NDArray(narr.flatten().data.map(toInteger), narr.shape, "float64");
    checkValues(trials.data as Float64Array, "n", "non_negative");
    const starts = new NDArray(Float64Array.from({ length: p.length / d }, (_, i) => i * d), parr.shape.slice(0, -1), "float64");
    const { shape, offsets: [nAt, startAt] } = broadcastLayout(size, [trials, starts], true);
    const out = fill([...shape, d], "int64", () => 0);
    const data = out.data as Float64Array;
    for (let i = 0; i < nAt.length; i++) {
      const start = starts.data[startAt[i]];
      multinomial(bits, trials.data[nAt[i]], p.subarray(start, start + d), data, i * d, this.binomialCache);
    }
    return out;
  }

  /**
   * NumPy's str: `Generator(PCG64)`.
   * @example
   * String(np.random.default_rng(42));  // 'Generator(PCG64)'
   */
  override toString(): string {
    return "Generator(PCG64)";
  }
}

/** What `default_rng` takes: a seed, a SeedSequence, a PCG64 or a Generator. */
export type DefaultRngSeed = SeedEntropy | SeedSequence | PCG64 | Generator | null;

/**
 * A new Generator on PCG64, seeded exactly as NumPy's `np.random.default_rng(seed)` seeds it, so
 * the same seed gives NumPy's numbers bit for bit. Without a seed, fresh randomness from the
 * operating system (`crypto.getRandomValues`). The recommended way to get random numbers.
 * @param seed a non-negative integer (a bigint beyond 2**53), a list of them, a SeedSequence,
 * a PCG64 (wrapped), or a Generator (returned as it is)
 * @example
 * const rng = np.random.default_rng(42);
 * rng.random();               // 0.7739560485559633, as NumPy
 * rng.normal({size: [2, 2]});
 * rng.integers(0, 10, 3);
 */
export function default_rng(seed?: DefaultRngSeed | { seed?: DefaultRngSeed }): Generator;
export function default_rng(...args: unknown[]): Generator {
  const [value] = bind("default_rng", ["seed"], 0, args) as [DefaultRngSeed | undefined];
  if (value instanceof Generator) return value;
  if (value instanceof PCG64) return new Generator(value);
  return new Generator(new PCG64(value));
}
