// The distributions that RandomState (np.random's legacy stream) and Generator (default_rng) share
// in name and arguments. Each generator brings its own kernel (its normal and exponential draws)
// and its own variant where NumPy's differ, so the numbers are each one's NumPy numbers.
import { asarray, type ArrayLike } from "../core/convert";
import { resolveDType } from "../core/dtype";
import { OverflowError, TypeError, ValueError } from "../core/errors";
import { NDArray } from "../core/ndarray";
import { subtract } from "../ops/arithmetic";
import { greater } from "../ops/compare";
import { type Arg, bind, shapeOf, type Size } from "./args";
import { bounded } from "./bitgen";
import { beta, BinomialCache, binomial, type Kernel, legacyBeta, poisson, standardGamma } from "./distributions";
import { fill, isScalar, type Param, sample, scalarValue, toInteger } from "./params";

const INT64_MIN = -(2 ** 63);
const INT64_MAX = 2 ** 63; // 2**63 - 1 as a double

/** NumPy's format_bounds_error: which bound is wrong, in the words NumPy uses. */
function boundsError(closed: boolean, lowIsZero: boolean): string {
  return lowIsZero ? `high ${closed ? "<" : "<="} 0` : `low ${closed ? ">" : ">="} high`;
}

/** hi - lo, when numts can draw it exactly (its int64 is exact up to 2**53). */
function exactRange(lo: number, hi: number): number {
  const rng = hi - lo;
  if (!(Math.abs(lo) <= 2 ** 53 && Math.abs(hi) <= 2 ** 53 && rng <= Number.MAX_SAFE_INTEGER)) {
    throw new ValueError("numts draws integers between -2**53 and 2**53 (its int64 holds integers exactly up to there)");
  }
  return rng;
}

/** Options that hold a `size`: draws then come back as an array of that shape. */
export type Sized<O> = O & { size: Size };

/** Keyword arguments of `uniform`. */
export interface UniformOptions {
  low?: ArrayLike;
  high?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `normal`. */
export interface NormalOptions {
  loc?: ArrayLike;
  scale?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `exponential`. */
export interface ExponentialOptions {
  scale?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `gamma`. */
export interface GammaOptions {
  shape?: ArrayLike;
  scale?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `standard_gamma`. */
export interface StandardGammaOptions {
  shape?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `beta`. */
export interface BetaOptions {
  a?: ArrayLike;
  b?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `binomial`. */
export interface BinomialOptions {
  n?: ArrayLike;
  p?: ArrayLike;
  size?: Size | null;
}
/** Keyword arguments of `poisson`. */
export interface PoissonOptions {
  lam?: ArrayLike;
  size?: Size | null;
}

/** What both generators are: a bit generator's kernel and NumPy's argument handling around it. */
export abstract class Sampler {
  /** The bit generator and its normal and exponential draws. */
  protected abstract readonly kernel: Kernel;
  /** Whether this is the legacy RandomState, whose frozen algorithms differ in places. */
  protected abstract readonly legacy: boolean;
  /** The binomial constants of the last (n, p), as NumPy keeps them per generator. */
  protected readonly binomialCache = new BinomialCache();

  /** Draws with parameters (NumPy's `cont`/`disc`), after binding the call's arguments. */
  protected draw(
    name: string,
    names: readonly string[],
    required: number,
    defaults: readonly unknown[],
    args: readonly unknown[],
    dtype: "float64" | "int64",
    params: (values: unknown[]) => Param[],
    f: (a: number, b: number) => number,
  ): NDArray | number {
    const values = bind(name, [...names, "size"], required, args);
    for (let i = 0; i < defaults.length; i++) if (values[i] === undefined) values[i] = defaults[i];
    return sample(values[names.length], dtype, params(values), f);
  }

