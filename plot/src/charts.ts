// The chart functions: `plot.loss`, `plot.line`, `plot.scatter`, `plot.heatmap`,
// `plot.contour` and `plot.figure`. Each returns a Figure, shown when it is a cell's last value.
import { NDArray, TypeError, ValueError } from "numts";
import { Figure, type Layout, type Trace } from "./figure";
import { grid, labels, type Labels, nonFinite, sameLength, series, type Values } from "./series";

export { Figure, type FigureSpec, type Layout, type Trace } from "./figure";
export { live, LiveChart, type LiveOptions } from "./live";
export type { Labels, Values } from "./series";

/** Options every chart takes. */
export interface ChartOptions {
  /** The chart's title. */
  title?: string;
  /** The x axis's title. */
  xTitle?: string;
  /** The y axis's title. */
  yTitle?: string;
  /** Width in pixels (default: the output's width; the static picture is 720 wide). */
  width?: number;
  /** Height in pixels (default 400). */
  height?: number;
}

/** Options of `plot.loss`. */
export interface LossOptions extends ChartOptions {
  /** A logarithmic y axis: a loss that keeps falling stays readable. */
  logY?: boolean;
  /** The epoch (or iteration) number of the first value (default 0). */
  start?: number;
  /** Epochs between two values (default 1): e.g. 100 if the loss was recorded every 100 epochs. */
  every?: number;
}

/** Options of `plot.line`. */
export interface LineOptions extends ChartOptions {
  /** The x values (default 0, 1, 2, ...). */
  x?: Values;
  /** A logarithmic y axis. */
  logY?: boolean;
  /** Also mark each point. */
  markers?: boolean;
}

/** Options of `plot.scatter`. */
export interface ScatterOptions extends ChartOptions {
  /** One label per point (e.g. the class, 0 or 1): each label gets its own colour and legend entry. */
  color?: Labels;
  /** The legend's word for a label (default "class": "class 0", "class 1"). */
  colorTitle?: string;
  /** Marker size in pixels (default 7). */
  size?: number;
  /** The legend entry when there is no `color` (default "points"). */
  name?: string;
}

/** Options of `plot.heatmap` and `plot.contour`. */
export interface GridOptions extends ChartOptions {
  /** The x coordinate of each column (default 0, 1, 2, ...). */
  x?: Values;
  /** The y coordinate of each row (default 0, 1, 2, ...). */
  y?: Values;
  /** A Plotly colour scale name, e.g. "RdBu", "Viridis" (default "RdBu": low blue, high red). */
  colorscale?: string;
  /** The values at the two ends of the colour scale (default: the data's range). */
  zmin?: number;
  zmax?: number;
  /** Show the colour bar (default true). */
  showscale?: boolean;
  /** The legend entry. */
  name?: string;
}

/** A series, or several by name (`{train, validation}`). */
function named(values: Values | Record<string, Values>, fallback: string, fn: string): [string, number[]][] {
  if (values instanceof NDArray || ArrayBuffer.isView(values) || Array.isArray(values)) {
    return [[fallback, series(values, `${fn}: ${fallback === "loss" ? "values" : "y"}`)]];
  }
  if (typeof values !== "object" || values === null) {
    throw new TypeError(`${fn}: expected an array of numbers or {name: values, ...}, got ${values === null ? "null" : typeof values}`);
  }
  const entries = Object.entries(values);
  if (entries.length === 0) throw new ValueError(`${fn}: no series given: pass an array of numbers or {name: values, ...}`);
  return entries.map(([name, v]) => [name, series(v, `${fn}: ${name}`)]);
}

/** Lines, with markers where a line alone could hide values: one value, or values between gaps. */
function lineMode(ys: number[], markers: boolean): string {
  return markers || ys.length === 1 || nonFinite(ys) > 0 ? "lines+markers" : "lines";
}

/** Titles and log axis in Plotly's terms. */
function baseLayout(options: ChartOptions & { logY?: boolean }, defaults: { title?: string; xTitle?: string; yTitle?: string } = {}): Layout {
  const layout: Layout = {};
  const title = options.title ?? defaults.title;
  if (title !== undefined) layout.title = { text: title };
  const xTitle = options.xTitle ?? defaults.xTitle;
  const yTitle = options.yTitle ?? defaults.yTitle;
  layout.xaxis = xTitle === undefined ? {} : { title: { text: xTitle } };
  // On a log axis, label 1, 2 and 5 of each decade: Plotly's default labels every digit, unreadable at 400 px.
  layout.yaxis = { ...(yTitle === undefined ? {} : { title: { text: yTitle } }), ...(options.logY ? { type: "log", dtick: "D2" } : {}) };
  if (options.width !== undefined) layout.width = options.width;
  if (options.height !== undefined) layout.height = options.height;
  return layout;
}

/**
 * Notes shown on the chart itself: values that cannot be drawn are said, not silently dropped.
 * Also used when a log axis meets zero or negative values.
 */
