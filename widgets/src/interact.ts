// interact: controls made from parameter ranges, and a function re-run when they move, its output
// (prints, the returned value) replaced in one Output area below them, and the charts it shows
// (returned, or `.show()`n) in chart widgets below that: the k-th chart of a run goes to the
// k-th FigureWidget, which the page redraws in place.
//
// A re-run happens inside the handling of the comm message that moved the control, never after
// it: JupyterLab's Output widget captures outputs by their parent message only while that message
// is being handled (until the kernel says idle). The page sends one update per widget at a time,
// and a move that arrives while an earlier one waits makes the earlier one's run unnecessary:
// it is skipped (debouncing); an async function is told to stop through its AbortSignal.
import { display, interceptDisplays, JUPYTER_DISPLAY, type MimeBundle, outputCount, pendingCommMessages } from "numts-kernel";
import { Checkbox, Dropdown, FloatLogSlider, FloatSlider, IntSlider, Text, VBox } from "./controls";
import { BuiltChart, FigureWidget } from "./figure";
import { Output } from "./output";
import type { Widget } from "./widget";

/** A widget with a value: what interact reads its parameters from. */
export type ValueWidget = Widget & { value: unknown };

/**
 * How a parameter's control is given:
 * - `[min, max]`: a slider (IntSlider when both are whole numbers, else FloatSlider), starting in the middle;
 * - `[min, max, step]`: the same with its step;
 * - `[min, max, "log"]`: a FloatLogSlider from min to max (both > 0), for learning rates;
 * - `["a", "b", ...]`: a Dropdown;
 * - `true`/`false`: a Checkbox; a string: a Text box; a number `v`: a slider from -v to 3v;
 * - a widget (`new FloatSlider({...})`): that widget.
 */
export type Abbreviation = readonly [number, number] | readonly [number, number, number | "log"] | readonly string[] | boolean | string | number | ValueWidget;

/** The value type a parameter's control gives. */
export type ValueOf<A> = A extends { value: infer V } ? V : A extends readonly [number, number, ...unknown[]] ? number : A extends readonly (infer T)[] ? T : A extends boolean ? boolean : A extends string ? string : A extends number ? number : never;

/** The function's argument: each parameter's current value, by name. */
export type Arguments<S> = { [K in keyof S]: ValueOf<S[K]> };

/** Options of `interact` and `interactive`. */
export interface InteractOptions<S = Record<string, Abbreviation>> {
  /** Starting values of the controls (default: the middle of each range), e.g. `{ learning_rate: 0.1 }`. */
  value?: Partial<Arguments<S>>;
  /** How long (ms) a move waits for a later move before the function runs (default 80). */
  debounce?: number;
  /** Whether sliders send their value while being dragged (default true; false: when released). */
  continuous_update?: boolean;
}

/** What the function gets besides the values. */
export interface RunContext {
  /** Aborted when the controls moved again while an async function still runs: stop early. */
  signal: AbortSignal;
}

/** How often a running async function is checked for newer moves. */
const CANCEL_POLL_MS = 50;

/**
 * The controls of an `interact`, with the Output area that shows the function's prints and
 * returned value, and a chart widget per chart it shows (ipywidgets' `interactive`): a VBox of
 * one control per parameter, the output, then the charts.
 */
export class Interactive<S extends Record<string, Abbreviation>> extends VBox {
  /** The control of each parameter, by name. */
  readonly controls: { [K in keyof S]: ValueWidget & { value: ValueOf<S[K]> } };
  /** Where the function's prints, errors and returned value (other than a chart) show. */
  readonly out: Output;
  /** The charts the function showed, in the order shown: each run redraws them in place. */
  readonly charts: FigureWidget[] = [];
  /** What the last run returned. */
  result: unknown = undefined;
  private readonly debounce: number;
  /** Whether the Output shows what a run printed or returned (it is cleared before the next run). */
  private printed = false;
  /** How many runs were made (the first one included). */
  runs = 0;

  constructor(
    private readonly fn: (args: Arguments<S>, context: RunContext) => unknown,
    spec: S,
    options: InteractOptions<S> = {},
  ) {
    const controls = Object.fromEntries(Object.entries(spec).map(([name, abbreviation]) => [name, controlFor(name, abbreviation, options)])) as { [K in keyof S]: ValueWidget & { value: ValueOf<S[K]> } };
    const out = new Output();
    super([...Object.values(controls), out], { _dom_classes: ["widget-interact"] });
    this.controls = controls;
    this.out = out;
    this.debounce = options.debounce ?? 80;
    for (const [name, value] of Object.entries(options.value ?? {})) {
      const control = (controls as Record<string, ValueWidget>)[name];
      if (control === undefined) throw new RangeError(`interact: value.${name}: there is no parameter ${name} (the parameters: ${Object.keys(spec).join(", ")})`);
      control.value = value;
    }
    for (const control of Object.values(controls)) control.observe(() => this.moved(), "value");
  }

