// The lessons in our JupyterLab, through its UI as a student uses it: `npm start` (one server for
// the file), Debian's Chromium, one page per lesson. For each lesson: Clear Outputs and Run All
// reproduce the stored outputs, draw every chart and show every figure; an edited exercise
// redraws its chart; completion and Shift-Tab documentation; lecture 9's slider retrains and
// redraws both charts of its interact; Interrupt and Restart; save and reload; the same notebook
// untrusted. Then the charts in the dark theme and at another panel width, and the token kept off
// every command line while the lessons' kernels run.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../plot/browser/pages";
import { isChart, LESSONS, type Lesson, markdownImageCount, type Notebook, normalOutput, readNotebook, text } from "../notebooks/lessons";
import { codeCells, commandLines, drawnCharts, editorText, expectedInJupyterLab, expectedShown, markCharts, markdownImages, markedCharts, menu, notebook, npmStart, openFromPath, openNotebook, setSource, shownOutputs, type StartedServer, trustStatus, waitForAllRun, waitForIdle } from "./lab";

let server: StartedServer;
let browser: Browser;
/** Each lesson's page, left open for the tests after the lessons' own (the dark theme). */
const pages = new Map<Lesson, Page>();

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

/**
 * The errors every JupyterLab 4 with the lessons logs on this server, which are no fault of ours:
 * those of any JupyterLab (expectedInJupyterLab), and Debian's jupyter_server 1.x has no
 * /api/events and /api/me (404s).
 */
