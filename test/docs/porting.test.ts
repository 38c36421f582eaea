// docs/porting.md's coverage audit must say what numts has today: every row's "yes" or
// "missing" is checked against numts's exports, and every name of docs/porting-audit.json has
// its row (after adding a function, rerun `python3 scripts/porting_audit.py table`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "numts";
import { describe, expect, it } from "vitest";

const docs = join(__dirname, "..", "..", "docs");
const guide = readFileSync(join(docs, "porting.md"), "utf8");
const audit = JSON.parse(readFileSync(join(docs, "porting-audit.json"), "utf8")) as { usage: Record<string, Record<string, number>> };

/** Whether numts has an audited name: "sum", "random.randn", "linalg.norm", "ndarray.T". */
function has(name: string): boolean {
  const [first, second] = name.split(".");
  if (first === "ndarray") return second in np.zeros(1);
  if (second !== undefined && (first === "random" || first === "linalg")) return second in np[first];
  return first in np;
}

/** The table's rows: the audited name (as in porting-audit.json) and whether the row says numts has it. */
function rows(): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const match of guide.matchAll(/^\| `(np|x)\.([\w.]+)` \|.*\| (yes|\*\*missing\*\*)[^|]*\|$/gm)) {
    out.set(match[1] === "x" ? `ndarray.${match[2]}` : match[2], match[3] === "yes");
  }
  return out;
}

describe("docs/porting.md's coverage audit", () => {
  const table = rows();

  it("has a row for every audited name", () => {
    const names = new Set(Object.values(audit.usage).flatMap((u) => Object.keys(u)));
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter((n) => !table.has(n))).toEqual([]);
  });

  it("says yes exactly for the names numts exports", () => {
    const wrong = [...table].filter(([name, yes]) => has(name) !== yes).map(([name, yes]) => `${name}: the table says ${yes ? "yes" : "missing"}`);
    expect(wrong).toEqual([]);
  });
});
