// The widget protocol of ipywidgets 8 (protocol version 2.1), kernel side: each widget is a model
// whose state lives on both sides of a comm to the "jupyter.widget" target. The kernel opens the
// comm with the whole state; either side then sends the keys that changed ("update"); the kernel
// answers each update from the page with an "echo_update" of what it accepted, so that several
// views of one widget agree. Binary values travel as buffers, named by their path in the state.
// https://github.com/jupyter-widgets/ipywidgets/blob/main/packages/schema/messages.md
import { Comm, type CommMessage, currentCell, JUPYTER_DISPLAY, type MimeBundle } from "numts-kernel";

/** The version of the widget protocol spoken (ipywidgets 8). */
export const PROTOCOL_VERSION = "2.1.0";
/** The MIME type of a widget's view in an output. */
export const WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json";
/** The MIME type of the widget state saved in a notebook's metadata. */
export const WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json";

const CONTROLS = { module: "@jupyter-widgets/controls", version: "2.0.0" };
const BASE = { module: "@jupyter-widgets/base", version: "2.0.0" };
const OUTPUT = { module: "@jupyter-widgets/output", version: "1.0.0" };

/** Where the page finds a model's and a view's code. */
export interface ModelSpec {
  model: string;
  view: string | null;
  /** ipywidgets' modules by short name, or another module (a model and view of our own). */
  module?: "controls" | "base" | "output" | { module: string; version: string };
  /** Where the view is, when not with the model (styles: their view is the base module's StyleView). */
  viewModule?: "base";
}

/** A change of one attribute, as `observe` handlers receive it (ipywidgets' change dict). */
export interface Change<T = unknown> {
  /** The attribute that changed, e.g. "value". */
  name: string;
  old: T;
  new: T;
  /** The widget it changed on. */
  owner: Widget;
  type: "change";
}

type Handler = (change: Change) => void | Promise<void>;

/** A JSON-compatible state value, or binary data (sent as a buffer). */
export type StateValue = unknown;

/** Every widget alive in this kernel, by model id: what the page asks for after a reload. */
const widgets = new Map<string, Widget>();

/**
 * A widget: a model shared with the page through a comm, and its views wherever it is displayed.
 * Subclasses (IntSlider, Button, ...) name their attributes; `observe` follows their changes.
 */
export class Widget<S extends Record<string, StateValue> = Record<string, StateValue>> {
  private readonly comm: Comm;
  protected readonly state: S;
  private readonly observers: { handler: Handler; names: Set<string> | null }[] = [];
  /** The model's and view's names and modules (the state's `_model_name`, ...). */
  private readonly names: Record<string, string | null>;
  private readonly customHandlers: ((content: Record<string, unknown>, buffers: CommMessage["buffers"]) => void | Promise<void>)[] = [];
  /** Attributes the page sets that are not echoed back (an Output's outputs: large, and the page made them). */
  protected readonly unechoed = new Set<string>();

  constructor(spec: ModelSpec, state: S) {
    const module = typeof spec.module === "object" ? spec.module : spec.module === "output" ? OUTPUT : spec.module === "base" ? BASE : CONTROLS;
    this.state = { ...state };
    const view = spec.view === null || spec.viewModule === "base" ? BASE : module;
    this.names = {
      _model_name: spec.model,
      _model_module: module.module,
      _model_module_version: module.version,
      _view_name: spec.view,
      _view_module: view.module,
      _view_module_version: view.version,
      _view_count: null,
    };
    const { state: json, buffer_paths, buffers } = removeBuffers(this.fullState().state);
    this.comm = new Comm("jupyter.widget", { data: { state: json, buffer_paths }, metadata: { version: PROTOCOL_VERSION }, buffers, comm_id: nextModelId() });
    this.comm.on_msg((msg) => this.received(msg));
    this.comm.on_close(() => widgets.delete(this.model_id));
    widgets.set(this.model_id, this as unknown as Widget);
  }

  /** The model's id (the comm's), as views and saved state name it. */
  get model_id(): string {
    return this.comm.comm_id;
  }

  /** The attribute `name` now. */
  get<K extends keyof S & string>(name: K): S[K] {
    return this.state[name];
  }

  /**
   * Sets attributes, sends them to the page and calls the observers of those that changed.
   *
   * @param values the attributes to set, e.g. `{ value: 3, max: 10 }`
   * @example
   * slider.set({ min: 0, max: 10, value: 5 });
   */
  set(values: Partial<S>): void {
    void this.setAndWait(values);
  }

