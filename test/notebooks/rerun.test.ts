// `npm run notebooks` on the committed lessons changes no byte: their outputs are up to date and
// re-executing is deterministic. It runs under the minimal font configuration (test/plot/fonts.ts),
// and execute.test.ts under the rich one: the same bytes under both.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../kernel/kernelspec";
import { assertDifferent, fontConfigurations } from "../plot/fonts";
import { LESSONS, notebookPath } from "./lessons";

// Copies beside the lessons' folder level (tmp/ is ignored by git) so the kernel resolves the packages alike.
mkdirSync(join(ROOT, "tmp"), { recursive: true });
const dir = mkdtempSync(join(ROOT, "tmp", "rerun-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run notebooks", () => {
  it("re-executes both lessons into exactly the committed bytes, on a machine with only DejaVu fonts", () => {
    const configs = fontConfigurations();
    assertDifferent(configs);
    const copies = LESSONS.map((lesson) => {
      const copy = join(dir, lesson);
      copyFileSync(notebookPath(lesson), copy);
      return copy;
    });
    const log = execFileSync(process.execPath, [join(ROOT, "scripts/notebooks.mjs"), ...copies], { encoding: "utf8", env: configs.minimal });
    expect(log).toContain("2 notebook(s) executed");
    for (const [i, lesson] of LESSONS.entries()) expect(readFileSync(copies[i], "utf8") === readFileSync(notebookPath(lesson), "utf8")).toBe(true);
  }, 600_000);

  it("stops at a failing cell, naming the notebook and the cell, and leaves the file unchanged", () => {
    const broken = join(dir, "broken.ipynb");
    const source = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: "numts", display_name: "TypeScript (numts)", language: "typescript" } }, cells: [{ id: "a", cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: 'throw new Error("boom")' }] });
    writeFileSync(broken, source);
    let message = "";
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts/notebooks.mjs"), broken], { encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      message = String((e as { stderr: string }).stderr);
    }
    expect(message).toContain(`${broken}: a cell failed, the notebook was not changed.`);
    expect(message).toContain('throw new Error("boom")');
    expect(message).toContain("Error: boom");
    expect(readFileSync(broken, "utf8")).toBe(source);
  }, 120_000);
});
