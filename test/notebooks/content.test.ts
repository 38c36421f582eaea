// The lessons as stored: valid notebooks, every markdown cell of the lectures kept, the printed
// numbers of ../shared/reference, the charts, the figures and the exercises.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { JUPYTER_PYTHON } from "../kernel/kernelspec";
import { cellById, isChart, LECTURE9_CELLS, LESSONS, notebookPath, printed, readNotebook, shared, text } from "./lessons";

const SEEDS = { "04-gradient-descent-backprop.ipynb": "000_28559f9138b83f57.txt", "09-backpropagation.ipynb": "001_6856ac533598f176.txt" } as const;

/** Where the seeds' markdown is: [from, to) pairs of markers (code cells and their outputs lie between). */
const MARKDOWN_SPANS = {
  "04-gradient-descent-backprop.ipynb": [["# 4: Gradient Descent", "In [1]:"], ["## Step 4.4", "In [2]:"]],
  "09-backpropagation.ipynb": [["# Backpropagation", "In [None]:"], ["**d_output:**", "In [None]:\n# Testing"]],
} as const;

function seedMarkdownLines(lesson: keyof typeof SEEDS): string[] {
  const seed = shared("seeds", SEEDS[lesson]);
  return MARKDOWN_SPANS[lesson].flatMap(([from, to]) => {
    const start = seed.indexOf(from);
    return seed.slice(start, seed.indexOf(to, start)).split("\n");
  });
}

describe.each(LESSONS)("%s", (lesson) => {
  const nb = readNotebook(lesson);
  const markdown = nb.cells.filter((c) => c.cell_type === "markdown").map((c) => text(c.source)).join("\n");

  it("is a valid nbformat 4.5 notebook with cell ids, the numts kernel and title metadata", () => {
    execFileSync(JUPYTER_PYTHON, ["-c", "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", notebookPath(lesson)]);
    expect([nb.nbformat, nb.nbformat_minor]).toEqual([4, 5]);
    expect(nb.metadata.kernelspec?.name).toBe("numts");
    expect(new Set(nb.cells.map((c) => c.id)).size).toBe(nb.cells.length);
    expect(nb.metadata.numts).toEqual({ course: expect.any(String), lecture: expect.any(String), author: expect.any(String) });
  });

  it("keeps every markdown paragraph, heading and formula of the lecture (Python named only where the code is)", () => {
    const prose = seedMarkdownLines(lesson)
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("![imagen.png]"));
    const missing = prose.filter((l) => !markdown.includes(l.replace("example in Python", "example in TypeScript").replace("## Python example", "## TypeScript example")));
    expect(missing).toEqual([]);
  });

  it("has no error output and every chart has its static picture", () => {
    const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
    const charts = outputs.filter(isChart);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) expect(String(chart.data?.["text/html"])).toContain("data:image/svg+xml;base64,");
    // plotly.js once, in the first cell with a chart.
    expect(outputs.filter((o) => (o.metadata as { numts?: { plotly?: string } } | undefined)?.numts?.plotly !== undefined)).toHaveLength(1);
  });

  it("has exercises with suggested solutions in cells tagged 'solution'", () => {
    const solutions = nb.cells.filter((c) => c.metadata.tags?.includes("solution"));
    expect(solutions.length).toBeGreaterThanOrEqual(1);
    for (const s of solutions) {
      const exercise = nb.cells[nb.cells.indexOf(s) - 1];
      expect(exercise.cell_type).toBe("code");
      expect(exercise.metadata.tags ?? []).not.toContain("solution");
      expect(text(s.source)).toMatch(/^\/\/ Suggested solution/);
    }
  });
});

