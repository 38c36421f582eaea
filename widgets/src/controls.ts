// The controls: sliders, dropdowns, buttons, text and boxes, with ipywidgets' names, attributes
// and defaults, drawn in the page by @jupyter-widgets/controls 5 (ipywidgets 8).
import { type Change, type StateValue, Widget } from "./widget";

/** Attributes every control has. */
export interface DOMOptions {
  /** Text shown beside the control when hovered. */
  tooltip?: string | null;
  /** CSS classes added to the control's element. */
  _dom_classes?: string[];
}

/** Attributes of controls with a label. */
export interface DescriptionOptions extends DOMOptions {
  /** The label in front of the control. */
  description?: string;
  /** Whether the label is HTML (default: plain text). */
  description_allow_html?: boolean;
}

export type DOMState = Required<Omit<DOMOptions, "tooltip">> & { tooltip: string | null; tabbable: boolean | null };
type DescriptionState = DOMState & { description: string; description_allow_html: boolean };

export function domState(options: DOMOptions): DOMState {
  return { _dom_classes: options._dom_classes ?? [], tabbable: null, tooltip: options.tooltip ?? null };
}

function descriptionState(options: DescriptionOptions): DescriptionState {
  return { ...domState(options), description: options.description ?? "", description_allow_html: options.description_allow_html ?? false };
}

/** Makes `names` properties of `cls` that read and set the widget's attributes. */
function attributes(cls: { prototype: object }, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: Widget) {
        return this.get(name);
      },
      set(this: Widget, value: unknown) {
        this.set({ [name]: value });
      },
      configurable: true,
    });
  }
}

function requireNumber(widget: string, name: string, value: StateValue, integer: boolean): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw new TypeError(`${widget}.${name} must be a number, got ${JSON.stringify(value)} (${typeof value})`);
  return integer ? Math.round(value) : value;
}

function requireType<T>(widget: string, name: string, value: StateValue, type: "string" | "boolean"): T {
  if (typeof value !== type) throw new TypeError(`${widget}.${name} must be a ${type}, got ${JSON.stringify(value)} (${typeof value})`);
  return value as T;
}

/** How a slider looks (ipywidgets' SliderStyle). */
export interface SliderStyleOptions {
  /** The width of the label: a CSS width, or "initial" for the label's own width (default: about 80 px, longer labels cut). */
  description_width?: string;
  /** The handle's colour, a CSS colour. */
  handle_color?: string | null;
}

/** A slider's style: its own model, which the slider refers to (ipywidgets' SliderStyle). */
export class SliderStyle extends Widget<{ description_width: string; handle_color: string | null }> {
  declare description_width: string;

  /** @param options description_width, handle_color */
  constructor(options: SliderStyleOptions = {}) {
    super({ model: "SliderStyleModel", view: "StyleView", viewModule: "base" }, { description_width: options.description_width ?? "", handle_color: options.handle_color ?? null });
  }
}
attributes(SliderStyle, ["description_width", "handle_color"]);

/** Options of the sliders. */
export interface SliderOptions extends DescriptionOptions {
  /** The label's width and the handle's colour, e.g. `{ description_width: "initial" }` for long labels. */
  style?: SliderStyleOptions;
  value?: number;
  min?: number;
  max?: number;
  step?: number;
  /** "horizontal" (default) or "vertical". */
  orientation?: "horizontal" | "vertical";
  /** Whether the value is shown beside the slider (default true). */
  readout?: boolean;
  /** How the value is shown, a d3-format string (IntSlider "d", FloatSlider ".2f", FloatLogSlider ".3g"). */
  readout_format?: string;
  /** Send the value while dragging (true, default) or only when the slider is released. */
  continuous_update?: boolean;
  disabled?: boolean;
}

type SliderState = DescriptionState & { style: SliderStyle; value: number; min: number; max: number; step: number; orientation: string; readout: boolean; readout_format: string; continuous_update: boolean; disabled: boolean; behavior: string };

abstract class Slider<S extends SliderState> extends Widget<S> {
  declare value: number;
  declare min: number;
  declare max: number;
  declare step: number;
  declare description: string;
  declare disabled: boolean;

  protected abstract readonly integer: boolean;

  /** The value's bounds once `others` (values set with it) are kept (a log slider's are powers of its base). */
  protected bounds(others: Partial<S>): [number, number] {
    return [this.pick(others, "min"), this.pick(others, "max")];
  }

