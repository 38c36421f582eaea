// The lessons as a static JupyterLite site (`npm run site`), through its UI as a student uses it:
// the built site/ served by a plain static server from a sub-path, Debian's Chromium, the kernel
// in a Web Worker. One site, one server and one page per lesson for the whole file. For each
// lesson: Clear Outputs and Run All give the site's stored outputs (the lessons' own, less what
// only other frontends need) and draw every chart. On lecture 4's page: its sliders retrain; in
// new cells, a button's click runs its handler and an Output captures a print and a chart. On
// lecture 9's page: a type error with its line and column; the display API; Tab completion and
// Shift-Tab documentation; Interrupt of while (true) {}, and of code without checks (Restart
// offered); an edit kept across a reload; the missing-name hint; File > Download; File > Reset
// Lesson. No request leaves the site's origin and path, neither seen by the pages nor arriving
// at the server.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- an ES module script without declarations
import { buildSite, SITE, serveStatic, siteNotebook } from "../../lite/build.mjs";
import { chartY, codeCells, drawnCharts, editorText, expectedInJupyterLab, expectedShown, markCharts, markedCharts, menu, notebook, runInNewCell, setSource, shownOutputs, waitForAllRun, waitForCurrentTab, waitForIdle } from "../lab/lab";
import { LESSONS, type Lesson, type Notebook, notebookPath, readNotebook, text } from "../notebooks/lessons";
import { launchChromium } from "../plot/browser/pages";

/** Where the site is published: a sub-path, as on GitHub Pages. */
const PREFIX = "/course/numts/";

/** Lecture 4's code cell with the learning-rate exercise's sliders (interact). */
const INTERACTIVE_CELL = readNotebook(LESSONS[0]).cells.filter((c) => c.cell_type === "code").findIndex((c) => text(c.source).includes("interact("));

let server: Server;
let browser: Browser;
let site: string;
/** Requests the server got for paths outside the site (the browser's own, e.g. /favicon.ico, which pages do not see). */
const outsidePath: string[] = [];
const pages = new Map<Lesson, { page: Page; outside: string[]; errors: string[] }>();

