// The lessons in our JupyterLab, through its UI as a student uses it: `npm start` (one server for
// the file), Debian's Chromium. For each lesson: Clear Outputs and Run All reproduce the stored
// outputs and draw every chart; an edited exercise redraws its chart; completion and Shift-Tab
// documentation; Interrupt and Restart; save and reload; the same notebook untrusted; and the
// charts in the dark theme.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { StoredOutput } from "../kernel/outputs";
import { launchChromium } from "../plot/browser/pages";
import { isChart, LESSONS, type Lesson, normalOutput, readNotebook } from "../notebooks/lessons";
import { codeCells, commandLines, drawnCharts, editorText, menu, notebook, npmStart, openNotebook, scrollThrough, setSource, type Shown, shownOutputs, type StartedServer, waitForAllRun, waitForIdle } from "./lab";
import { text } from "../notebooks/lessons";

let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([npmStart(), launchChromium()]);
}, 300_000);

afterEach((context) => {
  if (context.task.result?.state === "fail" && server) console.error(`--- npm start log ---\n${server.log().slice(-6000)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What JupyterLab shows for a stored output: the chart for Plotly outputs, else the text. */
function expectedShown(o: StoredOutput): Shown {
  const n = normalOutput(o);
  if (n.output_type === "stream") return n.name === "stdout" ? { stream: "stdout", text: n.text ?? "" } : { error: n.text ?? "" };
  if (n.output_type === "error") return { error: n.evalue ?? "" };
  if (isChart(n)) return { chart: true };
  if (n.data?.["text/html"] !== undefined) return { other: "text/html" };
  return { text: String(n.data?.["text/plain"] ?? "") };
}

/** Per lesson: an exercise a student edits (another learning rate), and a variable of its first code cell. */
const EXERCISES: Record<Lesson, { cell: string; from: string; to: string; variable: string; shape: string }> = {
  "04-gradient-descent-backprop.ipynb": { cell: "learning-rates-chart", from: '"learning rate 0.001": train(0.001)', to: '"learning rate 0.5": train(0.5)', variable: "weights", shape: "3" },
  "09-backpropagation.ipynb": { cell: "exercise-code", from: "const other_learning_rate = 0.5;", to: "const other_learning_rate = 2.5;", variable: "data", shape: "500,2" },
};

/** The y values of every trace of the chart in a cell (what changes when the chart is redrawn with new data). */
function chartData(page: Page, index: number): Promise<number[][]> {
  return codeCells(page)
    .nth(index)
    .locator(".numts-RenderedPlotly")
    .evaluate((gd) => (gd as unknown as { data: { y?: number[] }[] }).data.map((trace) => [...(trace.y ?? [])]));
}

describe("npm start serves JupyterLab", () => {
  it("prints http://127.0.0.1:PORT/lab?token=..., and no process shows the token on its command line", async () => {
    expect(server.url.pathname).toBe("/lab");
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
    const page = await browser.newPage();
    await openNotebook(page, server, LESSONS[0]); // a kernel runs too
    expect(commandLines().filter(({ argv }) => argv.includes(server.token))).toEqual([]);
    const unauthorized = await fetch(`${server.url.origin}/api/contents`);
    expect(unauthorized.status).toBe(403);
    await page.close();
  }, 180_000);
});

describe.each(LESSONS)("%s in JupyterLab", (lesson) => {
  const nb = readNotebook(lesson);
  const code = nb.cells.filter((c) => c.cell_type === "code");
  const expected = code.map((c) => (c.outputs ?? []).map(expectedShown));
  const charts = expected.flat().filter((s) => "chart" in s).length;
  const exercise = EXERCISES[lesson];
  const exerciseIndex = code.findIndex((c) => c.id === exercise.cell);
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openNotebook(page, server, lesson);
  }, 180_000);

  afterAll(async () => {
    await page?.close();
  });

  it("Edit > Clear Outputs of All Cells, Run > Run All Cells: every output as stored, every chart drawn, no error", async () => {
    // The stored outputs show first, their charts drawn by our renderer.
    await page.waitForFunction((n) => document.querySelectorAll(".numts-RenderedPlotly .main-svg").length >= n, charts, { timeout: 60_000 });
    await menu(page, "Edit", "Clear Outputs of All Cells");
    await expect.poll(() => notebook(page).locator(".jp-OutputArea-output").count()).toBe(0);
    const started = Date.now();
    await menu(page, "Run", "Run All Cells");
    await waitForAllRun(page, 300_000);
    console.log(`${lesson}: Run All took ${((Date.now() - started) / 1000).toFixed(1)} s in JupyterLab`);
    await scrollThrough(page);
    const shown = [];
    for (let i = 0; i < code.length; i++) shown.push(await shownOutputs(codeCells(page).nth(i)));
    expect(shown).toEqual(expected);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(charts);
    expect(errors.filter((e) => /numts|plotly/i.test(e))).toEqual([]);
  }, 360_000);

  it("an exercise run with another learning rate redraws its chart with the new numbers", async () => {
    const cell = codeCells(page).nth(exerciseIndex);
    const before = await chartData(page, exerciseIndex);
    const source = text(code[exerciseIndex].source);
    expect(source).toContain(exercise.from);
    expect(await editorText(cell)).toBe(source);
    await setSource(page, cell, source.replace(exercise.from, exercise.to));
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => chartData(page, exerciseIndex).then((after) => JSON.stringify(after) !== JSON.stringify(before)), { timeout: 120_000 }).toBe(true);
    await waitForIdle(page);
    const after = await chartData(page, exerciseIndex);
    expect(after.length).toBe(before.length);
    expect(after[0]).toEqual(before[0]); // the lecture's own series stays
    expect(after.at(-1)).not.toEqual(before.at(-1)); // the edited one changed
    expect(await cell.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count()).toBe(0);
  }, 180_000);

  it("Tab completes np.aran to np.arange; Shift-Tab right after np.dot( shows numts's documentation of dot", async () => {
    // A new cell below the last one, as a student adds one: Esc, B, Enter.
    await codeCells(page).last().locator(".jp-InputPrompt").click();
    await page.keyboard.press("Escape");
    await page.keyboard.press("b");
    await page.keyboard.press("Enter");
    await page.keyboard.type("np.aran");
    await page.keyboard.press("Tab");
    // The completer lists the kernel's completions; Enter takes the selected one.
    await page.locator(".jp-Completer-item", { hasText: "arange" }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press("Enter");
    await expect.poll(() => editorText(codeCells(page).last()), { timeout: 30_000 }).toBe("np.arange");
    await page.keyboard.press("Control+A");
    // Right after the "(", as a student asks what the function takes.
    await page.keyboard.insertText("np.dot(");
    await page.keyboard.press("Shift+Tab");
    const tooltip = page.locator(".jp-Tooltip");
    await tooltip.waitFor({ timeout: 30_000 });
    expect(await tooltip.textContent()).toContain("Dot product of two arrays");
    await page.keyboard.press("Escape");
  }, 120_000);

  it("Interrupt stops while (true) {} and the next cell sees earlier variables; Restart clears them", async () => {
    const cell = codeCells(page).last();
    await setSource(page, cell, "while (true) {}");
    await page.keyboard.press("Control+Enter");
    await notebook(page).locator(".jp-Notebook-ExecutionIndicator[data-status='busy']").waitFor({ state: "attached", timeout: 30_000 });
    await page.waitForTimeout(500); // the loop is running
    const interrupted = Date.now();
    await notebook(page).locator("jp-button[data-command='notebook:interrupt-kernel']").click();
    await waitForIdle(page, 10_000);
    const stopped = Date.now() - interrupted;
    console.log(`${lesson}: Interrupt stopped while (true) {} in ${stopped} ms`);
    expect(stopped).toBeLessThan(5000); // the issue asks for a second; this only catches a lost interrupt on a busy machine

    await setSource(page, cell, `console.log(${exercise.variable}.shape.join(","))`);
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => shownOutputs(cell), { timeout: 60_000 }).toEqual([{ stream: "stdout", text: `${exercise.shape}\n` }]);

    await notebook(page).locator("jp-button[data-command='notebook:restart-kernel']").click();
    await page.locator(".jp-Dialog .jp-mod-accept").click();
    await waitForIdle(page);
    await page.keyboard.press("Control+Enter");
    await expect.poll(async () => JSON.stringify(await shownOutputs(cell)), { timeout: 60_000 }).toContain(exercise.variable);
    const [output] = await shownOutputs(cell);
    expect(output).toHaveProperty("error"); // the name no longer exists: shown as an error, not a value
  }, 180_000);

  it("File > Save, reload the page: the edits and outputs are kept", async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.locator(".jp-mod-current.jp-mod-dirty").count(), { timeout: 30_000 }).toBe(0);
    await page.reload();
    await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
    const cell = codeCells(page).nth(exerciseIndex);
    await expect.poll(() => editorText(cell), { timeout: 30_000 }).toContain(exercise.to);
    await scrollThrough(page);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(charts);
    expect(await codeCells(page).count()).toBe(code.length + 1);
    expect(JSON.stringify(await shownOutputs(codeCells(page).last()))).toContain(exercise.variable);
    // Outputs made in this session are trusted: the scripts of their HTML fallbacks were kept.
    expect(await notebook(page).locator(".jp-OutputArea-output script").count()).toBeGreaterThan(0);
  }, 180_000);

  it("the same notebook opened untrusted still draws every chart (its HTML is sanitised)", async () => {
    const name = `untrusted-${lesson}`;
    // A copy with other content has no signature in the trust database: JupyterLab opens it untrusted.
    writeFileSync(join(server.dir, name), JSON.stringify({ ...nb, metadata: { ...nb.metadata, copy: true } }, null, 1));
    await openNotebook(page, server, name);
    await scrollThrough(page);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(charts);
    expect(await notebook(page).locator(".jp-OutputArea-output script").count()).toBe(0);
  }, 180_000);
});

describe("the dark theme", () => {
  it("Settings > Theme > JupyterLab Dark: charts are redrawn in light text on the dark page, and back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openNotebook(page, server, LESSONS[1]);
    await scrollThrough(page);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBeGreaterThan(0);
    /** Contrast (WCAG) of the first chart's tick labels and title against its background, and that background's luminance. */
    const colours = () =>
      page.evaluate(() => {
        const luminance = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const chart = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden) .numts-RenderedPlotly") as HTMLElement;
        const background = luminance(getComputedStyle(chart.querySelector(".main-svg") as Element).backgroundColor);
        const texts = [...chart.querySelectorAll(".xtick text, .ytick text, .gtitle, .legendtext")].map((t) => contrast(luminance(getComputedStyle(t).fill), background));
        return { background, worst: Math.min(...texts), texts: texts.length };
      });
    const light = await colours();
    expect(light.background).toBeGreaterThan(0.8);
    await menu(page, "Settings", "Theme", "JupyterLab Dark");
    await page.waitForFunction(() => document.body.dataset.jpThemeLight === "false", undefined, { timeout: 30_000 });
    await expect.poll(async () => (await colours()).background, { timeout: 30_000 }).toBeLessThan(0.1);
    const dark = await colours();
    expect(dark.texts).toBeGreaterThan(4);
    expect(dark.worst).toBeGreaterThan(4.5); // WCAG AA for text
    await menu(page, "Settings", "Theme", "JupyterLab Light");
    await page.waitForFunction(() => document.body.dataset.jpThemeLight === "true", undefined, { timeout: 30_000 });
    await expect.poll(async () => (await colours()).background, { timeout: 30_000 }).toBeGreaterThan(0.8);
    await page.close();
  }, 180_000);
});
