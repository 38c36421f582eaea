// np.random: NumPy's legacy module-level functions, sharing one RandomState (seeded with
// np.random.seed(n), they give exactly NumPy's numbers for the same n), and the newer
// default_rng() with its Generator on PCG64. Keyword arguments are a trailing options object:
// np.random.normal(0, 1, {size: 3}) for np.random.normal(0, 1, size=3).
import { RandomState } from "./random_state";

export { RandomState, type ChoiceOptions, type MultinomialOptions, type RandintOptions, type SizeOptions } from "./random_state";
export {
  default_rng,
  Generator,
  type AxisOptions,
  type DefaultRngSeed,
  type FloatOptions,
  type GeneratorChoiceOptions,
  type GeneratorMultinomialOptions,
  type IntegersOptions,
  type StandardExponentialOptions,
} from "./generator";
export { PCG64, type PCG64State } from "./pcg64";
export { SeedSequence, type SeedEntropy } from "./seed_sequence";
export type { Size } from "./args";
export type {
  BetaOptions,
  BinomialOptions,
  ExponentialOptions,
  GammaOptions,
  NormalOptions,
  PoissonOptions,
  Sized,
  StandardGammaOptions,
  UniformOptions,
} from "./sampler";

/** The generator behind the module-level functions (NumPy's `np.random.mtrand._rand`). */
const shared = new RandomState();

/** `shared`'s method as a function, with its signatures and documentation. */
function bound<K extends keyof RandomState>(name: K): RandomState[K] {
  const method = shared[name] as unknown as (...args: unknown[]) => unknown;
  return ((...args: unknown[]) => method.apply(shared, args)) as RandomState[K];
}

// The functions of np.random, each the shared RandomState's method. Each repeats the method's
// JSDoc: Shift-Tab shows a constant's own documentation, never that of its type.

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
export const seed: RandomState["seed"] = bound("seed");
/**
 * Uniform random floats in [0, 1) of shape `(d0, d1, ...)` (NumPy's `rand(d0, d1, ...)`);
 * one number with no arguments.
 * @example
 * np.random.seed(0);
 * np.random.rand(2, 3).shape;  // [ 2, 3 ]
 * np.random.rand();  // 0.4375872112626925
 */
export const rand: RandomState["rand"] = bound("rand");
/**
 * Standard normal random floats (mean 0, standard deviation 1) of shape `(d0, d1, ...)`
 * (NumPy's `randn(d0, d1, ...)`); one number with no arguments.
 * @example
 * np.random.seed(42);
 * const data = np.random.randn(500, 2);  // the lecture's data set, identical to NumPy's
 */
export const randn: RandomState["randn"] = bound("randn");
/**
 * Uniform random floats in [0, 1) (NumPy's `random(size=None)`, the same as `random_sample`);
 * one number without a size.
 * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
 * @example
 * np.random.seed(0);
 * np.random.random();  // 0.5488135039273248
 * np.random.random([2, 2]);  // array([[0.71518937, 0.60276338], [0.54488318, 0.4236548 ]])
 */
export const random: RandomState["random"] = bound("random");
/**
 * Uniform random floats in [0, 1) (NumPy's `random_sample(size=None)`); one number without
 * a size.
 * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
 * @example
 * np.random.seed(0);
 * np.random.random_sample(3);  // array([0.5488135 , 0.71518937, 0.60276338])
 */
export const random_sample: RandomState["random_sample"] = bound("random_sample");
/**
 * Standard normal random floats (NumPy's `standard_normal(size=None)`); one number without a
 * size.
 * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
 * @example
 * np.random.seed(0);
 * np.random.standard_normal(3);  // array([1.76405235, 0.40015721, 0.97873798])
 */
export const standard_normal: RandomState["standard_normal"] = bound("standard_normal");
/**
 * Exponential random floats with mean 1 (NumPy's `standard_exponential(size=None)`).
 * @param size the output shape: an integer, a list of integers, or `{size}`; left out, one number
 * @example
 * np.random.seed(0);
 * np.random.standard_exponential(3);  // array([0.79587451, 1.25593076, 0.92322315])
 */
