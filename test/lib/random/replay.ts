// Replays the NumPy calls recorded by test/golden/random_cases.py on numts and compares the
// results bit for bit: legacy cases on np.random.RandomState(seed) or through np.random's module
// functions after np.random.seed, generator cases on np.random.default_rng(seed). Keyword arguments become the trailing options
// object, as numts users write them.
import { createHash } from "node:crypto";
import * as np from "numts";
import { expect } from "vitest";
import { bits, type Golden, type GoldenArray, num } from "../../golden";

/** What a recorded call returned: an array, a scalar, a bit generator state, or NumPy's error. */
export type Result = GoldenArray | { scalar: Golden } | { state: Record<string, Golden> } | { error: string; message: string };
export type Call = [string, Golden[], Record<string, Golden>];

export interface Sequence {
  kind: "legacy" | "generator";
  seed: Golden;
  calls: Call[];
  results: Result[];
}

export interface Hashed {
  kind: "legacy" | "generator";
  seed: Golden;
  call: Call;
  dtype: string;
  shape: number[];
  sha256: string;
  first: Golden[];
  last: Golden[];
}

const isGoldenArray = (v: Golden): v is Golden & GoldenArray => typeof v === "object" && v !== null && !Array.isArray(v) && "dtype" in v && "data" in v;

/** A recorded argument as numts takes it: golden arrays as NDArrays, {"bigint"} as bigints, "nan"/"inf" as numbers. */
export function decode(v: Golden): unknown {
  if (v === "nan" || v === "inf" || v === "-inf") return num(v);
  if (Array.isArray(v)) return v.map(decode);
  if (isGoldenArray(v)) return np.array(v.data.map(num)).reshape(v.shape);
  if (typeof v === "object" && v !== null) {
    if (typeof v.bigint === "string") return BigInt(v.bigint);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

type Target = Record<string, (...args: unknown[]) => unknown>;

/**
 * The generator a case runs on, seeded as NumPy's was: a new RandomState (or, `module`, np.random
 * itself after np.random.seed) or a new default_rng. A fresh RandomState also starts with an empty
 * binomial cache, as the golden generator's did.
 */
export function seeded(kind: Sequence["kind"], seed: Golden, module = false): Target {
  if (kind === "generator") return np.random.default_rng(decode(seed) as number) as unknown as Target;
  if (!module) return new np.random.RandomState(decode(seed) as number) as unknown as Target;
  np.random.seed(decode(seed) as number);
  return np.random as unknown as Target;
}

/** One recorded call on numts: `shuffle` gives the shuffled array, `state` the PCG64 state. */
export function replay(target: Target, [name, args, kwargs]: Call): unknown {
  const a = args.map(decode);
  const options = Object.keys(kwargs).length > 0 ? [decode(kwargs)] : [];
  if (name === "shuffle") {
    const x = np.array(a[0] as np.ArrayLike);
    target.shuffle(x, ...a.slice(1), ...options);
    return x;
  }
  if (name === "state") {
    const s = (target as unknown as np.random.Generator).bit_generator.state;
    return { state: String(s.state.state), inc: String(s.state.inc), has_uint32: s.has_uint32, uinteger: s.uinteger };
  }
  if (name === "spawn_random") {
    return np.array((target as unknown as np.random.Generator).spawn(a[0] as number).map((child) => child.random()));
  }
  return target[name](...a, ...options);
}

/** Runs `run` and checks its value, or its error, against NumPy's. */
export function expectResult(run: () => unknown, expected: Result, what: string): void {
  if ("error" in expected) {
    let thrown: unknown = null;
    try {
      run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown, `${what} should throw`).toBeInstanceOf(Error);
    expect(`${(thrown as Error).name}: ${(thrown as Error).message}`, what).toBe(`${expected.error}: ${expected.message}`);
    return;
  }
  const actual = run();
  if ("state" in expected) {
    expect(actual, what).toEqual(expected.state);
    return;
  }
  if ("scalar" in expected) {
    expect(typeof actual, what).toBe("number");
    expect(bits(actual as number), what).toBe(bits(num(expected.scalar)));
    return;
  }
  expect(actual, what).toBeInstanceOf(np.NDArray);
  const a = actual as np.NDArray;
  expect([a.dtype, a.shape], what).toEqual([expected.dtype, expected.shape]);
  const values = a.flatten().data;
  expected.data.forEach((v, i) => expect(bits(values[i]), `${what}[${i}]`).toBe(bits(num(v))));
}

/** A readable test name for a call. */
export function show([name, args, kwargs]: Call): string {
  const kw = Object.keys(kwargs).length > 0 ? [JSON.stringify(kwargs)] : [];
  const text = `${name}(${[...args.map((a) => JSON.stringify(a)), ...kw].join(", ")})`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Checks a long draw by its SHA-256 (float64 bytes), first and last values. */
export function expectHashed(h: Hashed): void {
  const x = replay(seeded(h.kind, h.seed), h.call) as np.NDArray;
  expect([x.dtype, x.shape]).toEqual([h.dtype, h.shape]);
  const values = Float64Array.from(x.flatten().data);
  expect([...values.subarray(0, 3)].map(bits)).toEqual(h.first.map((v) => bits(num(v))));
  expect([...values.subarray(-3)].map(bits)).toEqual(h.last.map((v) => bits(num(v))));
  expect(createHash("sha256").update(new Uint8Array(values.buffer)).digest("hex")).toBe(h.sha256);
}
