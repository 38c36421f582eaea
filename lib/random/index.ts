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

// The functions of np.random, each the shared RandomState's method (documented there).
export const seed: RandomState["seed"] = bound("seed");
export const rand: RandomState["rand"] = bound("rand");
export const randn: RandomState["randn"] = bound("randn");
export const random: RandomState["random"] = bound("random");
export const random_sample: RandomState["random_sample"] = bound("random_sample");
export const standard_normal: RandomState["standard_normal"] = bound("standard_normal");
export const standard_exponential: RandomState["standard_exponential"] = bound("standard_exponential");
export const standard_gamma: RandomState["standard_gamma"] = bound("standard_gamma");
export const uniform: RandomState["uniform"] = bound("uniform");
export const normal: RandomState["normal"] = bound("normal");
export const exponential: RandomState["exponential"] = bound("exponential");
export const gamma: RandomState["gamma"] = bound("gamma");
export const beta: RandomState["beta"] = bound("beta");
export const binomial: RandomState["binomial"] = bound("binomial");
export const poisson: RandomState["poisson"] = bound("poisson");
export const multinomial: RandomState["multinomial"] = bound("multinomial");
export const randint: RandomState["randint"] = bound("randint");
export const choice: RandomState["choice"] = bound("choice");
export const permutation: RandomState["permutation"] = bound("permutation");
export const shuffle: RandomState["shuffle"] = bound("shuffle");
