// lib/libm against NumPy (which calls glibc's libm): millions of inputs, bit for bit.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acos, asin } from "../../../lib/libm/asin";
import { acosh, asinh, atanh } from "../../../lib/libm/asinh";
import { atan } from "../../../lib/libm/atan";
import { atan2 } from "../../../lib/libm/atan2";
import { exp } from "../../../lib/libm/exp";
import { exp2 } from "../../../lib/libm/exp2";
import { expm1 } from "../../../lib/libm/expm1";
import { fma } from "../../../lib/libm/fma";
import { hypot } from "../../../lib/libm/hypot";
import { log } from "../../../lib/libm/log";
import { log10 } from "../../../lib/libm/log10";
import { log1p } from "../../../lib/libm/log1p";
import { log2 } from "../../../lib/libm/log2";
import { pow } from "../../../lib/libm/pow";
import { cos, sin } from "../../../lib/libm/sin";
import { cosh, sinh } from "../../../lib/libm/sinh";
import { tan } from "../../../lib/libm/tan";
import { tanh } from "../../../lib/libm/tanh";
import { bits, golden, type Golden, hashedDoubles, num } from "../../golden";

const UNARY = { log, exp, sin, cos, tan, tanh, expm1, log1p, log2, log10, exp2, atan, asin, acos, sinh, cosh, asinh, acosh, atanh };
const BINARY = { pow, atan2, hypot };
type Unary = keyof typeof UNARY;
type Binary = keyof typeof BINARY;

type Case =
  | { fn: Unary | Binary; kind: string; count: number; seed: number; ykind?: string; yseed?: number; sha256: string; first: Golden[][] }
  | ({ fn: "specials"; x: Golden[] } & Record<Unary, Golden[]>)
  | ({ fn: "pairspecials"; x: Golden[]; y: Golden[] } & Record<Binary, Golden[]>);

/** Bits of a result; every NaN is one NaN (JavaScript keeps no payloads), as the golden file stores it. */
const resultBits = (v: number): string => bits(v === v ? v : NaN);

describe("libm: bit-identical to NumPy's float64 functions (glibc 2.36, x86-64)", () => {
  for (const c of golden<Case[]>("libm")) {
    if (c.fn === "specials") {
      it("special values: zeros, infinities, nan, subnormals, every function's range edges", () => {
        for (const fn of Object.keys(UNARY) as Unary[]) {
          c.x.forEach((x, i) => expect(resultBits(UNARY[fn](num(x))), `${fn}(${String(x)})`).toBe(resultBits(num(c[fn][i]))));
        }
      });
      continue;
    }
    if (c.fn === "pairspecials") {
      it(`pow, atan2 and hypot of ${c.x.length} pairs of special values (C99's special cases)`, () => {
        for (const fn of Object.keys(BINARY) as Binary[]) {
          c.x.forEach((x, i) => {
            const got = BINARY[fn](num(x), num(c.y[i]));
            expect(resultBits(got), `${fn}(${String(x)}, ${String(c.y[i])})`).toBe(resultBits(num(c[fn][i])));
          });
        }
      });
      continue;
    }
    const what = c.ykind === undefined ? `"${c.kind}" inputs` : `"${c.kind}" and "${c.ykind}" arguments`;
    it(`${c.fn} on ${c.count} ${what}`, () => {
      const x = hashedDoubles(c.kind, c.count, c.seed);
      const out = new Float64Array(c.count);
      if (c.fn === "pow" || c.fn === "atan2" || c.fn === "hypot") {
        const f = BINARY[c.fn];
        const y = hashedDoubles(c.ykind as string, c.count, c.yseed as number);
        // "edge" exponents aim y·log(x) at exp's overflow and underflow thresholds.
        if (c.ykind === "edge") for (let i = 0; i < c.count; i++) y[i] /= log(x[i]);
        for (let i = 0; i < c.count; i++) out[i] = f(x[i], y[i]);
        c.first.forEach(([xi, yi, zi], i) => {
          expect([x[i], y[i]]).toEqual([num(xi), num(yi)]);
          expect(resultBits(out[i]), `${c.fn}(${x[i]}, ${y[i]})`).toBe(resultBits(num(zi)));
        });
      } else {
        const f = UNARY[c.fn];
        for (let i = 0; i < c.count; i++) out[i] = f(x[i]);
        c.first.forEach(([xi, yi], i) => {
          expect(x[i]).toBe(num(xi));
          expect(resultBits(out[i]), `${c.fn}(${x[i]})`).toBe(resultBits(num(yi)));
        });
      }
      for (let i = 0; i < c.count; i++) if (out[i] !== out[i]) out[i] = NaN;
      expect(createHash("sha256").update(new Uint8Array(out.buffer)).digest("hex")).toBe(c.sha256);
    });
  }
});

describe("fma", () => {
  it("rounds a·b + c once", () => {
    const e = 2 ** -52;
    // (1 + e)(1 - e) - 1 = -e² exactly; without fusing, the product rounds to 1 and the result to 0.
    expect(fma(1 + e, 1 - e, -1)).toBe(-(e * e));
    expect(fma(2, 3, 4)).toBe(10);
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
    expect(fma(-0.5, 2, 1)).toBe(0);
  });
});
