// What exp-wasm.test.ts and exp-wasm-fused.test.ts share: np.exp's WebAssembly kernels
// (lib/libm/exp-wasm.ts) against the scalar exp of exp.ts (itself checked against glibc in
// libm.test.ts), bit for bit: millions of inputs of every kind the checked kernel's checks tell
// apart, and its layouts (steps, chunks, odd lengths, in place). Each test file runs in a
// process of its own, whose V8 flags choose the kernel.
import { describe, expect, it } from "vitest";
import { exp } from "../../../lib/libm/exp";
import { expArray, expKernel } from "../../../lib/libm/exp-wasm";

/** The LCG's doubles in [0, 1), reproducible. */
function uniform(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s + 0.5) / 2 ** 32;
  }
  return out;
}

const LN2_128 = Math.LN2 / 128;

/** Inputs by kind: what lessons pass, exp's whole range, every bit pattern, and its hard cases. */
export function inputs(kind: string, n: number, seed: number): Float64Array {
  const u = uniform(2 * n, seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = u[2 * i];
    const b = u[2 * i + 1];
    if (kind === "randn") x[i] = Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * b);
    else if (kind === "range") x[i] = (a - 0.5) * 1500; // overflow, subnormal results and underflow too
    else if (kind === "half") x[i] = (Math.floor((a - 0.5) * 2 ** 17) + 0.5) * LN2_128 * (1 + (b - 0.5) * 2 ** -40); // k near a tie
    else if (kind === "nearK") x[i] = Math.floor((a - 0.5) * 2 ** 17) * LN2_128 + (b - 0.5) * 2 ** -(20 + (i % 40)); // r near 0
    else if (kind === "tiny") x[i] = (a - 0.5) * 2 ** -(40 + (i % 30)); // around |x| = 2^-54
    else if (kind === "edges") x[i] = [709.782712893384, -708.3964185322641, -745.1332191019411, 512, -512, 1024][i % 6] * (1 + (a - 0.5) * 2 ** -(10 + (i % 43)));
    else if (kind !== "bits") throw new Error(kind);
  }
  if (kind === "bits") {
    const words = new Uint32Array(x.buffer);
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(u[i] * 2 ** 32);
  }
  return x;
}

/** Indices where `got` is not exp(x), bit for bit (every NaN alike). */
export function mismatches(x: Float64Array, got: Float64Array, xStep = 1, outStep = 1, n = x.length): string[] {
  const bad: string[] = [];
  for (let i = 0; i < n && bad.length < 5; i++) {
    const want = exp(x[i * xStep]);
    const y = got[i * outStep];
    if (!(Object.is(y, want) || (y !== y && want !== want))) bad.push(`exp(${x[i * xStep]}) = ${want}, got ${y}`);
  }
  return bad;
}

/** The kernel tests, for the kernel this process runs (`kernel`: the one expected here). */
export function describeKernel(kernel: "checked" | "fused"): void {
  describe(`exp's ${kernel} WebAssembly kernel`, () => {
    it(`is the one that runs here`, () => {
      expect(expKernel()).toBe(kernel);
    });

    for (const [kind, n] of [["randn", 2_000_000], ["range", 1_000_000], ["bits", 500_000], ["half", 200_000], ["nearK", 200_000], ["tiny", 100_000], ["edges", 100_000]] as const) {
      it(`gives the scalar exp's bits on ${n} "${kind}" inputs`, () => {
        const x = inputs(kind, n, n + kind.length);
        const out = new Float64Array(n);
        expArray(x, 0, 1, out, 0, 1, n);
        expect(mismatches(x, out)).toEqual([]);
      });
    }

    it("special values: zeros, subnormals, |x| < 2^-54, the range edges, infinities, NaN", () => {
      const x = Float64Array.from([
        0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, 2 ** -54, -(2 ** -54), 2 ** -54 * (1 - 2 ** -53), 2 ** -55, 2 ** -53,
        511.99999999999994, 512, -512, -511.99999999999994, 709.782712893384, 709.7827128933841, 709.79, -708.3964185322641,
        -708.4, -745.1332191019411, -745.1332191019412, -745.14, 1023.9999999999999, 1024, -1024, 1e300, -1e300,
        Infinity, -Infinity, NaN, -NaN, 1, -1, 0.5, LN2_128 / 2, -LN2_128 / 2, 1.7976931348623157e308, -1.7976931348623157e308,
      ]);
      const out = new Float64Array(x.length);
      expArray(x, 0, 1, out, 0, 1, x.length);
      expect(mismatches(x, out)).toEqual([]);
      expect(Object.is(out[0], 1) && Object.is(out[27], Infinity) && Object.is(out[28], 0)).toBe(true);
    });

    it("the rare inputs where one unfused multiply-add would change glibc's result", () => {
      // Found by searching 2·10^7 uniform inputs in ±30 and ±700 for those where computing
      // r²·(C2 + r·C3) + (tail + r) unfused (exp.ts's names) changes expInline's result: the
      // kernel's check of that multiply-add must flag each (without it, it returns a wrong bit).
      const x = Float64Array.from([
        -19.871045113541186, -194.94960673619062, 13.15162859391421, -426.40542679000646, -410.87704182136804,
        -22.069904138334095, 451.9950025482103, -16.01513730129227, 363.32584207411855, 29.413696483243257,
      ]);
      const out = new Float64Array(2 * x.length);
      expArray(x, 0, 1, out, 0, 2, x.length); // (also with a step: the threshold counts elements)
      const wide = Float64Array.from({ length: 32 }, (_, i) => x[i % x.length]);
      const wideOut = new Float64Array(32);
      expArray(wide, 0, 1, wideOut, 0, 1, 32);
      expect([...mismatches(x, out, 1, 2), ...mismatches(wide, wideOut)]).toEqual([]);
    });

    it("every length (odd ones, the small-array threshold, chunk boundaries), steps either way, in place", () => {
      const x = inputs("range", 40_000, 7);
      for (const n of [...Array.from({ length: 41 }, (_, i) => i), 8191, 8192, 8193, 16_385, 20_001]) {
        const out = new Float64Array(n);
        expArray(x, 3, 1, out, 0, 1, n);
        expect(mismatches(x.subarray(3), out, 1, 1, n), `n = ${n}`).toEqual([]);
      }
      const strided = new Float64Array(3 * 10_000);
      expArray(x, 0, 2, strided, 1, 3, 10_000);
      expect(mismatches(x, strided.subarray(1), 2, 3, 10_000)).toEqual([]);
      const reversed = new Float64Array(9000);
      expArray(x, 8999, -1, reversed, 0, 1, 9000);
      expect(mismatches(x.slice(0, 9000).reverse(), reversed)).toEqual([]);
      const same = x.slice(0, 20_000);
      expArray(same, 0, 1, same, 0, 1, 20_000);
      expect(mismatches(x, same, 1, 1, 20_000)).toEqual([]);
    });
  });
}
