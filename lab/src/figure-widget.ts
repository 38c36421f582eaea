// numts-widgets' FigureWidget in the page: a widget model whose `bundle` is a chart's display
// bundle, and its view, which draws the bundle's Plotly figure with the same renderer as every
// chart output (./plotly) and, when the kernel sets a new bundle, redraws it in the same element
// (Plotly.react): a chart that follows a slider keeps its element, zoom and hover instead of
// being replaced by a new output. Registered with the widget manager under the module name and
// version that the kernel's models (and so saved notebooks) give.
import type { JupyterFrontEnd, JupyterFrontEndPlugin } from "@jupyterlab/application";
import { DOMWidgetModel, DOMWidgetView, IJupyterWidgetRegistry } from "@jupyter-widgets/base";
import { PLOTLY_MIME, RenderedPlotly } from "./plotly";

/** The module of the models, as numts-widgets names it (widgets/src/figure.ts: FIGURE_MODULE). */
export const FIGURE_MODULE = "numts-widgets";
/** This module's version: the kernel asks for "^0.1.0". */
export const FIGURE_MODULE_VERSION = "0.1.0";

/** A chart's model: `bundle` holds the chart's display bundle (Plotly's JSON, HTML with the picture, text). */
export class FigureModel extends DOMWidgetModel {
  override defaults(): Backbone.ObjectHash {
    return {
      ...super.defaults(),
      _model_name: "FigureModel",
      _model_module: FIGURE_MODULE,
      _model_module_version: `^${FIGURE_MODULE_VERSION}`,
      _view_name: "FigureView",
      _view_module: FIGURE_MODULE,
      _view_module_version: `^${FIGURE_MODULE_VERSION}`,
      bundle: {},
    };
  }
}

/** Draws the model's chart, and redraws it in place each time the kernel sends a new one. */
export class FigureView extends DOMWidgetView {
  private chart: RenderedPlotly | undefined;
  /** The Plotly JSON drawn last: a bundle that only gained its picture needs no redraw. */
  private drawn = "";

  override render(): void {
    super.render();
    this.el.classList.add("numts-FigureWidget");
    this.chart = new RenderedPlotly({ mimeType: PLOTLY_MIME });
    this.el.appendChild(this.chart.node);
    this.listenTo(this.model, "change:bundle", () => void this.redraw());
    void this.redraw();
  }

  private async redraw(): Promise<void> {
    const bundle = this.model.get("bundle") as Record<string, unknown> | undefined;
    const figure = bundle?.[PLOTLY_MIME];
    const json = JSON.stringify(figure ?? null);
    if (this.chart === undefined || json === this.drawn) return;
    this.drawn = json;
    await this.chart.drawFigure(figure);
  }

  override remove(): this {
    this.chart?.dispose();
    this.chart = undefined;
    return super.remove();
  }
}

/** Registers FigureWidget's model and view with the widget manager (ipywidgets 8's registry). */
export const figureWidgetPlugin: JupyterFrontEndPlugin<void> = {
  id: "numts-lab:figure-widget",
  description: "Draws numts-widgets' FigureWidget (interact's charts): a chart redrawn in place when the kernel sets a new figure.",
  requires: [IJupyterWidgetRegistry],
  autoStart: true,
  activate: (_app: JupyterFrontEnd, registry: IJupyterWidgetRegistry) => {
    registry.registerWidget({ name: FIGURE_MODULE, version: FIGURE_MODULE_VERSION, exports: { FigureModel, FigureView } });
  },
};
