// np.random's legacy distributions against NumPy's RandomState (test/golden/random_dists.json,
// made by test/golden/make_random_dists.py): the same seed gives the same numbers, bit for bit,
// and the same mistakes give NumPy's errors.
import { describe, it } from "vitest";
import { golden } from "../../golden";
import { expectHashed, expectResult, type Hashed, replay, seeded, type Sequence, show } from "./replay";

const data = golden<{ sequences: Sequence[]; hashed: Hashed[] }>("random_dists");

describe("np.random's legacy distributions reproduce NumPy's stream", () => {
  for (const seq of data.sequences) {
    describe(`seed(${JSON.stringify(seq.seed)})`, () => {
      it(`${seq.calls.length} calls, in order: ${seq.calls.slice(0, 3).map(show).join(", ")}, ...`, () => {
        const target = seeded(seq.kind, seq.seed);
        seq.calls.forEach((call, i) => expectResult(() => replay(target, call), seq.results[i], `#${i} ${show(call)}`));
      });
    });
  }
  for (const h of data.hashed) {
    it(`seed(${JSON.stringify(h.seed)}); ${show(h.call)}: all ${h.shape.reduce((a, b) => a * b, 1)} values (SHA-256)`, () => expectHashed(h));
  }
});
