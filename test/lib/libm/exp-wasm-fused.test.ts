// np.exp's fused WebAssembly kernel: glibc's very operations with relaxed SIMD's multiply-add,
// used where it is fused (hardware FMA). Node 20 has relaxed SIMD behind a flag, set here before
// the kernel's module is compiled (at the first call); without FMA the checked kernel runs.
import { readFileSync } from "node:fs";
import { arch } from "node:os";
import { setFlagsFromString } from "node:v8";
import { describeKernel } from "./exp-kernel";

setFlagsFromString("--experimental-wasm-relaxed-simd");
const fma = arch() === "arm64" || (arch() === "x64" && /^flags\s*:.*\bfma\b/m.test(readFileSync("/proc/cpuinfo", "utf8")));
describeKernel(fma ? "fused" : "checked");