beforeAll(async () => {
  await buildSite({ notebooks: LESSONS.map(notebookPath), log: () => {} });
  [server, browser] = await Promise.all([serveStatic(SITE, { prefix: PREFIX }) as Promise<Server>, launchChromium()]);
  site = `http://127.0.0.1:${(server.address() as { port: number }).port}${PREFIX}`;
  server.on("request", (request: { url?: string }) => {
    if (!(request.url ?? "").startsWith(PREFIX)) outsidePath.push(request.url ?? "");
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A page of the site in a fresh browser context (its own storage), recording every request that
 * is not for the site (the page's own blob: URLs are its memory, not requests) and every error.
 */
async function openLesson(lesson: Lesson): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(site) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !expectedInJupyterLab(m.text(), m.location().url)) errors.push(`${m.text()} (${m.location().url})`);
  });
  await page.goto(`${site}lab/index.html?path=${encodeURIComponent(lesson)}`);
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
  await waitForCurrentTab(page, lesson);
  await waitForIdle(page);
  return { page, outside, errors };
}

describe.each(LESSONS)("%s on the JupyterLite site", (lesson) => {
  const stored = siteNotebook(readNotebook(lesson)) as Notebook;
  const code = stored.cells.filter((c) => c.cell_type === "code");
  const expected = code.map((c) => (c.outputs ?? []).flatMap((o) => expectedShown(stored, o)));
  const charts = expected.flat().filter((s) => "chart" in s).length;

  it("opens from lab/index.html?path=, Run > Run All Cells: every output's text as stored, every chart drawn, no request outside the site", async () => {
    const opened = await openLesson(lesson);
    pages.set(lesson, opened);
    const { page, outside, errors } = opened;
    await menu(page, "Edit", "Clear Outputs of All Cells");
    await expect.poll(() => notebook(page).locator(".jp-OutputArea-output").count()).toBe(0);
    const started = Date.now();
    await menu(page, "Run", "Run All Cells");
    await waitForAllRun(page, 300_000);
    console.log(`${lesson}: Run All took ${((Date.now() - started) / 1000).toFixed(1)} s on the site`);
    const shown = [];
    for (let i = 0; i < code.length; i++) shown.push(await shownOutputs(codeCells(page).nth(i)));
    expect(shown).toEqual(expected);
    await expect.poll(() => drawnCharts(page), { timeout: 60_000 }).toBe(charts);
    // An interact's charts, returned or .show()n (lecture 9), are FigureWidgets: none is an output of its Output widget.
    expect(await notebook(page).locator(".widget-interact .numts-FigureWidget .numts-RenderedPlotly").count()).toBe(lesson === LESSONS[0] ? 1 : 2);
    expect(await notebook(page).locator(".widget-output .numts-RenderedPlotly").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(outsidePath).toEqual([]);
  }, 420_000);
});

describe("lecture 4's interactive exercise on the site", () => {
  it("moving the steps slider retrains: the chart's two curves become the losses of direct train() calls, redrawn in the same element", async () => {
    const { page } = pages.get(LESSONS[0]) as { page: Page };
    const view = codeCells(page).nth(INTERACTIVE_CELL).locator(".widget-interact");
    await view.waitFor({ timeout: 60_000 });
    await expect.poll(() => chartY(view, 1), { timeout: 60_000 }).not.toBeNull();
    const before = await chartY(view, 1);
    const token = await markCharts(view);
    const started = Date.now();
    // The keyboard moves the slider as a drag does (JupyterLab windows the notebook, so a handle
    // scrolled out of the page's view is not where the mouse would be).
    await view.locator(".widget-slider").nth(1).locator(".noUi-handle").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => JSON.stringify(await chartY(view, 1)) !== JSON.stringify(before), { timeout: 60_000 }).toBe(true);
    console.log(`site: steps slider key press to redrawn chart ${Date.now() - started} ms`);
    await waitForIdle(page);
    const steps = Number((await view.locator(".widget-readout").allTextContents())[1]);
    expect(steps).not.toBe(50);
    // A new cell below the last one, as a student adds one: the same training, called directly.
    const direct = await runInNewCell(page, `console.log(JSON.stringify([train(0.01, ${steps}), train(0.1, ${steps})]))`);
    const stdout = direct.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stdout']");
    await stdout.waitFor({ timeout: 60_000 });
    const [lecture, yours] = JSON.parse((await stdout.textContent()) ?? "") as number[][];
    expect(lecture.length).toBe(steps);
    expect(await chartY(view, 0)).toEqual(lecture);
    expect(await chartY(view, 1)).toEqual(yours);
    expect(await markedCharts(view, token)).toEqual([true]);
    expect(await view.locator(".numts-FigureWidget").count()).toBe(1);
  }, 180_000);
});

describe("numts-widgets on the site, in new cells of lecture 4", () => {
  const page = () => (pages.get(LESSONS[0]) as { page: Page }).page;

  it("a button's click runs its handler in the kernel's worker, which prints into an Output", async () => {
    const p = page();
    const cell = await runInNewCell(
      p,
      [
        'import { Button, Output, VBox } from "numts-widgets";',
        "const out = new Output();",
        'const button = new Button({ description: "Say hi" });',
        "let clicks = 0;",
        "button.on_click(() => out.capture(() => console.log(`hi ${++clicks}`)));",
        "new VBox([button, out])",
      ].join("\n"),
    );
    const button = cell.locator("button.widget-button", { hasText: "Say hi" });
    await button.waitFor({ timeout: 60_000 });
    await waitForIdle(p);
    expect(await cell.locator(".widget-output").textContent()).toBe("");
    await button.click();
    await expect.poll(() => cell.locator(".widget-output").textContent(), { timeout: 30_000 }).toBe("hi 1\n");
    await button.click();
    await expect.poll(() => cell.locator(".widget-output").textContent(), { timeout: 30_000 }).toBe("hi 1\nhi 2\n");
  }, 120_000);

  it("an Output captures a print and a chart made in its cell: shown inside the widget, not as the cell's own outputs", async () => {
    const p = page();
    const cell = await runInNewCell(
      p,
      [
        'import { Output } from "numts-widgets";',
        'import { plot } from "numts-plot";',
        "const printed = new Output();",
        "printed.capture(() => {",
        '  console.log("captured in the cell");',
        '  plot.loss([4, 2, 1.5, 1.25], { title: "captured chart" }).show();',
        "});",
        "printed",
      ].join("\n"),
    );
    const view = cell.locator(".widget-output");
    await view.waitFor({ timeout: 60_000 });
    await expect.poll(() => view.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stdout']").textContent(), { timeout: 30_000 }).toBe("captured in the cell\n");
    await expect.poll(() => chartY(view), { timeout: 60_000 }).toEqual([4, 2, 1.5, 1.25]);
    // The cell's one output is the widget: the print and the chart are only inside it.
    expect(await shownOutputs(cell)).toEqual([{ other: "application/vnd.jupyter.widget-view+json" }, { stream: "stdout", text: "captured in the cell\n" }, { chart: true }]);
    expect(await cell.locator(".numts-RenderedPlotly").count()).toBe(1);
    expect(await cell.locator(".jp-Cell-outputArea > .jp-OutputArea-child").count()).toBe(1);
    const { errors } = pages.get(LESSONS[0]) as { errors: string[] };
    expect(errors).toEqual([]);
  }, 120_000);
});

describe("lecture 9 on the site, as a student works in it", () => {
  const lesson = LESSONS[1];
  const page = () => (pages.get(lesson) as { page: Page }).page;

  it("a type error shows with its line, column and caret", async () => {
    const cell = await runInNewCell(page(), 'const rate = 0.1;\nconst steps: number = "ten";');
    await expect.poll(async () => JSON.stringify(await shownOutputs(cell)), { timeout: 60_000 }).toContain("TS2322");
    const [output] = await shownOutputs(cell);
    expect(output).toHaveProperty("error");
    const shown = (output as { error: string }).error;
    expect(shown).toContain("2:7 - error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(shown).toContain('  const steps: number = "ten";\n        ^^^^^');
  }, 120_000);

  it("top-level await, display and update_display, clear_output and a cell's value, from numts-kernel's display API", async () => {
    const p = page();
    const cell = codeCells(p).last();
    const source = [
      'import { clear_output, display } from "numts-kernel";',
      'console.log("cleared before it shows");',
      "clear_output();",
      'const handle = display("first");',
      "await new Promise((resolve) => setTimeout(resolve, 50));",
      'handle.update("updated after an await");',
      "40 + 2",
    ].join("\n");
    await setSource(p, cell, source);
    await p.keyboard.press("Control+Enter");
    await expect.poll(() => shownOutputs(cell), { timeout: 60_000 }).toEqual([{ text: "'updated after an await'" }, { text: "42" }]);
  }, 120_000);

  it("Tab completes np.aran to np.arange; Shift-Tab right after np.dot( shows numts's documentation of dot", async () => {
    const p = page();
    const cell = codeCells(p).last();
    await setSource(p, cell, "np.aran");
    await cell.locator(".jp-mod-completer-enabled").waitFor({ timeout: 30_000 });
    await p.keyboard.press("Tab");
    await p.locator(".jp-Completer-item", { hasText: "arange" }).first().waitFor({ timeout: 60_000 });
    await p.keyboard.press("Enter");
    await expect.poll(() => editorText(cell), { timeout: 30_000 }).toBe("np.arange");
    await p.keyboard.press("Control+A");
    await p.keyboard.insertText("np.dot(");
    await p.keyboard.press("Shift+Tab");
    const tooltip = p.locator(".jp-Tooltip");
    await tooltip.waitFor({ timeout: 30_000 });
    expect(await tooltip.textContent()).toContain("Dot product of two arrays");
    await p.keyboard.press("Escape");
  }, 120_000);

  it("Interrupt stops while (true) {} and the next cell sees earlier variables", async () => {
    const p = page();
    const cell = codeCells(p).last();
    await setSource(p, cell, "let spins = 0;\nwhile (true) { spins++; }");
    await p.keyboard.press("Control+Enter");
    await notebook(p).locator(".jp-Notebook-ExecutionIndicator[data-status='busy']").waitFor({ state: "attached", timeout: 30_000 });
    await p.waitForTimeout(500); // the loop is running
    await notebook(p).locator("jp-button[data-command='notebook:interrupt-kernel']").click();
    await waitForIdle(p, 30_000);
    await expect.poll(async () => JSON.stringify(await shownOutputs(cell)), { timeout: 30_000 }).toContain("KeyboardInterrupt");
    await setSource(p, cell, 'console.log(data.shape.join(","), spins > 0)');
    await p.keyboard.press("Control+Enter");
    await expect.poll(() => shownOutputs(cell), { timeout: 60_000 }).toEqual([{ stream: "stdout", text: "500,2 true\n" }]);
  }, 120_000);

  it("code without checks (a regular expression that backtracks for ever): Interrupt offers to restart the kernel, which stops it", async () => {
    const p = page();
    const cell = codeCells(p).last();
    // display() sends its output at once: once it shows, the regular expression is running (not the type check).
    await setSource(p, cell, 'import { display } from "numts-kernel";\ndisplay("backtracking");\n/^(a+)+$/.test("a".repeat(40) + "b")');
    // Run it once the toolbar's execution indicator has settled after the last cell (its timers
    // run 0.15-1 s after a cell ends and would hide an indicator left busy by the restart).
    await p.waitForTimeout(1_100);
    await p.keyboard.press("Control+Enter");
    await expect.poll(() => shownOutputs(cell), { timeout: 60_000 }).toEqual([{ text: "'backtracking'" }]);
    await notebook(p).locator("jp-button[data-command='notebook:interrupt-kernel']").click();
    const dialog = p.locator(".jp-Dialog", { hasText: "The kernel did not stop" });
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.locator(".jp-mod-accept").click();
    await waitForIdle(p);
    // A new kernel: the lesson's variables are gone.
    await setSource(p, cell, "data");
    await p.keyboard.press("Control+Enter");
    await expect.poll(async () => JSON.stringify(await shownOutputs(cell)), { timeout: 60_000 }).toContain("Cannot find name 'data'");
  }, 180_000);

  it("an edit is kept in the browser across a reload", async () => {
    const p = page();
    const cell = codeCells(p).last();
    await setSource(p, cell, "const kept = 'edited on the site';");
    await p.keyboard.press("Escape");
    await p.keyboard.press("Control+s");
    await expect.poll(() => p.locator(".jp-mod-current.jp-mod-dirty").count(), { timeout: 30_000 }).toBe(0);
    // The address names the lesson as a static host serves it (lab/index.html?path=...), so a reload finds it.
    expect(p.url()).toBe(`${site}lab/index.html?path=${encodeURIComponent(lesson)}`);
    await p.reload();
    await p.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
    await expect.poll(() => codeCells(p).count(), { timeout: 30_000 }).toBe(code9.length + 1);
    await expect.poll(() => editorText(codeCells(p).last()), { timeout: 30_000 }).toBe("const kept = 'edited on the site';");
    await waitForCurrentTab(p, lesson);
    await waitForIdle(p);
    const { outside, errors } = pages.get(lesson) as { outside: string[]; errors: string[] };
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(outsidePath).toEqual([]);
  }, 180_000);
});

describe("after the reload, in a new kernel", () => {
  const page = () => (pages.get(LESSONS[1]) as { page: Page }).page;

  it("a name defined in a cell not run yet: the hint names that cell of the lesson", async () => {
    const p = page();
    const cell = codeCells(p).last();
    await setSource(p, cell, "data.shape");
    await p.keyboard.press("Control+Enter");
    await expect.poll(async () => JSON.stringify(await shownOutputs(cell)), { timeout: 60_000 }).toContain("Cannot find name 'data'");
    const [output] = await shownOutputs(cell);
    expect((output as { error: string }).error).toContain("'data' is defined in code cell 1 of 09-backpropagation.ipynb (`import * as np from \"numts\";`), which has not run in this kernel yet");
  }, 120_000);

  it("File > Download saves the lesson, with the student's edits, as .ipynb", async () => {
    const p = page();
    await p.keyboard.press("Escape");
    await p.keyboard.press("Control+s");
    await expect.poll(() => p.locator(".jp-mod-current.jp-mod-dirty").count(), { timeout: 30_000 }).toBe(0);
    const [download] = await Promise.all([p.waitForEvent("download", { timeout: 30_000 }), menu(p, "File", "Download")]);
    expect(download.suggestedFilename()).toBe(LESSONS[1]);
    const saved = JSON.parse(readFileSync(await download.path(), "utf8")) as Notebook;
    const sources = saved.cells.map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));
    expect(sources.at(-1)).toBe("data.shape");
    expect(saved.cells.length).toBe(readNotebook(LESSONS[1]).cells.length + 1);
  }, 120_000);

  it("the status bar says the work is kept in this browser; File > Reset Lesson goes back to the published lesson", async () => {
    const p = page();
    expect(await p.locator(".numts-storage-note").getAttribute("title")).toContain("saved in this browser only");
    await menu(p, "File", "Reset Lesson to the Published Version…");
    await p.locator(".jp-Dialog .jp-mod-accept").click();
    await expect.poll(() => codeCells(p).count(), { timeout: 60_000 }).toBe(code9.length);
    await expect.poll(() => editorText(codeCells(p).last()), { timeout: 30_000 }).toBe(text(code9[code9.length - 1].source));
    await waitForIdle(p);
    // Reloaded, the published lesson is what the browser has.
    await p.reload();
    await p.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
    await expect.poll(() => codeCells(p).count(), { timeout: 30_000 }).toBe(code9.length);
  }, 180_000);
});

const code9 = readNotebook(LESSONS[1]).cells.filter((c) => c.cell_type === "code");