  /**
   * Uniform random floats in [low, high) (NumPy's `uniform(low=0.0, high=1.0, size=None)`):
   * `low + (high - low)·u`. `low` and `high` may be arrays; they broadcast.
   * @param low the lower bound (inclusive, default 0)
   * @param high the upper bound (exclusive, default 1)
   * @throws OverflowError `Range exceeds valid bounds` when high - low is not finite
   * @example
   * np.random.uniform(-1, 1, [3, 2]);          // 3×2 floats in [-1, 1)
   * np.random.uniform(0, 10, {size: 5});
   * rng.uniform({low: 0, high: [1, 10, 100]}); // rng = np.random.default_rng(0)
   */
  uniform(low?: number, high?: number): number;
  uniform(low: ArrayLike | undefined, high: ArrayLike | undefined, size: Size): NDArray;
  uniform(...args: [...Arg[], Sized<UniformOptions>]): NDArray;
  uniform(...args: [...Arg[], UniformOptions] | Arg[]): NDArray | number;
  uniform(...args: unknown[]): NDArray | number {
    return this.draw("uniform", ["low", "high"], 0, [0, 1], args, "float64", ([low, high]) => {
      // NumPy draws from low and range = high - low, checked finite (and, in Generator, >= 0).
      const scalar = isScalar(low) && isScalar(high);
      const range = scalar ? scalarValue(high) - scalarValue(low) : subtract(asarray(high as ArrayLike, "float64"), asarray(low as ArrayLike, "float64"));
      if (typeof range === "number" ? !Number.isFinite(range) : !range.data.every(Number.isFinite)) {
        throw new OverflowError(scalar && !this.legacy ? "high - low range exceeds valid bounds" : "Range exceeds valid bounds");
      }
      return [
        { value: low, name: "", check: "none" },
        { value: range, name: "high - low", check: this.legacy ? "none" : "non_negative" },
      ];
    }, (low, range) => low + range * this.kernel.bits.nextDouble());
  }

  /**
   * Normal (Gaussian) random floats with mean `loc` and standard deviation `scale` (NumPy's
   * `normal(loc=0.0, scale=1.0, size=None)`); arrays of means or deviations broadcast.
   * @param loc the mean (default 0)
   * @param scale the standard deviation (default 1)
   * @throws ValueError `scale < 0`
   * @example
   * np.random.normal(0, 0.01, [2, 4]);        // small initial weights
   * np.random.normal({scale: 2, size: 3});
   * rng.normal(0, 1, {size: [2, 2]});          // rng = np.random.default_rng(42)
   */
  normal(loc?: number, scale?: number): number;
  normal(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Size): NDArray;
  normal(...args: [...Arg[], Sized<NormalOptions>]): NDArray;
  normal(...args: [...Arg[], NormalOptions] | Arg[]): NDArray | number;
  normal(...args: unknown[]): NDArray | number {
    return this.draw("normal", ["loc", "scale"], 0, [0, 1], args, "float64", ([loc, scale]) => [
      { value: loc, name: "", check: "none" },
      { value: scale, name: "scale", check: "non_negative" },
    ], (loc, scale) => loc + scale * this.kernel.normal());
  }

  /**
   * Exponential random floats with mean `scale` (NumPy's `exponential(scale=1.0, size=None)`),
   * e.g. waiting times.
   * @param scale the scale β = 1/λ (default 1)
   * @throws ValueError `scale < 0`
   * @example
   * np.random.exponential(2, 5);
   * rng.exponential({size: [2, 3]});   // rng = np.random.default_rng(0)
   */
  exponential(scale?: number): number;
  exponential(scale: ArrayLike | undefined, size: Size): NDArray;
  exponential(...args: [...Arg[], Sized<ExponentialOptions>]): NDArray;
  exponential(...args: [...Arg[], ExponentialOptions] | Arg[]): NDArray | number;
  exponential(...args: unknown[]): NDArray | number {
    return this.draw("exponential", ["scale"], 0, [1], args, "float64", ([scale]) => [
      { value: scale, name: "scale", check: "non_negative" },
    ], (scale) => scale * this.kernel.exponential());
  }