  /** The parameters' current values. */
  get kwargs(): Arguments<S> {
    return Object.fromEntries(Object.entries(this.controls).map(([name, control]) => [name, control.value])) as Arguments<S>;
  }

  /**
   * Runs the function now with the current values, its output replacing the last one.
   *
   * @example
   * await w.update();
   */
  update(): Promise<void> {
    const controller = new AbortController();
    // A newer move (queued behind this run) makes this run's result stale: tell the function.
    const watch = setInterval(() => {
      if (this.newerMoveWaiting()) controller.abort();
    }, CANCEL_POLL_MS);
    this.runs++;
    let shown = 0;
    // The run's k-th chart into the k-th chart widget (a stale run's charts are dropped).
    const showChart = (value: unknown): boolean => {
      const chart = BuiltChart.of(value);
      if (chart === undefined) return false;
      if (!controller.signal.aborted) this.showChart(shown++, chart);
      return true;
    };
    // Charts given to display() (`.show()`); raw bundles (a live chart's, which it updates by
    // its display id) stay outputs.
    const release = interceptDisplays((value, options) => options.raw !== true && options.display_id === undefined && showChart(value));
    const finish = (): void => {
      release();
      clearInterval(watch);
      if (!controller.signal.aborted) this.keepCharts(shown);
    };
    let before = 0;
    const showResult = (result: unknown): void => {
      this.result = result;
      if (result !== undefined && !controller.signal.aborted && !showChart(result)) display(result);
    };
    const failed = (error: unknown): void => {
      if (!controller.signal.aborted) console.error(error);
    };
    // clear_output(wait) leaves the last run's prints until new output comes: a run that
    // printed nothing clears them now. (An Output that shows nothing is left alone: a frontend
    // without widgets, which shows a run's outputs in the cell, keeps the interact's own.)
    const clearIfSilent = (): void => {
      const silent = outputCount() === before;
      if (silent && this.printed && !controller.signal.aborted) this.out.clear_output();
      this.printed = !silent || (this.printed && controller.signal.aborted);
    };
    // A function that returns at once is run, and its charts placed, before update() returns
    // (so within the cell or the message that ran it, and displays after it are not taken).
    try {
      const running = this.out.capture((): Promise<void> | undefined => {
        if (this.printed) this.out.clear_output({ wait: true });
        before = outputCount();
        let result: unknown;
        try {
          result = this.fn(this.kwargs, { signal: controller.signal });
          if (!(result instanceof Promise)) showResult(result);
        } catch (error) {
          failed(error);
        }
        if (result instanceof Promise) return result.then(showResult).catch(failed).then(clearIfSilent);
        clearIfSilent();
        return undefined;
      });
      if (running === undefined) {
        finish();
        return Promise.resolve();
      }
      return running.finally(finish);
    } catch (error) {
      finish();
      throw error;
    }
  }

  /** Shows `chart` in the k-th chart widget, made (and placed under the output) the first time. */
  private showChart(k: number, chart: BuiltChart): void {
    const widget = this.charts[k];
    const deferPicture = () => this.newerMoveWaiting();
    if (widget !== undefined) widget.show(chart, { deferPicture });
    else this.charts.push(new FigureWidget(chart, { deferPicture }));
    // Shown from the run that first showed it: its view appears at once.
    if (!this.children.includes(this.charts[k])) this.keepCharts(k + 1);
  }

  /** The box shows the controls, the output and the first `count` charts (those the run showed). */
  private keepCharts(count: number): void {
    // set() sends nothing when the children are the same widgets.
    this.set({ children: [...Object.values(this.controls), this.out, ...this.charts.slice(0, count)] });
  }

  /** `interact` shows it: as a cell's last value it shows nothing more. */
  override [JUPYTER_DISPLAY](): MimeBundle {
    return this.shown ? {} : super[JUPYTER_DISPLAY]();
  }

  /** Whether `interact` displayed it. */
  shown = false;

  private async moved(): Promise<void> {
    if (this.newerMoveWaiting()) return;
    if (this.debounce > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.debounce));
      if (this.newerMoveWaiting()) return;
    }
    await this.update();
  }

  /** Whether a message from one of the controls waits to be handled (it will run the function itself). */
  private newerMoveWaiting(): boolean {
    const waiting = new Set(pendingCommMessages());
    return Object.values(this.controls).some((c) => waiting.has(c.model_id));
  }
}

