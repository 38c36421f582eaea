// npm run handouts on bad input: each case stops with a message naming the file (and cell)
// and the fix, and leaves nothing in the output folder. Also --execute, which re-runs the
// notebooks through the kernel.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../kernel/kernelspec";

const SCRIPT = join(ROOT, "scripts/handouts.mjs");
mkdirSync(join(ROOT, "tmp"), { recursive: true });
// Inside the repository, where the kernel finds numts (for --execute).
const dir = mkdtempSync(join(ROOT, "tmp", "handouts-bad-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const METADATA = { course: "Test course", lecture: "Test lecture", author: "Test author" };

function notebook(name: string, cells: { id: string; source: string; type?: "code" | "markdown" }[], metadata: object = { numts: METADATA }): string {
  const file = join(dir, name);
  const json = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "numts", display_name: "TypeScript (numts)", language: "typescript" }, ...metadata },
    cells: cells.map(({ id, source, type }) => (type === "markdown" ? { id, cell_type: "markdown", metadata: {}, source } : { id, cell_type: "code", metadata: {}, execution_count: null, outputs: [], source })),
  };
  writeFileSync(file, JSON.stringify(json));
  return file;
}

function handouts(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string; out: string }> {
  const out = mkdtempSync(join(dir, "out-"));
  const child = spawn(process.execPath, [SCRIPT, "--out", out, ...args], { env: { ...process.env, ...env } });
  let [stdout, stderr] = ["", ""];
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on("close", (status) => done({ status, stdout, stderr, out })));
}

const GOOD = notebook("good.ipynb", [{ id: "one", source: "console.log('stored');" }]);

describe("bad input stops with the file, the fix, and nothing written", () => {
  it("a missing notebook", async () => {
    const r = await handouts([GOOD, join(dir, "nope.ipynb")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nope.ipynb: no such notebook. Check the path");
    expect(readdirSync(r.out)).toEqual([]); // the good one waits for all to be readable
  });

  it("a notebook whose JSON is invalid", async () => {
    const file = join(dir, "broken.ipynb");
    writeFileSync(file, '{"nbformat": 4, "cells": [');
    const r = await handouts([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.ipynb: not a notebook, its JSON is invalid \(.+\)\. Restore it \(git checkout -- .*broken\.ipynb\) or fix the JSON\./);
    expect(readdirSync(r.out)).toEqual([]);
  });

  it("a notebook without the title block's metadata", async () => {
    const file = notebook("untitled.ipynb", [{ id: "one", source: "1" }], { numts: { course: "C" } });
    const r = await handouts([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("untitled.ipynb: the title block needs metadata.numts.lecture, metadata.numts.author.");
    expect(r.stderr).toContain('{"numts":{"course":"...","lecture":"...","author":"..."}}');
    expect(readdirSync(r.out)).toEqual([]);
  });

  it("an edition that does not exist", async () => {
    const r = await handouts(["--edition", "teacher", GOOD]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--edition teacher: there are two editions, student and instructor.");
  });

  it("no Chromium", async () => {
    const r = await handouts([GOOD], { NUMTS_CHROMIUM: join(dir, "no-chromium") });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot make the handouts of .*good\.ipynb: Chromium, which prints the PDFs, was not found at NUMTS_CHROMIUM=.*no-chromium\. Install it \(sudo apt-get install chromium\)/);
    expect(readdirSync(r.out)).toEqual([]);
  });

  it("no nbconvert", async () => {
    const r = await handouts([GOOD], { NUMTS_PYTHON: join(dir, "no-python") });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot make the handouts of .*good\.ipynb: jupyter nbconvert does not run with .*no-python\. Install it \(Debian\/Ubuntu: sudo apt-get install jupyter-nbconvert\)/);
    expect(readdirSync(r.out)).toEqual([]);
  });
});

describe("--execute", () => {
  it("re-runs each notebook; a failing cell stops with its number, id and error, and writes nothing for it", async () => {
    const fresh = notebook("fresh.ipynb", [
      { id: "sum", source: 'import { plot } from "numts-plot";\nconsole.log((0.1 * 3).toFixed(5));' },
      { id: "chart", source: "plot.loss([3, 2, 1.5], { title: 'Tiny loss' })" },
    ]);
    const failing = notebook("failing.ipynb", [
      { id: "setup", source: "const a = 1;" },
      { id: "words", type: "markdown", source: "# Then it fails" },
      { id: "boom", source: "if (a === 1) throw new Error('boom in the third cell');" },
    ]);
    const r = await handouts(["--execute", "--edition", "instructor", fresh, failing]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("fresh.ipynb: executing");
    expect(r.stderr).toMatch(/failing\.ipynb: cell 3 \(id boom\) failed under --execute: if \(a === 1\) throw new Error\('boom in the third cell'\);\n/);
    expect(r.stderr).toContain("Error: boom in the third cell");
    expect(r.stderr).toContain("Fix the cell (npm start opens the notebook), or leave out --execute to use the stored outputs.");
    // The first notebook's handouts are complete; of the failing one there is nothing, not even a partial file.
    expect(readdirSync(r.out).sort()).toEqual(["fresh.html", "fresh.pdf"]);
    const html = readFileSync(join(r.out, "fresh.html"), "utf8");
    expect(html).toContain("0.30000"); // printed by the run: the notebook has no stored outputs
    expect(html.match(/<div id="numts-plot-[0-9a-f]+" class="numts-plot"/g)).toHaveLength(1);
    expect(JSON.parse(readFileSync(fresh, "utf8")).cells[0].outputs).toEqual([]); // the notebook is left as it was
    expect(existsSync(join(dir, ".fresh.executing.ipynb"))).toBe(false);
  }, 300_000);
});
