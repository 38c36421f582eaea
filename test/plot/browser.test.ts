// Chart outputs made by the real kernel, rendered by JupyterLab's own rendering packages in
// Debian's Chromium, offline: trusted outputs draw interactive Plotly charts (even when the
// chart renders before plotly.js arrives), untrusted outputs show the static pictures.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCell, type StoredOutput } from "../kernel/outputs";
import { useJupyterKernel } from "../kernel/server";
import { buildRendermimePage, drawnCharts, launchChromium, offlinePage } from "./browser/pages";

const fixture = useJupyterKernel();
let outputs: StoredOutput[] = [];
let pageUrl = "";
let browser: Browser;

const CHART_CELLS = [
  "plot.loss([4, 2, 1.5, 1.2, 1.1], { title: 'Loss' })",
  "plot.scatter([1, 2, 3, 4], [1, 3, 2, 4], { color: [0, 1, 0, 1], title: 'Data' })",
  "const g = np.linspace(-1, 1, 21);\nplot.contour(np.add(g.reshape(1, -1), g.reshape(-1, 1)), { x: g, y: g, title: 'Regions' }).add(plot.scatter([0.5], [-0.5]))",
];

beforeAll(async () => {
  const run = (code: string) => runCell(fixture.kernel(), code);
  expect((await run('import { plot } from "numts-plot";\nimport * as np from "numts";')).status).toBe("ok");
  for (const code of CHART_CELLS) {
    const r = await run(code);
    expect(r.status).toBe("ok");
    outputs.push(...r.outputs);
  }
  [pageUrl, browser] = await Promise.all([buildRendermimePage(), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const isChart = (o: StoredOutput) => o.data?.["application/vnd.plotly.v1+json"] !== undefined;

describe("JupyterLab's rendering of chart outputs", () => {
  it("the cells made plotly.js once and three charts", () => {
    expect(outputs.map((o) => (isChart(o) ? "chart" : o.output_type))).toEqual(["display_data", "chart", "chart", "chart"]);
  });

  it("trusted: JupyterLab picks the HTML and plotly.js draws every chart, with no network request", async () => {
    const { page, blocked, errors } = await offlinePage(browser);
    await page.goto(pageUrl);
    const { mimeTypes } = await page.evaluate((o) => window.renderOutputs(o, true), outputs as never);
    expect(mimeTypes).toEqual(["text/html", "text/html", "text/html", "text/html"]);
    await page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 3, undefined, { timeout: 30_000 });
    expect(await drawnCharts(page)).toBe(3);
    expect(await page.locator(".numts-plot img").count()).toBe(0); // pictures replaced by the charts
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("trusted: charts rendered before plotly.js arrives wait for it, then draw", async () => {
    const { page, errors } = await offlinePage(browser);
    await page.goto(pageUrl);
    const charts = outputs.filter(isChart);
    await page.evaluate((o) => window.renderOutputs(o, true), charts as never);
    expect(await page.locator(".numts-plot img").count()).toBe(3); // the pictures show meanwhile
    await page.evaluate((o) => window.renderOutputs(o, true), outputs.filter((o) => !isChart(o)) as never);
    await page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length >= 3, undefined, { timeout: 30_000 });
    expect(await drawnCharts(page)).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("untrusted: scripts are stripped and each chart shows its static picture", async () => {
    const { page, blocked } = await offlinePage(browser);
    await page.goto(pageUrl);
    const { mimeTypes } = await page.evaluate((o) => window.renderOutputs(o, false), outputs as never);
    expect(mimeTypes).toEqual(["text/html", "text/html", "text/html", "text/html"]);
    await page.waitForTimeout(1000);
    expect(await page.locator(".js-plotly-plot").count()).toBe(0);
    const pictures = page.locator('.numts-plot img[src^="data:image/svg+xml;base64,"]');
    expect(await pictures.count()).toBe(3);
    const sizes = await pictures.evaluateAll((imgs) => imgs.map((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).getBoundingClientRect().height]));
    for (const [natural, shown] of sizes) {
      expect(natural).toBe(720); // the SVG decoded
      expect(shown).toBeGreaterThan(200); // and is visible, not an empty box
    }
    expect(blocked).toEqual([]);
    await page.close();
  }, 60_000);
});
