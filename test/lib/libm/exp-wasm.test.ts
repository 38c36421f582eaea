// np.exp's checked WebAssembly kernel (what runs where relaxed SIMD is missing, as in Node 20),
// and np.exp's loops that call the kernel. exp-wasm-fused.test.ts tests the fused kernel.
import { setFlagsFromString } from "node:v8";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { exp } from "../../../lib/libm/exp";
import { describeKernel, inputs } from "./exp-kernel";

// Before the kernel's module is compiled (at the first call): no relaxed SIMD, the checked kernel.
setFlagsFromString("--no-experimental-wasm-relaxed-simd");
describeKernel("checked");

describe("np.exp's float64 loops use the kernel, every layout alike", () => {
  const values = inputs("range", 6000, 11);
  const expected = (a: np.NDArray) => (a.tolist() as number[] | number[][]).flat().map((v) => exp(v));
  const same = (got: np.NDArray, want: number[]) => {
    const flat = (got.tolist() as number[] | number[][]).flat();
    expect(flat.length).toBe(want.length);
    expect(flat.every((v, i) => Object.is(v, want[i]) || (v !== v && want[i] !== want[i]))).toBe(true);
  };

  it("contiguous, strided, transposed and reversed inputs", () => {
    const a = np.array(Array.from(values));
    same(np.exp(a), expected(a));
    for (const view of [a.slice("::3"), a.slice("::-1"), a.reshape(60, 100).T, a.reshape(100, 60).slice(":", "5:50")]) {
      same(np.exp(view), expected(view));
    }
  });

  it("out: in place, into a strided view, into float32", () => {
    const a = np.array(Array.from(values));
    const want = expected(a);
    const target = np.zeros(12_000);
    np.exp(a, { out: target.slice("::2") });
    same(target.slice("::2"), want);
    const f32 = np.zeros(6000, "float32");
    np.exp(a, { out: f32 });
    same(f32, want.map(Math.fround));
    np.exp(a, { out: a });
    same(a, want);
  });

  it("int64 input computes in float64; a 0-d array and float32 keep their own paths", () => {
    const ints = np.array(Array.from({ length: 100 }, (_, i) => i - 50), "int64");
    same(np.exp(ints), expected(ints));
    expect(np.exp(np.array(2.5)).item()).toBe(exp(2.5));
    expect(np.exp(np.array([1, 2], "float32")).dtype).toBe("float32");
  });
});
