/**
 * Rich output from notebook cells: show HTML, images, charts or any MIME bundle, update an
 * output in place, clear a cell's output.
 *
 * ```ts
 * import { display, html } from "numts-kernel";
 * display(html`<b>bold</b>`);
 * const progress = display({ "text/plain": "epoch 0" }, { raw: true });
 * progress.update({ "text/plain": "epoch 1" }, { raw: true });
 * ```
 *
 * Objects with a `[Symbol.for("Jupyter.display")]()` method returning a MIME bundle are shown
 * richly both by `display()` and as a cell's last value (the protocol of Deno's kernel).
 */
// This module runs wherever the kernel does (Node, a Web Worker): it uses no Node API. It talks
// to the kernel through a hook the kernel core installs on `globalThis` (KERNEL_OUTPUTS).
import { uuid } from "./core/messages";

/** A MIME bundle: output data keyed by MIME type (e.g. "text/html", "image/png"). */
export type MimeBundle = Record<string, unknown>;

/**
 * The display protocol (the same as Deno's Jupyter kernel): an object with a method under this
 * symbol returning a MIME bundle is shown richly, as a cell's value and through `display()`.
 */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** A value that follows the display protocol. */
export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** Whether `value` follows the display protocol. */
export function isDisplayable(value: unknown): value is Displayable {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as Partial<Displayable>)[JUPYTER_DISPLAY] === "function";
}

/** Options of `display`. */
export interface DisplayOptions {
  /** The value is itself a MIME bundle, e.g. `{"text/html": "<b>hi</b>", "text/plain": "hi"}`. */
  raw?: boolean;
  /** Metadata per MIME type, e.g. `{"image/png": {width: 200}}`. */
  metadata?: Record<string, unknown>;
  /** Give the output an id so it can be updated later (one is made if left out). */
  display_id?: string;
  /** Replace the output with this `display_id` instead of adding a new one. */
  update?: boolean;
}

/** The cell being executed, as `currentCell()` describes it. */
export interface CellInfo {
  /** The cell's source code. */
  code: string;
  /** The notebook's id for the cell, when the frontend sends one (JupyterLab, Notebook 7). */
  cellId?: string;
  /** Counts execute requests in this kernel session: tells two runs of one cell apart. */
  execution: number;
}

/**
 * A quicker bundle of a displayable value, for an output redrawn many times in a row (a chart
 * that follows a slider): what it shows, without the parts that are slow to make (a chart's
 * static picture). Whoever shows drafts shows the full bundle (`[JUPYTER_DISPLAY]()`) once the
 * value stays. numts-plot's charts have one; numts-widgets' FigureWidget uses it.
 */
export const DRAFT_DISPLAY = Symbol.for("numts-kernel.draft-display");

/** A value with a draft bundle besides its full one. */
export interface Draftable extends Displayable {
  [DRAFT_DISPLAY](): MimeBundle;
}

/** Whether `value` has a draft bundle. */
export function isDraftable(value: unknown): value is Draftable {
  return isDisplayable(value) && typeof (value as Partial<Draftable>)[DRAFT_DISPLAY] === "function";
}

/**
 * Offered each value given to `display()` (a new output, not an update) before it is shown;
 * returns true for the values it shows itself (nothing is published for them).
 */
export type DisplayInterceptor = (value: unknown, options: DisplayOptions) => boolean;

/** On `globalThis`, so that every copy of this module a bundle may hold shares them (as KERNEL_OUTPUTS). */
const INTERCEPTORS = Symbol.for("numts-kernel.display-interceptors");

function interceptorList(): DisplayInterceptor[] {
  const global = globalThis as Record<symbol, DisplayInterceptor[] | undefined>;
  return (global[INTERCEPTORS] ??= []);
}

/**
 * Sends the values displayed from now on through `interceptor` first (the latest one added is
 * asked first), until the returned function is called: how `interact` puts the charts a run
 * shows into its chart widgets. The kernel runs one request at a time, so what displays
 * meanwhile is the code of the request running now (or a timer of an earlier one).
 */
export function interceptDisplays(interceptor: DisplayInterceptor): () => void {
  const interceptors = interceptorList();
  interceptors.push(interceptor);
  return () => {
    const at = interceptors.lastIndexOf(interceptor);
    if (at >= 0) interceptors.splice(at, 1);
  };
}

/** What the kernel installs on `globalThis` to receive outputs (absent outside a kernel). */
export interface KernelOutputs {
  /** The MIME bundle the kernel shows for a value (its display method's, or its text). */
  bundle(value: unknown): MimeBundle;
  publish(msgType: "display_data" | "update_display_data" | "clear_output", content: Record<string, unknown>): void;
  /** The cell running now (or whose timers run now), if any. */
  cell(): CellInfo | undefined;
  /** Runs `callback` when the current cell's code has finished, before the cell is reported done. */
  atCellEnd(callback: () => void): boolean;
  /** How many outputs (prints, displays, errors) the request running now has made so far. */
  published(): number;
}

export const KERNEL_OUTPUTS = Symbol.for("numts-kernel.outputs");

