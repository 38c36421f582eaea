// np.random's calling conventions: NumPy's keyword arguments as a trailing options object (typed,
// so that `npm test`'s tsc checks the return types students rely on), Python's TypeErrors for
// wrong arguments, default_rng's forms, and the classes NumPy exposes. Values are checked
// against NumPy in random/distributions/generator.test.ts.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("keyword arguments as options", () => {
  it("are taken after any number of positional arguments, and type as arrays when they hold size", () => {
    np.random.seed(3);
    const a: np.NDArray = np.random.randint(5, { size: [2, 3] });
    const b: np.NDArray = np.random.normal(0, 1, { size: 3 });
    const c: np.NDArray = np.random.normal({ scale: 0.01, size: [2, 2] });
    const d: np.NDArray = np.random.binomial(1, 0.8, { size: [4] });
    const e: np.NDArray = np.random.choice(20, 5, { replace: false });
    const f: np.NDArray = np.random.uniform(-1, 1, 4);
    const g: number = np.random.normal();
    const h: number = np.random.poisson(3);
    expect([a.shape, b.shape, c.shape, d.shape, e.shape, f.shape]).toEqual([[2, 3], [3], [2, 2], [4], [5], [4]]);
    expect([typeof g, typeof h]).toEqual(["number", "number"]);
  });

  it("choice(20, 5, {replace: false}) picks five different values", () => {
    for (let seed = 0; seed < 50; seed++) {
      np.random.seed(seed);
      expect(new Set(np.random.choice(20, 5, { replace: false }).tolist() as number[]).size).toBe(5);
      expect(new Set(np.random.default_rng(seed).choice(20, 5, { replace: false }).tolist() as number[]).size).toBe(5);
    }
  });

  it("are the same as passing the arguments positionally", () => {
    const positional = new np.random.RandomState(9).choice(10, 4, false, [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]).tolist();
    const named = new np.random.RandomState(9).choice({ a: 10, size: 4, replace: false, p: np.full([10], 0.1) }).tolist();
    expect(named).toEqual(positional);
    const rng = (): np.random.Generator => np.random.default_rng(4);
    expect(rng().integers({ low: 1, high: 6, size: 5, endpoint: true }).tolist()).toEqual(rng().integers(1, 6, 5, "int64", true).tolist());
  });

  it("unknown, doubled or missing arguments are Python's TypeErrors, never ignored", () => {
    const bad = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
      return "no error";
    };
    const rng = np.random.default_rng(0);
    const loose = np.random as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(bad(() => loose.randint(5, { sise: 3 }))).toBe("TypeError: randint() got an unexpected keyword argument 'sise'");
    expect(bad(() => loose.rand(2, { size: 3 }))).toBe("TypeError: rand() got an unexpected keyword argument 'size'");
    expect(bad(() => loose.normal(0, { loc: 1 }))).toBe("TypeError: normal() got multiple values for keyword argument 'loc'");
    expect(bad(() => loose.binomial(5))).toBe("TypeError: binomial() takes at least 2 positional arguments (1 given)");
    expect(bad(() => loose.seed(1, 2))).toBe("TypeError: seed() takes at most 1 positional argument (2 given)");
    expect(bad(() => loose.permutation())).toBe("TypeError: permutation() takes exactly 1 positional argument (0 given)");
    expect(bad(() => (rng as unknown as Record<string, (...args: unknown[]) => unknown>).integers(5, { endpiont: true }))).toBe(
      "TypeError: integers() got an unexpected keyword argument 'endpiont'",
    );
    expect(bad(() => loose.randn(2.5))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(bad(() => np.random.random(2.5))).toBe("TypeError: expected a sequence of integers or a single integer, got '2.5'");
    expect(bad(() => np.random.random([2, -1]))).toBe("ValueError: negative dimensions are not allowed");
  });

  it("an empty options object changes nothing", () => {
    np.random.seed(1);
    const a = np.random.rand(3, {} as never).tolist();
    np.random.seed(1);
    expect(np.random.rand(3).tolist()).toEqual(a);
  });
});

