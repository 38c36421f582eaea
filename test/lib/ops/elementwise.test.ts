// Element-wise functions: broadcasting, dtypes, the out option, methods.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("broadcasting and inputs", () => {
  it("accepts numbers, nested lists and arrays in any position", () => {
    expect(np.maximum(0, np.array([-1, 2])).tolist()).toEqual([0, 2]);
    expect(np.subtract(1, [0.25, 0.5]).tolist()).toEqual([0.75, 0.5]);
    expect(np.add([[1], [2]], [10, 20, 30]).tolist()).toEqual([[11, 21, 31], [12, 22, 32]]);
    expect(np.add(np.zeros([500, 4]), np.array([1, 2, 3, 4])).slice(499).tolist()).toEqual([1, 2, 3, 4]);
    expect(np.multiply(np.ones([3, 1]), np.ones([1, 4])).shape).toEqual([3, 4]);
  });

  it("numbers in give a 0-d array out, which prints like a Python float", () => {
    const x = np.add(1, 2);
    expect(x.ndim).toBe(0);
    expect(x.item()).toBe(3);
    expect(np.exp(0).item()).toBe(1);
    expect(np.greater(2, 1).tolist()).toBe(true);
  });

  it("mismatched shapes give NumPy's message", () => {
    expect(() => np.add(np.zeros(3), np.zeros(4))).toThrow("operands could not be broadcast together with shapes (3,) (4,) ");
  });
});

describe("dtypes follow NumPy 2's promotion (JS numbers are weak: whole ones act as Python ints, others as floats)", () => {
  const i = np.array([1, 2, 3], "int64");
  const b = np.array([true, false, true]);
  it("int64 with int64 or a whole number stays int64; with a fraction or float array, float64", () => {
    expect(np.add(i, i).dtype).toBe("int64");
    expect(np.multiply(i, b).dtype).toBe("int64");
    expect(np.add(i, 1).dtype).toBe("int64");
    expect(np.add(i, 1.5).dtype).toBe("float64");
    expect(np.add(i, np.ones(3)).dtype).toBe("float64");
    expect(np.add(b, 1).dtype).toBe("int64");
    expect(np.add(1, 2).dtype).toBe("float64"); // numbers alone: float64, as np.array([1, 2]) is
    expect(np.divide(i, i).dtype).toBe("float64");
    expect(np.maximum(i, i).dtype).toBe("int64");
    expect(np.negative(i).tolist()).toEqual([-1, -2, -3]);
    expect(Object.is(np.multiply(np.array([0], "int64"), np.array([-3], "int64")).get(0), 0)).toBe(true);
  });
  it("bool with bool: add is OR, multiply AND; subtract and negative refuse, as in NumPy", () => {
    expect(np.add(b, b).tolist()).toEqual([true, false, true]);
    expect(np.multiply(b, np.array([true, true, false])).tolist()).toEqual([true, false, false]);
    expect(() => np.subtract(b, b)).toThrow(np.TypeError);
    expect(() => np.negative(b)).toThrow("The numpy boolean negative, the `-` operator, is not supported");
  });
  it("comparisons and logical functions give bool arrays", () => {
    expect(np.greater([1, 2, 3], 2).dtype).toBe("bool");
    expect(np.logical_and([1, 0, NaN], [1, 1, 1]).tolist()).toEqual([true, false, true]);
    expect(np.logical_not([0, 2]).tolist()).toEqual([true, false]);
    expect(np.logical_xor([true, true], [true, false]).tolist()).toEqual([false, true]);
  });
  it("integer powers refuse negative exponents", () => {
    expect(() => np.power(i, np.array([-1, 1, 1], "int64"))).toThrow("Integers to negative integer powers are not allowed.");
  });
});

describe("floating point specials behave as in NumPy", () => {
  it("division by zero, NaN propagation in maximum/minimum, log of 0", () => {
    expect(np.divide([1, -1, 0], 0).tolist()).toEqual([Infinity, -Infinity, NaN]);
    expect(np.maximum([NaN, 1], [0, NaN]).tolist()).toEqual([NaN, NaN]);
    expect(np.minimum([NaN, 1], [0, 2]).tolist()).toEqual([NaN, 1]);
    expect(np.log([0, -1]).tolist()).toEqual([-Infinity, NaN]);
    expect(np.sqrt([-1]).tolist()).toEqual([NaN]);
    expect(np.clip([NaN, -2, 5], 0, 1).tolist()).toEqual([NaN, 0, 1]);
  });
});

