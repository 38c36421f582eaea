// The chart functions: traces made from numts and JS arrays, the notes and errors for bad input,
// and the output bundle (deterministic bytes, a static picture, plotly.js once).
import * as np from "numts";
import { JUPYTER_DISPLAY, type MimeBundle } from "numts-kernel";
import { describe, expect, it } from "vitest";
import { plot, plotlyLoaderBundle } from "../../plot/src/index";

const bundle = (fig: { [JUPYTER_DISPLAY](): MimeBundle }) => fig[JUPYTER_DISPLAY]() as Record<string, string> & { "application/vnd.plotly.v1+json": { data: { x: number[]; y: number[]; name: string; mode: string }[]; layout: Record<string, unknown> } };

describe("chart functions", () => {
  it("plot.loss draws loss against epoch, numbered from start by every", () => {
    const fig = plot.loss(np.array([3, 2, 1]), { start: 1, every: 100, logY: true, title: "Training" });
    expect(fig.data).toEqual([{ type: "scatter", mode: "lines", name: "loss", x0: 1, dx: 100, y: [3, 2, 1] }]);
    expect(fig.layout.yaxis).toEqual({ title: { text: "loss" }, type: "log", dtick: "D2" });
    expect(fig.layout.title).toEqual({ text: "Training" });
    expect(fig.layout.showlegend).toBe(false);
  });

  it("plot.loss takes named series, e.g. train and validation", () => {
    const fig = plot.loss({ train: [3, 2], validation: np.array([4, 3]) });
    expect(fig.data.map((t) => t.name)).toEqual(["train", "validation"]);
    expect(fig.layout.showlegend).toBeUndefined();
  });

  it("plot.line accepts x, column vectors and several series", () => {
    const x = np.linspace(0, 1, 3);
    const fig = plot.line({ a: np.array([[1], [2], [3]]), b: [3, 2, 1] }, { x, markers: true });
    expect(fig.data[0]).toMatchObject({ x: [0, 0.5, 1], y: [1, 2, 3], mode: "lines+markers" });
  });

  it("plot.scatter colours by label, one trace per class in sorted order", () => {
    const fig = plot.scatter(np.array([1, 2, 3, 4]), [5, 6, 7, 8], { color: np.array([true, false, true, false]) });
    expect(fig.data.map((t) => [t.name, t.x, t.y])).toEqual([
      ["class false", [2, 4], [6, 8]],
      ["class true", [1, 3], [5, 7]],
    ]);
    const numeric = plot.scatter([1, 2, 3], [1, 2, 3], { color: [10, 2, 10], colorTitle: "label" });
    expect(numeric.data.map((t) => t.name)).toEqual(["label 2", "label 10"]);
  });

  it("plot.contour and plot.heatmap take a grid with its coordinates; add() overlays charts", () => {
    const xs = np.linspace(-1, 1, 3);
    const z = np.add(xs.reshape(1, -1), np.array([0, 10]).reshape(-1, 1));
    const fig = plot.contour(z, { x: xs, y: [0, 1] }).add(plot.scatter([0], [0]));
    expect(fig.data[0]).toMatchObject({ type: "contour", z: [[-1, 0, 1], [9, 10, 11]], x: [-1, 0, 1], y: [0, 1] });
    expect(fig.data[1].type).toBe("scatter");
    expect(plot.heatmap([[1, 2], [3, 4]]).data[0].type).toBe("heatmap");
  });

  it("plot.figure takes anything Plotly draws, numts arrays included", () => {
    const fig = plot.figure({ data: [{ type: "bar", x: ["a", "b"], y: np.array([1, 2]) }], layout: { title: { text: "Bars" } } });
    expect(fig.data[0].y).toEqual([1, 2]);
    expect(fig.describe()).toBe('<Figure "Bars": bar (2 points)>');
  });
});