export const standard_exponential: RandomState["standard_exponential"] = bound("standard_exponential");
/**
 * Gamma random floats with scale 1 (NumPy's `standard_gamma(shape, size=None)`).
 * @param shape the shape k (> 0)
 * @throws ValueError `shape < 0`
 * @example
 * np.random.seed(0);
 * np.random.standard_gamma(2, 3);  // array([5.13882958, 2.23848091, 5.42713227])
 */
export const standard_gamma: RandomState["standard_gamma"] = bound("standard_gamma");
/**
 * Uniform random floats in [low, high) (NumPy's `uniform(low=0.0, high=1.0, size=None)`):
 * `low + (high - low)·u`. `low` and `high` may be arrays; they broadcast.
 * @param low the lower bound (inclusive, default 0)
 * @param high the upper bound (exclusive, default 1)
 * @throws OverflowError `Range exceeds valid bounds` when high - low is not finite
 * @example
 * np.random.seed(0);
 * np.random.uniform(-1, 1, [2, 2]);  // array([[0.09762701, 0.43037873], [0.20552675, 0.08976637]])
 * np.random.uniform(0, 10, {size: 3});  // array([4.23654799, 6.45894113, 4.37587211])
 */
export const uniform: RandomState["uniform"] = bound("uniform");
/**
 * Normal (Gaussian) random floats with mean `loc` and standard deviation `scale` (NumPy's
 * `normal(loc=0.0, scale=1.0, size=None)`); arrays of means or deviations broadcast.
 * @param loc the mean (default 0)
 * @param scale the standard deviation (default 1)
 * @throws ValueError `scale < 0`
 * @example
 * np.random.seed(0);
 * np.random.normal(0, 0.01, 3);  // array([0.01764052, 0.00400157, 0.00978738])
 * np.random.normal({scale: 2, size: 2});  // array([4.4817864 , 3.73511598])
 */
export const normal: RandomState["normal"] = bound("normal");
/**
 * Exponential random floats with mean `scale` (NumPy's `exponential(scale=1.0, size=None)`),
 * e.g. waiting times.
 * @param scale the scale β = 1/λ (default 1)
 * @throws ValueError `scale < 0`
 * @example
 * np.random.seed(0);
 * np.random.exponential(2, 3);  // array([1.59174902, 2.51186153, 1.84644629])
 */
export const exponential: RandomState["exponential"] = bound("exponential");
/**
 * Gamma random floats with shape k and scale θ (NumPy's `gamma(shape, scale=1.0, size=None)`):
 * mean k·θ, variance k·θ².
 * @param shape the shape k (> 0)
 * @param scale the scale θ (default 1)
 * @throws ValueError `shape < 0`, `scale < 0`
 * @example
 * np.random.seed(0);
 * np.random.gamma(2, 1.5, 3);  // array([7.70824436, 3.35772137, 8.14069841])
 */
export const gamma: RandomState["gamma"] = bound("gamma");
/**
 * Beta random floats in [0, 1] (NumPy's `beta(a, b, size=None)`): mean a / (a + b).
 * @param a α (> 0)
 * @param b β (> 0)
 * @throws ValueError `a <= 0`, `b <= 0`
 * @example
 * np.random.seed(0);
 * np.random.beta(2, 5, 3);  // array([0.47917138, 0.6550558 , 0.21501632])
 */
export const beta: RandomState["beta"] = bound("beta");
/**
 * Binomial random integers: successes in `n` trials of probability `p` (NumPy's
 * `binomial(n, p, size=None)`), as int64. `binomial(1, p, shape)` is a dropout mask.
 * @param n the number of trials (≥ 0)
 * @param p the probability of success of each trial, in [0, 1]
 * @throws ValueError `n < 0`, `p < 0, p > 1 or p is NaN`
 * @example
 * np.random.seed(0);
 * np.random.binomial(10, 0.5, 5);  // array([5, 6, 5, 5, 5])
 * np.random.binomial(1, 0.8, {size: [2, 4]});  // array([[1, 1, 0, 0], [1, 1, 1, 1]])
 */
