// The lessons as students meet them: `npm start`, then the classic Notebook in Chromium shows the
// stored outputs and draws the charts, and Kernel > Restart & Run All reproduces every output.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../kernel/kernelspec";
import type { StoredOutput } from "../kernel/outputs";
import { drawnCharts, launchChromium, offlinePage } from "../plot/browser/pages";
import { isChart, LESSONS, normalOutput, readNotebook, text } from "./lessons";

let start: ChildProcess;
let url: URL;
let browser: Browser;

beforeAll(async () => {
  start = spawn(process.execPath, [join(ROOT, "scripts/start.mjs"), "--notebook"], { cwd: ROOT, env: { ...process.env, NUMTS_PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  start.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  start.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*token=[0-9a-f]+/);
    if (match) {
      url = new URL(match[0]);
      break;
    }
    if (Date.now() > deadline || start.exitCode !== null) throw new Error(`npm start printed no URL:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  for (let up = false; !up && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    up = await fetch(`${url.origin}/api?token=${url.searchParams.get("token")}`).then((r) => r.ok, () => false);
  }
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (start?.exitCode === null) {
    const exited = new Promise((resolve) => start.on("exit", resolve));
    start.kill("SIGINT");
    await exited;
  }
});

/** What the page's notebook holds now: each code cell's outputs, as they would be saved. */
function pageOutputs(page: Page): Promise<StoredOutput[][]> {
  return page.evaluate(() => {
    const nb = (window as unknown as { Jupyter: { notebook: { toJSON(): { cells: { cell_type: string; outputs?: unknown[] }[] } } } }).Jupyter.notebook.toJSON();
    return nb.cells.filter((c) => c.cell_type === "code").map((c) => c.outputs ?? []) as StoredOutput[][];
  });
}

describe.each(LESSONS)("%s in the classic Notebook", (lesson) => {
  const nb = readNotebook(lesson);
  const code = nb.cells.filter((c) => c.cell_type === "code");
  const charts = code.flatMap((c) => c.outputs ?? []).filter(isChart).length;

  it("shows the stored outputs and draws every chart; Restart & Run All reproduces them", async () => {
    const origin = url.origin;
    const { page, errors } = await offlinePage(browser, origin);
    await page.goto(`${origin}/notebooks/${lesson}?token=${url.searchParams.get("token")}`);
    await page.waitForFunction(() => (window as unknown as { Jupyter?: { notebook?: { kernel?: { is_connected(): boolean } } } }).Jupyter?.notebook?.kernel?.is_connected() === true, undefined, { timeout: 60_000 });
    // Opening must not change the lesson on disk: no autosave.
    await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { set_autosave_interval(ms: number): void } } }).Jupyter.notebook.set_autosave_interval(0));
    await page.waitForFunction((n) => document.querySelectorAll(".js-plotly-plot .main-svg").length >= n, charts, { timeout: 60_000 });
    expect(await drawnCharts(page)).toBe(charts);
    const stored = code.map((c) => (c.outputs ?? []).map(normalOutput));
    expect((await pageOutputs(page)).map((outputs) => outputs.map(normalOutput))).toEqual(stored);
    const firstPrinted = text(code.flatMap((c) => c.outputs ?? []).find((o) => o.output_type === "stream")?.text ?? "").split("\n")[0];
    expect(await page.locator(".output_stdout").first().textContent()).toContain(firstPrinted);

    // Kernel > Restart & Run All, as a student would, after clearing the page's outputs (so that
    // what is compared next was made by this run).
    await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { clear_all_output(): void } } }).Jupyter.notebook.clear_all_output());
    expect(await page.locator(".js-plotly-plot").count()).toBe(0);
    await page.click("#kernellink");
    await page.click("#restart_run_all");
    await page.click(".modal-footer button.btn-danger");
    await page.waitForFunction(
      (n) => {
        const cells = [...document.querySelectorAll(".code_cell .input_prompt")].map((p) => p.textContent ?? "");
        return cells.length === n && cells.every((p) => /In\s*\[\d+\]/.test(p));
      },
      code.length,
      { timeout: 180_000, polling: 500 },
    );
    await page.waitForFunction((n) => document.querySelectorAll(".js-plotly-plot .main-svg").length >= n, charts, { timeout: 60_000 });
    expect((await pageOutputs(page)).map((outputs) => outputs.map(normalOutput))).toEqual(stored);
    expect(await drawnCharts(page)).toBe(charts);
    expect(errors.filter((e) => /numts|plotly/i.test(e))).toEqual([]);
    await page.close();
  }, 300_000);
});
