// Keyword arguments: Python's binding of positional arguments and a trailing options object.
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { bindArgs, checkOptions, isOptions } from "../../../lib/core/args";

const LINSPACE = { name: "linspace", params: ["start", "stop", "num", "endpoint"], required: 2, unsupported: ["device"] };

describe("bindArgs", () => {
  it("takes any parameter positionally or by keyword, as Python does", () => {
    expect(bindArgs(LINSPACE, [0, 1, 5])).toEqual({ start: 0, stop: 1, num: 5 });
    expect(bindArgs(LINSPACE, [0, 1, { num: 5, endpoint: false }])).toEqual({ start: 0, stop: 1, num: 5, endpoint: false });
    expect(bindArgs(LINSPACE, [{ start: 0, stop: 1 }])).toEqual({ start: 0, stop: 1 });
    // JavaScript's "not given": trailing undefined arguments and undefined options.
    expect(bindArgs(LINSPACE, [0, 1, undefined, { num: undefined }])).toEqual({ start: 0, stop: 1 });
  });

  it("says what is wrong with Python's messages", () => {
    expect(() => bindArgs(LINSPACE, [0, 1, { nmu: 3 }])).toThrow("linspace() got an unexpected keyword argument 'nmu'");
    expect(() => bindArgs(LINSPACE, [0, 1, 3, { num: 3 }])).toThrow("linspace() got multiple values for argument 'num'");
    expect(() => bindArgs(LINSPACE, [0])).toThrow("linspace() missing 1 required positional argument: 'stop'");
    expect(() => bindArgs(LINSPACE, [])).toThrow("linspace() missing 2 required positional arguments: 'start' and 'stop'");
    expect(() => bindArgs(LINSPACE, [0, 1, 2, true, 5])).toThrow("linspace() takes from 2 to 4 positional arguments but 5 were given");
    expect(() => bindArgs(LINSPACE, [0, 1, { device: "cpu" }])).toThrow("linspace(): numts does not support NumPy's argument 'device'");
    expect(() => bindArgs(LINSPACE, [0, 1, { nmu: 3 }])).toThrow(np.TypeError);
  });

  it("treats only plain objects as options (arrays, NDArrays and typed arrays are values)", () => {
    expect(isOptions({ axis: 0 })).toBe(true);
    expect(isOptions(Object.create(null))).toBe(true);
    for (const value of [[1, 2], np.zeros(2), new Float64Array(2), null, 3, "C"]) expect(isOptions(value)).toBe(false);
  });

  it("checkOptions checks an options object alone", () => {
    expect(() => checkOptions("sum", { axes: 0 }, ["axis", "keepdims"])).toThrow("sum() got an unexpected keyword argument 'axes'");
    expect(() => checkOptions("sum", { axis: 0 }, ["axis", "keepdims"])).not.toThrow();
  });
});

describe("keyword arguments across numts", () => {
  const x = np.array([[1, 2], [3, 4]]);

  it("are accepted wherever NumPy accepts them", () => {
    expect(np.linspace(-5, 5, { num: 9 }).size).toBe(9);
    expect(np.sum(x, 0).tolist()).toEqual([4, 6]);
    expect(x.sum(1, { keepdims: true }).shape).toEqual([2, 1]);
    expect(x.max(0).tolist()).toEqual([3, 4]);
    expect(np.argmax(x, 1).tolist()).toEqual([1, 1]);
    expect(x.std(0, { ddof: 1 }).tolist()).toEqual([Math.SQRT2, Math.SQRT2]);
    expect((np.zeros as (...a: unknown[]) => np.NDArray)({ shape: [2], dtype: "int64" }).dtype).toBe("int64");
    expect(np.eye(3, { k: 1 }).get(0, 1)).toBe(1);
    expect(np.arange(0, 1, { step: 0.5 }).tolist()).toEqual([0, 0.5]);
    expect(np.array([1, 2], { ndmin: 2 }).shape).toEqual([1, 2]);
    expect(x.astype("int64", { copy: false }).dtype).toBe("int64");
    expect(np.array_str(np.array([Math.PI]), { precision: 2 })).toBe("[3.14]");
  });

  it("are refused, never ignored, when unknown or not implemented", () => {
    expect(() => np.linspace(0, 1, { nmu: 3 } as never)).toThrow("linspace() got an unexpected keyword argument 'nmu'");
    expect(() => np.sum(x, { axes: 0 } as never)).toThrow("sum() got an unexpected keyword argument 'axes'");
    expect(() => np.sum(x, { where: x.gt(1) } as never)).toThrow("sum(): numts does not support NumPy's argument 'where'");
    expect(() => np.add(x, 1, { casting: "unsafe" } as never)).toThrow("add(): numts does not support NumPy's argument 'casting'");
    expect(() => np.exp(x, { outt: x } as never)).toThrow("exp() got an unexpected keyword argument 'outt'");
    expect(() => (np.dot as (...a: unknown[]) => unknown)(x, x, { out: x })).toThrow("dot(): numts does not support NumPy's argument 'out'");
    expect(() => np.array2string(x, { precison: 3 } as never)).toThrow("array2string() got an unexpected keyword argument 'precison'");
  });

  it("let ufunc outputs take inputs that broadcast up to them, as NumPy does", () => {
    const out = np.zeros([2, 3]);
    np.add(np.ones(3), 1, { out });
    expect(out.tolist()).toEqual([[2, 2, 2], [2, 2, 2]]);
    expect(() => np.add(np.zeros([2, 3]), np.zeros(3), { out: np.zeros([3, 3]) })).toThrow(
      "operands could not be broadcast together with shapes (2,3) (3,) (3,3) ",
    );
  });
});
