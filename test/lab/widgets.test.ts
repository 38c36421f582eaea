// numts-widgets in our JupyterLab, through its UI as a student uses it (npm start, Debian's
// Chromium): a slider dragged with the mouse retrains and redraws the chart of an interact in
// place (the same element; the losses are those of a direct call), a button's click runs its
// handler, an Output captures a print, a FigureWidget set from a button's handler redraws in
// place, the widget state is saved in the notebook, and a reloaded page gets the live widgets
// back from the kernel. Prints how long a move takes from the key press to the redrawn chart.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../plot/browser/pages";
import { chartY, codeCells, drag, markCharts, markedCharts, menu, npmStart, openNotebook, type StartedServer, waitForAllRun, waitForIdle } from "./lab";

const NAME = "widgets-ui.ipynb";

const cell = (id: string, source: string) => ({ id, cell_type: "code", metadata: {}, execution_count: null, outputs: [], source });

/** A gradient descent on a least-squares problem whose losses depend on both controls. */
const TRAIN = `import * as np from "numts";
import { plot } from "numts-plot";
import { interact, Button, FigureWidget, Output, VBox } from "numts-widgets";

np.random.seed(0);
const X = np.random.randn(40, 3);
const y = np.dot(X, np.array([1.5, -2.0, 0.5]));
function train(learning_rate: number, steps: number): number[] {
  let w = np.zeros(3);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    const error = np.subtract(np.dot(X, w), y);
    losses.push(Number(np.mean(np.power(error, 2))));
    w = np.subtract(w, np.multiply(learning_rate, np.divide(np.dot(X.T, error), 20)));
  }
  return losses;
}`;

const INTERACT = `const w = interact(({ learning_rate, steps }) => plot.loss(train(learning_rate, steps), { title: \`rate \${learning_rate.toPrecision(3)}, \${steps} steps\` }),
  { learning_rate: [0.001, 1, "log"], steps: [2, 40] });`;

const BUTTON = `const out = new Output();
const button = new Button({ description: "Say hi" });
let clicks = 0;
button.on_click(() => out.capture(() => console.log(\`hi \${++clicks}\`)));
new VBox([button, out])`;

const CAPTURE = `const printed = new Output();
printed.capture(() => console.log("captured in the cell"));
printed`;

const FIGURE = `const ys = [1, 2, 3];
const fw = new FigureWidget(plot.line(ys, { title: "points" }));
const more = new Button({ description: "One more" });
more.on_click(() => {
  ys.push(ys.length + 1);
  fw.figure = plot.line(ys, { title: "points" });
});
new VBox([more, fw])`;

const NOTEBOOK = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "numts", display_name: "TypeScript (numts)", language: "typescript" } },
  cells: [cell("train", TRAIN), cell("interact", INTERACT), cell("button", BUTTON), cell("capture", CAPTURE), cell("figure", FIGURE), cell("direct", "// a scratch cell")],
};

let server: StartedServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([npmStart(), launchChromium()]);
  writeFileSync(join(server.dir, NAME), JSON.stringify(NOTEBOOK, null, 1));
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on("pageerror", (e) => errors.push(e.message));
  await openNotebook(page, server, NAME);
  // The kernel connected (the status bar says so), not only the toolbar's first idle: a Run All
  // before that asked which kernel to start.
  await page.locator(".jp-StatusBar-TextItem", { hasText: "TypeScript (numts) | Idle" }).waitFor({ timeout: 120_000 });
  await menu(page, "Run", "Run All Cells");
  await waitForAllRun(page, 180_000);
}, 400_000);