export function withNotes(layout: Layout, notes: string[]): Layout {
  if (notes.length === 0) return layout;
  const annotations = notes.map((text, i) => ({
    text,
    xref: "paper",
    yref: "paper",
    x: 0,
    y: 1 - i * 0.07,
    xanchor: "left",
    yanchor: "top",
    showarrow: false,
    font: { color: "#b00020" },
    bgcolor: "rgba(255,255,255,0.8)",
  }));
  return { ...layout, annotations };
}

/** The notes for series that hold NaN/Infinity or, on a log axis, values ≤ 0. */
export function gapNotes(all: [string, number[]][], logY: boolean): string[] {
  const notes: string[] = [];
  for (const [name, ys] of all) {
    const bad = nonFinite(ys);
    if (bad > 0) notes.push(`${name}: ${bad} of ${ys.length} values are NaN or infinite and are not drawn`);
    if (logY) {
      const nonPositive = ys.filter((v) => v <= 0).length;
      if (nonPositive > 0) notes.push(`${name}: ${nonPositive} values are ≤ 0 and cannot be drawn on a log axis`);
    }
  }
  return notes;
}

/**
 * A loss curve: loss against epoch, one line per series.
 *
 * @param values the losses, an array or numts array; or several series by name, e.g. `{train, validation}`
 * @param options title, axis titles, `logY`, `start` (first epoch, default 0), `every` (epochs between values)
 * @returns the chart (shown when it is the cell's last value)
 * @throws TypeError for values that are not numbers; ValueError for an empty series
 *
 * @example
 * const losses: number[] = [];
 * for (let i = 0; i < 200; i++) losses.push(1 / (i + 1));
 * plot.loss(losses, { title: "Training loss", logY: true })
 *
 * @example
 * plot.loss({ train: trainLosses, validation: validLosses }, { every: 100 })
 */
export function loss(values: Values | Record<string, Values>, options: LossOptions = {}): Figure {
  const all = named(values, "loss", "plot.loss");
  const start = options.start ?? 0;
  const every = options.every ?? 1;
  // Evenly spaced epochs as Plotly's x0/dx: half the data of an x array, which live charts resend often.
  const data: Trace[] = all.map(([name, ys]) => ({ type: "scatter", mode: lineMode(ys, false), name, x0: start, dx: every, y: ys }));
  const layout = baseLayout(options, { title: "Loss", xTitle: "epoch", yTitle: "loss" });
  if (all.length === 1) layout.showlegend = false;
  return new Figure({ data, layout: withNotes(layout, gapNotes(all, Boolean(options.logY))) });
}

/**
 * Line chart of one or more series.
 *
 * @param y the values, or several series by name (`{sin: ys1, cos: ys2}`)
 * @param options `x` (default 0, 1, 2, ...), title, axis titles, `logY`, `markers`
 * @throws ValueError if `x` and a series differ in length
 *
 * @example
 * const x = np.linspace(-5, 5, 101);
 * plot.line({ sigmoid: np.divide(1, np.add(1, np.exp(np.negative(x)))), relu: np.maximum(0, x) }, { x, title: "Activations" })
 */
export function line(y: Values | Record<string, Values>, options: LineOptions = {}): Figure {
  const all = named(y, "y", "plot.line");
  const x = options.x === undefined ? undefined : series(options.x, "plot.line: x");
  const data: Trace[] = all.map(([name, ys]) => {
    if (x !== undefined) sameLength(x, ys, ["x", name], "plot.line");
    return { type: "scatter", mode: lineMode(ys, Boolean(options.markers)), name, x: x ?? ys.map((_, i) => i), y: ys };
  });
  const layout = baseLayout(options);
  if (all.length === 1) layout.showlegend = false;
  return new Figure({ data, layout: withNotes(layout, gapNotes(all, Boolean(options.logY))) });
}

/** Labels in NumPy's order (np.unique): numbers by value, text by code point, never by the machine's locale. */
function sortLabels(values: (number | string | boolean)[]): (number | string | boolean)[] {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...new Set(values)].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : byText(String(a), String(b))));
}

/**
 * Scatter plot of points (x[i], y[i]); with `color`, one colour (and legend entry) per label.
 *
 * @param x the points' x coordinates
 * @param y the points' y coordinates (as many as x)
 * @param options `color` (a label per point, e.g. the class), title, axis titles, `size`
 * @throws ValueError if x, y and color differ in length
 *
 * @example
 * np.random.seed(0);
 * const X = np.random.randn(100, 2);
 * const y = np.greater(X.slice(":", 0).add(X.slice(":", 1)), 0);
 * plot.scatter(X.slice(":", 0), X.slice(":", 1), { color: y, title: "Data" })
 */
