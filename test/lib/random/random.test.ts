// np.random against NumPy's legacy RandomState (test/golden/random.json, made by
// test/golden/make_random.py): the same seed must give the same numbers, bit for bit.
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { golden } from "../../golden";
import { expectHashed, expectResult, type Hashed, replay, seeded, type Sequence, show } from "./replay";

const data = golden<{ sequences: Sequence[]; hashed: Hashed[] }>("random");

describe("np.random reproduces NumPy's stream", () => {
  for (const seq of data.sequences) {
    it(`seed(${JSON.stringify(seq.seed)}): ${seq.calls.map(show).join(", ")}`, () => {
      const target = seeded(seq.kind, seq.seed, true); // through np.random.seed and the module functions
      seq.calls.forEach((call, i) => expectResult(() => replay(target, call), seq.results[i], `#${i} ${show(call)}`));
    });
  }

  for (const h of data.hashed) {
    it(`seed(${JSON.stringify(h.seed)}); ${show(h.call)}: every one of the values (SHA-256 of their bits)`, () => expectHashed(h));
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