  /**
   * Gamma random floats with shape k and scale θ (NumPy's `gamma(shape, scale=1.0, size=None)`):
   * mean k·θ, variance k·θ².
   * @param shape the shape k (> 0)
   * @param scale the scale θ (default 1)
   * @throws ValueError `shape < 0`, `scale < 0`
   * @example
   * np.random.gamma(2, 1.5, 4);
   * rng.gamma(0.5, {size: 3});   // rng = np.random.default_rng(0)
   */
  gamma(shape: number, scale?: number): number;
  gamma(shape: ArrayLike, scale: ArrayLike | undefined, size: Size): NDArray;
  gamma(...args: [...Arg[], Sized<GammaOptions>]): NDArray;
  gamma(...args: [...Arg[], GammaOptions] | Arg[]): NDArray | number;
  gamma(...args: unknown[]): NDArray | number {
    return this.draw("gamma", ["shape", "scale"], 1, [undefined, 1], args, "float64", ([shape, scale]) => [
      { value: shape, name: "shape", check: "non_negative" },
      { value: scale, name: "scale", check: "non_negative" },
    ], (shape, scale) => scale * standardGamma(this.kernel, shape));
  }

  /**
   * Gamma random floats with scale 1 (NumPy's `standard_gamma(shape, size=None)`).
   * @param shape the shape k (> 0)
   * @throws ValueError `shape < 0`
   * @example
   * np.random.standard_gamma(3, [2, 2]);
   */
  standard_gamma(shape: number): number;
  standard_gamma(shape: ArrayLike, size: Size): NDArray;
  standard_gamma(...args: [...Arg[], Sized<StandardGammaOptions>]): NDArray;
  standard_gamma(...args: [...Arg[], StandardGammaOptions] | Arg[]): NDArray | number;
  standard_gamma(...args: unknown[]): NDArray | number {
    return this.draw("standard_gamma", ["shape"], 1, [], args, "float64", ([shape]) => [
      { value: shape, name: "shape", check: "non_negative" },
    ], (shape) => standardGamma(this.kernel, shape));
  }

  /**
   * Beta random floats in [0, 1] (NumPy's `beta(a, b, size=None)`): mean a / (a + b).
   * @param a α (> 0)
   * @param b β (> 0)
   * @throws ValueError `a <= 0`, `b <= 0`
   * @example
   * np.random.beta(2, 5, 3);
   * rng.beta(0.5, 0.5, {size: [2, 2]});   // rng = np.random.default_rng(0)
   */
  beta(a: number, b: number): number;
  beta(a: ArrayLike, b: ArrayLike, size: Size): NDArray;
  beta(...args: [...Arg[], Sized<BetaOptions>]): NDArray;
  beta(...args: [...Arg[], BetaOptions] | Arg[]): NDArray | number;
  beta(...args: unknown[]): NDArray | number {
    return this.draw("beta", ["a", "b"], 2, [], args, "float64", ([a, b]) => [
      { value: a, name: "a", check: "positive" },
      { value: b, name: "b", check: "positive" },
    ], this.legacy ? (a, b) => legacyBeta(this.kernel, a, b) : (a, b) => beta(this.kernel, a, b));
  }

  /**
   * Binomial random integers: successes in `n` trials of probability `p` (NumPy's
   * `binomial(n, p, size=None)`), as int64. `binomial(1, p, shape)` is a dropout mask.
   * @param n the number of trials (≥ 0)
   * @param p the probability of success of each trial, in [0, 1]
   * @throws ValueError `n < 0`, `p < 0, p > 1 or p is NaN`
   * @example
   * np.random.binomial(10, 0.5, 5);                    // e.g. array([5, 4, 6, 5, 3])
   * const mask = np.random.binomial(1, 0.8, {size: A.shape});   // keep 80% of units
   * rng.binomial([10, 100], 0.3);                      // rng = np.random.default_rng(0)
   */
  binomial(n: number, p: number): number;
  binomial(n: ArrayLike, p: ArrayLike, size: Size): NDArray;
  binomial(...args: [...Arg[], Sized<BinomialOptions>]): NDArray;
  binomial(...args: [...Arg[], BinomialOptions] | Arg[]): NDArray | number;
  binomial(...args: unknown[]): NDArray | number {
    // NumPy checks p before n, and converts n to an integer first.
    return this.draw("binomial", ["n", "p"], 2, [], args, "int64", ([n, p]) => [
      { value: p, name: "p", check: "bounded_0_1" },
      { value: n, name: "n", check: this.legacy ? "long" : "non_negative", integer: true },
    ], (p, n) => binomial(this.kernel.bits, p, n, this.binomialCache, this.legacy));
  }