afterEach((context) => {
  if (context.task.result?.state === "fail" && server) console.error(`--- npm start log ---\n${server.log().slice(-6000)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Runs code in the last (scratch) cell and returns what it printed. */
async function runInScratch(source: string): Promise<string> {
  const scratch = codeCells(page).last();
  await scratch.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(source);
  await page.keyboard.press("Control+Enter");
  const stdout = scratch.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stdout']");
  await stdout.waitFor({ timeout: 60_000 });
  await waitForIdle(page);
  return (await stdout.textContent()) ?? "";
}

describe("widgets in JupyterLab", () => {
  it("interact shows a slider per parameter and the chart of the first run, drawn by our renderer", async () => {
    const view = codeCells(page).nth(1).locator(".widget-interact");
    await view.waitFor({ timeout: 60_000 });
    expect(await view.locator(".widget-slider").count()).toBe(2);
    expect(await view.locator(".widget-label").allTextContents()).toEqual(["learning_rate", "steps"]);
    expect(await view.locator(".widget-readout").allTextContents()).toEqual(["0.0316", "21"]);
    await expect.poll(() => chartY(view), { timeout: 60_000 }).not.toBeNull();
    const direct = JSON.parse(await runInScratch("console.log(JSON.stringify(train(w.controls.learning_rate.value, w.controls.steps.value)))")) as number[];
    expect(await chartY(view)).toEqual(direct);
  }, 120_000);

  it("dragging a slider retrains: the chart's data becomes the losses of a direct train() call, redrawn in the same element", async () => {
    const view = codeCells(page).nth(1).locator(".widget-interact");
    const before = await chartY(view);
    const token = await markCharts(view);
    const cellOutputs = () => codeCells(page).nth(1).locator(".jp-Cell-outputArea").evaluate((area) => area.children.length);
    const outputsBefore = await cellOutputs();
    for (const [index, dx] of [[1, 60], [0, -40]] as const) {
      const previous = await chartY(view);
      const started = Date.now();
      await drag(view.locator(".widget-slider").nth(index), dx);
      await expect.poll(async () => JSON.stringify(await chartY(view)) !== JSON.stringify(previous), { timeout: 60_000 }).toBe(true);
      console.log(`slider ${index}: drag to redrawn chart ${Date.now() - started} ms (the drag itself included)`);
      await waitForIdle(page);
    }
    const shown = await view.locator(".widget-readout").allTextContents();
    const values = JSON.parse(await runInScratch("console.log(JSON.stringify({ rate: w.controls.learning_rate.value, steps: w.controls.steps.value, losses: train(w.controls.learning_rate.value, w.controls.steps.value) }))")) as { rate: number; steps: number; losses: number[] };
    expect(shown).toEqual([values.rate.toPrecision(3), String(values.steps)]); // d3's ".3g", as the slider shows it
    expect(values.steps).not.toBe(21);
    expect(values.rate).not.toBeCloseTo(10 ** -1.5, 6);
    const after = await chartY(view);
    expect(after).not.toEqual(before);
    expect(after).toEqual(values.losses);
    // One chart, the element drawn before the moves (a FigureWidget's, redrawn by Plotly.react),
    // nothing in the interact's Output, and no new output in the cell.
    expect(await markedCharts(view, token)).toEqual([true]);
    expect(await view.locator(".numts-FigureWidget").count()).toBe(1);
    expect(await view.locator(".widget-output .jp-OutputArea-output").count()).toBe(0);
    expect(await cellOutputs()).toBe(outputsBefore);
  }, 180_000);

  it("the retrain round trip, from a value sent to the redrawn chart, measured in the page", async () => {
    const view = codeCells(page).nth(1).locator(".widget-interact");
    const slider = view.locator(".widget-slider").nth(1);
    const token = await markCharts(view);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const previous = JSON.stringify(await chartY(view));
      await slider.locator(".noUi-handle").focus();
      const elapsed = page.evaluate(
        (old) =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const check = () => {
              const gd = document.querySelector(".widget-interact .numts-RenderedPlotly") as (HTMLElement & { data?: { y?: number[] }[] }) | null;
              if (gd?.data && gd.querySelector(".main-svg .trace") && JSON.stringify([...(gd.data[0].y ?? [])]) !== old) resolve(performance.now() - started);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        previous,
      );
      await page.keyboard.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      times.push(await elapsed);
      await waitForIdle(page);
    }
    times.sort((a, b) => a - b);
    console.log(`retrain round trip (key press to the chart redrawn in the same element, 5 moves): median ${times[2].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[4].toFixed(0)} ms`);
    expect(times.length).toBe(5);
    expect(await markedCharts(view, token)).toEqual([true]);
    const direct = JSON.parse(await runInScratch("console.log(JSON.stringify(train(w.controls.learning_rate.value, w.controls.steps.value)))")) as number[];
    expect(await chartY(view)).toEqual(direct);
  }, 180_000);

  it("a button's click runs its handler, which prints into an Output", async () => {
    const view = codeCells(page).nth(2);
    const button = view.locator("button.widget-button", { hasText: "Say hi" });
    await button.click();
    await expect.poll(() => view.locator(".widget-output").textContent(), { timeout: 30_000 }).toBe("hi 1\n");
    await button.click();
    await expect.poll(() => view.locator(".widget-output").textContent(), { timeout: 30_000 }).toBe("hi 1\nhi 2\n");
  }, 60_000);

  it("an Output captures a print made in its cell: shown inside the widget, not as the cell's own output", async () => {
    const view = codeCells(page).nth(3);
    await expect.poll(() => view.locator(".widget-output").textContent(), { timeout: 30_000 }).toBe("captured in the cell\n");
    expect(await view.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stdout']").count()).toBe(1); // the one inside the widget
  }, 60_000);

  it("a FigureWidget set from a button's handler redraws in place", async () => {
    const view = codeCells(page).nth(4);
    await expect.poll(() => chartY(view), { timeout: 60_000 }).toEqual([1, 2, 3]);
    const token = await markCharts(view);
    await view.locator("button.widget-button", { hasText: "One more" }).click();
    await expect.poll(() => chartY(view), { timeout: 30_000 }).toEqual([1, 2, 3, 4]);
    await view.locator("button.widget-button", { hasText: "One more" }).click();
    await expect.poll(() => chartY(view), { timeout: 30_000 }).toEqual([1, 2, 3, 4, 5]);
    expect(await markedCharts(view, token)).toEqual([true]);
    expect(await view.locator(".jp-OutputArea-output").count()).toBe(1); // the box's view, no new output
  }, 60_000);

  it("File > Save stores the widget state in the notebook; a reloaded page gets the live widgets back from the kernel", async () => {
    type Saved = { metadata: { widgets?: Record<string, { state: Record<string, { model_name: string; state: Record<string, unknown> }> }> } };
    const saveAndRead = async () => {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+s");
      await expect.poll(() => page.locator(".jp-mod-current.jp-mod-dirty").count(), { timeout: 30_000 }).toBe(0);
      const saved = JSON.parse(readFileSync(join(server.dir, NAME), "utf8")) as Saved;
      return Object.values(saved.metadata.widgets?.["application/vnd.jupyter.widget-state+json"]?.state ?? {});
    };
    const pictures = (ms: Awaited<ReturnType<typeof saveAndRead>>) => ms.filter((m) => m.model_name === "FigureModel").map((m) => String((m.state.bundle as Record<string, unknown>)["text/html"]).includes("data:image/svg+xml;base64,"));
    // A figure's picture reaches the page a moment after its chart (it is made once the click's
    // request ends): saved before that, the state holds the chart without it. Save until it is in.
    let models = await saveAndRead();
    await expect.poll(async () => pictures((models = await saveAndRead())), { timeout: 30_000 }).toEqual([true, true]);
    const steps = models.find((m) => m.model_name === "IntSliderModel" && m.state.description === "steps");
    expect(steps?.state.value).toBeTypeOf("number");
    expect(steps?.state.value).not.toBe(21);
    const outputs = models.filter((m) => m.model_name === "OutputModel").map((m) => JSON.stringify(m.state.outputs ?? []));
    expect(outputs.some((o) => o.includes("hi 2"))).toBe(true);
    // The charts are FigureWidgets' bundles, the last figure each showed, as the chart's own output has it.
    const figures = models.filter((m) => m.model_name === "FigureModel").map((m) => m.state.bundle as Record<string, { data: { y: number[] }[] }>);
    expect(figures.map((b) => Object.keys(b).sort())).toEqual([
      ["application/vnd.plotly.v1+json", "text/html", "text/plain"],
      ["application/vnd.plotly.v1+json", "text/html", "text/plain"],
    ]);
    expect(figures.map((b) => b["application/vnd.plotly.v1+json"].data[0].y.length).sort((a, b) => a - b)).toEqual([5, steps?.state.value].sort((a, b) => Number(a) - Number(b)));
    expect(figures.map((b) => String(b["text/html"]).includes("data:image/svg+xml;base64,"))).toEqual([true, true]);
    await page.reload();
    await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
    const view = codeCells(page).nth(1).locator(".widget-interact");
    await view.waitFor({ timeout: 60_000 });
    await expect.poll(() => view.locator(".widget-readout").nth(1).textContent(), { timeout: 30_000 }).toBe(String(steps?.state.value));
    // Still live: a click reaches the kernel's handler.
    await codeCells(page).nth(2).locator("button.widget-button").click();
    await expect.poll(() => codeCells(page).nth(2).locator(".widget-output").textContent(), { timeout: 30_000 }).toBe("hi 1\nhi 2\nhi 3\n");
    expect(errors.filter((e) => /widget|numts|plotly/i.test(e))).toEqual([]);
  }, 180_000);
});

describe("a kernel restart", () => {
  it("leaves the widgets on the page, disconnected; saved after it, the notebook no longer holds their state (as with ipykernel)", async () => {
    await page.locator(".jp-NotebookPanel:visible jp-button[data-command='notebook:restart-kernel']").click();
    await page.locator(".jp-Dialog .jp-mod-accept").click();
    await waitForIdle(page);
    const view = codeCells(page).nth(1).locator(".widget-interact");
    expect(await view.count()).toBe(1);
    expect(await view.locator(".numts-RenderedPlotly").count()).toBe(1);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.locator(".jp-mod-current.jp-mod-dirty").count(), { timeout: 30_000 }).toBe(0);
    // JupyterLab's widget manager drops the models of a restarted kernel: none is saved.
    const saved = JSON.parse(readFileSync(join(server.dir, NAME), "utf8")) as { metadata: { widgets?: Record<string, { state: Record<string, unknown> }> } };
    expect(Object.keys(saved.metadata.widgets?.["application/vnd.jupyter.widget-state+json"]?.state ?? {})).toEqual([]);
    await page.reload();
    await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
    // (The cell's other output is numts-plot's copy of plotly.js, which this application shows as nothing.)
    await expect.poll(() => codeCells(page).nth(1).locator(".jp-OutputArea-output").first().textContent(), { timeout: 60_000 }).toContain("Error displaying widget: model not found");
  }, 180_000);
});