describe("lecture 4", () => {
  const nb = readNotebook("04-gradient-descent-backprop.ipynb");

  it("prints the single neuron's 200 losses, final weights and bias as the Python original", () => {
    expect(printed(cellById(nb, "single-neuron-code"))).toBe(shared("reference", "lecture04-cell1.txt"));
  });

  it("prints the 2-3-3 network's adjusted weights and biases as the Python original", () => {
    expect(printed(cellById(nb, "full-network-code"))).toBe(shared("reference", "lecture04-cell2.txt"));
  });

  it("replaces the four missing images by figures of the single neuron: graph, forward values, gradients, update", () => {
    const cell = cellById(nb, "single-neuron");
    expect(Object.keys(cell.attachments ?? {}).sort()).toEqual(["backward.svg", "forward.svg", "neuron.svg", "update.svg"]);
    const svg = (name: string) => Buffer.from(text(cell.attachments?.[name]["image/svg+xml"] ?? ""), "base64").toString();
    expect(svg("forward.svg")).toContain("(6 − 0)² = 36"); // the first loss of the loop
    expect(svg("backward.svg")).toContain("∂L/∂w2 = 12·x2 = −24");
    expect(svg("update.svg")).toContain("next loss: 33.8724"); // the second loss of the loop
    for (const name of ["neuron.svg", "forward.svg", "backward.svg", "update.svg"]) expect(text(cell.source)).toContain(`(attachment:${name})`);
  });

  it("stores each figure as a PNG first (what JupyterLab, the Notebook and VS Code show) and its SVG (what nbconvert prints)", () => {
    // JupyterLab's attachment resolver accepts raster types only and, like the Notebook and VS Code,
    // takes a bundle's first type; scripts/figures.py renders the PNGs at twice the SVG's size.
    for (const [name, bundle] of Object.entries(cellById(nb, "single-neuron").attachments ?? {})) {
      expect(Object.keys(bundle), name).toEqual(["image/png", "image/svg+xml"]);
      const png = Buffer.from(text(bundle["image/png"]), "base64");
      expect(png.subarray(1, 4).toString(), name).toBe("PNG");
      const svg = Buffer.from(text(bundle["image/svg+xml"]), "base64").toString();
      const size = (attribute: string) => Number(svg.match(new RegExp(`<svg[^>]* ${attribute}='(\\d+)'`))?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([2 * size("width"), 2 * size("height")]);
    }
  });

  it("charts the 200 losses and compares the learning rates 0.1, 0.01 and 0.001", () => {
    const losses = (cellById(nb, "single-neuron-chart").outputs ?? []).find(isChart)?.data?.["application/vnd.plotly.v1+json"] as { data: { y: number[] }[] };
    const reference = shared("reference", "lecture04-cell1.txt").split("\n").filter((l) => l.startsWith("Iteration")).map((l) => Number(l.split("Loss: ")[1]));
    expect(losses.data[0].y).toEqual(reference);
    const rates = (cellById(nb, "learning-rates-chart").outputs ?? []).find(isChart)?.data?.["application/vnd.plotly.v1+json"] as { data: { name: string }[] };
    expect(rates.data.map((t) => t.name)).toEqual(["learning rate 0.1", "learning rate 0.01", "learning rate 0.001"]);
  });
});

describe("lecture 9", () => {
  const nb = readNotebook("09-backpropagation.ipynb");

  it("prints the first five data rows and labels, the loss every 100 epochs and the test predictions as the original", () => {
    const expected = shared("reference", "lecture09.txt").split("=====CELL\n");
    expect(LECTURE9_CELLS.map((id) => printed(cellById(nb, id)))).toEqual(expected);
  });

  it("charts the data by label, the loss of all 1000 epochs (live) and the decision regions with the test points", () => {
    const chart = (id: string) => (cellById(nb, id).outputs ?? []).find(isChart)?.data?.["application/vnd.plotly.v1+json"] as { data: { type: string; name?: string; x: number[]; y: number[] }[] };
    const byLabel = chart("dataset-chart").data;
    expect(byLabel.map((t) => t.name)).toEqual(["label false", "label true"]);
    expect(byLabel[0].x.length + byLabel[1].x.length).toBe(500);
    const loss = chart("training").data[0];
    expect(loss.y).toHaveLength(1000);
    expect(loss.y[0].toFixed(4)).toBe("0.2570"); // "Epoch 0, Loss: 0.2570"
    expect(loss.y[900].toFixed(4)).toBe("0.0025");
    const regions = chart("decision-regions").data;
    expect(regions.map((t) => t.type)).toEqual(["contour", "scatter", "scatter"]);
    expect(regions.slice(1).reduce((n, t) => n + t.x.length, 0)).toBe(4);
  });
});
