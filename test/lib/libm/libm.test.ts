// lib/libm's log and exp against NumPy (which calls glibc's): 2 million inputs, bit for bit.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exp } from "../../../lib/libm/exp";
import { fma } from "../../../lib/libm/fma";
import { log } from "../../../lib/libm/log";
import { bits, golden, type Golden, hashedDoubles, num } from "../../golden";

type Case =
  | { fn: "log" | "exp"; kind: string; count: number; seed: number; sha256: string; first: [number, Golden][] }
  | { fn: "specials"; x: Golden[]; log: Golden[]; exp: Golden[] };

const FUNCTIONS = { log, exp };

describe("libm: log and exp bit-identical to NumPy's (glibc)", () => {
  for (const c of golden<Case[]>("libm")) {
    if (c.fn === "specials") {
      it("special values: zeros, infinities, nan, range edges, subnormals", () => {
        c.x.forEach((x, i) => {
          expect(bits(log(num(x))), `log(${String(x)})`).toBe(bits(num(c.log[i])));
          expect(bits(exp(num(x))), `exp(${String(x)})`).toBe(bits(num(c.exp[i])));
        });
      });
      continue;
    }
    it(`${c.fn} on ${c.count} "${c.kind}" inputs`, () => {
      const f = FUNCTIONS[c.fn];
      const x = hashedDoubles(c.kind, c.count, c.seed);
      const y = x.map(f);
      c.first.forEach(([xi, yi], i) => {
        expect(x[i]).toBe(xi);
        expect(bits(y[i]), `${c.fn}(${xi})`).toBe(bits(num(yi)));
      });
      const digest = createHash("sha256").update(new Uint8Array(y.buffer)).digest("hex");
      expect(digest).toBe(c.sha256);
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
