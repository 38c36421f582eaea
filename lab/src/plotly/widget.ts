// The Plotly chart of an output: drawn with plotly.js (loaded at the first chart, not with the
// page), redrawn in place when the output is updated (live training charts), resized with its
// panel, and recoloured when the theme changes. numts-widgets' FigureWidget draws with it too.
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
import { Widget } from "@lumino/widgets";
import type { PlotlyFigure } from "plotly.js-dist-min";
import { onThemeChange, themedLayout } from "./theme";

export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

type Plotly = typeof import("plotly.js-dist-min");
let plotly: Promise<Plotly> | undefined;

/**
 * plotly.js, once per page, after the charts' font: plotly.js measures text when it lays out a
 * chart, so "Open Sans" (bundled with the application) must be loaded first or legends and
 * margins are sized for the fallback font.
 */
function loadPlotly(): Promise<Plotly> {
  plotly ??= Promise.all([import("plotly.js-dist-min"), document.fonts.load('400 12px "Open Sans"'), document.fonts.load('700 12px "Open Sans"')]).then(([module]) => ((module as { default?: Plotly }).default ?? module) as Plotly);
  return plotly;
}

/** The charts on the page, redrawn when the theme changes. */
const charts = new Set<RenderedPlotly>();
let watchingTheme = false;

export class RenderedPlotly extends Widget implements IRenderMime.IRenderer {
  private readonly mimeType: string;
  private figure: PlotlyFigure | undefined;
  private readonly resizeObserver = new ResizeObserver(() => this.resizeToWidth());

  /** @param options the MIME type it renders (an output renderer's options, or just that) */
  constructor(options: Pick<IRenderMime.IRendererOptions, "mimeType">) {
    super();
    this.mimeType = options.mimeType;
    this.addClass("numts-RenderedPlotly");
    // As JupyterLab's own renderers do: styles and tools find outputs by their type.
    this.node.dataset.mimeType = options.mimeType;
    // From the start, not from attachment: JupyterLab draws outputs before they are on the page
    // (plotly.js then lays a chart out at its default 700 px) and moves cells in and out of it.
    this.resizeObserver.observe(this.node);
    charts.add(this);
    if (!watchingTheme) onThemeChange(() => charts.forEach((chart) => void chart.draw()));
    watchingTheme = true;
  }

  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    await this.drawFigure(model.data[this.mimeType]);
  }

  /** Draws `figure` (Plotly's `{data, layout, config}`), in place of the one drawn, in the same element. */
  async drawFigure(figure: unknown): Promise<void> {
    if (!isFigure(figure)) {
      this.node.textContent = "This Plotly chart has no data to draw (expected {data: [...], layout: {...}}).";
      return;
    }
    this.figure = figure;
    await this.draw();
  }

  /** Draws (or redraws in place) the current figure in the current theme's colours. */
  async draw(): Promise<void> {
    if (this.figure === undefined) return;
    const { data, layout = {}, config = {} } = this.figure;
    const Plotly = await loadPlotly();
    if (this.isDisposed) return;
    // Resizing follows the panel (below); plotly.js's `responsive` only follows the window. The
    // layout is a copy: plotly.js writes into the one it is given (ranges, sizes on a resize),
    // and this one belongs to the output, which is saved.
    await Plotly.react(this.node, data, { ...themedLayout(layout) }, { displaylogo: false, ...config, responsive: false });
    this.resizeToWidth(); // the output may have got its width while plotly.js was drawing
  }

  /** Redraws the chart at its output's width, unless it has a width of its own or is not shown. */
  private resizeToWidth(): void {
    const width = this.node.clientWidth;
    const drawn = (this.node as { _fullLayout?: { width?: number } })._fullLayout?.width;
    if (this.figure === undefined || drawn === undefined || width === 0 || width === drawn || this.figure.layout?.width !== undefined) return;
    void loadPlotly().then((Plotly) => {
      if (!this.isDisposed) void Plotly.Plots.resize(this.node);
    });
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this.resizeObserver.disconnect();
    charts.delete(this);
    if (plotly !== undefined && this.figure !== undefined) void plotly.then((Plotly) => Plotly.purge(this.node));
    super.dispose();
  }
}

function isFigure(value: unknown): value is PlotlyFigure {
  return typeof value === "object" && value !== null && Array.isArray((value as { data?: unknown }).data);
}
