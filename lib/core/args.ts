// Python's argument binding for numts's functions. NumPy's keyword arguments arrive as a
// trailing plain object (`np.linspace(0, 1, {num: 9})`), and any parameter that Python lets be
// passed by keyword may be passed there, positional-or-keyword ones included. Like Python, an
// unknown keyword, a missing argument or one given twice is a TypeError naming it, in Python's
// words (or Cython's, for np.random, whose functions NumPy writes in Cython).
import { TypeError } from "./errors";

/** A plain `{...}` object (not an array, NDArray or typed array): what a trailing options argument is. */
export function isOptions(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A NumPy function's signature, as numts binds it. */
export interface Signature<P extends string = string, K extends string = string> {
  /** NumPy's name, for messages: `linspace` gives `linspace() got an unexpected keyword argument 'nmu'`. */
  name: string;
  /** Positional-or-keyword parameters in order (Python's parameters before `*`). */
  params?: readonly P[];
  /** How many leading `params` are required (default 0). */
  required?: number;
  /** Keyword-only parameters (after Python's `*`). */
  keywords?: readonly K[];
  /**
   * Parameters NumPy has that numts does not implement (they may also stand in `params`, to
   * keep the positions of later ones): refused with a message saying so.
   */
  unsupported?: readonly string[];
  /**
   * Whose words the TypeErrors use: Python's (the default: `f() missing 1 required positional
   * argument: 'x'`) or Cython's, as NumPy's np.random functions give them
   * (`binomial() takes at least 2 positional arguments (1 given)`).
   */
  messages?: "python" | "cython";
}

/** Bound arguments by parameter name; absent ones are `undefined`. */
export type Bound<P extends string, K extends string> = { [name in P | K]?: unknown };

function quoteList(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length <= 2) return quoted.join(" and ");
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/**
 * Binds `args` (positional arguments, optionally followed by an options object) to `sig`'s
 * parameters, as Python binds a call: each name once, required ones present, no unknown keyword.
 * (Written with plain loops: it runs on every call of the reductions.)
 *
 * @throws TypeError with Python's messages: `f() got an unexpected keyword argument 'x'`,
 *   `f() missing 1 required positional argument: 'x'`, `f() got multiple values for argument 'x'`,
 *   `f() takes from 1 to 2 positional arguments but 3 were given`
 */
export function bindArgs<P extends string, K extends string = never>(sig: Signature<P, K>, args: readonly unknown[]): Bound<P, K> {
  const params: readonly string[] = sig.params ?? [];
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--; // JavaScript's "not given"
  const options = end > 0 && isOptions(args[end - 1]) ? (args[--end] as Record<string, unknown>) : undefined;
  const required = sig.required ?? 0;
  if (end > params.length) throw new TypeError(tooMany(sig, end));
  const bound: Record<string, unknown> = {};
  for (let i = 0; i < end; i++) bound[params[i]] = args[i];
  if (options !== undefined) {
    for (const key in options) {
      const value = options[key];
      if (value === undefined) continue;
      checkKey(sig, key);
      if (bound[key] !== undefined) {
        throw new TypeError(`${sig.name}() got multiple values for ${sig.messages === "cython" ? "keyword argument" : "argument"} '${key}'`);
      }
      bound[key] = value;
    }
  }
  refuseUnsupported(sig, bound);
  for (let i = 0; i < required; i++) {
    if (bound[params[i]] === undefined) throw new TypeError(missing(sig, bound, i));
  }
  return bound as Bound<P, K>;
}

/**
 * `bindArgs`'s values as a list, in the order of `sig.params` and then `sig.keywords`, for
 * destructuring: `const [low, high, size] = bindList(sig, args)`.
 */
export function bindList(sig: Signature, args: readonly unknown[]): unknown[] {
  const bound = bindArgs(sig, args) as Record<string, unknown>;
  return [...(sig.params ?? []), ...(sig.keywords ?? [])].map((name) => bound[name]);
}

function positional(n: number): string {
  return `${n} positional argument${n === 1 ? "" : "s"}`;
}

/** The TypeError for `given` positional arguments where `sig` takes fewer. */
function tooMany(sig: Signature, given: number): string {
  const params = sig.params ?? [];
  const required = sig.required ?? 0;
  if (sig.messages === "cython") {
    return `${sig.name}() takes ${required === params.length ? "exactly" : "at most"} ${positional(params.length)} (${given} given)`;
  }
  const takes = required === params.length ? `${required}` : `from ${required} to ${params.length}`;
  const plural = params.length === 1 && required === 1 ? "argument" : "arguments";
  return `${sig.name}() takes ${takes} positional ${plural} but ${given} ${given === 1 ? "was" : "were"} given`;
}

/** The TypeError for required parameters left out, the first at `first`. */
function missing(sig: Signature, bound: Record<string, unknown>, first: number): string {
  const params = sig.params ?? [];
  const required = sig.required ?? 0;
  if (sig.messages === "cython") {
    return `${sig.name}() takes ${required === params.length ? "exactly" : "at least"} ${positional(required)} (${first} given)`;
  }
  const names = params.slice(0, required).filter((p) => bound[p] === undefined);
  return `${sig.name}() missing ${names.length} required positional argument${names.length > 1 ? "s" : ""}: ${quoteList(names)}`;
}

/**
 * Checks an options object against the keywords a function takes (for functions whose only
 * keyword arguments are in their options). `undefined` values count as not given.
 * @throws TypeError `sum() got an unexpected keyword argument 'axes'`
 */
export function checkOptions(name: string, options: object | undefined, keywords: readonly string[], unsupported: readonly string[] = []): void {
  if (options === undefined) return;
  if (!isOptions(options)) throw new TypeError(`${name}() takes its keyword arguments as an options object, like {${keywords[0] ?? ""}: ...}`);
  const sig = { name, keywords, unsupported };
  const given = options as Record<string, unknown>;
  for (const key in given) if (given[key] !== undefined) checkKey(sig, key);
  refuseUnsupported(sig, given);
}

/** Whether `key` is one of `sig`'s parameters, or Python's error for an unexpected keyword. */
function checkKey(sig: Signature, key: string): void {
  const known = (sig.params ?? []).includes(key) || (sig.keywords ?? []).includes(key) || (sig.unsupported ?? []).includes(key);
  if (!known) throw new TypeError(`${sig.name}() got an unexpected keyword argument '${key}'`);
}

/** NumPy's parameters that numts does not implement are refused when given, never ignored. */
function refuseUnsupported(sig: Signature, bound: Record<string, unknown>): void {
  const unsupported = sig.unsupported;
  if (unsupported === undefined) return;
  for (let i = 0; i < unsupported.length; i++) {
    if (bound[unsupported[i]] !== undefined) throw new TypeError(`${sig.name}(): numts does not support NumPy's argument '${unsupported[i]}'`);
  }
}
