// np.random against NumPy's legacy RandomState (test/golden/random.json, made by
// test/golden/make_random.py): the same seed must give the same numbers, bit for bit.
import { createHash } from "node:crypto";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { bits, golden, type Golden, type GoldenArray, num } from "../../golden";

type Result = GoldenArray | { scalar: Golden };
interface Sequence {
  seed: number | number[];
  calls: [string, Golden[], Record<string, Golden>][];
  results: Result[];
}
interface Hashed {
  seed: number;
  n: number;
  sha256: string;
  first: number[];
  last: number[];
}

const isArray = (v: Golden): v is Golden & GoldenArray => typeof v === "object" && v !== null && !Array.isArray(v) && "dtype" in v;
const decode = (v: Golden): Golden | np.NDArray => (isArray(v) ? np.array(v.data.map(num)).reshape(v.shape) : v);

/** One NumPy call in numts spelling (keyword arguments become an options object). */
function call(name: string, args: Golden[], kwargs: Record<string, Golden>): unknown {
  const a = args.map(decode) as never[];
  const kw = Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, decode(v)]));
  const r = np.random;
  switch (name) {
    case "shuffle": {
      const x = np.array(a[0]);
      r.shuffle(x);
      return x;
    }
    case "choice":
      return Object.keys(kw).length > 0 ? r.choice(a[0], { size: a[1] ?? null, ...kw }) : r.choice(a[0], a[1]);
    case "randint":
      return Object.keys(kw).length > 0 ? r.randint(a[0], a[1], kw as never) : (r.randint as (...x: unknown[]) => unknown)(...a);
    default:
      return (r[name as keyof typeof r] as (...x: unknown[]) => unknown)(...a);
  }
}

function expectSame(actual: unknown, expected: Result, what: string): void {
  if ("scalar" in expected) {
    expect(typeof actual, what).toBe("number");
    expect(bits(actual as number), what).toBe(bits(num(expected.scalar)));
    return;
  }
  expect(actual, what).toBeInstanceOf(np.NDArray);
  const a = actual as np.NDArray;
  expect(a.dtype, what).toBe(expected.dtype);
  expect(a.shape, what).toEqual(expected.shape);
  const values = a.flatten().data;
  expected.data.forEach((v, i) => expect(bits(values[i]), `${what}[${i}]`).toBe(bits(num(v))));
}

const data = golden<{ sequences: Sequence[]; hashed: Hashed[] }>("random");

describe("np.random reproduces NumPy's stream", () => {
  for (const seq of data.sequences) {
    it(`seed(${JSON.stringify(seq.seed)}): ${seq.calls.map(([n, a]) => `${n}(${JSON.stringify(a)})`).join(", ")}`, () => {
      np.random.seed(seq.seed);
      seq.calls.forEach(([name, args, kwargs], i) => expectSame(call(name, args, kwargs), seq.results[i], `${name} #${i}`));
    });
  }

  for (const h of data.hashed) {
    it(`seed(${h.seed}); randn(${h.n}): every one of the ${h.n} values (SHA-256 of their bits)`, () => {
      np.random.seed(h.seed);
      const x = np.random.randn(h.n);
      const values = x.data as Float64Array;
      expect([...values.subarray(0, 3)]).toEqual(h.first);
      expect([...values.subarray(-3)]).toEqual(h.last);
      expect(createHash("sha256").update(new Uint8Array(values.buffer)).digest("hex")).toBe(h.sha256);
    });
  }
});

describe("np.random API", () => {
  it("RandomState instances are independent streams", () => {
    const a = new np.random.RandomState(42);
    np.random.seed(0);
    const b = new np.random.RandomState(42);
    expect(a.randn(3).tolist()).toEqual(b.randn(3).tolist());
    np.random.seed(42);
    expect(np.random.randn(3).tolist()).toEqual(new np.random.RandomState(42).randn(3).tolist());
  });

  it("returns numbers without a size and arrays with one", () => {
    expect(typeof np.random.rand()).toBe("number");
    expect(typeof np.random.randint(5)).toBe("number");
    expect(np.random.rand(2, 3).shape).toEqual([2, 3]);
    expect(np.random.randint(0, 5, { size: [2, 2] }).dtype).toBe("int64");
    expect(np.random.uniform(0, 1, { size: 4 }).shape).toEqual([4]);
    expect(np.random.permutation(4).dtype).toBe("int64");
  });

  it("shuffles JS arrays in place and views of arrays through their strides", () => {
    const list = [1, 2, 3, 4, 5];
    np.random.shuffle(list);
    expect([...list].sort()).toEqual([1, 2, 3, 4, 5]);
    const a = np.arange(10).reshape(5, 2);
    np.random.shuffle(a.slice("::-1"));
    expect(np.sum(a)).toBe(45);
    expect(a.slice(":", 1).sub(a.slice(":", 0)).tolist()).toEqual([1, 1, 1, 1, 1]);
  });

  it("gives NumPy's errors", () => {
    expect(() => np.random.seed(-1)).toThrow("Seed must be between 0 and 2**32 - 1");
    expect(() => np.random.seed(2 ** 32)).toThrow("Seed must be between 0 and 2**32 - 1");
    expect(() => np.random.seed(1.5)).toThrow(np.TypeError);
    expect(() => np.random.seed([])).toThrow("Seed must be non-empty");
    expect(() => np.random.randint(5, 5)).toThrow("low >= high");
    expect(() => np.random.randint(0, 10, 3, "float64")).toThrow("Unsupported dtype dtype('float64') for randint");
    expect(() => np.random.normal(0, -1)).toThrow("scale < 0");
    expect(() => np.random.permutation(np.array(3))).toThrow("x must be an integer or at least 1-dimensional");
    expect(() => np.random.choice(np.zeros([2, 2]))).toThrow("a must be 1-dimensional");
    expect(() => np.random.choice(0)).toThrow("a must be greater than 0 unless no samples are taken");
    expect(() => np.random.choice([])).toThrow("'a' cannot be empty unless no samples are taken");
    expect(() => np.random.choice(3, { p: [0.5, 0.5] })).toThrow("'a' and 'p' must have same size");
    expect(() => np.random.choice(2, { p: [0.5, 0.6] })).toThrow("probabilities do not sum to 1");
    expect(() => np.random.choice(2, { p: [-0.5, 1.5] })).toThrow("probabilities are not non-negative");
    expect(() => np.random.choice(2, { p: [NaN, 1] })).toThrow("probabilities contain NaN");
    expect(() => np.random.choice(2, 3, false)).toThrow("Cannot take a larger sample than population when 'replace=False'");
    expect(() => np.random.choice(3, 3, false, [0, 0.5, 0.5])).toThrow("Fewer non-zero entries in p than size");
  });
});
