// Whether this CPU has fused multiply-add, so that V8's relaxed SIMD multiply-add is fused and
// np.exp runs its fused kernel (lib/libm/exp-wasm.ts): every arm64 CPU, and x86-64 ones with FMA3.
import { readFileSync } from "node:fs";
import { arch } from "node:os";

export function hasFma(): boolean {
  return arch() === "arm64" || (arch() === "x64" && /^flags\s*:.*\bfma\b/m.test(readFileSync("/proc/cpuinfo", "utf8")));
}
