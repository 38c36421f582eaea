// What the golden tests that replay NumPy calls share (functions.golden.test.ts,
// dtypes.golden.test.ts): a case names a NumPy function, method or scalar type with its
// arguments and keyword arguments, as test/golden/make_functions.py and make_dtypes.py write it;
// these turn it into the numts call.
import * as np from "numts";
import { decode, type Golden, type GoldenArray, isEncoded, num } from "../golden";

/** One recorded call: `fn` is NumPy's name ("linalg.norm"), "method:name" for `a.name(...)`, or "setitem" for `a[i] = v`. */
export interface GoldenCall {
  fn: string;
  args: Golden[];
  kwargs: Record<string, Golden>;
}

/**
 * A golden argument as numts takes it: encoded arrays as NDArrays, NumPy's scalar types
 * (`{scalar_type: "float32"}`) as numts's, "inf"/"-inf"/"nan" (JSON has no such numbers) as numbers.
 */
export function argument(value: Golden): unknown {
  if (value === "inf" || value === "-inf" || value === "nan") return num(value);
  if (Array.isArray(value)) return value.map(argument);
  if (typeof value === "object" && value !== null && "scalar_type" in value) {
    const type = (np as unknown as Record<string, unknown>)[String(value.scalar_type)];
    if (typeof type !== "function") throw new Error(`no numts scalar type np.${String(value.scalar_type)}`);
    return type;
  }
  return decode(value);
}

/** Makes the call in numts, keyword arguments as the trailing options object; methods and setitem act on a copy. */
export function callNumts(c: GoldenCall): unknown {
  const args = c.args.map(argument);
  const kwargs = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, argument(v)]));
  const withOptions = Object.keys(kwargs).length > 0 ? [...args, kwargs] : args;
  if (c.fn === "setitem") return (args[0] as np.NDArray).copy().set(args[1] as np.Index, args[2] as np.ArrayLike);
  if (c.fn.startsWith("method:")) {
    const a = (args[0] as np.NDArray).copy();
    const method = (a as unknown as Record<string, (...x: unknown[]) => unknown>)[c.fn.slice(7)];
    const out = method.apply(a, withOptions.slice(1));
    return out === undefined ? a : out;
  }
  let fn: unknown = np;
  for (const part of c.fn.split(".")) fn = (fn as Record<string, unknown>)[part];
  if (typeof fn !== "function") throw new Error(`no numts function ${c.fn}`);
  const result = (fn as (...a: unknown[]) => unknown)(...withOptions);
  // Iterators (np.ndindex) as lists, as the golden scripts take Python's list() of them.
  const iterable = typeof result === "object" && result !== null && !(result instanceof np.NDArray) && !Array.isArray(result) && Symbol.iterator in result;
  return iterable ? [...(result as Iterable<unknown>)] : result;
}

function describeArg(a: Golden): string {
  if (Array.isArray(a)) return `[${a.map(describeArg).join(", ")}]`;
  if (!isEncoded(a)) return JSON.stringify(a);
  const enc = a as { gen?: { shape: number[] }; array?: GoldenArray; view: unknown[] };
  const view = enc.view.length > 0 ? JSON.stringify(enc.view) : "";
  return `${enc.gen !== undefined ? "gen" : enc.array!.dtype}${JSON.stringify(enc.gen?.shape ?? enc.array!.shape)}${view}`;
}

/** A test title for case `i`: `#12 sum(float32[3,5], {"axis":0})`, arrays shown by dtype and shape. */
export function describeCall(c: GoldenCall, i: number): string {
  const kw = Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs).slice(0, 80)}` : "";
  return `#${i} ${c.fn}(${c.args.map(describeArg).join(", ")}${kw})`;
}
