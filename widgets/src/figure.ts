// A chart as a widget (plotly's FigureWidget): its model holds the chart's display bundle, so a
// new figure is a state update and the page redraws the same element (Plotly.react), keeping
// the view, instead of replacing an output. The bundle is the chart's own display bundle, so
// the saved widget state holds the last chart as any output would, with its static picture.
//
// Pictures take 40-150 ms: while figures follow one another (a slider being moved), the model
// gets the chart's draft bundle (no picture); the full bundle follows when the request that set
// the figure ends (the cell, or the widget message a handler answers), and for interact's charts
// only once no newer move of its controls waits, so a drag makes one picture, not one per step.
import { atCellEnd, DRAFT_DISPLAY, isDisplayable, isDraftable, JUPYTER_DISPLAY, type MimeBundle } from "numts-kernel";
import { type DOMOptions, type DOMState, domState } from "./controls";
import { Widget } from "./widget";

/** The MIME type of a Plotly figure in a display bundle. */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

/** The module of FigureWidget's model and view, as saved notebooks record it (numts-lab draws it). */
export const FIGURE_MODULE = { module: "numts-widgets", version: "^0.1.0" };

/** A chart FigureWidget shows: a numts-plot chart (`plot.loss(...)`), or Plotly's `{data, layout}`. */
export type Chart = { [JUPYTER_DISPLAY](): MimeBundle } | { data: Record<string, unknown>[]; layout?: Record<string, unknown> };

type FigureState = DOMState & { bundle: MimeBundle };

/** Options of `FigureWidget.show`. */
export interface ShowOptions {
  /**
   * Asked when the request that set the figure ends: while it returns true, the static picture
   * waits (checked again every 100 ms), e.g. while newer moves of a slider wait to be handled.
   */
  deferPicture?: () => boolean;
}

/** How often a full bundle put off by waiting messages is tried again (ms). */
const RETRY_MS = 100;

/**
 * A chart that redraws in place: set `figure` to a new chart and the one on the page is redrawn
 * (same element, zoom and hover kept by Plotly), with no new output (plotly's FigureWidget).
 * `interact` puts the charts its function shows into FigureWidgets; use one yourself in a
 * Button's or an Output's handler.
 *
 * @example
 * const w = new FigureWidget(plot.loss(losses));
 * display(w);                              // or end the cell with `w`, or put it in a VBox
 * const button = new Button({ description: "Train 100 more steps" });
 * button.on_click(() => {
 *   losses.push(...train(100));
 *   w.figure = plot.loss(losses);          // the chart above redraws in place
 * });
 * display(button);
 */
export class FigureWidget extends Widget<FigureState> {
  private chart: Chart;
  /** Whether the model holds a draft (no picture) and a full bundle is due. */
  private drafted = false;
  private settling = false;
  private deferPicture: (() => boolean) | undefined;

  /**
   * @param figure the chart to show
   * @param options tooltip, _dom_classes, deferPicture (see `show`)
   * @throws TypeError if `figure` is not a chart
   */
  constructor(figure: Chart, options: DOMOptions & ShowOptions = {}) {
    const first = firstBundle(figure);
    super({ model: "FigureModel", view: "FigureView", module: FIGURE_MODULE }, { ...domState(options), bundle: first.bundle });
    this.chart = first.chart;
    this.drafted = first.draft;
    this.deferPicture = options.deferPicture;
    this.settleLater();
  }

  /** Whether `value` is a chart a FigureWidget shows (a bundle with Plotly's JSON, or `{data, layout}`). */
  static isChart(value: unknown): value is Chart {
    return !(bundleOf(value, "draft") instanceof TypeError);
  }

  /** The chart shown now. */
  get figure(): Chart {
    return this.chart;
  }

  /**
   * Shows another chart in place of this one: the page redraws the same chart element.
   *
   * @example
   * w.figure = plot.loss(train(0.1, steps));
   */
  set figure(figure: Chart) {
    this.show(figure);
  }

  /**
   * `figure = chart`, with options: `deferPicture` puts the static picture off while it returns
   * true (interact: while newer moves wait).
   *
   * @param figure the chart to show in place of this one
   * @param options deferPicture
   * @example
   * w.show(plot.loss(losses), { deferPicture: () => training });
   */
  show(figure: Chart, options: ShowOptions = {}): void {
    const first = firstBundle(figure);
    this.chart = first.chart;
    this.drafted = first.draft;
    this.deferPicture = options.deferPicture;
    this.set({ bundle: first.bundle });
    this.settleLater();
  }