  /** A number set in the same call, else the current one. */
  protected pick(others: Partial<S>, name: "min" | "max" | "base"): number {
    const value = (others as Record<string, unknown>)[name];
    return typeof value === "number" ? value : (this.state as Record<string, unknown>)[name] as number;
  }

  protected override validate(name: string, value: StateValue, others: Partial<S>): StateValue {
    const kind = this.constructor.name;
    if (["value", "min", "max", "step"].includes(name)) {
      const n = requireNumber(kind, name, value, this.integer && name !== "step");
      if (name === "value") {
        const [lo, hi] = this.bounds(others);
        return Math.min(hi, Math.max(lo, n));
      }
      // min and max set together are checked against each other, not against the old range.
      const [min, max] = [this.pick(others, "min"), this.pick(others, "max")];
      if (name === "min" && n > max) throw new RangeError(`${kind}.min (${n}) must not exceed max (${max})`);
      if (name === "max" && n < min) throw new RangeError(`${kind}.max (${n}) must not be below min (${min})`);
      return n;
    }
    return value;
  }

  override set(values: Partial<S>): void {
    super.set(values);
    // A new range keeps the value inside it, as ipywidgets does.
    if ("min" in values || "max" in values || "base" in values) super.set({ value: this.state.value } as Partial<S>);
  }
}
attributes(Slider, ["value", "min", "max", "step", "description", "disabled", "continuous_update", "readout", "readout_format", "orientation"]);

function sliderState(options: SliderOptions, defaults: { min: number; max: number; step: number; value: number; readout_format: string }): SliderState {
  const min = options.min ?? defaults.min;
  const max = options.max ?? defaults.max;
  if (min > max) throw new RangeError(`slider: min (${min}) must not exceed max (${max})`);
  const value = Math.min(max, Math.max(min, options.value ?? defaults.value));
  return {
    ...descriptionState(options),
    style: new SliderStyle(options.style),
    value,
    min,
    max,
    step: options.step ?? defaults.step,
    orientation: options.orientation ?? "horizontal",
    readout: options.readout ?? true,
    readout_format: options.readout_format ?? defaults.readout_format,
    continuous_update: options.continuous_update ?? true,
    disabled: options.disabled ?? false,
    behavior: "drag-tap",
  };
}

/**
 * A slider of whole numbers (ipywidgets' IntSlider).
 *
 * @example
 * const hidden = new IntSlider({ value: 4, min: 1, max: 16, description: "hidden" });
 * hidden.observe(({ new: n }) => console.log(`${n} hidden units`));
 * hidden
 */
export class IntSlider extends Slider<SliderState> {
  protected readonly integer = true;

  /** @param options value (0), min (0), max (100), step (1), description, ... */
  constructor(options: SliderOptions = {}) {
    super({ model: "IntSliderModel", view: "IntSliderView" }, sliderState({ ...options, value: options.value === undefined ? undefined : Math.round(options.value) }, { min: 0, max: 100, step: 1, value: 0, readout_format: "d" }));
  }
}

/**
 * A slider of real numbers (ipywidgets' FloatSlider).
 *
 * @example
 * const momentum = new FloatSlider({ value: 0.9, min: 0, max: 1, step: 0.01, description: "momentum" });
 * momentum
 */
export class FloatSlider extends Slider<SliderState> {
  protected readonly integer = false;

  /** @param options value (0), min (0), max (100), step (0.1), description, ... */
  constructor(options: SliderOptions = {}) {
    super({ model: "FloatSliderModel", view: "FloatSliderView" }, sliderState(options, { min: 0, max: 100, step: 0.1, value: 0, readout_format: ".2f" }));
  }
}

/** Options of FloatLogSlider: `min`, `max` and `step` are exponents of `base`. */
export interface LogSliderOptions extends SliderOptions {
  /** The base of the exponents (default 10). */
  base?: number;
}

/**
 * A slider whose steps multiply (ipywidgets' FloatLogSlider): for learning rates. `min` and `max`
 * are exponents: `{min: -3, max: 0}` spans 0.001 to 1.
 *
 * @example
 * const lr = new FloatLogSlider({ value: 0.1, min: -3, max: 0, description: "learning rate" });
 * lr.observe(({ new: rate }) => console.log(rate));
 * lr
 */
