// The hint for names used before the cell that defines them has run.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { missingNameHint, whereDeclared as whereDeclaredIn } from "../../kernel/src/core/hints";
import { nodeNotebooks } from "../../kernel/src/node/platform";

function folderWith(cells: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "numts-hints-"));
  const notebook = { cells: [{ cell_type: "markdown", source: "# const fake = 1" }, ...cells.map((source) => ({ cell_type: "code", source: source.split(/(?<=\n)/) }))] };
  writeFileSync(join(dir, "lesson.ipynb"), JSON.stringify(notebook));
  return dir;
}

const whereDeclared = (name: string, dir: string) => whereDeclaredIn(name, nodeNotebooks(dir, undefined));

describe("whereDeclared", () => {
  const dir = folderWith([
    'import * as np from "numts";\nimport { plot, type Figure } from "numts-plot";',
    "// weights\nconst weights = np.zeros(3);\nlet { a, b: renamed } = obj;",
    "function sigmoid(z: number) {\n  return z;\n}\nclass Net {}\ntype Shape = number[];",
  ]);

  it("finds declarations, imports and destructured names in code cells, numbered among code cells", () => {
    expect(whereDeclared("np", dir)).toBe('code cell 1 of lesson.ipynb (`import * as np from "numts";`)');
    expect(whereDeclared("Figure", dir)).toMatch(/^code cell 1 /);
    expect(whereDeclared("weights", dir)).toBe("code cell 2 of lesson.ipynb (`const weights = np.zeros(3);`)");
    expect(whereDeclared("renamed", dir)).toMatch(/^code cell 2 /);
    for (const name of ["sigmoid", "Net", "Shape"]) expect(whereDeclared(name, dir)).toMatch(/^code cell 3 /);
  });

  it("ignores markdown, property accesses and longer names", () => {
    expect(whereDeclared("fake", dir)).toBeUndefined();
    expect(whereDeclared("zeros", dir)).toBeUndefined();
    expect(whereDeclared("weight", dir)).toBeUndefined();
  });

  it("the hint names the cell, or says what to do when no notebook declares the name", () => {
    expect(missingNameHint("Cannot find name 'weights'.", () => nodeNotebooks(dir, undefined))).toBe(
      "'weights' is defined in code cell 2 of lesson.ipynb (`const weights = np.zeros(3);`), which has not run in this kernel yet: run it first (Run All Above runs every cell above this one).",
    );
    expect(missingNameHint("Cannot find name 'nowhere'.", () => nodeNotebooks(dir, undefined))).toBe("If an earlier cell defines 'nowhere', run that cell first (Run All Above runs every cell above this one).");
    expect(missingNameHint("Type 'string' is not assignable to type 'number'.", () => nodeNotebooks(dir, undefined))).toBeUndefined();
  });
});
