// Replays test/golden/print.json (made by test/golden/make_print.py from NumPy): str, repr and
// array2string of arrays of every dtype and rank, under many print options, character for character.
import { inspect } from "node:util";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { golden, type GoldenArray, num } from "../../golden";

interface Case {
  array: GoldenArray;
  options: Partial<np.PrintOptions>;
  str: string;
  repr: string;
  array2string: string;
}

function build(a: GoldenArray): np.NDArray {
  const values = a.data.map(num);
  const dtype = a.dtype as np.DType;
  return np.array(dtype === "bool" ? values.map((v) => v !== 0) : values, dtype).reshape(a.shape);
}

const cases = golden<Case[]>("print");

describe("printing matches NumPy (test/golden/print.json)", () => {
  cases.forEach((c, i) => {
    it(`case ${i}: ${c.array.dtype}${JSON.stringify(c.array.shape)} ${JSON.stringify(c.options)}`, () => {
      const a = build(c.array);
      np.printoptions(c.options, () => {
        expect(String(a)).toBe(c.str);
        expect(np.array2string(a, { separator: ", ", prefix: "  " })).toBe(c.array2string);
      });
      np.printoptions(c.options, () => {
        expect(np.array_repr(a)).toBe(c.repr);
        expect(inspect(a)).toBe(c.repr); // console.log and notebooks show repr
      });
    });
  });
});

describe("print options", () => {
  it("set_printoptions changes later printing; get_printoptions reads it back", () => {
    const saved = np.get_printoptions();
    try {
      np.set_printoptions({ precision: 3, suppress: true });
      expect(String(np.array([1 / 3, 1e-9]))).toBe("[0.333 0.   ]");
      expect(np.get_printoptions().precision).toBe(3);
    } finally {
      np.set_printoptions(saved);
    }
    expect(String(np.array([1 / 3]))).toBe("[0.33333333]");
  });

  it("printoptions restores the options even when the callback throws", () => {
    expect(() =>
      np.printoptions({ precision: 1 }, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(np.get_printoptions().precision).toBe(8);
    expect(np.printoptions({ precision: 2 }, () => String(np.array([Math.PI])))).toBe("[3.14]");
  });

  it("refuses bad options with NumPy's messages", () => {
    expect(() => np.set_printoptions({ precision: 1.5 })).toThrow("precision must be an integer");
    expect(() => np.set_printoptions({ floatmode: "x" as never })).toThrow('floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"');
    expect(() => np.set_printoptions({ sign: "x" as never })).toThrow("sign option must be one of ' ', '+', or '-'");
    expect(() => np.set_printoptions({ foo: 1 } as never)).toThrow("set_printoptions() got an unexpected keyword argument 'foo'");
  });

  it("array2string, array_str and array_repr accept nested lists", () => {
    expect(np.array2string([1.5, 2, 3], { separator: ", " })).toBe("[1.5, 2. , 3. ]");
    expect(np.array2string([Math.PI, Math.E], { precision: 3 })).toBe("[3.142 2.718]");
    expect(np.array_str([[1, 2]])).toBe("[[1. 2.]]");
    expect(np.array_repr([true])).toBe("array([ True])");
  });

  it("0-d arrays print like NumPy scalars: str like a Python float, repr as array(...)", () => {
    expect(String(np.array(36))).toBe("36.0");
    expect(String(np.add(1e-5, 0))).toBe("1e-05");
    expect(String(np.array(3, "int64"))).toBe("3");
    expect(inspect(np.array(0.5))).toBe("array(0.5)");
    expect(`${np.greater(2, 1)}`).toBe("True");
  });

  it("console.log of an object holding arrays shows their repr", () => {
    expect(inspect({ w: np.array([1, 2]) })).toBe("{ w: array([1., 2.]) }");
  });
});