describe("default_rng and its classes", () => {
  it("default_rng(seed) equals Generator(PCG64(seed)) and Generator(PCG64(SeedSequence(seed)))", () => {
    const a = np.random.default_rng(42).random(5).tolist();
    expect(new np.random.Generator(new np.random.PCG64(42)).random(5).tolist()).toEqual(a);
    expect(new np.random.Generator(new np.random.PCG64(new np.random.SeedSequence(42))).random(5).tolist()).toEqual(a);
    expect(np.random.default_rng({ seed: 42 }).random(5).tolist()).toEqual(a);
    expect(np.random.default_rng(42).random()).toBe(0.7739560485559633);
  });

  it("passes a Generator through and wraps a PCG64", () => {
    const rng = np.random.default_rng(1);
    expect(np.random.default_rng(rng)).toBe(rng);
    const bg = new np.random.PCG64(1);
    expect(np.random.default_rng(bg).bit_generator).toBe(bg);
    expect(String(rng)).toBe("Generator(PCG64)");
  });

  it("without a seed draws fresh entropy from crypto.getRandomValues", () => {
    const a = np.random.default_rng();
    const b = np.random.default_rng();
    expect(a.random(4).tolist()).not.toEqual(b.random(4).tolist());
    expect(typeof a.bit_generator.seed_seq.entropy).toBe("bigint");
    const entropy = a.bit_generator.seed_seq.entropy as bigint;
    expect(entropy >= 0n && entropy < 1n << 128n).toBe(true);
    // The recorded entropy reproduces the stream, as in NumPy.
    const again = np.random.default_rng(entropy);
    const c = np.random.default_rng(entropy);
    expect(again.random(3).tolist()).toEqual(c.random(3).tolist());
  });

  it("rejects seeds NumPy rejects", () => {
    expect(() => np.random.default_rng(-1)).toThrow("expected non-negative integer");
    expect(() => np.random.default_rng(1.5)).toThrow("SeedSequence expects int or sequence of ints for entropy not 1.5");
    expect(() => np.random.default_rng([1.5])).toThrow("seed must be integer");
    expect(() => np.random.default_rng(2 ** 60)).toThrow(np.TypeError);
  });

  it("SeedSequence generates NumPy's words and spawns independent children", () => {
    expect([...new np.random.SeedSequence(42).generate_state(4)]).toEqual([3444837047, 2669555309, 2046530742, 3581440988]);
    const parent = new np.random.SeedSequence(5);
    const [c0, c1] = parent.spawn(2);
    expect([c0.spawn_key, c1.spawn_key, parent.n_children_spawned]).toEqual([[0], [1], 2]);
    expect(String(c1)).toBe("SeedSequence(entropy=5, spawn_key=(1,))");
  });

  it("fills `out` in place and checks it", () => {
    const rng = np.random.default_rng(7);
    const out = np.zeros([2, 3]);
    expect(rng.random({ out })).toBe(out);
    expect(out.tolist()).toEqual(np.random.default_rng(7).random([2, 3]).tolist());
    expect(() => rng.standard_normal({ size: 4, out })).toThrow("size must match out.shape when used together");
    expect(() => rng.random({ out: np.zeros([3], "int64") })).toThrow("Supplied output array has the wrong type. Expected float64, got int64");
  });

  it("shuffles JS arrays, and arrays along an axis", () => {
    const rng = np.random.default_rng(3);
    const list = ["a", "b", "c", "d"];
    rng.shuffle(list);
    expect([...list].sort()).toEqual(["a", "b", "c", "d"]);
    expect(() => rng.shuffle(list, { axis: 1 })).toThrow("Axis argument is only supported on ndarray objects");
    const x = np.arange(12).reshape(3, 4);
    rng.shuffle(x, { axis: 1 });
    // Whole columns moved: every row keeps the same order of columns.
    expect(np.subtract(x, x.slice(0)).tolist()).toEqual([[0, 0, 0, 0], [4, 4, 4, 4], [8, 8, 8, 8]]);
    expect([...(x.slice(0).tolist() as number[])].sort()).toEqual([0, 1, 2, 3]);
  });
});
