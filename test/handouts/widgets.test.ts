// Widgets in the handouts, drawn from the notebook's saved widget state: a notebook made for the
// test is executed through the numts kernel (nbconvert, as npm run notebooks does), so its widget
// state is the one nbclient saves; npm run handouts then makes its HTML and PDF. The HTML, opened
// offline in Chromium, shows each widget at its saved values (a slider's handle where its value
// sits on the track), an Output widget's print and chart; the PDF holds the same words and the
// chart drawn as vectors, and a FigureWidget's last chart. One saved form no kernel run here
// makes is written into the executed notebook: a view whose model the state lacks (JupyterLab
// saves no models after a restart).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- an ES module script without declarations
import { nbconvertExecute, PYTHON, registerKernel, reproducibleEnv } from "../../scripts/jupyter.mjs";
// @ts-expect-error -- an ES module script without declarations
import { formatNumber } from "../../scripts/handouts/widgets.mjs";
import { ROOT } from "../kernel/kernelspec";
import { WIDGET_VIEW } from "../notebooks/lessons";
import { launchChromium, offlinePage } from "../plot/browser/pages";
import { type Notebook, type Output, text } from "./notebook";
import { colouredPixels, find, fonts, imageCount, pages, rasterize, words } from "./pdf";

const SCRIPT = join(ROOT, "scripts/handouts.mjs");
const WIDGET_STATE = "application/vnd.jupyter.widget-state+json";

interface Model {
  model_name: string;
  model_module: string;
  model_module_version: string;
  state: Record<string, unknown>;
}
type Executed = Notebook & { metadata: { widgets: Record<string, { state: Record<string, Model> }> } };

const code = (id: string, source: string) => ({ id, cell_type: "code", metadata: {}, execution_count: null, outputs: [], source });

const NOTEBOOK = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {
    kernelspec: { name: "numts", display_name: "TypeScript (numts)", language: "typescript" },
    numts: { course: "Widgets course", lecture: "Widgets on paper", author: "Test author" },
  },
  cells: [
    code(
      "controls",
      `import { Checkbox, FloatLogSlider, FloatSlider, HBox, HTML, IntSlider, Label, Text, VBox } from "numts-widgets";
const rate = new FloatLogSlider({ description: "learning rate", value: 0.01, min: -4, max: 0 });
const steps = new IntSlider({ description: "steps", value: 35, min: 10, max: 110 });
const momentum = new FloatSlider({ description: "momentum", value: 0.9, min: 0, max: 1.2 });
new VBox([new HBox([rate, steps, momentum]), new Checkbox({ description: "with bias", value: true }), new Text({ description: "run name", value: "wide net" }), new Label({ value: "a plain label" }), new HTML({ value: "<b>bold words</b>" })])`,
    ),
    code(
      "choices",
      `import { Dropdown, ToggleButtons } from "numts-widgets";
import { display } from "numts-kernel";
display(new Dropdown({ description: "activation", options: ["relu", "sigmoid", "tanh"], value: "tanh" }));
new ToggleButtons({ description: "optimiser", options: ["sgd", "momentum", "adam"], value: "momentum" })`,
    ),
    code(
      "output",
      `import { Button, Output, VBox } from "numts-widgets";
import { plot } from "numts-plot";
const out = new Output();
out.capture(() => {
  console.log("captured in the cell");
  plot.loss([4, 2, 1.5, 1.25], { title: "Captured loss chart" }).show();
});
new VBox([new Button({ description: "Say hi" }), out])`,
    ),
    code("restarted", `new Label({ value: "lost in a restart" })`),
    code(
      "chart-widget",
      `import { FigureWidget } from "numts-widgets";
const figure = new FigureWidget(plot.loss([3, 1, 0.5], { title: "Figure widget chart" }));
figure.figure = plot.loss([3, 1, 0.5, 0.25], { title: "Figure widget chart" });
figure`,
    ),
  ],
};