/**
 * Builds controls for a function's parameters and shows them with its output; moving a
 * control re-runs the function with the new values (ipywidgets' `interact`). What the function
 * prints, displays or returns replaces the previous run's output; the charts it returns or
 * `.show()`s are redrawn in place (the k-th chart of a run replaces the k-th chart of the last
 * run, keeping its element, so no flicker). Slow functions are fine: moves made meanwhile are
 * gathered into one run.
 *
 * @param fn called with `{name: value, ...}` at the start and after each move; may be async
 *   (its second argument's `signal` is aborted when the controls move again)
 * @param spec each parameter's control: `[min, max]`, `[min, max, step]`, `[min, max, "log"]`,
 *   a list of choices, a boolean, a string, or a widget
 * @param options value (the starting values), debounce (ms, default 80), continuous_update (default true)
 * @returns the Interactive (its controls, output and last result)
 * @example
 * interact(({ learning_rate, hidden }) => {
 *   const losses = train_network(X, y, { learning_rate, hidden, epochs: 1000 });
 *   return plot.loss(losses, { title: `learning rate ${learning_rate.toPrecision(2)}` });
 * }, { learning_rate: [0.001, 1, "log"], hidden: [1, 16] }, { value: { learning_rate: 0.1, hidden: 4 } });
 */
export function interact<S extends Record<string, Abbreviation>>(fn: (args: Arguments<S>, context: RunContext) => unknown, spec: S, options: InteractOptions<S> = {}): Interactive<S> {
  const w = interactive(fn, spec, options);
  display(w);
  w.shown = true;
  void w.update();
  return w;
}

/**
 * `interact` without showing it: returns the Interactive (a VBox of the controls and the output)
 * to place yourself, e.g. in an HBox; its function has not run yet (call `update()`).
 *
 * @param fn called with `{name: value, ...}` after each move
 * @param spec each parameter's control (see `interact`)
 * @param options debounce, continuous_update
 * @example
 * const w = interactive(({ n }) => n * n, { n: [0, 10] });
 * w
 */
export function interactive<S extends Record<string, Abbreviation>>(fn: (args: Arguments<S>, context: RunContext) => unknown, spec: S, options: InteractOptions<S> = {}): Interactive<S> {
  if (typeof fn !== "function") throw new TypeError(`interact: the first argument must be a function, got ${typeof fn}`);
  if (typeof spec !== "object" || spec === null || Object.keys(spec).length === 0) throw new TypeError("interact: give the parameters' ranges as an object, e.g. { learning_rate: [0.001, 1, \"log\"], hidden: [1, 16] }");
  return new Interactive(fn, spec, options);
}

/** The control for one parameter (ipywidgets' widget abbreviations). */
function controlFor(name: string, a: Abbreviation, options: { continuous_update?: boolean }): ValueWidget {
  // Labels are the parameters' names, shown whole (ipywidgets cuts them at about 80 px).
  const common = { description: name, continuous_update: options.continuous_update ?? true, style: { description_width: "initial" } };
  if (typeof a === "object" && a !== null && !Array.isArray(a) && "model_id" in a) return a as ValueWidget;
  if (typeof a === "boolean") return new Checkbox({ value: a, description: name });
  if (typeof a === "string") return new Text({ value: a, description: name, continuous_update: false });
  if (typeof a === "number") {
    if (!Number.isFinite(a)) throw new RangeError(`interact: ${name}: ${a} is not a finite number`);
    const [min, max] = a > 0 ? [-a, 3 * a] : a < 0 ? [3 * a, -a] : [0, 1];
    return Number.isInteger(a) ? new IntSlider({ ...common, value: a, min, max }) : new FloatSlider({ ...common, value: a, min, max, step: (max - min) / 100 });
  }
  if (!Array.isArray(a)) throw new TypeError(`interact: ${name}: cannot make a control from ${String(a)}`);
  const list = a as readonly unknown[];
  if (list.length > 0 && list.every((x) => typeof x === "string")) return new Dropdown({ options: list as string[], description: name }) as unknown as ValueWidget;
  const [min, max, third] = list as [unknown, unknown, unknown];
  if (typeof min !== "number" || typeof max !== "number" || list.length > 3 || !(third === undefined || typeof third === "number" || third === "log")) {
    throw new TypeError(`interact: ${name}: ${JSON.stringify(a)} is not [min, max], [min, max, step], [min, max, "log"] or a list of choices`);
  }
  if (!(min < max)) throw new RangeError(`interact: ${name}: min (${min}) must be below max (${max})`);
  if (third === "log") {
    if (!(min > 0)) throw new RangeError(`interact: ${name}: a log range needs min > 0, got [${min}, ${max}, "log"]`);
    const lo = Math.log10(min);
    const hi = Math.log10(max);
    const step = (hi - lo) / 60;
    return new FloatLogSlider({ ...common, min: lo, max: hi, step, value: 10 ** (lo + Math.round((hi - lo) / 2 / step) * step) });
  }
  const integer = Number.isInteger(min) && Number.isInteger(max) && (third === undefined || Number.isInteger(third));
  const step = third ?? (integer ? 1 : (max - min) / 100);
  const middle = min + Math.floor((max - min) / 2 / step) * step;
  return integer ? new IntSlider({ ...common, min, max, step, value: middle }) : new FloatSlider({ ...common, min, max, step, value: middle, readout_format: readoutFormat(step) });
}

/** Enough digits to tell the slider's steps apart. */
function readoutFormat(step: number): string {
  const digits = Math.max(0, Math.min(6, Math.ceil(-Math.log10(step))));
  return `.${digits}f`;
}