  /**
   * Poisson random integers with mean `lam` (NumPy's `poisson(lam=1.0, size=None)`), as int64:
   * counts of events.
   * @param lam the expected number of events λ (default 1)
   * @throws ValueError `lam < 0 or lam is NaN`, `lam value too large`
   * @example
   * np.random.poisson(3, 10);
   * rng.poisson([1, 100], {size: [3, 2]});   // rng = np.random.default_rng(0)
   */
  poisson(lam?: number): number;
  poisson(lam: ArrayLike | undefined, size: Size): NDArray;
  poisson(...args: [...Arg[], Sized<PoissonOptions>]): NDArray;
  poisson(...args: [...Arg[], PoissonOptions] | Arg[]): NDArray | number;
  poisson(...args: unknown[]): NDArray | number {
    return this.draw("poisson", ["lam"], 0, [1], args, "int64", ([lam]) => [
      { value: lam, name: "lam", check: "poisson" },
    ], (lam) => poisson(this.kernel.bits, lam));
  }

  /**
   * Integers in [low, high) or, `closed`, [low, high] (NumPy's `_rand_int64`): masked rejection
   * for the legacy `randint`, Lemire's method for `integers`. Parameters may be arrays.
   */
  protected boundedIntegers(name: string, low: unknown, high: unknown, size: unknown, dtype: unknown, masked: boolean, closed: boolean): NDArray | number {
    if (high === undefined || high === null) [low, high] = [0, low];
    const type = resolveDType(String(dtype ?? "int64"));
    if (type !== "int64") {
      const hint = type === "bool" ? " (numts draws int64 here: convert with .astype('bool'))" : "";
      throw new TypeError(`Unsupported dtype dtype('${type}') for ${name}${hint}`);
    }
    const shape = shapeOf(size);
    if (shape !== null && shape.includes(0)) return fill(shape, "int64", () => 0);
    const bits = this.kernel.bits;
    const open = closed ? 0 : 1;
    if (isScalar(low) && isScalar(high)) {
      const lo = toInteger(scalarValue(low));
      const hi = toInteger(scalarValue(high)) - open;
      if (lo < INT64_MIN) throw new ValueError("low is out of bounds for int64");
      if (hi > INT64_MAX) throw new ValueError("high is out of bounds for int64");
      if (lo > hi) throw new ValueError(boundsError(closed, lo === 0));
      const rng = exactRange(lo, hi);
      if (shape === null) return lo + bounded(bits, rng, masked);
      return fill(shape, "int64", () => lo + bounded(bits, rng, masked));
    }
    // Arrays: each element converted as Python's int() does, checked, then drawn in C order.
    const lows = asarray(low as ArrayLike, "float64");
    const highs = asarray(high as ArrayLike, "float64");
    const loData = lows.flatten().data.map((v) => {
      const lo = toInteger(v);
      if (lo < INT64_MIN || lo > INT64_MAX) throw new ValueError("low is out of bounds for int64");
      return lo;
    });
    const allZero = loData.every((v) => v === 0);
    const hiData = highs.flatten().data.map((v) => {
      const hi = toInteger(v) - open;
      if (hi > INT64_MAX) throw new ValueError("high is out of bounds for int64");
      if (hi < INT64_MIN) throw new ValueError(boundsError(closed, allZero));
      return hi;
    });
    const loArr = new NDArray(loData, lows.shape, "float64");
    const hiArr = new NDArray(hiData, highs.shape, "float64");
    if (greater(loArr, hiArr).any()) throw new ValueError(boundsError(closed, allZero));
    return sample(size, "int64", [
      { value: loArr, name: "low", check: "none" },
      { value: hiArr, name: "high", check: "none" },
    ], (lo, hi) => lo + bounded(bits, exactRange(lo, hi), masked), true);
  }
}