mkdirSync(join(ROOT, "tmp"), { recursive: true });
// Inside the repository, where the kernel finds numts.
const dir = mkdtempSync(join(ROOT, "tmp", "handouts-widgets-"));
const html = join(dir, "out", "widgets.html");
const pdf = join(dir, "out", "widgets.pdf");
let executed: Executed;
let state: Record<string, Model>;
let log = "";
/** The Output widget's chart: its output as the kernel stored it, and the picture its HTML holds. */
let chart: { output: Output; picture: string };
let browser: Browser;
let page: Page;
let requests: string[] = [];
let errors: string[] = [];

const viewOf = (nb: Notebook, id: string): string => ((nb.cells.find((c) => c.id === id)?.outputs ?? []).find((o) => o.data?.[WIDGET_VIEW] !== undefined)?.data?.[WIDGET_VIEW] as { model_id: string }).model_id;

beforeAll(async () => {
  const source = join(dir, "widgets-source.ipynb");
  writeFileSync(source, JSON.stringify(NOTEBOOK));
  const execute = nbconvertExecute(reproducibleEnv(registerKernel().env));
  const run = spawnSync(PYTHON, [...execute.args, "--output-dir", dir, "--output", "widgets", source], { env: execute.env, encoding: "utf8", cwd: dir });
  if (run.status !== 0) throw new Error(`executing the test notebook failed:\n${run.stderr}`);
  const file = join(dir, "widgets.ipynb");
  executed = JSON.parse(readFileSync(file, "utf8")) as Executed;
  state = executed.metadata.widgets[WIDGET_STATE].state;

  const output = Object.values(state).find((m) => m.model_name === "OutputModel") as Model;
  const chartOutput = (output.state.outputs as Output[]).find((o) => o.data?.["application/vnd.plotly.v1+json"] !== undefined) as Output;
  chart = { output: chartOutput, picture: /<img src="(data:image\/svg\+xml;base64,[^"]+)"/.exec(text(chartOutput.data?.["text/html"] as string))?.[1] ?? "" };
  // As JupyterLab saves a notebook after a restart: the view stays in the cell, its model is gone.
  delete state[viewOf(executed, "restarted")];
  writeFileSync(file, JSON.stringify(executed));

  const handouts = spawnSync(process.execPath, [SCRIPT, "--out", join(dir, "out"), file], { encoding: "utf8" });
  if (handouts.status !== 0) throw new Error(`npm run handouts failed:\n${handouts.stderr}`);
  log = handouts.stdout;

  browser = await launchChromium();
  ({ page, blocked: requests, errors } = await offlinePage(browser, undefined, { file: html, viewport: { width: 1000, height: 900 } }));
  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => document.querySelector(".numts-widget-output .numts-plot.js-plotly-plot .main-svg") !== null, undefined, { timeout: 30_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text of the widgets a cell's output shows. */
const widgetText = (id: number, selector: string) => page.locator(".jp-CodeCell").nth(id).locator(selector).allTextContents();

describe("a slider's readout", () => {
  it("prints numbers as the sliders of our JupyterLab do: with d3-format, as @jupyter-widgets/controls calls it", async () => {
    // The d3-format our JupyterLab's widget manager (lab/package.json) gets through its controls.
    const from = (module: string, file: string) => createRequire(file).resolve(module);
    const controls = from("@jupyter-widgets/controls/package.json", from("@jupyter-widgets/jupyterlab-manager/package.json", join(ROOT, "lab", "package.json")));
    const d3 = (await import(from("d3-format", controls))) as { format(spec: string): (x: number) => string };
    const specifiers = ["d", ",d", ".2f", ".3g", ".1%", ".2e", "~g", ".3~g", ".0f", "", ".3r", ",.2f", ".4~f", "+.1f", "$,.2f", ">10.3f", "^8d", ".3s", "x", "#b"];
    const values = [0, -0, 0.01, 0.1, 0.123456, -0.001, -1.5, 35, 99.995, 999.5, 1234567.891, 1e-7, -2.5e-5, 1e21];
    const ours = specifiers.flatMap((spec) => values.map((x) => `${spec} ${x}: ${formatNumber(x, spec)}`));
    expect(ours).toEqual(specifiers.flatMap((spec) => values.map((x) => `${spec} ${x}: ${d3.format(spec)(x)}`)));
  });
});

describe("the handout's HTML, opened offline", () => {
  it("says how many widgets it drew from the saved state", () => {
    expect(log).toContain("widgets.ipynb: HTML, student edition (2 chart(s), 6 widget(s) drawn from the saved widget state");
  });

  it("sliders in a row (HBox), each with its description, the readout as ipywidgets prints it, the handle where the saved value sits", async () => {
    const sliders = page.locator(".jp-CodeCell").nth(0).locator(".numts-widget-slider");
    expect(await sliders.locator(".numts-widget-description").allTextContents()).toEqual(["learning rate", "steps", "momentum"]);
    expect(await sliders.locator(".numts-widget-readout").allTextContents()).toEqual(["0.0100", "35", "0.90"]);
    const saved = (name: string) => (Object.values(state).find((m) => m.model_name === name) as Model).state as { value: number; min: number; max: number };
    const [rate, steps, momentum] = [saved("FloatLogSliderModel"), saved("IntSliderModel"), saved("FloatSliderModel")];
    const expected = [(Math.log10(rate.value) - rate.min) / (rate.max - rate.min), (steps.value - steps.min) / (steps.max - steps.min), (momentum.value - momentum.min) / (momentum.max - momentum.min)];
    expect(expected.map((f) => f.toFixed(3))).toEqual(["0.500", "0.250", "0.750"]);
    const at = await sliders.evaluateAll((nodes) =>
      nodes.map((node) => {
        const track = (node.querySelector(".numts-widget-track") as Element).getBoundingClientRect();
        const handle = (node.querySelector(".numts-widget-handle") as Element).getBoundingClientRect();
        return { fraction: (handle.left + handle.width / 2 - track.left) / track.width, top: Math.round(node.getBoundingClientRect().top) };
      }),
    );
    at.forEach((a, i) => expect(a.fraction).toBeCloseTo(expected[i], 2));
    expect(new Set(at.map((a) => a.top)).size).toBe(1);
  });

  it("the VBox's other controls one below another: the ticked checkbox, the text, the label, the HTML", async () => {
    const cell = page.locator(".jp-CodeCell").nth(0);
    expect(await cell.locator(".numts-widget-checkbox").getAttribute("data-checked")).toBe("true");
    expect(await cell.locator(".numts-widget-checkbox").textContent()).toBe("\u2611with bias");
    expect(await widgetText(0, ".numts-widget-text")).toEqual(["run namewide net"]);
    expect(await widgetText(0, ".numts-widget-label")).toEqual(["a plain label"]);
    expect(await cell.locator(".numts-widget-html b").textContent()).toBe("bold words");
    const tops = await cell.locator(".numts-widgets > .numts-widget-vbox > *").evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(tops).toHaveLength(5);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(new Set(tops).size).toBe(5);
  });

  it("the selections: the dropdown's chosen label, the toggle buttons with the chosen one marked", async () => {
    expect(await widgetText(1, ".numts-widget-dropdown .numts-widget-field")).toEqual(["tanh\u25be"]);
    expect(await widgetText(1, ".numts-widget-buttons .numts-widget-option")).toEqual(["sgd", "momentum", "adam"]);
    expect(await widgetText(1, ".numts-widget-buttons .numts-widget-selected")).toEqual(["momentum"]);
    expect(await widgetText(1, ".numts-widget-description")).toEqual(["activation", "optimiser"]);
  });

  it("the Output widget as its stored outputs: the print, and the chart (its picture in the page, drawn by plotly.js with its data)", async () => {
    expect(await widgetText(2, ".numts-widget-button")).toEqual(["Say hi"]);
    expect(await widgetText(2, ".numts-widget-output .numts-widget-stream")).toEqual(["captured in the cell\n"]);
    expect(chart.picture).toMatch(/^data:image\/svg\+xml;base64,/);
    const page_ = readFileSync(html, "utf8");
    const outputPart = page_.slice(page_.indexOf('class="numts-widget-output"'));
    expect(outputPart.includes(`<img src="${chart.picture}"`)).toBe(true);
    const y = await page.locator(".numts-widget-output .numts-plot").evaluate((gd) => [...((gd as unknown as { data: { y: number[] }[] }).data[0].y ?? [])]);
    expect(y).toEqual([4, 2, 1.5, 1.25]);
    expect(await page.locator(".numts-widget-output .numts-plot .gtitle").textContent()).toBe("Captured loss chart");
  });

  it("a view whose model the state lacks: a note saying so; a FigureWidget: its last chart, picture and drawing", async () => {
    expect(await widgetText(3, ".numts-widget-note")).toEqual([
      "A widget was shown here. The notebook has no saved state for it (it was saved after its kernel restarted or stopped). Run the notebook in Jupyter and save it, then make the handout again.",
    ]);
    const figure = Object.values(state).find((m) => m.model_name === "FigureModel") as Model;
    const saved = figure.state.bundle as Record<string, unknown>;
    const picture = /<img src="(data:image\/svg\+xml;base64,[^"]+)"/.exec(text(saved["text/html"] as string))?.[1];
    expect(picture).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(readFileSync(html, "utf8").slice(readFileSync(html, "utf8").indexOf('class="numts-widget-bundle"')).includes(`<img src="${picture}"`)).toBe(true);
    const y = await page.locator(".numts-widget-bundle .numts-plot").evaluate((gd) => [...((gd as unknown as { data: { y: number[] }[] }).data[0].y ?? [])]);
    expect(y).toEqual([3, 1, 0.5, 0.25]);
  });

  it("no widget's text/plain fallback, no widget manager, nothing requested, no error", async () => {
    const body = (await page.locator("body").textContent()) ?? "";
    for (const o of executed.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.[WIDGET_VIEW] !== undefined)) expect(body).not.toContain(text(o.data?.["text/plain"] as string));
    const source = readFileSync(html, "utf8");
    expect(source).not.toContain(WIDGET_STATE);
    expect(source).not.toContain("require.js");
    expect(source.split("* plotly.js v").length - 1).toBe(1);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("the handout's PDF", () => {
  it("holds every widget's description and value, the Output's print and the note", () => {
    const all = pages(pdf)
      .map((p) => p.text)
      .join(" ");
    for (const shown of ["learning rate 0.0100", "steps 35", "momentum 0.90", "\u2611 with bias", "run name wide net", "a plain label", "bold words", "activation tanh", "optimiser sgd momentum adam", "Say hi", "captured in the cell", "The notebook has no saved state for it"]) {
      expect(all.includes(shown), shown).toBe(true);
    }
    expect(all).not.toContain("VBox(children");
  });

  it("the Output's chart drawn as vectors under its title, the FigureWidget's too; only the shipped fonts", () => {
    expect(imageCount(pdf)).toBe(0);
    const [title] = find(words(pdf), "Captured loss chart").filter((w) => w.x > 100);
    expect(title).toBeDefined();
    const { width } = pages(pdf)[title.page - 1];
    expect(colouredPixels(rasterize(pdf, title.page, 50), { x: 40, y: title.y, width: width - 80, height: 250 })).toBeGreaterThan(40);
    // The FigureWidget's chart likewise.
    expect(find(words(pdf), "Figure widget chart").length).toBe(1);
    expect([...new Set(fonts(pdf).filter((f) => f.type !== "Type 3").map((f) => f.name))].filter((name) => !/^(OpenSans|DejaVuSansMono)(-\w+)?$/.test(name))).toEqual([]);
  });
});