  /**
   * `set`, and a promise of the observers' work (a handler may be async): what the comm handler
   * awaits. `echoed`: values the page set and got echoed, not sent back unless they were changed
   * here (a value out of range is clamped).
   */
  protected setAndWait(values: Partial<S>, echoed: Partial<S> = {}): Promise<void> {
    const changes = this.assign(values);
    const send: Partial<S> = {};
    for (const change of changes) {
      const name = change.name as keyof S;
      if (!(name in echoed) || !sameValue(echoed[name], this.state[name])) send[name] = this.state[name];
    }
    if (Object.keys(send).length > 0) this.sendState(send);
    return this.notify(changes);
  }

  /**
   * Calls `handler` each time an attribute changes (ipywidgets' `observe`), here or in the page.
   *
   * @param handler gets `{name, old, new, owner}`
   * @param names the attributes to follow (default: `"value"`; `"*"` for all)
   * @example
   * slider.observe((change) => console.log(`${change.name}: ${change.old} → ${change.new}`));
   */
  observe<K extends string = "value">(handler: (change: Change<K extends keyof this ? this[K] : unknown>) => void | Promise<void>, names: K | K[] | "*" = "value" as K): void {
    const list = names === "*" ? null : new Set<string>(Array.isArray(names) ? names : [names]);
    this.observers.push({ handler: handler as Handler, names: list });
  }


  /**
   * Stops calling a handler given to `observe`.
   *
   * @param handler the handler to remove
   * @example
   * slider.unobserve(show);
   */
  unobserve(handler: (change: Change<never>) => void): void {
    const at = this.observers.findIndex((o) => o.handler === (handler as unknown as Handler));
    if (at >= 0) this.observers.splice(at, 1);
  }

  /**
   * `on("change", handler)`: calls `handler` when the value changes (as `observe`, the
   * JavaScript way); `on("change:max", handler)` for another attribute.
   *
   * @param event `"change"` (the value) or `"change:NAME"`
   * @param handler gets `{name, old, new, owner}`
   * @example
   * slider.on("change", ({ new: value }) => console.log(value));
   */
  on(event: "change" | `change:${string}`, handler: (change: Change) => void | Promise<void>): this {
    this.observe(handler as (change: Change<unknown>) => void, event === "change" ? "value" : event.slice("change:".length));
    return this;
  }

  /**
   * Removes the widget from the page and closes its comm; its views disappear.
   *
   * @example
   * slider.close();
   */
  close(): void {
    widgets.delete(this.model_id);
    this.comm.close();
  }

  /** The whole state with the model's names, as the page asks for it after a reload (update_states). */
  fullState(): { model_name: string; model_module: string; model_module_version: string; state: Record<string, unknown> } {
    return {
      model_name: String(this.names._model_name),
      model_module: String(this.names._model_module),
      model_module_version: String(this.names._model_module_version),
      state: { ...this.names, ...this.wire(this.state) },
    };
  }

  /** Shows the widget as a cell's value or through `display()`. */
  [JUPYTER_DISPLAY](): MimeBundle {
    return {
      "text/plain": `${this.constructor.name}(${this.describe()})`,
      [WIDGET_VIEW_MIME]: { version_major: 2, version_minor: 0, model_id: this.model_id },
    };
  }

  /** The short text a text-only frontend shows. */
  protected describe(): string {
    const value = (this.state as Record<string, unknown>).value;
    return value === undefined ? "" : `value=${JSON.stringify(value)}`;
  }

  /**
   * Checks and converts a value set for `name` (from the page or from code); throws on a bad one.
   * `others` holds the values set with it, so that a pair such as min and max is checked as
   * the pair it becomes.
   */
  protected validate(_name: string, value: StateValue, _others: Partial<S>): StateValue {
    return value;
  }

