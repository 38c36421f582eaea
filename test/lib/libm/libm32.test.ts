// lib/libm/float32 against NumPy's float32 functions (which call glibc's float functions): inputs
// of every range and every bit pattern, bit for bit.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acosf, asinf } from "../../../lib/libm/float32/asin";
import { acoshf, asinhf, atanhf } from "../../../lib/libm/float32/asinh";
import { atan2f, atanf } from "../../../lib/libm/float32/atan";
import { exp2f, expf } from "../../../lib/libm/float32/exp";
import { expm1f } from "../../../lib/libm/float32/expm1";
import { hypotf } from "../../../lib/libm/float32/hypot";
import { logf } from "../../../lib/libm/float32/log";
import { log10f } from "../../../lib/libm/float32/log10";
import { log1pf } from "../../../lib/libm/float32/log1p";
import { log2f } from "../../../lib/libm/float32/log2";
import { powf } from "../../../lib/libm/float32/pow";
import { cosf, sinf } from "../../../lib/libm/float32/sin";
import { coshf, sinhf } from "../../../lib/libm/float32/sinh";
import { tanf } from "../../../lib/libm/float32/tan";
import { tanhf } from "../../../lib/libm/float32/tanh";
import { log2 } from "../../../lib/libm/log2";
import { golden, type Golden, hashedFloats, num } from "../../golden";

const UNARY = {
  exp: expf, exp2: exp2f, log: logf, log2: log2f, log10: log10f, sin: sinf, cos: cosf, tan: tanf, tanh: tanhf, expm1: expm1f,
  log1p: log1pf, sinh: sinhf, cosh: coshf, arcsin: asinf, arccos: acosf, arctan: atanf, arcsinh: asinhf, arccosh: acoshf, arctanh: atanhf,
};
const BINARY = { power: powf, arctan2: atan2f, hypot: hypotf };
type Unary = keyof typeof UNARY;
type Binary = keyof typeof BINARY;

type Case =
  | { fn: Unary | Binary; kind: string; count: number; seed: number; ykind?: string; yseed?: number; sha256: string; first: Golden[][] }
  | ({ fn: "specials"; x: Golden[] } & Record<Unary, Golden[]>)
  | ({ fn: "pairspecials"; x: Golden[]; y: Golden[] } & Record<Binary, Golden[]>);

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
/** The 32 bits of a float32 result as hex; every NaN is one NaN (JavaScript keeps no payloads). */
const bits32 = (v: number): string => {
  F32[0] = v === v ? v : NaN;
  return U32[0].toString(16).padStart(8, "0");
};

describe("libm float32: bit-identical to NumPy's float32 functions (glibc 2.36, x86-64)", () => {
  for (const c of golden<Case[]>("libm32")) {
    if (c.fn === "specials") {
      it("special values: zeros, infinities, nan, subnormals, every function's range edges", () => {
        for (const fn of Object.keys(UNARY) as Unary[]) {
          c.x.forEach((x, i) => expect(bits32(UNARY[fn](num(x))), `${fn}(${String(x)})`).toBe(bits32(num(c[fn][i]))));
        }
      });
      continue;
    }
    if (c.fn === "pairspecials") {
      it(`power, arctan2 and hypot of ${c.x.length} pairs of special values (C99's special cases)`, () => {
        for (const fn of Object.keys(BINARY) as Binary[]) {
          c.x.forEach((x, i) => {
            expect(bits32(BINARY[fn](num(x), num(c.y[i]))), `${fn}(${String(x)}, ${String(c.y[i])})`).toBe(bits32(num(c[fn][i])));
          });
        }
      });
      continue;
    }
    const what = c.ykind === undefined ? `"${c.kind}" inputs` : `"${c.kind}" and "${c.ykind}" arguments`;
    it(`${c.fn} on ${c.count} float32 ${what}`, () => {
      const x = hashedFloats(c.kind, c.count, c.seed);
      const out = new Float32Array(c.count);
      if (c.fn === "power" || c.fn === "arctan2" || c.fn === "hypot") {
        const f = BINARY[c.fn];
        const y = hashedFloats(c.ykind as string, c.count, c.yseed as number);
        // "edge32" exponents aim y·log2(x) at powf's overflow and underflow thresholds.
        // (glibc's log2, as NumPy's: V8's Math.log2 may differ in the last bit.)
        if (c.ykind === "edge32") for (let i = 0; i < c.count; i++) y[i] = y[i] / log2(x[i]);
        for (let i = 0; i < c.count; i++) out[i] = f(x[i], y[i]);
        c.first.forEach(([xi, yi, zi], i) => {
          expect([x[i], y[i]]).toEqual([num(xi), num(yi)]);
          expect(bits32(out[i]), `${c.fn}(${x[i]}, ${y[i]})`).toBe(bits32(num(zi)));
        });
      } else {
        const f = UNARY[c.fn];
        for (let i = 0; i < c.count; i++) out[i] = f(x[i]);
        c.first.forEach(([xi, yi], i) => {
          expect(bits32(x[i])).toBe(bits32(num(xi)));
          expect(bits32(out[i]), `${c.fn}(${x[i]})`).toBe(bits32(num(yi)));
        });
      }
      for (let i = 0; i < c.count; i++) if (out[i] !== out[i]) out[i] = NaN;
      expect(createHash("sha256").update(new Uint8Array(out.buffer)).digest("hex")).toBe(c.sha256);
    });
  }
});
