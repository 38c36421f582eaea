// A chart: Plotly's figure (traces + layout) that displays itself in notebooks.
import { display, type DisplayHandle, DRAFT_DISPLAY, JUPYTER_DISPLAY, type MimeBundle } from "numts-kernel";
import { FONT_FAMILY } from "./fonts";
import { chartBundle, noPictureNote } from "./html";
import { picture, whyNoPicture } from "./picture";
import { ensurePlotlyOnPage } from "./plotly";

/** One Plotly trace (https://plotly.com/javascript/reference/), e.g. `{type: "scatter", x, y}`. */
export type Trace = { type?: string; name?: string } & Record<string, unknown>;

/** Plotly's layout (https://plotly.com/javascript/reference/layout/): titles, axes, size, ... */
export type Layout = Record<string, unknown>;

/** A figure as Plotly takes it: `Plotly.newPlot(div, data, layout)`. */
export interface FigureSpec {
  data: Trace[];
  layout?: Layout;
}

/** Size of the static picture when the layout gives none (the live chart fills the output's width). */
export const DEFAULT_WIDTH = 720;
export const DEFAULT_HEIGHT = 400;

/**
 * Applied under every chart's own layout: readable margins, a fixed height, and the font named
 * explicitly (the one numts ships and pictures embed), so every frontend draws the same text.
 */
const BASE_LAYOUT: Layout = {
  font: { family: FONT_FAMILY },
  height: DEFAULT_HEIGHT,
  margin: { l: 70, r: 30, t: 60, b: 60 },
  hovermode: "closest",
};

/** Merges layouts one level deep (so `xaxis: {title}` keeps the other `xaxis` settings). */
export function mergeLayouts(base: Layout, over: Layout): Layout {
  const out: Layout = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = out[key];
    out[key] = isPlainObject(old) && isPlainObject(value) ? { ...old, ...value } : value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A chart. The last value of a cell, or `display(figure)`, shows it; `figure.show()` does the
 * same from anywhere in a cell (inside loops, before other output).
 *
 * @example
 * const fig = plot.line([1, 4, 9, 16], { title: "Squares" });
 * fig.add(plot.scatter([0, 1, 2, 3], [1, 4, 9, 16]));   // the line with its points
 */
export class Figure {
  /** Plotly's traces. */
  readonly data: Trace[];
  /** Plotly's layout, with numts's defaults under it. */
  readonly layout: Layout;

  constructor(spec: FigureSpec) {
    this.data = spec.data;
    this.layout = mergeLayouts(BASE_LAYOUT, spec.layout ?? {});
  }

  /** A new figure with this one's traces and then `other`'s, drawn on the same axes (this layout). */
  add(other: Figure): Figure {
    return new Figure({ data: [...this.data, ...other.data], layout: this.layout });
  }

  /** Shows the chart now (as `display(figure)`), returning the output's handle. */
  show(): DisplayHandle {
    return display(this);
  }

  /** `{data, layout}`: what Plotly draws, and what JSON.stringify writes. */
  toJSON(): FigureSpec {
    return { data: this.data, layout: this.layout };
  }

  /** One line saying what the chart shows, for text-only frontends. */
  describe(): string {
    const title = chartTitle(this.layout);
    const traces = this.data.map((t) => `${t.name ?? t.type ?? "scatter"} (${pointCount(t)} points)`);
    return `<Figure${title ? ` "${title}"` : ""}: ${traces.join(", ") || "no traces"}>`;
  }

  /** The MIME bundle for Jupyter: Plotly JSON, HTML with a static picture, and text. */
  [JUPYTER_DISPLAY](): MimeBundle {
    ensurePlotlyOnPage();
    const json = JSON.stringify(this);
    const svg = picture(json, this.size());
    return chartBundle(this, json, svg, this.describe(), svg === null ? noPictureNote(whyNoPicture()) : undefined);
  }

  /**
   * The bundle without the static picture (quick to make), for a chart redrawn many times in a
   * row: a FigureWidget following a slider shows it, and this full bundle once the chart stays.
   */
  [DRAFT_DISPLAY](): MimeBundle {
    const json = JSON.stringify(this);
    return chartBundle(this, json, null, this.describe(), "The interactive chart draws here; its static picture is made once the controls stop moving.");
  }

  /** The static picture's size in pixels. */
  size(): { width: number; height: number } {
    const { width, height } = this.layout;
    return { width: typeof width === "number" ? width : DEFAULT_WIDTH, height: typeof height === "number" ? height : DEFAULT_HEIGHT };
  }
}

export function chartTitle(layout: Layout): string {
  const title = layout.title;
  if (typeof title === "string") return title;
  if (isPlainObject(title) && typeof title.text === "string") return title.text;
  return "";
}

function pointCount(trace: Trace): number {
  for (const key of ["y", "z", "values", "x"]) {
    const v = trace[key];
    if (Array.isArray(v)) return v.length;
  }
  return 0;
}