function expectedConsoleError(text: string, url: string): boolean {
  if (expectedInJupyterLab(text, url)) return true;
  return /\/api\/(events\/subscribe|me)\b/.test(url) || /\/api\/events\/subscribe\b.*404/.test(text);
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

describe.each(LESSONS)("%s in JupyterLab", (lesson) => {
  const nb = readNotebook(lesson);
  const code = nb.cells.filter((c) => c.cell_type === "code");
  const expected = code.map((c) => (c.outputs ?? []).flatMap((o) => expectedShown(nb, o)));
  const charts = expected.flat().filter((s) => "chart" in s).length;
  // Untrusted, widgets are not drawn (their views are not "safe" renderers): the charts inside them neither.
  const chartsOutsideWidgets = code.flatMap((c) => c.outputs ?? []).filter(isChart).length;
  const images = markdownImageCount(nb);
  const exercise = EXERCISES[lesson];
  const exerciseIndex = code.findIndex((c) => c.id === exercise.cell);
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    pages.set(lesson, page);
    errors = [];
    consoleErrors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error" && !expectedConsoleError(m.text(), m.location().url)) consoleErrors.push(`${m.text()} (${m.location().url})`);
    });
    await openNotebook(page, server, lesson);
  }, 180_000);

  it("Edit > Clear Outputs of All Cells, Run > Run All Cells: every output as stored, every chart drawn, no error", async () => {
    // The stored outputs show first, their charts drawn by our renderer.
    await page.waitForFunction((n) => document.querySelectorAll(".numts-RenderedPlotly .main-svg").length >= n, charts, { timeout: 60_000 });
    await menu(page, "Edit", "Clear Outputs of All Cells");
    await expect.poll(() => notebook(page).locator(".jp-OutputArea-output").count()).toBe(0);
    const started = Date.now();
    await menu(page, "Run", "Run All Cells");
    await waitForAllRun(page, 300_000);
    console.log(`${lesson}: Run All took ${((Date.now() - started) / 1000).toFixed(1)} s in JupyterLab`);
    const shown = [];
    for (let i = 0; i < code.length; i++) shown.push(await shownOutputs(codeCells(page).nth(i)));
    expect(shown).toEqual(expected);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(charts);
    // Every figure of the markdown cells shows (lecture 4's are cell attachments).
    await expect.poll(() => markdownImages(page), { timeout: 30_000 }).toEqual({ count: images, broken: [] });
    expect(errors.filter((e) => /numts|plotly/i.test(e))).toEqual([]);
    // numts-plot's copy of plotly.js, there for other frontends, was not put on the page again.
    expect(await notebook(page).locator(".jp-OutputArea-output script").count()).toBe(0);
    // Nothing failed in the page (e.g. endless recursion in JupyterLab's toolbars, an image refused).
    expect(consoleErrors).toEqual([]);
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
    // Tab completes once JupyterLab's completer has seen text before the cursor (it marks the
    // editor); before that, on a busy machine, Tab would indent.
    await codeCells(page).last().locator(".jp-mod-completer-enabled").waitFor({ timeout: 30_000 });
    await page.keyboard.press("Tab");
    // The completer lists the kernel's completions; Enter takes the selected one.
    await page.locator(".jp-Completer-item", { hasText: "arange" }).first().waitFor({ timeout: 60_000 });
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

  /** Every trace's y values of each chart in an interact, in order (lecture 9's: the loss chart, the decision regions). */
  const interactCharts = (view: Locator) => view.evaluate((el) => [...el.querySelectorAll(".numts-RenderedPlotly")].map((gd) => ((gd as unknown as { data?: { y?: number[]; z?: number[][] }[] }).data ?? []).map((t) => t.z ?? t.y ?? [])));

  // On the page Run All ran above (a lesson run once for both tests), before Interrupt restarts the kernel.
  if (lesson === "09-backpropagation.ipynb") it("moving the hidden-size slider retrains: the loss curve is train_network's for the new size, both charts redrawn", async () => {
    const cell = notebook(page).locator(".jp-CodeCell", { hasText: "Each move of a slider trains" });
    const view = cell.locator(".widget-interact");
    await view.waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await interactCharts(view)).length, { timeout: 60_000 }).toBe(2);
    const before = await interactCharts(view);
    const token = await markCharts(view);
    expect(await view.locator(".widget-readout").allTextContents()).toEqual(["0.100", "4"]);
    const handle = view.locator(".noUi-handle").nth(1);
    await handle.scrollIntoViewIfNeeded();
    await handle.focus();
    const started = Date.now();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => JSON.stringify(await interactCharts(view)) !== JSON.stringify(before), { timeout: 120_000 }).toBe(true);
    await waitForIdle(page);
    console.log(`lecture 9: hidden 4 → 5, key press to both charts redrawn: ${Date.now() - started} ms (measured from the test, idle wait excluded)`);
    const after = await interactCharts(view);
    expect(await view.locator(".widget-readout").allTextContents()).toEqual(["0.100", "5"]);
    // Ask the kernel directly, in the cell the test above added: the same numbers as the chart's second series.
    const last = codeCells(page).last();
    await setSource(page, last, "console.log(JSON.stringify(train_network(0.1, 5)))");
    await page.keyboard.press("Control+Enter");
    const printed = last.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stdout']");
    await printed.waitFor({ timeout: 120_000 });
    const direct = JSON.parse((await printed.textContent()) ?? "") as number[];
    expect(direct).toHaveLength(1000);
    expect(after[0][1]).toEqual(direct);
    expect(after[0][0]).toEqual(before[0][0]); // the lecture's own curve stays
    expect(after[1][0]).not.toEqual(before[1][0]); // the decision regions changed
    expect(await markedCharts(view, token)).toEqual([true, true]); // both redrawn in their elements
    await waitForIdle(page);
  }, 300_000);

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
    // Saved after the restart above: the widgets' state went with the old kernel (JupyterLab's
    // widget manager drops it, as with ipykernel), so the charts inside them are not shown.
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(chartsOutsideWidgets);
    // JupyterLab attaches cells below the viewport in idle time after a load: wait for all of them.
    await expect.poll(() => codeCells(page).count(), { timeout: 60_000 }).toBe(code.length + 1);
    await expect.poll(async () => JSON.stringify(await shownOutputs(codeCells(page).last())), { timeout: 30_000 }).toContain(exercise.variable);
    // Outputs made in this session are trusted (JupyterLab signed the notebook when it saved it).
    await expect.poll(() => trustStatus(page), { timeout: 30_000 }).toMatch(/^Notebook trusted: (\d+) of \1 code cells trusted/);
  }, 180_000);

  it("the same notebook opened untrusted still draws every chart and shows every figure", async () => {
    const name = `untrusted-${lesson}`;
    // A copy with other content has no signature in the trust database: JupyterLab opens it untrusted.
    writeFileSync(join(server.dir, name), JSON.stringify({ ...nb, metadata: { ...nb.metadata, copy: true } }, null, 1));
    await openFromPath(page, name);
    await expect.poll(() => trustStatus(page), { timeout: 30_000 }).toMatch(/^Notebook not trusted/);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(chartsOutsideWidgets);
    await expect.poll(() => markdownImages(page), { timeout: 30_000 }).toEqual({ count: images, broken: [] });
    expect(consoleErrors).toEqual([]);
  }, 180_000);
});