export class FloatLogSlider extends Slider<SliderState & { base: number }> {
  protected readonly integer = false;
  declare base: number;

  /** @param options value (1), min (0) and max (4) as exponents of base (10), step (0.1), ... */
  constructor(options: LogSliderOptions = {}) {
    const base = options.base ?? 10;
    const min = options.min ?? 0;
    const max = options.max ?? 4;
    const value = Math.min(base ** max, Math.max(base ** min, options.value ?? 1));
    super({ model: "FloatLogSliderModel", view: "FloatLogSliderView" }, { ...sliderState({ ...options, value: min }, { min: 0, max: 4, step: 0.1, value: 0, readout_format: ".3g" }), value, base });
  }

  protected override bounds(others: Partial<SliderState & { base: number }>): [number, number] {
    const base = this.pick(others, "base");
    return [base ** this.pick(others, "min"), base ** this.pick(others, "max")];
  }
}
attributes(FloatLogSlider, ["base"]);

/** Options of Dropdown and ToggleButtons. */
export interface SelectionOptions<T> extends DescriptionOptions {
  /** The choices: labels, or `[label, value]` pairs. */
  options: readonly (T & string)[] | readonly (readonly [string, T])[];
  /** The selected value (default: the first). */
  value?: T;
  disabled?: boolean;
}

type SelectionState = DescriptionState & { _options_labels: string[]; index: number | null; disabled: boolean };

abstract class Selection<T, S extends SelectionState> extends Widget<S> {
  private readonly values: T[];
  declare index: number | null;
  declare description: string;
  declare disabled: boolean;

  constructor(model: string, view: string, options: SelectionOptions<T>, extra: Omit<S, keyof SelectionState>) {
    const pairs = options.options.map((o) => (Array.isArray(o) ? (o as readonly [string, T]) : ([String(o), o as T] as const)));
    if (pairs.length === 0) throw new RangeError(`${model.replace(/Model$/, "")}: options is empty; give at least one choice`);
    const values = pairs.map(([, v]) => v);
    let index = 0;
    if (options.value !== undefined) {
      index = values.indexOf(options.value);
      if (index < 0) throw new RangeError(`${model.replace(/Model$/, "")}: value ${JSON.stringify(options.value)} is not one of the options (${pairs.map(([l]) => l).join(", ")})`);
    }
    super({ model, view }, { ...descriptionState(options), _options_labels: pairs.map(([l]) => l), index, disabled: options.disabled ?? false, ...extra } as S);
    this.values = values;
  }

  /** The selected value. */
  get value(): T {
    return this.values[this.state.index ?? 0];
  }

  set value(value: T) {
    const index = this.values.indexOf(value);
    if (index < 0) throw new RangeError(`${this.constructor.name}.value: ${JSON.stringify(value)} is not one of the options (${this.state._options_labels.join(", ")})`);
    this.set({ index } as Partial<S>);
  }

  /** The selected label. */
  get label(): string {
    return this.state._options_labels[this.state.index ?? 0];
  }