function outputs(): KernelOutputs | undefined {
  return (globalThis as Record<symbol, KernelOutputs | undefined>)[KERNEL_OUTPUTS];
}

/** A displayed output that can be updated in place. */
export class DisplayHandle {
  constructor(readonly display_id: string) {}

  /** A handle shows nothing when it is a cell's last value (`display(x);` ends many cells). */
  [JUPYTER_DISPLAY](): MimeBundle {
    return {};
  }

  /** Replaces the output (Jupyter's update_display_data). */
  update(value: unknown, options: Omit<DisplayOptions, "display_id" | "update"> = {}): void {
    display(value, { ...options, display_id: this.display_id, update: true });
  }
}

/**
 * Shows a value as a cell output (IPython's `display`). Returns a handle to update it later.
 * Outside a Jupyter kernel, prints the value's text form instead (and updates print nothing).
 */
export function display(value: unknown, options: DisplayOptions = {}): DisplayHandle {
  const id = options.display_id ?? uuid();
  if (!options.update) {
    const interceptors = interceptorList();
    for (let i = interceptors.length - 1; i >= 0; i--) if (interceptors[i](value, options)) return new DisplayHandle(id);
  }
  const kernel = outputs();
  if (kernel === undefined) {
    // A script has no output to update in place: it prints each new output once, not each update.
    if (!options.update) console.log(textOf(value, options.raw === true));
  } else {
    kernel.publish(options.update ? "update_display_data" : "display_data", {
      data: options.raw ? (value as MimeBundle) : kernel.bundle(value),
      metadata: options.metadata ?? {},
      transient: { display_id: id },
    });
  }
  return new DisplayHandle(id);
}

/**
 * The MIME bundle `display(value)` shows: the kernel's (the value's display method, or its printed
 * form); outside a kernel, the display method's or the value as text.
 *
 * @example
 * displayBundle(np.arange(3))["text/plain"]; // "array([0, 1, 2])"
 */
export function displayBundle(value: unknown): MimeBundle {
  const kernel = outputs();
  if (kernel !== undefined) return kernel.bundle(value);
  return isDisplayable(value) ? value[JUPYTER_DISPLAY]() : { "text/plain": String(value) };
}

/** What a script prints for a displayed value: the bundle's text/plain, else the value itself. */
function textOf(value: unknown, raw: boolean): unknown {
  const bundle = raw ? (value as MimeBundle) : isDisplayable(value) ? value[JUPYTER_DISPLAY]() : undefined;
  const text = bundle?.["text/plain"];
  return typeof text === "string" ? text : value;
}


/** Clears the cell's output; with `wait`, only when the next output arrives (no flicker). */
export function clear_output(wait = false): void {
  outputs()?.publish("clear_output", { wait });
}

/**
 * The cell being executed, or `undefined` outside a kernel (or between cells). Libraries use it
 * to make an output once per cell, e.g. a script that later outputs rely on.
 */
export function currentCell(): CellInfo | undefined {
  return outputs()?.cell();
}

/**
 * Runs `callback` once the current cell's code has finished (its awaited promises included) and
 * before the frontend hears that the cell is done, so that outputs it makes are part of the cell:
 * e.g. a live chart's final update. Returns false, and never calls back, outside a kernel.
 */
export function atCellEnd(callback: () => void): boolean {
  return outputs()?.atCellEnd(callback) ?? false;
}

/**
 * How many outputs (prints, displays, errors) the request running now (a cell, or the widget
 * message a handler answers) has made so far; 0 outside a kernel. Compare two counts to tell
 * whether some code printed or showed anything.
 *
 * @example
 * const before = outputCount();
 * step();
 * if (outputCount() === before) console.log("step() printed nothing");
 */
export function outputCount(): number {
  return outputs()?.published() ?? 0;
}

/** A value that displays as the given MIME bundle. */
function bundle(data: MimeBundle): { [JUPYTER_DISPLAY](): MimeBundle } {
  return { [JUPYTER_DISPLAY]: () => data };
}

function text(strings: TemplateStringsArray | string, values: unknown[]): string {
  return typeof strings === "string" ? strings : String.raw({ raw: strings }, ...values);
}

/** HTML to display: ``display(html`<b>hi</b>`)`` or `html("<b>hi</b>")`. */
export function html(strings: TemplateStringsArray | string, ...values: unknown[]) {
  const s = text(strings, values);
  return bundle({ "text/html": s, "text/plain": s });
}

/** Markdown to display (math in `$...$` included). */
export function markdown(strings: TemplateStringsArray | string, ...values: unknown[]) {
  const s = text(strings, values);
  return bundle({ "text/markdown": s, "text/plain": s });
}

/** An SVG image to display. */
export function svg(strings: TemplateStringsArray | string, ...values: unknown[]) {
  const s = text(strings, values);
  return bundle({ "image/svg+xml": s, "text/plain": "<SVG image>" });
}

/** A PNG image (its bytes) to display. */
export function png(bytes: Uint8Array) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return bundle({ "image/png": btoa(binary), "text/plain": "<PNG image>" });
}
