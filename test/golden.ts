// Loads the golden files that test/golden/make_*.py write from NumPy (see test/golden/golden.py).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "numts";
import { expect } from "vitest";

/** A JSON value as golden.py writes it: floats that JSON lacks are the strings "nan", "inf", "-inf". */
export type Golden = number | string | boolean | null | Golden[] | { [key: string]: Golden };

/** An array as golden.py writes it. */
export interface GoldenArray {
  dtype: string;
  shape: number[];
  data: Golden[];
}

/** Reads test/golden/<name>.json and returns its cases. */
export function golden<T = Golden>(name: string): T {
  const text = readFileSync(join(__dirname, "golden", `${name}.json`), "utf8");
  return (JSON.parse(text) as { cases: T }).cases;
}

/** A golden number back as a JavaScript number (nan and infinities included). */
export function num(value: Golden): number {
  if (value === "nan") return NaN;
  if (value === "inf") return Infinity;
  if (value === "-inf") return -Infinity;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  throw new Error(`not a golden number: ${JSON.stringify(value)}`);
}

/** The 64 bits of a double as hex, so tests can compare floats bit for bit with readable failures. */
export function bits(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

/**
 * The input generator of test/golden/make_core.py, value for value: a 32-bit LCG, each value
 * `(u / 2**32 - 0.5) * 2**(e - 8) * scale`. Every step is exact or a single IEEE operation, so
 * both languages produce the same doubles; with `specials`, elements 1, 3, 5 are nan, inf, -0.
 */
export function generated(count: number, seed: number, scale: number, specials: boolean): Float64Array {
  const out = new Float64Array(count);
  let state = seed >>> 0;
  const next = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  for (let i = 0; i < count; i++) {
    const m = next();
    const e = next() % 16;
    out[i] = (m / 2 ** 32 - 0.5) * 2 ** (e - 8) * scale;
  }
  if (specials && count >= 6) [out[1], out[3], out[5]] = [NaN, Infinity, -0];
  return out;
}

/** NumPy-free 32-bit mixing (a murmur-style finalizer), the same as make_libm.py's mix32. */
function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x45d9f3b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x45d9f3b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** The inputs of test/golden/make_libm.py, double for double (every step is exact in both languages). */
export function hashedDoubles(kind: string, count: number, seed: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const m = mix32(Math.imul(2 * i, 2654435761) + seed) / 2 ** 32;
    const e = mix32(Math.imul(2 * i + 1, 2654435761) + seed);
    const sign = e >= 2 ** 31 ? -1 : 1;
    if (kind === "unit") out[i] = m;
    else if (kind === "near1") out[i] = 1 + (m - 0.5) * 0.14;
    else if (kind === "wide") out[i] = (1 + m) * 2 ** ((e % 2098) - 1075);
    else if (kind === "swide") out[i] = sign * (1 + m) * 2 ** ((e % 2098) - 1075);
    else if (kind === "exp") out[i] = (m - 0.5) * 1500;
    else if (kind === "small") out[i] = (m - 0.5) * 40;
    else if (kind === "tiny") out[i] = (m - 0.5) * 2 ** -(e % 60);
    else if (kind === "mid") out[i] = (m - 0.5) * 2 ** (e % 40);
    else if (kind === "halfpi") out[i] = (e % 65536) * 1.5707963267948966 + (m - 0.5) * 2 ** -(e % 50);
    else if (kind === "pos") out[i] = (1 + m) * 2 ** ((e % 128) - 64);
    else if (kind === "powy") out[i] = (m - 0.5) * 2 ** ((e % 12) - 2);
    else if (kind === "bigy") out[i] = (m - 0.5) * 2 ** (e % 48);
    else if (kind === "inty") out[i] = (e % 41) - 20;
    else if (kind === "edge") out[i] = sign * (700 + m * 50);
    else if (kind === "e2") out[i] = (m - 0.5) * 2200;
    else if (kind === "asin") out[i] = (m - 0.5) * 2.2;
    else if (kind === "near1b") out[i] = sign * (1 - m * 2 ** -(e % 40));
    else if (kind === "wide32") out[i] = (1 + m) * 2 ** ((e % 277) - 149);
    else if (kind === "swide32") out[i] = sign * (1 + m) * 2 ** ((e % 277) - 149);
    else if (kind === "exp32") out[i] = (m - 0.5) * 240;
    else if (kind === "e2_32") out[i] = (m - 0.5) * 320;
    else if (kind === "edge32") out[i] = sign * (120 + m * 35);
    else throw new Error(`unknown input kind ${kind}`);
  }
  return out;
}

/**
 * The float32 inputs of test/golden/make_libm32.py (golden.py hashed_floats): `hashedDoubles`
 * rounded to float32, or for "bits32" the float32s of hashed bit patterns (every exponent, and
 * infinities and NaNs).
 */
export function hashedFloats(kind: string, count: number, seed: number): Float32Array {
  if (kind !== "bits32") return Float32Array.from(hashedDoubles(kind, count, seed));
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) words[i] = mix32(Math.imul(2 * i, 2654435761) + seed);
  return new Float32Array(words.buffer);
}

/** An input array as golden.py's `arr` encodes it: values (or how to generate them) and the view to take. */
export type Encoded =
  | { array: GoldenArray; view: [string, ...Golden[]][] }
  | { gen: { shape: number[]; seed: number; scale: number; specials: boolean }; view: [string, ...Golden[]][] };

/** Whether a golden argument is an encoded array. */
export function isEncoded(value: Golden): value is Golden & Encoded {
  return typeof value === "object" && value !== null && !Array.isArray(value) && ("array" in value || "gen" in value);
}

/** A golden argument as numts takes it: encoded arrays become NDArrays (inside lists too). */
export function decode(value: Golden): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (!isEncoded(value)) return value;
  const enc = value as unknown as Encoded;
  let a: np.NDArray;
  if ("gen" in enc) {
    const g = enc.gen;
    a = np.array(generated(g.shape.reduce((p, n) => p * n, 1), g.seed, g.scale, g.specials)).reshape(g.shape);
  } else {
    const data = enc.array.data.map(num);
    const dtype = enc.array.dtype as np.DType;
    a = np.array(dtype === "bool" ? data.map((x) => x !== 0) : data, dtype).reshape(enc.array.shape);
  }
  for (const [step, arg] of enc.view) a = step === "T" ? a.T : a.slice(...(arg as np.Index[]));
  return a;
}

/** NumPy's class names that numts maps onto its own (NumPy's UFuncTypeError is a TypeError). */
const ERROR_NAMES: Record<string, string> = { UFuncTypeError: "TypeError" };

/** Expects `run` to throw NumPy's error: the same class name and message. */
export function expectNumpyError(run: () => unknown, error: { type: string; message: string }): void {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, "numts threw nothing").toBeInstanceOf(Error);
  expect((thrown as Error).name).toBe(ERROR_NAMES[error.type] ?? error.type);
  expect((thrown as Error).message).toBe(error.message);
}