export function scatter(x: Values, y: Values, options: ScatterOptions = {}): Figure {
  const xs = series(x, "plot.scatter: x");
  const ys = series(y, "plot.scatter: y");
  sameLength(xs, ys, ["x", "y"], "plot.scatter");
  const marker = { size: options.size ?? 7, line: { width: 0.5, color: "white" } };
  let data: Trace[];
  if (options.color === undefined) {
    data = [{ type: "scatter", mode: "markers", name: options.name ?? "points", x: xs, y: ys, marker }];
  } else {
    const color = labels(options.color, "plot.scatter: color");
    sameLength(xs, color, ["x", "color"], "plot.scatter");
    const word = options.colorTitle ?? "class";
    data = sortLabels(color).map((label) => {
      const pick = color.map((c, i) => (c === label ? i : -1)).filter((i) => i >= 0);
      return { type: "scatter", mode: "markers", name: `${word} ${String(label)}`, x: pick.map((i) => xs[i]), y: pick.map((i) => ys[i]), marker };
    });
  }
  const layout = baseLayout(options);
  if (options.color === undefined) layout.showlegend = false;
  const notes = gapNotes([["x", xs], ["y", ys]], false).map((n) => n.replace("are not drawn", "are points not drawn"));
  return new Figure({ data, layout: withNotes(layout, notes) });
}

/** Grid charts keep the right side for the colour bar: a legend (of traces added later) goes below. */
function gridLayout(options: GridOptions, notes: string[]): Layout {
  const layout = baseLayout(options);
  layout.legend = { orientation: "h", x: 0.5, xanchor: "center", y: -0.2, yanchor: "top" };
  layout.margin = { b: 100 };
  return withNotes(layout, notes);
}

function gridTrace(type: "heatmap" | "contour", z: unknown, options: GridOptions, fn: string): [Trace, string[]] {
  const rows = grid(z, `${fn}: z`);
  const trace: Trace = { type, z: rows, colorscale: options.colorscale ?? "RdBu", showscale: options.showscale ?? true };
  if (options.name !== undefined) trace.name = options.name;
  if (options.x !== undefined) {
    const x = series(options.x, `${fn}: x`);
    if (x.length !== rows[0].length) throw new ValueError(`${fn}: x has ${x.length} values but z has ${rows[0].length} columns; they must match`);
    trace.x = x;
  }
  if (options.y !== undefined) {
    const y = series(options.y, `${fn}: y`);
    if (y.length !== rows.length) throw new ValueError(`${fn}: y has ${y.length} values but z has ${rows.length} rows; they must match`);
    trace.y = y;
  }
  if (options.zmin !== undefined) trace.zmin = options.zmin;
  if (options.zmax !== undefined) trace.zmax = options.zmax;
  const bad = rows.reduce((n, row) => n + nonFinite(row), 0);
  const notes = bad > 0 ? [`z: ${bad} of ${rows.length * rows[0].length} values are NaN or infinite and are left blank`] : [];
  return [trace, notes];
}

/**
 * Heatmap of a grid of values: z[row][column] coloured, rows along y, columns along x.
 *
 * @param z a 2-D numts array or an array of rows
 * @param options `x` (one per column), `y` (one per row), `colorscale`, `zmin`/`zmax`, titles
 *
 * @example
 * plot.heatmap(np.random.rand(10, 20), { title: "Random" })
 */
export function heatmap(z: NDArray | ArrayLike<Values>, options: GridOptions = {}): Figure {
  const [trace, notes] = gridTrace("heatmap", z, options, "plot.heatmap");
  return new Figure({ data: [trace], layout: gridLayout(options, notes) });
}

/**
 * Filled contour plot of a grid of values; with `.add(plot.scatter(...))`, a classifier's
 * decision regions with the data on top.
 *
 * @param z a 2-D numts array or an array of rows (z[i][j] at x[j], y[i])
 * @param options `x` (one per column), `y` (one per row), `colorscale`, `zmin`/`zmax`, titles
 *
 * @example
 * const xs = np.linspace(-3, 3, 61);
 * const z = np.add(xs.reshape(1, -1), xs.reshape(-1, 1));   // z[i][j] = x[j] + y[i]
 * plot.contour(z, { x: xs, y: xs, title: "x + y" })
 */
export function contour(z: NDArray | ArrayLike<Values>, options: GridOptions = {}): Figure {
  const [trace, notes] = gridTrace("contour", z, options, "plot.contour");
  return new Figure({ data: [trace], layout: gridLayout(options, notes) });
}

/**
 * Any chart Plotly can draw, from Plotly's own figure description.
 *
 * @param spec `{data: traces, layout}` as in https://plotly.com/javascript/
 *
 * @example
 * plot.figure({ data: [{ type: "bar", x: ["a", "b"], y: [3, 5] }], layout: { title: { text: "Bars" } } })
 */
export function figure(spec: { data: Trace[]; layout?: Layout }): Figure {
  if (typeof spec !== "object" || spec === null || !Array.isArray(spec.data)) {
    throw new TypeError("plot.figure: expected {data: [traces...], layout?: {...}}, as Plotly.newPlot takes");
  }
  // A copy in plain JSON (numts arrays become nested lists): later changes to the inputs do not change the chart.
  const data = JSON.parse(JSON.stringify(spec.data)) as Trace[];
  return new Figure({ data, layout: spec.layout ?? {} });
}