export const binomial: RandomState["binomial"] = bound("binomial");
/**
 * Poisson random integers with mean `lam` (NumPy's `poisson(lam=1.0, size=None)`), as int64:
 * counts of events.
 * @param lam the expected number of events λ (default 1)
 * @throws ValueError `lam < 0 or lam is NaN`, `lam value too large`
 * @example
 * np.random.seed(0);
 * np.random.poisson(3, 5);  // array([5, 6, 2, 0, 7])
 */
export const poisson: RandomState["poisson"] = bound("poisson");
/**
 * Counts of each outcome in `n` trials with probabilities `pvals` (NumPy's
 * `multinomial(n, pvals, size=None)`), as int64 of shape `[...size, pvals.length]`.
 * @param n the number of trials
 * @param pvals the probability of each of the k outcomes (they sum to 1)
 * @param size how many experiments (an integer or a shape); left out, one
 * @throws ValueError `sum(pvals[:-1]) > 1.0`, `n < 0`
 * @example
 * np.random.seed(0);
 * np.random.multinomial(10, [0.2, 0.3, 0.5]);  // array([2, 4, 4])
 * np.random.multinomial(10, [0.5, 0.5], {size: 2});  // array([[5, 5], [5, 5]])
 */
export const multinomial: RandomState["multinomial"] = bound("multinomial");
/**
 * Random integers in [low, high), or [0, low) with one argument (NumPy's
 * `randint(low, high=None, size=None, dtype=int)`), as int64; one number without a size.
 * `low` and `high` may be arrays, which broadcast.
 * @param low the lowest value (inclusive); with no `high`, the values are in [0, low)
 * @param high one above the highest value
 * @throws ValueError `low >= high` (or `high <= 0` with one argument)
 * @example
 * np.random.seed(0);
 * np.random.randint(5, {size: [2, 3]});  // array([[4, 0, 3], [3, 3, 1]])
 * np.random.randint(10, 20, 4);  // array([13, 15, 12, 14])
 */
export const randint: RandomState["randint"] = bound("randint");
/**
 * Random picks from `a` (NumPy's `choice(a, size=None, replace=True, p=None)`): from
 * `0..a-1` for a number, else from the 1-D array `a`; with or without replacement,
 * optionally with probabilities `p`. One value without a size.
 * @param a an array to pick from, or an integer n for `arange(n)`
 * @throws ValueError `Cannot take a larger sample than population when 'replace=False'`, and
 * NumPy's errors for bad `p`
 * @example
 * np.random.seed(0);
 * np.random.choice(5, 3);  // array([4, 0, 3])
 * np.random.choice(20, 5, {replace: false});  // array([ 5,  2, 19, 16, 11])
 * np.random.choice([1, 2, 3], {size: 4, p: [0.5, 0.25, 0.25]});  // array([1., 2., 1., 3.])
 */
export const choice: RandomState["choice"] = bound("choice");
/**
 * A random permutation (NumPy's `permutation(x)`): of `0..x-1` for a number, or a shuffled
 * copy of an array along its first axis.
 * @param x an integer n (a permutation of `arange(n)`) or an array (a shuffled copy, along its first axis)
 * @throws IndexError `x must be an integer or at least 1-dimensional`
 * @example
 * np.random.seed(0);
 * np.random.permutation(5);  // array([2, 0, 1, 3, 4])
 * np.random.permutation(np.array([10, 20, 30]));  // array([10., 30., 20.])
 */
export const permutation: RandomState["permutation"] = bound("permutation");
/**
 * Shuffles an array in place along its first axis (NumPy's `shuffle(x)`); a JS array is
 * shuffled in place like a Python list.
 * @param x the array to shuffle in place, along its first axis
 * @example
 * np.random.seed(0);
 * const x = np.arange(5);
 * np.random.shuffle(x);
 * x;  // array([2., 0., 1., 3., 4.])
 */
export const shuffle: RandomState["shuffle"] = bound("shuffle");