  /** The chart's display bundle as the model holds it now (what a saved notebook keeps). */
  get bundle(): MimeBundle {
    return this.state.bundle;
  }

  protected override describe(): string {
    const text = this.state.bundle["text/plain"];
    return typeof text === "string" ? text : "";
  }

  /** The full bundle (with the picture) once the request that set the figure is over. */
  private settleLater(): void {
    if (!this.drafted || this.settling) return;
    this.settling = atCellEnd(() => this.settle());
    if (!this.settling) this.settle(); // outside a kernel's request: nothing follows
  }

  private settle(): void {
    this.settling = false;
    if (!this.drafted) return;
    if (this.deferPicture?.() === true) {
      // A newer figure is likely on its way: the picture would be wasted.
      this.settling = true;
      const retry = setTimeout(() => this.settle(), RETRY_MS);
      (retry as { unref?: () => void }).unref?.();
      return;
    }
    this.drafted = false;
    this.set({ bundle: built(bundleOf(this.chart, "full")).bundle });
  }
}

/**
 * A chart with the bundle a FigureWidget's model gets first (its draft where it has one), built
 * already: interact builds it to learn whether a value is a chart at all (only a displayable's
 * bundle says so), and the FigureWidget given it takes that bundle instead of building it a
 * second time (the chart's data as JSON, ~6 ms for lecture 9's decision regions, per chart and
 * move). The widget shows the chart itself (its `figure`); displayed, it shows as its chart.
 */
export class BuiltChart {
  private constructor(readonly first: Built) {}

  /** `value` with its first bundle, or `undefined` when it is not a chart (see `FigureWidget.isChart`). */
  static of(value: unknown): BuiltChart | undefined {
    const first = bundleOf(value, "draft");
    return first instanceof TypeError ? undefined : new BuiltChart(first);
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return built(bundleOf(this.first.chart, "full")).bundle;
  }
}

/** A chart and one of its bundles; `draft`: the bundle is its draft, the full one is due. */
interface Built {
  chart: Chart;
  bundle: MimeBundle;
  draft: boolean;
}

/** The chart and bundle the model gets first: interact's, built already, or built now. */
function firstBundle(figure: Chart): Built {
  return figure instanceof BuiltChart ? figure.first : built(bundleOf(figure, "draft"));
}

function built(bundle: Built | TypeError): Built {
  if (bundle instanceof TypeError) throw bundle;
  return bundle;
}

function isSpec(value: unknown): value is { data: Record<string, unknown>[]; layout?: Record<string, unknown> } {
  if (typeof value !== "object" || value === null) return false;
  const { data, layout } = value as { data?: unknown; layout?: unknown };
  return Array.isArray(data) && (layout === undefined || (typeof layout === "object" && layout !== null));
}

/**
 * A chart's bundle: its draft when it has one and `kind` is "draft", else its full bundle; the
 * error FigureWidget throws when `value` is no chart (returned, so that isChart asks the same).
 */
function bundleOf(value: unknown, kind: "draft" | "full"): Built | TypeError {
  if (kind === "draft" && isDraftable(value)) return checked(value, value[DRAFT_DISPLAY](), true);
  if (isDisplayable(value)) return checked(value, value[JUPYTER_DISPLAY](), false);
  if (isSpec(value)) return { chart: value, bundle: { [PLOTLY_MIME]: { data: value.data, layout: value.layout ?? {} }, "text/plain": `<Figure: ${value.data.length} trace(s)>` }, draft: false };
  return new TypeError(`FigureWidget: expected a chart (e.g. plot.loss(losses), or Plotly's {data, layout}), got ${describeValue(value)}`);
}

function checked(chart: Chart, bundle: MimeBundle, draft: boolean): Built | TypeError {
  if (!(PLOTLY_MIME in bundle)) return new TypeError(`FigureWidget: this value displays as ${Object.keys(bundle).join(", ") || "nothing"}, not as a Plotly chart (${PLOTLY_MIME}): give it a chart, e.g. plot.loss(losses)`);
  return { chart, bundle, draft };
}

function describeValue(value: unknown): string {
  if (value === null || typeof value !== "object") return `${String(value)} (${typeof value})`;
  return `an object with keys ${Object.keys(value).slice(0, 5).join(", ") || "(none)"}`;
}