describe("bad input", () => {
  it("NaN and infinite values are drawn as gaps, and the chart says so", () => {
    const fig = plot.loss([1, NaN, 0.5, Infinity, 0.2]);
    expect(fig.data[0].mode).toBe("lines+markers");
    expect(JSON.stringify(fig.layout.annotations)).toContain("loss: 2 of 5 values are NaN or infinite and are not drawn");
    const log = plot.line([1, 0, -1], { logY: true });
    expect(JSON.stringify(log.layout.annotations)).toContain("2 values are ≤ 0 and cannot be drawn on a log axis");
  });

  it("empty series, mismatched lengths and non-numbers are errors that say what to fix", () => {
    expect(() => plot.loss([])).toThrow(new np.ValueError("plot.loss: values is empty: a chart needs at least one value"));
    expect(() => plot.loss({ train: [] })).toThrow("plot.loss: train is empty");
    expect(() => plot.loss({})).toThrow("plot.loss: no series given");
    expect(() => plot.scatter([1, 2, 3], [1, 2])).toThrow(new np.ValueError("plot.scatter: x has 3 values but y has 2; they must have the same length"));
    expect(() => plot.line([1, 2], { x: [1, 2, 3] })).toThrow("plot.line: x has 3 values but y has 2");
    expect(() => plot.loss([1, "2", 3] as unknown as number[])).toThrow(new np.TypeError('plot.loss: values[1] is the string "2"; expected a number'));
    expect(() => plot.loss([[1, 2]] as unknown as number[])).toThrow("plot.loss: values[0] is an array; expected a number (pass a 1-D series)");
    expect(() => plot.loss(np.zeros([2, 3]))).toThrow("plot.loss: values must be a 1-D series, got an array of shape (2, 3)");
    expect(() => plot.loss(5 as unknown as number[])).toThrow("plot.loss: expected an array of numbers or {name: values, ...}, got number");
    expect(() => plot.heatmap([[1, 2], [3]])).toThrow("plot.heatmap: z has rows of different lengths: row 0 has 2 values, row 1 has 1");
    expect(() => plot.contour(np.zeros([2, 2]), { x: [1, 2, 3] })).toThrow("plot.contour: x has 3 values but z has 2 columns");
    expect(() => plot.scatter([1], [1], { color: [{}] as unknown as number[] })).toThrow("plot.scatter: color[0] is an object (Object); expected a number, string or boolean");
  });
});

describe("the output bundle", () => {
  it("carries Plotly JSON, HTML with a static SVG picture and a drawing script, and text", () => {
    const b = bundle(plot.loss([3, 2, 1], { title: "L" }));
    expect(Object.keys(b).sort()).toEqual(["application/vnd.plotly.v1+json", "text/html", "text/plain"]);
    expect(b["application/vnd.plotly.v1+json"].data[0].y).toEqual([3, 2, 1]);
    expect(b["text/plain"]).toBe('<Figure "L": loss (3 points)>');
    const html = b["text/html"];
    expect(html).toMatch(/^<div id="numts-plot-[0-9a-f]{16}" class="numts-plot"/);
    const svg = Buffer.from(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(html)?.[1] ?? "", "base64").toString();
    expect(svg).toMatch(/^<svg[^>]*width="720" height="400"/);
    expect(svg).toContain(">L</text>"); // the title, drawn by plotly.js
    expect(html).toContain("window.Plotly.newPlot");
  }, 60_000);

  it("is the same bytes for the same figure, and different for another", () => {
    const a = bundle(plot.scatter([1, 2, 3], [3, 1, 2], { color: [0, 1, 0] }));
    const b = bundle(plot.scatter([1, 2, 3], [3, 1, 2], { color: [0, 1, 0] }));
    const c = bundle(plot.scatter([1, 2, 3], [3, 1, 2.5], { color: [0, 1, 0] }));
    expect(a["text/html"]).toBe(b["text/html"]);
    expect(a["text/html"]).not.toBe(c["text/html"]);
  }, 60_000);

  it("escapes what would end the script early", () => {
    const html = bundle(plot.line([1, 2], { title: "</script><b>x" }))["text/html"];
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain("\\u003c/script>");
  }, 60_000);

  it("plotly.js comes in one script that drains the charts waiting for it", () => {
    const loader = plotlyLoaderBundle()["text/html"] as string;
    expect(loader.length).toBeGreaterThan(4_000_000);
    expect(loader.match(/<\/script/gi)).toHaveLength(1);
    expect(loader).toContain("window.numtsPlotQueue");
  });
});