  /** The state as sent: widgets in it become "IPY_MODEL_<id>" references. */
  protected wire(state: Partial<S>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(state)) out[key] = toWire(value);
    return out;
  }

  /** A value received for `name`, as kept here (the inverse of `wire`). */
  protected unwire(_name: string, value: unknown): unknown {
    return fromWire(value);
  }

  /** Registers a handler of custom messages from the page (a button's click). */
  protected onCustom(handler: (content: Record<string, unknown>, buffers: CommMessage["buffers"]) => void | Promise<void>): void {
    this.customHandlers.push(handler);
  }

  private assign(values: Partial<S>): Change[] {
    // Every value is checked before any is kept: a set that throws changes nothing.
    const checked = Object.entries(values).map(([name, raw]) => [name, this.validate(name, raw, values)] as const);
    const changes: Change[] = [];
    for (const [name, value] of checked) {
      const old = this.state[name];
      if (sameValue(old, value)) continue;
      (this.state as Record<string, unknown>)[name] = value;
      changes.push({ name, old, new: value, owner: this as unknown as Widget, type: "change" });
    }
    return changes;
  }

  /** Changes of derived attributes that a change makes (a selection's value follows its index). */
  protected follows(_change: Change): Change[] {
    return [];
  }

  private async notify(changes: Change[]): Promise<void> {
    for (const change of changes.flatMap((c) => [c, ...this.follows(c)])) {
      for (const { handler, names } of [...this.observers]) if (names === null || names.has(change.name)) await handler(change);
    }
  }

  private sendState(values: Partial<S>, method: "update" | "echo_update" = "update"): void {
    const wired = this.wire(values);
    for (const name of this.unechoed) if (method === "echo_update") delete wired[name];
    if (Object.keys(wired).length === 0) return;
    const { state, buffer_paths, buffers } = removeBuffers(wired);
    this.comm.send({ method, state, buffer_paths }, { buffers });
  }

  private async received(msg: CommMessage): Promise<void> {
    const data = msg.data;
    switch (data.method) {
      case "update": {
        const state = putBuffers(data.state, data.buffer_paths, msg.buffers);
        const values: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(state)) if (name in this.state) values[name] = this.unwire(name, value);
        if (Object.keys(values).length === 0) return;
        // What the page set, echoed at once: other views of this widget follow, and the page
        // knows its change arrived (ipywidgets 8's echo_update).
        this.sendState(values as Partial<S>, "echo_update");
        await this.setAndWait(values as Partial<S>, values as Partial<S>);
        return;
      }
      case "request_state":
        this.sendState(this.state);
        return;
      case "custom": {
        const content = typeof data.content === "object" && data.content !== null ? (data.content as Record<string, unknown>) : {};
        for (const handler of this.customHandlers) await handler(content, msg.buffers);
        return;
      }
      default:
        throw new Error(`widget ${this.model_id}: unknown method ${JSON.stringify(data.method)} from the page`);
    }
  }
}

/** The whole state of every live widget, as the control comm's update_states sends it. */
export function allStates(): Record<string, { model_name: string; model_module: string; model_module_version: string; state: Record<string, unknown> }> {
  const states: ReturnType<typeof allStates> = {};
  for (const [id, widget] of widgets) states[id] = widget.fullState();
  return states;
}

/** The last execution that made widgets, and how many it made. */
let made = { execution: -1, count: 0 };

/**
 * A model id that is the same each time a notebook is run top to bottom in a fresh kernel (the
 * request's number in the kernel session, and the widget's number in it), so that notebooks
 * executed by nbconvert store the same bytes each time; unique within a kernel session.
 */
function nextModelId(): string | undefined {
  const cell = currentCell();
  if (cell === undefined) return undefined; // a random one
  if (made.execution !== cell.execution) made = { execution: cell.execution, count: 0 };
  made.count++;
  return `numts-${cell.execution}-${made.count}`;
}

function toWire(value: unknown): unknown {
  if (value instanceof Widget) return `IPY_MODEL_${value.model_id}`;
  if (Array.isArray(value)) return value.map(toWire);
  return value;
}

function fromWire(value: unknown): unknown {
  if (typeof value === "string" && value.startsWith("IPY_MODEL_")) return widgets.get(value.slice("IPY_MODEL_".length)) ?? value;
  if (Array.isArray(value)) return value.map(fromWire);
  return value;
}

function isBinary(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** Takes binary values out of a state: their paths and the buffers, in order (ipywidgets' _remove_buffers). */
export function removeBuffers(state: Record<string, unknown>): { state: Record<string, unknown>; buffer_paths: (string | number)[][]; buffers: (ArrayBuffer | ArrayBufferView)[] } {
  const buffer_paths: (string | number)[][] = [];
  const buffers: (ArrayBuffer | ArrayBufferView)[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (isBinary(value)) {
      buffer_paths.push(path);
      buffers.push(value);
      return null;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    return value;
  };
  return { state: walk(state, []) as Record<string, unknown>, buffer_paths, buffers };
}

/** Puts received buffers back at their paths (ipywidgets' _put_buffers), as DataViews. */
export function putBuffers(state: unknown, paths: unknown, buffers: CommMessage["buffers"]): Record<string, unknown> {
  const out = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
  if (!Array.isArray(paths)) return out;
  paths.forEach((path, i) => {
    const buffer = buffers[i];
    if (!Array.isArray(path) || path.length === 0 || buffer === undefined) return;
    const view = buffer instanceof ArrayBuffer ? new DataView(buffer) : new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    let target = out as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1] as string | number] = view;
  });
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Widget || b instanceof Widget || isBinary(a) || isBinary(b)) return false;
  // Lists may hold widgets (a box's children), which are compared by identity.
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
