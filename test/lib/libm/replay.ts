// What libm.test.ts (float64) and libm32.test.ts (float32) share: replaying a golden file of
// test/golden/make_libm*.py against numts's functions, special values and pairs first, then
// millions of hashed inputs per function, compared bit for bit (the first results one by one,
// all of them by a SHA-256 of the results' bytes).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { golden, type Golden, num } from "../../golden";

type Unary = (x: number) => number;
/** An array kernel of a unary function: out[i] = f(x[i]) for every i. */
type Row = (x: Float64Array, out: Float64Array) => void;
type Binary = (x: number, y: number) => number;

/** One float width's functions and how its golden file was made. */
export interface LibmSuite<U extends string, B extends string> {
  /** The describe block's title. */
  title: string;
  /** The golden file's name (test/golden/<name>.json). */
  file: string;
  /** In the test titles: "float32 " or "". */
  width: string;
  unary: Record<U, Unary>;
  binary: Record<B, Binary>;
  /** The hashed inputs of a kind, as the golden script drew them (golden.ts's hashedDoubles, hashedFloats). */
  inputs: (kind: string, count: number, seed: number) => Float64Array | Float32Array;
  /** An array that rounds results to the width. */
  output: (count: number) => Float64Array | Float32Array;
  /** A value's bits as hex in this width; every NaN the same (JavaScript keeps no payloads). */
  bits: (v: number) => string;
  /** The kind of exponents aimed at overflow and underflow: each y divided by `edge.log(x)`. */
  edge: { kind: string; log: Unary };
  /** Array kernels (float64) replayed on the same inputs, whose results must be the scalar function's. */
  rows?: Partial<Record<U, Row>>;
}

/** Hashed inputs of one function: how to draw them, the first results, and the SHA-256 of all. */
interface Hashed {
  fn: string;
  kind: string;
  count: number;
  seed: number;
  ykind?: string;
  yseed?: number;
  sha256: string;
  first: Golden[][];
}
/** Special values ("specials": x and each function's results; "pairspecials": x, y and each binary function's). */
type Specials = { fn: "specials" | "pairspecials"; x: Golden[]; y: Golden[] } & Record<string, Golden[]>;

export function replayLibm<U extends string, B extends string>(s: LibmSuite<U, B>): void {
  const unaryNames = Object.keys(s.unary) as U[];
  const binaryNames = Object.keys(s.binary) as B[];
  const isBinary = (fn: string): fn is B => (binaryNames as string[]).includes(fn);
  describe(s.title, () => {
    for (const c of golden<(Hashed | Specials)[]>(s.file)) {
      if (c.fn === "specials") {
        const sc = c as Specials;
        it("special values: zeros, infinities, nan, subnormals, every function's range edges", () => {
          for (const fn of unaryNames) {
            sc.x.forEach((x, i) => expect(s.bits(s.unary[fn](num(x))), `${fn}(${String(x)})`).toBe(s.bits(num(sc[fn][i]))));
            const row = s.rows?.[fn];
            if (row === undefined) continue;
            const xs = Float64Array.from(sc.x, num);
            const ys = new Float64Array(xs.length);
            row(xs, ys);
            xs.forEach((x, i) => expect(s.bits(ys[i]), `${fn}'s array kernel at ${x}`).toBe(s.bits(num(sc[fn][i]))));
          }
        });
        continue;
      }
      if (c.fn === "pairspecials") {
        const pc = c as Specials;
        it(`${binaryNames.join(", ")} of ${pc.x.length} pairs of special values (C99's special cases)`, () => {
          for (const fn of binaryNames) {
            pc.x.forEach((x, i) => {
              const got = s.binary[fn](num(x), num(pc.y[i]));
              expect(s.bits(got), `${fn}(${String(x)}, ${String(pc.y[i])})`).toBe(s.bits(num(pc[fn][i])));
            });
          }
        });
        continue;
      }
      const hc = c as Hashed;
      const what = hc.ykind === undefined ? `"${hc.kind}" inputs` : `"${hc.kind}" and "${hc.ykind}" arguments`;
      it(`${hc.fn} on ${hc.count} ${s.width}${what}`, () => {
        const x = s.inputs(hc.kind, hc.count, hc.seed);
        const out = s.output(hc.count);
        const fn = hc.fn;
        if (isBinary(fn)) {
          const f = s.binary[fn];
          const y = s.inputs(hc.ykind as string, hc.count, hc.yseed as number);
          if (hc.ykind === s.edge.kind) for (let i = 0; i < hc.count; i++) y[i] = y[i] / s.edge.log(x[i]);
          for (let i = 0; i < hc.count; i++) out[i] = f(x[i], y[i]);
          hc.first.forEach(([xi, yi, zi], i) => {
            expect([x[i], y[i]]).toEqual([num(xi), num(yi)]);
            expect(s.bits(out[i]), `${fn}(${x[i]}, ${y[i]})`).toBe(s.bits(num(zi)));
          });
        } else {
          const f = s.unary[fn as U];
          for (let i = 0; i < hc.count; i++) out[i] = f(x[i]);
          hc.first.forEach(([xi, yi], i) => {
            expect(s.bits(x[i])).toBe(s.bits(num(xi)));
            expect(s.bits(out[i]), `${fn}(${x[i]})`).toBe(s.bits(num(yi)));
          });
        }
        for (let i = 0; i < hc.count; i++) if (out[i] !== out[i]) out[i] = NaN;
        expect(createHash("sha256").update(new Uint8Array(out.buffer)).digest("hex")).toBe(hc.sha256);
        const row = isBinary(fn) ? undefined : s.rows?.[fn as U];
        if (row !== undefined && x instanceof Float64Array) {
          const rowOut = new Float64Array(hc.count);
          row(x, rowOut);
          for (let i = 0; i < hc.count; i++) if (rowOut[i] !== rowOut[i]) rowOut[i] = NaN;
          expect(createHash("sha256").update(new Uint8Array(rowOut.buffer)).digest("hex"), `${fn}'s array kernel`).toBe(hc.sha256);
        }
      });
    }
  });
}
