// The kernel loads the numts packages its notebook imports when it starts (kernel/src/core/preload.ts),
// so that numts-plot starts Chromium before the notebook's first chart.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../../kernel/src/core/engine";
import { Interrupts } from "../../kernel/src/core/interrupts";
import { importedPackages } from "../../kernel/src/core/preload";
import { NodePlatform, nodeNotebooks } from "../../kernel/src/node/platform";
import { SharedSignals } from "../../kernel/src/node/signals";
import { installKernelspec, JUPYTER_PYTHON, ROOT } from "./kernelspec";

/** A notebook file whose cells are `cells` (code, or [type, source]). */
function notebook(name: string, cells: (string | [string, string | string[]])[]): { name: string; text: string } {
  const json = { cells: cells.map((c) => (typeof c === "string" ? { cell_type: "code", source: c } : { cell_type: c[0], source: c[1] })), metadata: {}, nbformat: 4, nbformat_minor: 5 };
  return { name, text: JSON.stringify(json) };
}

describe("the packages a notebook imports", () => {
  it("finds numts and numts-plot however a code cell imports them, in that order", () => {
    expect(importedPackages([notebook("a.ipynb", ['import { plot } from "numts-plot";', "import * as np from 'numts';"])])).toEqual(["numts", "numts-plot"]);
    expect(importedPackages([notebook("a.ipynb", ['import "numts-plot";'])])).toEqual(["numts-plot"]);
    expect(importedPackages([notebook("a.ipynb", ['const p = await import("numts-plot");'])])).toEqual(["numts-plot"]);
    expect(importedPackages([notebook("a.ipynb", ['const np = require("numts");'])])).toEqual(["numts"]);
    expect(importedPackages([notebook("a.ipynb", ['import { picture } from "numts-plot/dist/picture";'])])).toEqual(["numts-plot"]);
    expect(importedPackages([notebook("a.ipynb", [["code", ["import * as np\n", ' from "numts";']]])])).toEqual(["numts"]);
  });

  it("only those two, only in code cells, and nothing from a file that is no notebook", () => {
    const others = notebook("a.ipynb", ['import { interact } from "numts-widgets";', 'import { lecture4 } from "numts-lessons";', 'import x from "numts-plotter";', 'const s = "numts";']);
    expect(importedPackages([others])).toEqual([]);
    expect(importedPackages([notebook("b.ipynb", [["markdown", 'import { plot } from "numts-plot";']])])).toEqual([]);
    expect(importedPackages([{ name: "c.ipynb", text: "not json" }, notebook("d.ipynb", ['import * as np from "numts";'])])).toEqual(["numts"]);
  });

  it("are looked for in the kernel's notebook, else in the few beside it, never in a folder of many", () => {
    const dir = mkdtempSync(join(tmpdir(), "numts-preload-folder-"));
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `n${i}.ipynb`), notebook(`n${i}.ipynb`, ['import * as np from "numts";']).text);
    expect(nodeNotebooks(dir, undefined, 3).map((f) => f.name)).toEqual(["n0.ipynb", "n1.ipynb", "n2.ipynb"]);
    expect(nodeNotebooks(dir, undefined, 2)).toEqual([]);
    expect(nodeNotebooks(dir, "course/n1.ipynb", 2).map((f) => f.name)).toEqual(["n1.ipynb"]);
  });
});

describe("a kernel started beside a notebook", () => {
  // A stand-in "numts" in the notebook's folder that counts how often it is loaded.
  function folder(cells: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), "numts-preload-"));
    mkdirSync(join(dir, "node_modules/numts"), { recursive: true });
    writeFileSync(join(dir, "node_modules/numts/package.json"), JSON.stringify({ name: "numts", version: "0.0.0", main: "index.js" }));
    writeFileSync(join(dir, "node_modules/numts/index.js"), "globalThis.numtsLoads = (globalThis.numtsLoads || 0) + 1;\nexports.loads = () => globalThis.numtsLoads;\n");
    writeFileSync(join(dir, "lesson.ipynb"), notebook("lesson.ipynb", cells).text);
    return dir;
  }

  let jupyterPath: string;
  beforeAll(() => {
    jupyterPath = installKernelspec();
  });

  function run(dir: string, cells: string[]): (string | null)[] {
    const r = spawnSync(JUPYTER_PYTHON, [join(__dirname, "preload.py"), dir, ...cells], { env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" }, encoding: "utf8", timeout: 120_000 });
    if (r.status !== 0) throw new Error(`preload.py failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(r.stdout) as (string | null)[];
  }

  // The first cell counts the loads without importing anything.
  const loadsBefore = "(globalThis as { numtsLoads?: number }).numtsLoads ?? 0";
  const importAndCount = '(require("numts") as { loads(): number }).loads()';

  it("has loaded what the notebook imports before any cell imports it, and the import gets that same module", () => {
    expect(run(folder(['const np = require("numts");']), [loadsBefore, importAndCount])).toEqual(["1", "1"]);
  }, 120_000);

  it("loads nothing the notebook does not import", () => {
    expect(run(folder(["1 + 1"]), [loadsBefore, importAndCount])).toEqual(["0", "1"]);
  }, 120_000);
});

describe("TypeScript warmed up with the declarations of the notebook's packages", () => {
  // As in a notebook of notebooks/, where "numts" and "numts-plot" resolve to the built packages.
  const platform = new NodePlatform(join(ROOT, "notebooks"), new SharedSignals());
  const engine = new Engine(platform);
  const interrupts = new Interrupts(platform);
  beforeAll(() => engine.prepare(["numts", "numts-plot"]), 120_000);
  afterAll(() => engine.close());

  it("leaves no name behind, and the cells that import the packages check and run as ever", async () => {
    const missing = await engine.execute("np", "cell[1]", interrupts);
    expect(missing.status === "error" && missing.evalue).toMatch(/Cannot find name 'np'/);
    const sized = await engine.execute('import * as np from "numts";\nconst n: number = np.arange(3).size;\nn', "cell[2]", interrupts);
    expect(sized).toEqual({ status: "ok", value: 3, hasValue: true });
    const typed = await engine.execute('import { plot } from "numts-plot";\nconst loss: (values: number[]) => unknown = plot.loss;\ntypeof loss', "cell[3]", interrupts);
    expect(typed).toEqual({ status: "ok", value: "function", hasValue: true });
  }, 120_000);
});