describe("the dark theme", () => {
  it("Settings > Theme > JupyterLab Dark: charts are redrawn in light text on the dark page, and back", async () => {
    // Lecture 9's page, its charts drawn (by the test before).
    const page = pages.get(LESSONS[1]) as Page;
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
  }, 180_000);
});

describe("charts follow their panel", () => {
  it("Ctrl+B (Show Left Sidebar) widens or narrows the notebook: each chart is redrawn at its output's new width, and back", async () => {
    // Lecture 9's page again, its charts drawn.
    const page = pages.get(LESSONS[1]) as Page;
    /** Per chart, scrolled to as a reader does: its output's width, and the width plotly.js drew it at. */
    const widths = async () => {
      const charts = notebook(page).locator(".numts-RenderedPlotly");
      const all: { output: number; drawn: number }[] = [];
      for (let i = 0; i < (await charts.count()); i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        all.push(await charts.nth(i).evaluate((chart) => ({ output: chart.clientWidth, drawn: Number(chart.querySelector(".main-svg")?.getAttribute("width")) })));
      }
      return all;
    };
    const atOutputWidth = async () => (await widths()).every(({ output, drawn }) => drawn === output);
    // Drawn before their cells came on screen (at plotly.js's default 700 px), then at the output's width.
    await expect.poll(atOutputWidth, { timeout: 30_000 }).toBe(true);
    const before = await widths();
    expect(before.length).toBe(await drawnCharts(page));
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+b");
    await expect.poll(async () => Math.abs((await widths())[0].output - before[0].output), { timeout: 30_000 }).toBeGreaterThan(100);
    await expect.poll(atOutputWidth, { timeout: 30_000 }).toBe(true);
    await page.keyboard.press("Control+b");
    await expect.poll(widths, { timeout: 30_000 }).toEqual(before);
    // Resizing is not an edit: saved, the charts' figures are as they were (plotly.js writes sizes
    // and ranges into the layout it draws; that must not be the output's own).
    const file = join(server.dir, `untrusted-${LESSONS[1]}`);
    const figures = (nb: Notebook) => nb.cells.flatMap((c) => c.outputs ?? []).filter(isChart).map((o) => normalOutput(o).data?.["application/vnd.plotly.v1+json"]);
    const unsaved = statSync(file).mtimeMs;
    await page.keyboard.press("Control+s");
    await expect.poll(() => statSync(file).mtimeMs, { timeout: 30_000 }).toBeGreaterThan(unsaved);
    /** The saved figures, once the server has written the whole file. */
    const saved = () => {
      try {
        return figures(JSON.parse(readFileSync(file, "utf8")) as Notebook);
      } catch {
        return "(being written)";
      }
    };
    await expect.poll(saved, { timeout: 30_000 }).toEqual(figures(readNotebook(LESSONS[1])));
  }, 120_000);
});

describe("npm start serves JupyterLab", () => {
  it("printed http://127.0.0.1:PORT/lab?token=... and each lesson's link; no process shows the token on its command line", async () => {
    expect(server.url.pathname).toBe("/lab");
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
    for (const lesson of LESSONS) expect(server.log()).toContain(`${server.url.origin}/lab/tree/${encodeURIComponent(lesson)}?token=${server.token}`);
    // The lessons' kernels (and their copies') still run: their command lines are checked too.
    const kernels = (await (await fetch(`${server.url.origin}/api/kernels`, { headers: { Authorization: `token ${server.token}` } })).json()) as unknown[];
    expect(kernels.length).toBeGreaterThanOrEqual(LESSONS.length);
    expect(commandLines().filter(({ argv }) => argv.includes(server.token))).toEqual([]);
    const unauthorized = await fetch(`${server.url.origin}/api/contents`);
    expect(unauthorized.status).toBe(403);
  });
});
