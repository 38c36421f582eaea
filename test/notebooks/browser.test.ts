// The lessons as students meet them: `npm start -- --notebook`, then the classic Notebook in
// Chromium shows the stored outputs, draws the charts and shows the figures, and Kernel > Restart
// & Run All reproduces every output; the token never shows on a command line.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredOutput } from "../kernel/outputs";
import { commandLines, npmStart, type StartedServer } from "../lab/lab";
import { drawnCharts, launchChromium, offlinePage } from "../plot/browser/pages";
import { isChart, LESSONS, markdownImageCount, normalOutput, readNotebook, text, withoutWidgetManager } from "./lessons";

let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([npmStart(["--notebook"]), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
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
  const images = markdownImageCount(nb);

  it("shows the stored outputs, draws every chart and shows every figure; Restart & Run All reproduces them", async () => {
    const origin = server.url.origin;
    const { page, errors } = await offlinePage(browser, origin);
    await page.goto(`${origin}/notebooks/${lesson}?token=${server.token}`);
    await page.waitForFunction(() => (window as unknown as { Jupyter?: { notebook?: { kernel?: { is_connected(): boolean } } } }).Jupyter?.notebook?.kernel?.is_connected() === true, undefined, { timeout: 60_000 });
    // Opening must not change the lesson on disk: no autosave.
    await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { set_autosave_interval(ms: number): void } } }).Jupyter.notebook.set_autosave_interval(0));
    await page.waitForFunction((n) => document.querySelectorAll(".js-plotly-plot .main-svg").length >= n, charts, { timeout: 60_000 });
    expect(await drawnCharts(page)).toBe(charts);
    const stored = code.map((c) => (c.outputs ?? []).map(normalOutput));
    // The Notebook 6 here has no ipywidgets 8 manager: an interact's cell shows the interact's
    // text, without the sliders or the charts (FigureWidgets).
    const ranHere = code.map((c) => (c.outputs ?? []).flatMap((o) => withoutWidgetManager(nb, o)).map(normalOutput));
    const chartsRanHere = ranHere.flat().filter(isChart).length;
    expect((await pageOutputs(page)).map((outputs) => outputs.map(normalOutput))).toEqual(stored);
    // The figures of the markdown cells (lecture 4's are cell attachments) have loaded.
    const figures = () => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>(".text_cell_render img")].map((img) => img.complete && img.naturalWidth > 0));
    await expect.poll(figures, { timeout: 30_000 }).toEqual(Array(images).fill(true));
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
    // A cell's prompt gets its number from the kernel's reply, which may come before the last
    // outputs (another channel) on a busy machine: the outputs are compared once they are all in.
    await expect.poll(async () => (await pageOutputs(page)).map((outputs) => outputs.map(normalOutput)), { timeout: 60_000, interval: 1000 }).toEqual(ranHere);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(chartsRanHere);
    expect(errors.filter((e) => /numts|plotly/i.test(e))).toEqual([]);
    await page.close();
  }, 300_000);
});

describe("npm start -- --notebook", () => {
  it("served the classic Notebook at /tree?token=..., with the kernel; the token is on no process's command line", async () => {
    const { url, token } = server;
    expect(url.pathname).toBe("/tree");
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    const api = async (path: string) => (await fetch(`${url.origin}${path}?token=${token}`)).json();
    expect(Object.keys(((await api("/api/kernelspecs")) as { kernelspecs: Record<string, unknown> }).kernelspecs)).toContain("numts");
    // The lessons' kernels still run (the Notebook keeps them when a page closes): theirs are checked too.
    expect(((await api("/api/kernels")) as unknown[]).length).toBeGreaterThan(0);
    expect(commandLines().filter(({ argv }) => argv.includes(token))).toEqual([]);
  });
});
