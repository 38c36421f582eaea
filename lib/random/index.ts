// np.random: NumPy's legacy module-level functions, sharing one RandomState. Seeded with
// np.random.seed(n), they produce exactly NumPy's numbers for the same n.
import type { ArrayLike, DTypeLike } from "../core/convert";
import type { NDArray } from "../core/ndarray";
import { type ChoiceOptions, RandomState, type Size } from "./random_state";

export { RandomState, type ChoiceOptions, type Size } from "./random_state";

/** The generator behind the module-level functions (NumPy's `np.random.mtrand._rand`). */
const shared = new RandomState();

/** An output size given positionally, or as NumPy's keyword `{size}`. */
export type SizeArg = Size | null | { size?: Size | null };

function sizeOf(arg: SizeArg | undefined): Size | null {
  if (arg === undefined || arg === null) return null;
  if (typeof arg === "number" || Array.isArray(arg)) return arg as Size;
  return (arg as { size?: Size | null }).size ?? null;
}

/**
 * Seeds the shared generator (NumPy's `np.random.seed`), making the following draws repeat
 * NumPy's exactly.
 * @param seed an integer in [0, 2**32), an array of them, or nothing for a fresh random seed
 * @throws ValueError `Seed must be between 0 and 2**32 - 1`
 * @example
 * np.random.seed(42);
 * np.random.randn(2);  // array([ 0.49671415, -0.1382643 ])  as in NumPy
 */
export function seed(seed?: number | readonly number[]): void {
  shared.seed(seed);
}

/**
 * Uniform random floats in [0, 1) of the given shape (NumPy's `np.random.rand(d0, d1, ...)`);
 * with no arguments, one number.
 * @example
 * np.random.rand(2, 3).shape;  // [2, 3]
 */
export function rand(): number;
export function rand(...shape: number[]): NDArray;
export function rand(...shape: number[]): NDArray | number {
  return shared.rand(...shape);
}

/**
 * Standard normal random floats (mean 0, standard deviation 1) of the given shape (NumPy's
 * `np.random.randn(d0, d1, ...)`); with no arguments, one number.
 * @example
 * np.random.seed(42);
 * const data = np.random.randn(500, 2);  // the lecture's data set, identical to NumPy's
 */
export function randn(): number;
export function randn(...shape: number[]): NDArray;
export function randn(...shape: number[]): NDArray | number {
  return shared.randn(...shape);
}

/**
 * Uniform random floats in [0, 1) (NumPy's `np.random.random(size)`); one number without a size.
 * @example
 * np.random.random([2, 2]);
 */
export function random(): number;
export function random(size: Size | { size: Size }): NDArray;
export function random(size?: SizeArg): NDArray | number;
export function random(size?: SizeArg): NDArray | number {
  return shared.random_sample(sizeOf(size));
}

/** Same as `random` (NumPy's `np.random.random_sample`). */
export function random_sample(): number;
export function random_sample(size: Size | { size: Size }): NDArray;
export function random_sample(size?: SizeArg): NDArray | number;
export function random_sample(size?: SizeArg): NDArray | number {
  return shared.random_sample(sizeOf(size));
}

/** Same as `randn` with a size argument (NumPy's `np.random.standard_normal(size)`). */
export function standard_normal(): number;
export function standard_normal(size: Size | { size: Size }): NDArray;
export function standard_normal(size?: SizeArg): NDArray | number;
export function standard_normal(size?: SizeArg): NDArray | number {
  return shared.standard_normal(sizeOf(size));
}

/**
 * Uniform random floats in [low, high) (NumPy's `np.random.uniform`). `low` and `high` may be
 * arrays, which broadcast.
 * @example
 * np.random.uniform(-1, 1, [3, 2]);       // 3×2 floats in [-1, 1)
 * np.random.uniform(-1, 1, {size: 5});
 */
export function uniform(low?: ArrayLike, high?: ArrayLike): NDArray | number;
export function uniform(low: ArrayLike, high: ArrayLike, size: Size | { size: Size }): NDArray;
export function uniform(low: ArrayLike = 0, high: ArrayLike = 1, size?: SizeArg): NDArray | number {
  return shared.uniform(low, high, sizeOf(size));
}

/**
 * Normal (Gaussian) random floats with mean `loc` and standard deviation `scale` (NumPy's
 * `np.random.normal`).
 * @throws ValueError `scale < 0`
 * @example
 * np.random.normal(0, 0.01, [2, 4]);  // small initial weights
 */
export function normal(loc?: ArrayLike, scale?: ArrayLike): NDArray | number;
export function normal(loc: ArrayLike, scale: ArrayLike, size: Size | { size: Size }): NDArray;
export function normal(loc: ArrayLike = 0, scale: ArrayLike = 1, size?: SizeArg): NDArray | number {
  return shared.normal(loc, scale, sizeOf(size));
}

/**
 * Random integers in [low, high), or [0, low) with one argument (NumPy's `np.random.randint`),
 * as int64; one number without a size.
 * @throws ValueError `low >= high`
 * @example
 * np.random.seed(0);
 * np.random.randint(0, 10, 5);              // array([5, 0, 3, 3, 7])
 * np.random.randint(0, 10, {size: [2, 2]});
 */
export function randint(low: number, high?: number | null): number;
export function randint(low: number, high: number | null | undefined, size: Size | { size: Size; dtype?: DTypeLike }, dtype?: DTypeLike): NDArray;
export function randint(low: number, high?: number | null, size?: SizeArg | { dtype?: DTypeLike }, dtype?: DTypeLike): NDArray | number {
  const options = typeof size === "object" && size !== null && !Array.isArray(size) ? (size as { size?: Size; dtype?: DTypeLike }) : {};
  return shared.randint(low, high, sizeOf(size as SizeArg), dtype ?? options.dtype ?? "int64");
}

/**
 * A random permutation (NumPy's `np.random.permutation`): of `0..x-1` for a number, or a
 * shuffled copy of an array along its first axis.
 * @example
 * np.random.permutation(5);   // e.g. array([3, 0, 4, 1, 2])
 * const order = np.random.permutation(data.shape[0]);  // shuffle rows: data.slice(order)
 */
export function permutation(x: number | ArrayLike): NDArray {
  return shared.permutation(x);
}

/**
 * Shuffles an array in place along its first axis (NumPy's `np.random.shuffle`); a JS array is
 * shuffled in place too.
 */
export function shuffle(x: NDArray | unknown[]): void {
  shared.shuffle(x);
}

/**
 * Random picks from `a` (NumPy's `np.random.choice`): from `0..a-1` for a number, else from the
 * 1-D array; with or without replacement, with optional probabilities `p`.
 * @example
 * np.random.choice(5, 3);                                   // three of 0..4
 * np.random.choice([10, 20, 30], {size: 2, replace: false});
 * np.random.choice(3, 1000, true, [0.1, 0.1, 0.8]);
 */
export function choice(a: number | ArrayLike): number;
export function choice(a: number | ArrayLike, size: Size | ChoiceOptions & { size: Size }, replace?: boolean, p?: ArrayLike | null): NDArray;
export function choice(a: number | ArrayLike, size?: Size | null | ChoiceOptions, replace?: boolean, p?: ArrayLike | null): NDArray | number;
export function choice(a: number | ArrayLike, size?: Size | null | ChoiceOptions, replace = true, p: ArrayLike | null = null): NDArray | number {
  return shared.choice(a, size, replace, p);
}
