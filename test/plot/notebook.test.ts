// A notebook with three charts, executed by `npm run notebooks` (nbclient + the numts kernel),
// then opened as its HTML export offline and in the classic Notebook, both in Chromium.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JUPYTER_PYTHON, ROOT } from "../kernel/kernelspec";
import { drawnCharts, launchChromium, offlinePage } from "./browser/pages";

const CELLS = [
  'import { plot } from "numts-plot";',
  "plot.loss([4, 2, 1.5, 1.2, 1.1], { title: 'Loss' })",
  "plot.scatter([1, 2, 3, 4], [1, 3, 2, 4], { color: [0, 1, 0, 1], title: 'Data' })",
  "const chart = plot.live({ title: 'Live' });\nfor (let i = 0; i < 1000; i++) chart.push(Math.exp(-i / 200));",
];

function notebookJson(cells: string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "numts", display_name: "TypeScript (numts)", language: "typescript" } },
    cells: cells.map((source, i) => ({ id: `cell-${i}`, cell_type: "code", metadata: {}, execution_count: null, outputs: [], source })),
  });
}

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
}

// Inside the repository (tmp/ is ignored by git), where the kernel resolves "numts-plot" as the lessons do.
mkdirSync(join(ROOT, "tmp"), { recursive: true });
const dir = mkdtempSync(join(ROOT, "tmp", "charts-nb-"));
const file = join(dir, "charts.ipynb");
const env = { ...process.env, JUPYTER_PATH: join(ROOT, ".jupyter/share/jupyter"), JUPYTER_DATA_DIR: join(dir, "data") };
let browser: Browser;

beforeAll(async () => {
  writeFileSync(file, notebookJson(CELLS));
  execFileSync(process.execPath, [join(ROOT, "scripts/notebooks.mjs"), file], { stdio: "pipe" });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a notebook with charts", () => {
  it("npm run notebooks stores the charts, the live one with all its 1000 points", () => {
    const nb = JSON.parse(readFileSync(file, "utf8")) as { cells: { outputs: Output[] }[] };
    const charts = nb.cells.flatMap((c) => c.outputs).filter((o) => o.data?.["application/vnd.plotly.v1+json"] !== undefined);
    expect(charts).toHaveLength(3);
    const live = charts[2].data?.["application/vnd.plotly.v1+json"] as { data: { y: number[] }[] };
    expect(live.data[0].y).toHaveLength(1000);
    for (const chart of charts) expect(String(chart.data?.["text/html"])).toContain("data:image/svg+xml;base64,");
  });

  it("its HTML export (nbconvert), opened offline, draws all three charts and makes no request", async () => {
    execFileSync(JUPYTER_PYTHON, ["-m", "nbconvert", "--to", "html", file], { env, stdio: "pipe" });
    const { page, blocked, errors } = await offlinePage(browser);
    await page.goto(`file://${join(dir, "charts.html")}`);
    await page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 3, undefined, { timeout: 30_000 });
    expect(await drawnCharts(page)).toBe(3);
    expect(errors).toEqual([]);
    // nbconvert's template links MathJax and require.js from CDNs; the charts need neither.
    expect(blocked.filter((url) => !/mathjax|require\.js|require\.min\.js/i.test(url))).toEqual([]);
    await page.close();
  }, 60_000);

  it("the classic Notebook draws the charts of the trusted notebook", async () => {
    execFileSync(JUPYTER_PYTHON, ["-m", "nbformat.sign", file], { env, stdio: "pipe" });
    const port = 20000 + Math.floor(Math.random() * 20000);
    const token = randomBytes(16).toString("hex");
    const server = spawn(JUPYTER_PYTHON, ["-m", "notebook", "--no-browser", "--allow-root", "--ip=127.0.0.1", `--port=${port}`, "--port-retries=0", `--NotebookApp.token=${token}`, `--notebook-dir=${dir}`], { env, detached: true, stdio: "ignore" });
    try {
      const origin = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100 && spawnSync("curl", ["-sf", `${origin}/api?token=${token}`]).status !== 0; i++) await new Promise((r) => setTimeout(r, 200));
      const { page, errors } = await offlinePage(browser, origin);
      await page.goto(`${origin}/notebooks/charts.ipynb?token=${token}`);
      await page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 3, undefined, { timeout: 60_000 });
      expect(await drawnCharts(page)).toBe(3);
      expect(errors.filter((e) => /plotly|numts/i.test(e))).toEqual([]);
      await page.close();
    } finally {
      // SIGTERM first: the server then shuts its kernels down.
      if (server.pid !== undefined) {
        process.kill(-server.pid, "SIGTERM");
        await new Promise((r) => setTimeout(r, 1500));
        try {
          process.kill(-server.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  }, 120_000);
});
