// Replays test/golden/ufuncs.json (made by test/golden/make_ufuncs.py from NumPy, its SIMD code
// off, so glibc's libm) through numts's math ufuncs: values to the bit, dtype, shape, str, repr
// and NumPy's errors.
import * as np from "numts";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { bits, generated, golden, type Golden, type GoldenArray, num } from "../../golden";

type Arg =
  | { gen: { n: number; seed: number; scale: number; specials: boolean }; shape: number[]; T: boolean }
  | { array: GoldenArray }
  | { number: Golden };
interface Case {
  fn: string;
  args: Arg[];
  result?: GoldenArray;
  str?: string | null;
  repr?: string | null;
  error?: { type: string; message: string };
}

function decode(arg: Arg): np.ArrayLike {
  if ("number" in arg) return num(arg.number);
  if ("gen" in arg) {
    const a = np.array(generated(arg.gen.n, arg.gen.seed, arg.gen.scale, arg.gen.specials)).reshape(arg.shape);
    return arg.T ? a.T : a;
  }
  const data = arg.array.data.map(num);
  const dtype = arg.array.dtype as np.DType;
  return np.array(dtype === "bool" ? data.map((x) => x !== 0) : data, dtype).reshape(arg.array.shape);
}

const describeArg = (a: Arg): string =>
  "number" in a ? String(a.number) : "gen" in a ? `gen${JSON.stringify(a.shape)}${a.T ? ".T" : ""}` : `${a.array.dtype}${JSON.stringify(a.array.shape)}`;

const ufuncs = np as unknown as Record<string, (...args: np.ArrayLike[]) => np.NDArray>;

describe("math ufuncs match NumPy (test/golden/ufuncs.json)", () => {
  for (const c of golden<Case[]>("ufuncs")) {
    it(`${c.fn}(${c.args.map(describeArg).join(", ")})`, () => {
      const args = c.args.map(decode);
      if (c.error !== undefined) {
        expect(() => ufuncs[c.fn](...args)).toThrow(c.error.message);
        return;
      }
      const expected = c.result as GoldenArray;
      const a = ufuncs[c.fn](...args);
      expect(a.dtype).toBe(expected.dtype);
      expect(a.shape).toEqual(expected.shape);
      const got = Array.from(a.flatten().data, (v) => bits(v === v ? v : NaN));
      expect(got).toEqual(expected.data.map((v) => bits(num(v) === num(v) ? num(v) : NaN)));
      if (c.str != null) {
        expect(String(a)).toBe(c.str);
        expect(inspect(a)).toBe(c.repr);
      }
    });
  }
});