describe("np.clip takes its bounds as NumPy 2.1 does", () => {
  const x = np.array([-2, 0.5, 3]);
  it("positionally, by the names min/max or a_min/a_max, and one side open", () => {
    expect(np.clip(x, 0, 1).tolist()).toEqual([0, 0.5, 1]);
    expect(np.clip(x, { min: 0, max: 1 }).tolist()).toEqual([0, 0.5, 1]);
    expect(np.clip(x, { a_min: 0, a_max: 1 }).tolist()).toEqual([0, 0.5, 1]);
    expect(np.clip(x, { min: 0 }).tolist()).toEqual([0, 0.5, 3]);
    expect(np.clip(x, { max: 1 }).tolist()).toEqual([-2, 0.5, 1]);
    expect(np.clip(x, null, 1).tolist()).toEqual([-2, 0.5, 1]);
    const clipped = np.clip(x);
    expect(clipped.tolist()).toEqual([-2, 0.5, 3]);
    expect(clipped).not.toBe(x);
    expect(x.clip({ min: 0 }).tolist()).toEqual([0, 0.5, 3]);
    expect(x.clip({ max: 1 }).tolist()).toEqual([-2, 0.5, 1]);
    expect(x.clip().tolist()).toEqual([-2, 0.5, 3]);
    const out = np.zeros(3);
    expect(np.clip(x, { min: 0, out })).toBe(out);
    expect(np.clip(x, { out }).tolist()).toEqual([-2, 0.5, 3]);
  });
  it("refuses what NumPy refuses, with NumPy's messages", () => {
    expect(() => np.clip(x, 0, 1, { min: 0 })).toThrow("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
    expect(() => np.clip(x, { a_min: 0, min: 0 })).toThrow("clip() missing 1 required positional argument: 'a_max'");
    expect(() => (np.clip as (...a: unknown[]) => np.NDArray)(x, 0)).toThrow("clip() missing 1 required positional argument: 'a_max'");
    expect(() => np.clip(x, { a_max: 1 })).toThrow("clip() missing 1 required positional argument: 'a_min'");
    expect(() => np.clip(x, { foo: 1 } as never)).toThrow("clip() got an unexpected keyword argument 'foo'");
    expect(() => x.clip({ a_min: 0 } as never)).toThrow("clip() got an unexpected keyword argument 'a_min'");
  });
});

describe("the out option (NumPy's out=) and methods", () => {
  it("writes into an existing array and returns it: w -= g", () => {
    const w = np.array([1, 2, 3]);
    const r = np.subtract(w, np.array([1, 1, 1]), { out: w });
    expect(r).toBe(w);
    expect(w.tolist()).toEqual([0, 1, 2]);
    const view = np.zeros([2, 3]).T;
    np.add(view, 1, { out: view });
    expect(view.tolist()).toEqual([[1, 1], [1, 1], [1, 1]]);
  });

  it("reads old values when out overlaps an input in another layout", () => {
    const a = np.arange(5);
    np.add(a.slice(":-1"), a.slice("1:"), { out: a.slice("1:") });
    expect(a.tolist()).toEqual([0, 1, 3, 5, 7]);
  });

  it("checks shape and casting like NumPy", () => {
    expect(() => np.subtract(np.zeros(3), np.ones([3, 3]), { out: np.zeros(3) })).toThrow(
      "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (3,3)",
    );
    expect(() => np.subtract(np.zeros(3, "int64"), np.ones(3), { out: np.zeros(3, "int64") })).toThrow(
      "Cannot cast ufunc 'subtract' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
    );
    const f = np.zeros(2);
    np.greater([1, 0], 0, { out: f });
    expect(f.tolist()).toEqual([1, 0]);
  });

  it("every function is also a method", () => {
    const x = np.array([-1, 4]);
    expect(x.add(1).sub(1).mul(2).div(2).pow(2).tolist()).toEqual([1, 16]);
    expect(x.neg().tolist()).toEqual([1, -4]);
    expect(x.abs().sqrt().tolist()).toEqual([1, 2]);
    expect(x.maximum(0).minimum(3).tolist()).toEqual([0, 3]);
    expect(x.clip(0, null).tolist()).toEqual([0, 4]);
    expect([x.gt(0), x.ge(4), x.lt(0), x.le(-1), x.eq(4), x.ne(4)].map((m) => m.tolist())).toEqual([
      [false, true], [false, true], [true, false], [true, false], [false, true], [true, false],
    ]);
    expect(x.exp().log().tolist()).toEqual([-1, 4]);
    expect(x.tanh().get(0)).toBeCloseTo(Math.tanh(-1), 15);
    expect(x.gt(0).logical_and(x.lt(5)).logical_or(false).logical_not().tolist()).toEqual([true, false]);
  });
});

describe("the fast path (contiguous operands, numbers, one-element arrays, a row) gives what the general path gives", () => {
  // The same values in a strided view, which only the general path takes.
  const strided = (x: np.NDArray): np.NDArray => np.stack([x, x], -1).slice("...", 0);
  const same = (fast: np.NDArray, general: np.NDArray): void => {
    expect(fast.dtype).toBe(general.dtype);
    expect(fast.shape).toEqual(general.shape);
    expect(fast.strides).toEqual(general.strides);
    expect(fast.tolist()).toEqual(general.tolist());
  };
  np.random.seed(3);
  const m = np.random.randn(5, 6);
  const row = np.random.randn(6);
  const ints = np.array([[1, -2, 3], [4, 5, -6]], "int32");
  const cases: [string, np.NDArray | number, np.NDArray | number][] = [
    ["same shape", m, np.random.randn(5, 6)],
    ["array and number", m, 0.5],
    ["number and array", 2, m],
    ["array and row", m, row],
    ["row and array", row, m],
    ["array and a (1, 6) row", m, row.reshape(1, 6)],
    ["array and a one-element array", m, np.array([0.25])],
    ["one-element array and array", np.array([[0.25]]), m],
    ["a row of one element along the last axis", np.random.randn(5, 1), np.array([3])],
    ["0-d arrays", np.array(1.5), np.array(2)],
    ["int32 and a row of int32", ints, np.array([7, 8, 9], "int32")],
    ["int32 and a float", ints, 2.5],
    ["bool and float64", ints.gt(0), np.random.randn(2, 3)],
  ];
  for (const [name, a, b] of cases) {
    it(name, () => {
      const general = (x: np.NDArray | number): np.NDArray | number => (typeof x === "number" || x.size < 2 ? x : strided(x));
      for (const op of [np.add, np.subtract, np.multiply, np.divide, np.maximum, np.greater, np.equal, np.power, np.remainder]) {
        same(op(a, b), op(general(a), general(b)));
      }
    });
  }
  it("contiguous slices that start inside their buffer or end before its end", () => {
    const head = np.arange(12).slice(":6").reshape(2, 3);
    same(np.add(head, head), np.add(strided(head), strided(head)));
    same(np.add(head, np.arange(3)), np.add(strided(head), strided(np.arange(3))));
    same(np.exp(head), np.exp(strided(head)));
    const x = np.arange(12).reshape(3, 4).slice("1:");
    same(np.multiply(x, 3), np.multiply(strided(x), 3));
    same(np.negative(x), np.negative(strided(x)));
    same(np.add(x, np.arange(4)), np.add(strided(x), strided(np.arange(4))));
  });
  it("unary functions and where", () => {
    same(np.exp(m), np.exp(strided(m)));
    same(np.sqrt(ints), np.sqrt(strided(ints)));
    same(np.where(m.gt(0), m, 0), np.where(strided(m.gt(0)), strided(m), 0));
    same(np.where(m.gt(0), 1, np.array([-1])), np.where(strided(m.gt(0)), 1, np.array([-1])));
  });
  it("out: in place, into another array, and overlapping an input", () => {
    const w = m.copy();
    expect(np.subtract(w, row, { out: w })).toBe(w);
    same(w, np.subtract(strided(m), strided(row)));
    const into = np.zeros([5, 6]);
    np.multiply(m, 2, { out: into });
    same(into, np.multiply(strided(m), 2));
    const r = np.arange(3);
    np.add(r, np.ones(3), { out: r });
    expect(r.tolist()).toEqual([1, 2, 3]);
    // out holds the row: the second row of sums reads the row as it was, as in NumPy.
    const b = np.arange(6);
    np.add(np.ones([2, 3]), b.slice(":3"), { out: b.reshape(2, 3) });
    expect(b.tolist()).toEqual([1, 2, 3, 1, 2, 3]);
    expect(() => np.add(m, row, { out: np.zeros(6) })).toThrow("non-broadcastable output operand with shape (6,) doesn't match the broadcast shape (5,6)");
  });
});

describe("where", () => {
  it("selects element-wise with broadcasting, or lists true positions", () => {
    const z = np.array([-1, 2, -3]);
    expect(np.where(z.gt(0), 1.0, 0.0).tolist()).toEqual([0, 1, 0]);
    expect(np.where(z.gt(0), z, np.zeros([2, 1])).shape).toEqual([2, 3]);
    expect(np.where(z.gt(0)).map((a) => a.tolist())).toEqual([[1]]);
    expect(np.where(np.eye(2)).map((a) => a.tolist())).toEqual([[0, 1], [0, 1]]);
    expect(() => np.where(z, 1 as never, undefined as never)).toThrow("either both or neither of x and y should be given");
  });
});

describe("memory order of results (NumPy's K order)", () => {
  it("a result keeps the memory order of its inputs", () => {
    const t = np.zeros([3, 4]).T;
    expect(np.add(t, 1).strides).toEqual([1, 4]);
    expect(np.add(np.zeros([3, 4]), t.T).strides).toEqual([4, 1]);
    expect(np.add(np.arange(4).slice("::-1"), 1).strides).toEqual([1]);
    expect(t.astype("int64").strides).toEqual([1, 4]);
  });
});
