// np.random.default_rng against NumPy's Generator on PCG64 (test/golden/generator.json, made by
// test/golden/make_generator.py): the same seed gives the same numbers, bit for bit, and the same
// mistakes give NumPy's errors. Also glibc's log1p, which the ziggurats' tails call.
import { createHash } from "node:crypto";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { log1p } from "../../../lib/libm/log1p";
import { bits, golden, type Golden, num } from "../../golden";
import { expectHashed, expectResult, type Hashed, replay, seeded, type Sequence, show } from "./replay";

interface Log1pCase {
  kind: "neg" | "wide" | "scaled";
  n: number;
  seed: number;
  sha256: string;
  first: [number, number][];
}

const data = golden<{ sequences: Sequence[]; hashed: Hashed[]; log1p: Log1pCase[]; log1p_specials: [Golden, Golden][] }>("generator");

describe("np.random.default_rng reproduces NumPy's Generator", () => {
  for (const seq of data.sequences) {
    it(`default_rng(${JSON.stringify(seq.seed)}): ${seq.calls.slice(0, 3).map(show).join(", ")}${seq.calls.length > 3 ? ", ..." : ""}`, () => {
      const target = seeded(seq.kind, seq.seed);
      seq.calls.forEach((call, i) => expectResult(() => replay(target, call), seq.results[i], `#${i} ${show(call)}`));
    });
  }
  for (const h of data.hashed) {
    it(`default_rng(${JSON.stringify(h.seed)}).${show(h.call)}: all ${h.shape.reduce((a, b) => a * b, 1)} values (SHA-256)`, () => expectHashed(h));
  }
});

describe("log1p is glibc's, bit for bit", () => {
  for (const c of data.log1p) {
    it(`${c.n} ${c.kind} inputs from default_rng(${c.seed})`, () => {
      const u = np.random.default_rng(c.seed).random(c.n).data as Float64Array;
      const x = u.map((v) => (c.kind === "neg" ? -v : c.kind === "wide" ? (v - 0.25) * 4 : (v - 0.5) * 2 ** ((Math.floor(v * 1e6) % 120) - 60)));
      c.first.forEach(([xi, yi], i) => expect([bits(x[i]), bits(log1p(x[i]))]).toEqual([bits(xi), bits(yi)]));
      const y = x.map(log1p);
      expect(createHash("sha256").update(new Uint8Array(y.buffer)).digest("hex")).toBe(c.sha256);
    });
  }
  it("at the edges of its ranges", () => {
    for (const [x, y] of data.log1p_specials) expect(bits(log1p(num(x))), `log1p(${x})`).toBe(bits(num(y)));
  });
});
