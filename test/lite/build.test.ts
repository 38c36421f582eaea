// `npm run site`'s build (lite/build.mjs): its command line, and the site's copies of the lessons,
// which keep what the browser shows (each chart's Plotly JSON and text) and leave out what only
// other frontends need (numts-plot's copy of plotly.js, the charts' HTML and pictures).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- an ES module script without declarations
import { buildSite, parseArgs, SITE, siteNotebook } from "../../lite/build.mjs";
import type { StoredOutput } from "../kernel/outputs";
import { LESSONS, type Notebook, notebookPath, readNotebook } from "../notebooks/lessons";

describe("npm run site's arguments", () => {
  it("every lesson of notebooks/ by default; --serve, --port and --force; notebooks named", () => {
    expect(parseArgs([])).toEqual({ force: false, serve: false, port: 8000, notebooks: LESSONS.map(notebookPath) });
    expect(parseArgs(["--serve", "--port", "9001", "--force", notebookPath(LESSONS[1])])).toEqual({ force: true, serve: true, port: 9001, notebooks: [notebookPath(LESSONS[1])] });
  });

  it("says what was wrong with a bad argument", () => {
    expect(() => parseArgs(["--watch"])).toThrow('unknown argument "--watch": use --force, --serve, --port N, or notebook files (.ipynb)');
    expect(() => parseArgs(["--port", "eighty"])).toThrow("--port needs a port number");
    expect(() => parseArgs(["missing.ipynb"])).toThrow(/no notebook .*missing\.ipynb/);
  });
});

describe("the site's lessons", () => {
  beforeAll(async () => {
    await buildSite({ notebooks: LESSONS.map(notebookPath), log: () => {} });
  }, 600_000);

  it.each(LESSONS)("%s: the same cells, charts as Plotly JSON and text, no copy of plotly.js", (lesson) => {
    const original = readNotebook(lesson);
    const text = readFileSync(join(SITE, "files", lesson), "utf8");
    const copy = JSON.parse(text) as Notebook;
    expect(copy).toEqual(siteNotebook(original));
    expect(copy.cells.map((c) => c.source)).toEqual(original.cells.map((c) => c.source));
    const outputs = copy.cells.flatMap((c) => c.outputs ?? []) as StoredOutput[];
    const charts = outputs.filter((o) => o.data?.["application/vnd.plotly.v1+json"] !== undefined);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(Object.keys(chart.data ?? {}).sort()).toEqual(["application/vnd.plotly.v1+json", "text/plain"]);
    expect(outputs.filter((o) => (o.metadata as { numts?: { plotly?: string } } | undefined)?.numts?.plotly !== undefined)).toEqual([]);
    // An interact's charts, FigureWidgets in the saved widget state: slimmed alike.
    const widgets = (copy.metadata.widgets as Record<string, { state: Record<string, { model_name: string; state: { bundle?: Record<string, unknown> } }> }>)["application/vnd.jupyter.widget-state+json"].state;
    const figures = Object.values(widgets).filter((m) => m.model_name === "FigureModel");
    expect(figures.length).toBe(lesson === LESSONS[0] ? 1 : 2);
    for (const figure of figures) expect(Object.keys(figure.state.bundle ?? {}).sort()).toEqual(["application/vnd.plotly.v1+json", "text/plain"]);
    expect(text).not.toContain("<script");
    const listing = JSON.parse(readFileSync(join(SITE, "api", "contents", "all.json"), "utf8")) as { content: { name: string; type: string }[] };
    expect(listing.content.map((f) => [f.name, f.type])).toContainEqual([lesson, "notebook"]);
  });
});
