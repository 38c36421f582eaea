// np.exp's fused WebAssembly kernel: glibc's very operations with relaxed SIMD's multiply-add,
// used where it is fused (hardware FMA). Node 20 has relaxed SIMD behind a flag, set here before
// the kernel's module is compiled (at the first call); without FMA the checked kernel runs.
import { execFileSync } from "node:child_process";
import { arch } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { hasFma } from "./cpu";
import { describeKernel } from "./exp-kernel";

setFlagsFromString("--experimental-wasm-relaxed-simd");
describeKernel(hasFma() ? "fused" : "checked");

describe("an engine whose relaxed multiply-add is not fused", () => {
  // V8 without FMA3 lowers relaxed_madd to a multiply and an add: the fused kernel's test at each
  // call must see it and leave the work to the checked kernel. CPU features are fixed when V8
  // starts, hence a process of its own, running the built package (npm test builds it first).
  it.runIf(arch() === "x64")("gets the checked kernel, and glibc's bits", () => {
    const dist = join(__dirname, "../../../lib/dist/libm");
    const script = `
      const { expArray, expKernel } = require(${JSON.stringify(join(dist, "exp-wasm.js"))});
      const { exp } = require(${JSON.stringify(join(dist, "exp.js"))});
      const x = Float64Array.from({ length: 200000 }, (_, i) => Math.sin(i) * 30 * Math.cos(i / 7));
      const out = new Float64Array(x.length);
      expArray(x, 0, 1, out, 0, 1, x.length);
      let mismatches = 0;
      for (let i = 0; i < x.length; i++) if (!Object.is(out[i], exp(x[i]))) mismatches++;
      console.log(JSON.stringify({ kernel: expKernel(), mismatches }));`;
    const output = execFileSync(process.execPath, ["--experimental-wasm-relaxed-simd", "--no-enable-fma3", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({ kernel: "checked", mismatches: 0 });
  });
});
