// How the kernel's Node process is set up for numts's arrays; `npm run bench` runs numts the same
// way, so that its figures are the ones a notebook gets.
import { setFlagsFromString } from "node:v8";

/**
 * glibc's allocator settings, in the kernelspec's env (glibc reads them when the process starts).
 * By default glibc gives every large freed block back to the system and maps fresh pages for the
 * next one: each 10^6-element result (8 MB) then costs ~2,000 page faults, 2-3 ms, more than
 * computing it. With blocks up to 32 MiB taken from the heap, and up to 128 MiB of freed heap
 * kept for reuse, a result reuses the memory of the last one (0.2 faults; np.add of 10^6: 4.9 ->
 * 1.7 ms), as NumPy's allocator does. The price: up to 128 MiB freed but not returned.
 */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: String(32 * 2 ** 20),
  MALLOC_TRIM_THRESHOLD_: String(128 * 2 ** 20),
};

/**
 * V8 flags for numts: WebAssembly relaxed SIMD, whose fused multiply-add lets np.exp compute
 * glibc's very operations (lib/libm/exp-wasm.ts; 2x faster than its checked kernel). It is on by
 * default from Node 21 (V8 11.4); Node 20 has it behind this flag. numts tests at every call that
 * the multiply-add is fused, so results are glibc's either way.
 */
export function v8Flags(nodeVersion = process.versions.node): string[] {
  return Number(nodeVersion.split(".")[0]) === 20 ? ["--experimental-wasm-relaxed-simd"] : [];
}

/**
 * Sets the kernel's V8 flags: v8Flags, and no compilation cache. V8's compilation cache keeps
 * what it compiled for the life of the process: every cell run through vm (~1 KB each), and
 * eval'd sources over ~16 KB whole. Each cell is compiled once (and numts compiles its loops
 * once), so that cache saves nothing here and only grows. Set before TypeScript is loaded: V8
 * rejects a code cache (./code-cache) made with other flags.
 */
export function setKernelV8Flags(): void {
  setFlagsFromString("--no-compilation-cache");
  for (const flag of v8Flags()) setFlagsFromString(flag);
}