  protected override validate(name: string, value: StateValue): StateValue {
    if (name === "index" && (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= this.values.length)) {
      throw new RangeError(`${this.constructor.name}.index must be 0 to ${this.values.length - 1}, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  /** The page sends the index: observers of "value" get its change as values. */
  protected override follows(change: Change): Change[] {
    if (change.name !== "index") return [];
    return [{ ...change, name: "value", old: this.values[change.old as number], new: this.values[change.new as number] }];
  }

  protected override describe(): string {
    return `value=${JSON.stringify(this.value)}`;
  }
}
attributes(Selection, ["index", "description", "disabled"]);

/**
 * A drop-down list (ipywidgets' Dropdown).
 *
 * @example
 * const activation = new Dropdown({ options: ["sigmoid", "relu", "tanh"], value: "relu", description: "activation" });
 * activation.observe(({ new: name }) => console.log(name));
 * activation
 */
export class Dropdown<T = string> extends Selection<T, SelectionState & { button_style: string }> {
  /** @param options the choices (labels, or [label, value] pairs), the value, description, ... */
  constructor(options: SelectionOptions<T>) {
    super("DropdownModel", "DropdownView", options, { button_style: "" });
  }
}

/**
 * A row of buttons, one of which is selected (ipywidgets' ToggleButtons).
 *
 * @example
 * const optimiser = new ToggleButtons({ options: ["sgd", "momentum", "adam"], description: "optimiser" });
 * optimiser
 */
export class ToggleButtons<T = string> extends Selection<T, SelectionState & { button_style: string; tooltips: string[]; icons: string[] }> {
  /** @param options the choices (labels, or [label, value] pairs), the value, description, ... */
  constructor(options: SelectionOptions<T> & { tooltips?: string[]; button_style?: ButtonStyle }) {
    super("ToggleButtonsModel", "ToggleButtonsView", options, { button_style: options.button_style ?? "", tooltips: options.tooltips ?? [], icons: [] });
  }
}

/** Options of Checkbox. */
export interface CheckboxOptions extends DescriptionOptions {
  value?: boolean;
  disabled?: boolean;
  /** Whether the box lines up with the labels of other controls (default true). */
  indent?: boolean;
}

/**
 * A check box (ipywidgets' Checkbox).
 *
 * @example
 * const bias = new Checkbox({ value: true, description: "use a bias" });
 * bias.observe(({ new: on }) => console.log(on));
 * bias
 */
export class Checkbox extends Widget<DescriptionState & { value: boolean; disabled: boolean; indent: boolean }> {
  declare value: boolean;
  declare description: string;
  declare disabled: boolean;

  /** @param options value (false), description, indent, disabled */
  constructor(options: CheckboxOptions = {}) {
    super({ model: "CheckboxModel", view: "CheckboxView" }, { ...descriptionState(options), value: options.value ?? false, disabled: options.disabled ?? false, indent: options.indent ?? true });
  }

  protected override validate(name: string, value: StateValue): StateValue {
    return name === "value" ? requireType<boolean>("Checkbox", name, value, "boolean") : value;
  }
}
attributes(Checkbox, ["value", "description", "disabled", "indent"]);

/** A button's colour: "primary", "success", "info", "warning", "danger", or "" (plain). */
export type ButtonStyle = "" | "primary" | "success" | "info" | "warning" | "danger";

/** Options of Button. */
export interface ButtonOptions extends DOMOptions {
  /** The button's text. */
  description?: string;
  disabled?: boolean;
  /** A Font Awesome icon name, e.g. "check". */
  icon?: string;
  button_style?: ButtonStyle;
}

/**
 * A button (ipywidgets' Button): `on_click` runs a function at each click.
 *
 * @example
 * const retrain = new Button({ description: "Retrain", button_style: "primary" });
 * retrain.on_click(() => console.log("retraining…"));
 * retrain
 */
export class Button extends Widget<DOMState & { description: string; disabled: boolean; icon: string; button_style: string }> {
  declare description: string;
  declare disabled: boolean;
  private readonly clickHandlers: ((button: Button) => void | Promise<void>)[] = [];

  /** @param options description (the text), button_style, icon, disabled, tooltip */
  constructor(options: ButtonOptions = {}) {
    super({ model: "ButtonModel", view: "ButtonView" }, { ...domState(options), description: options.description ?? "", disabled: options.disabled ?? false, icon: options.icon ?? "", button_style: options.button_style ?? "" });
    this.onCustom(async (content) => {
      if (content.event === "click") await this.click();
    });
  }

  /**
   * Runs `handler` at each click (it gets the button). What it prints goes nowhere visible in
   * JupyterLab: print into an `Output` (`out.capture(() => ...)`).
   *
   * @param handler called with the button; may be async
   * @param remove remove this handler instead
   * @example
   * const out = new Output();
   * button.on_click(() => out.capture(() => console.log("clicked")));
   */
  on_click(handler: (button: Button) => void | Promise<void>, remove = false): void {
    const at = this.clickHandlers.indexOf(handler);
    if (remove) {
      if (at >= 0) this.clickHandlers.splice(at, 1);
    } else if (at < 0) this.clickHandlers.push(handler);
  }

  /**
   * Clicks the button from code: runs its handlers.
   *
   * @example
   * await button.click();
   */
  async click(): Promise<void> {
    for (const handler of [...this.clickHandlers]) await handler(this);
  }

  protected override describe(): string {
    return `description=${JSON.stringify(this.state.description)}`;
  }
}
attributes(Button, ["description", "disabled", "icon", "button_style"]);

/** Options of Text. */
export interface TextOptions extends DescriptionOptions {
  value?: string;
  /** Grey text shown while the box is empty. */
  placeholder?: string;
  /** Send the text at each key (true, default) or when Enter is pressed or the box left. */
  continuous_update?: boolean;
  disabled?: boolean;
}

type StringState = DescriptionState & { value: string; placeholder: string };

/**
 * A line of text to type in (ipywidgets' Text).
 *
 * @example
 * const name = new Text({ placeholder: "your name", description: "name" });
 * name.observe(({ new: text }) => console.log(`hello ${text}`));
 * name
 */
export class Text extends Widget<StringState & { continuous_update: boolean; disabled: boolean }> {
  declare value: string;
  declare description: string;
  declare placeholder: string;
  declare disabled: boolean;

  /** @param options value (""), placeholder, description, continuous_update, disabled */
  constructor(options: TextOptions = {}) {
    super({ model: "TextModel", view: "TextView" }, { ...descriptionState(options), value: options.value ?? "", placeholder: options.placeholder ?? "\u200b", continuous_update: options.continuous_update ?? true, disabled: options.disabled ?? false });
  }

  protected override validate(name: string, value: StateValue): StateValue {
    return name === "value" ? requireType<string>("Text", name, value, "string") : value;
  }
}
attributes(Text, ["value", "description", "placeholder", "disabled", "continuous_update"]);

/** Options of Label and HTML. */
export interface StringOptions extends DescriptionOptions {
  value?: string;
  placeholder?: string;
}

/** What Label and HTML share: a string shown, with its description (ipywidgets' _String). */
abstract class Content extends Widget<StringState> {
  declare value: string;
  declare description: string;

  constructor(model: string, view: string, options: StringOptions) {
    super({ model, view }, { ...descriptionState(options), value: options.value ?? "", placeholder: options.placeholder ?? "\u200b" });
  }
}
attributes(Content, ["value", "description"]);

/**
 * A line of text to show (ipywidgets' Label): e.g. a result beside the controls.
 *
 * @example
 * const status = new Label({ value: "loss: –" });
 * status.value = "loss: 0.042";
 * status
 */
export class Label extends Content {
  /** @param options value (the text), description */
  constructor(options: StringOptions = {}) {
    super("LabelModel", "LabelView", options);
  }
}

/**
 * HTML to show, updatable (ipywidgets' HTML).
 *
 * @example
 * const note = new HTML({ value: "<b>epoch 0</b>" });
 * note.value = "<b>epoch 100</b>";
 * note
 */
export class HTML extends Content {
  /** @param options value (the HTML), description */
  constructor(options: StringOptions = {}) {
    super("HTMLModel", "HTMLView", options);
  }
}

/** Options of HBox and VBox. */
export interface BoxOptions extends DOMOptions {
  /** "", "success", "info", "warning" or "danger": a coloured frame. */
  box_style?: string;
}

/** A group of widgets shown together (ipywidgets' Box). */
export class Box extends Widget<DOMState & { children: Widget[]; box_style: string }> {
  declare children: Widget[];

  constructor(model: string, view: string, children: Widget[], options: BoxOptions) {
    for (const child of children) if (!(child instanceof Widget)) throw new TypeError(`${model.replace(/Model$/, "")}: children must be widgets, got ${String(child)}`);
    super({ model, view }, { ...domState(options), children: [...children], box_style: options.box_style ?? "" });
  }

  protected override describe(): string {
    return `children=[${this.state.children.map((c) => c.constructor.name).join(", ")}]`;
  }
}
attributes(Box, ["children", "box_style"]);

/**
 * Widgets side by side (ipywidgets' HBox).
 *
 * @example
 * new HBox([new IntSlider({ description: "a" }), new Button({ description: "go" })])
 */
export class HBox extends Box {
  /** @param children the widgets, left to right */
  constructor(children: Widget[] = [], options: BoxOptions = {}) {
    super("HBoxModel", "HBoxView", children, options);
  }
}

/**
 * Widgets one below the other (ipywidgets' VBox).
 *
 * @example
 * new VBox([new FloatLogSlider({ min: -3, max: 0 }), new Output()])
 */
export class VBox extends Box {
  /** @param children the widgets, top to bottom */
  constructor(children: Widget[] = [], options: BoxOptions = {}) {
    super("VBoxModel", "VBoxView", children, options);
  }
}
