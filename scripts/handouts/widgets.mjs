// Widgets in the handout, drawn from the widget state the notebook saved
// (metadata.widgets["application/vnd.jupyter.widget-state+json"]), as plain HTML and CSS.
//
// Why not @jupyter-widgets/html-manager, which nbconvert's templates use: it loads require.js and
// the widget classes from a CDN when the page opens, so the handout would need the network and
// draw nothing offline or in the PDF; and its widgets would look live while no kernel is there to
// answer them. A handout is paper: each widget is drawn once, when the handout is made, as a
// static likeness at its saved values. Boxes lay out their children in a row or column; a
// control shows its description and its value (a slider's track at the value, with the number
// as the slider prints it; the selected choice; a ticked box; the text); Label and HTML their
// content; an Output widget its stored outputs, a chart as the handout shows any other chart
// (its picture, drawn by plotly.js on the page); a model whose state holds a display `bundle`
// (numts-plot's chart widget) that bundle. A view whose model the state lacks (the notebook was
// saved after its kernel restarted) shows a note saying so.

import { format as d3Format } from "d3-format";

export const WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";
const WIDGET_STATE = "application/vnd.jupyter.widget-state+json";
const PLOTLY_JSON = "application/vnd.plotly.v1+json";

const joined = (value) => (Array.isArray(value) ? value.join("") : (value ?? ""));

/** `text` (or a value's string) safe inside HTML text and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** The output holding plotly.js (numts-plot sends it before a session's first chart): the handout has plotly.js once, in its head. */
export const isPlotlyLoader = (output) => output.metadata?.numts?.plotly !== undefined;

/** The saved models by id, or null when the notebook saved no widget state. */
export function widgetState(nb) {
  return nb.metadata?.widgets?.[WIDGET_STATE]?.state ?? null;
}

/**
 * A number as ipywidgets' readout prints it: through d3-format, as @jupyter-widgets/controls
 * calls it (`format(readout_format)(value)`; d3's minus sign is U+2212). A specifier that d3
 * cannot read prints the number as JavaScript does (JupyterLab's slider would fail to draw).
 */
export function formatNumber(value, specifier = "") {
  if (typeof value !== "number") return String(value);
  let format;
  try {
    format = d3Format(specifier);
  } catch {
    return String(value).replace("-", "\u2212");
  }
  return format(value);
}

/** A widget's description, as its label beside the control (HTML only where the widget allows it). */
function description(s) {
  if (typeof s.description !== "string" || s.description === "") return "";
  const text = s.description_allow_html ? s.description : escapeHtml(s.description);
  return `<span class="numts-widget-description">${text}</span>`;
}

/** Where a value sits on [min, max], from 0 to 1. */
function fraction(value, min, max) {
  if (!(max > min)) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

const percent = (f) => `${(f * 100).toFixed(2)}%`;

function slider(name, s) {
  const labels = Array.isArray(s._options_labels) ? s._options_labels : null;
  const log = name === "FloatLogSliderModel";
  const position = (v) => (labels !== null ? fraction(v, 0, labels.length - 1) : log ? fraction(Math.log(v) / Math.log(s.base ?? 10), s.min, s.max) : fraction(v, s.min, s.max));
  const values = labels !== null ? (Array.isArray(s.index) ? s.index : [s.index ?? 0]) : Array.isArray(s.value) ? s.value : [s.value];
  const at = values.map(position);
  const shown = values.map((v) => (labels !== null ? escapeHtml(labels[v] ?? "") : escapeHtml(formatNumber(v, s.readout_format ?? ""))));
  // A range slider's track is filled between its two handles.
  const [from, to] = at.length === 2 ? at : [0, at[0]];
  const track =
    `<span class="numts-widget-track">` +
    `<span class="numts-widget-fill" style="left: ${percent(from)}; width: ${percent(to - from)}"></span>` +
    at.map((f) => `<span class="numts-widget-handle" style="left: ${percent(f)}"></span>`).join("") +
    `</span>`;
  const readout = s.readout === false ? "" : `<span class="numts-widget-readout">${shown.join(" \u2013 ")}</span>`;
  return `<div class="numts-widget numts-widget-slider">${description(s)}${track}${readout}</div>`;
}

/** The selected indices of a selection widget (one, or several for SelectMultiple). */
const selected = (s) => (Array.isArray(s.index) ? s.index : s.index === null || s.index === undefined ? [] : [s.index]);

function selection(name, s) {
  const labels = s._options_labels;
  const chosen = selected(s);
  if (name === "DropdownModel") {
    const text = chosen.length > 0 ? escapeHtml(labels[chosen[0]] ?? "") : "";
    return `<div class="numts-widget numts-widget-dropdown">${description(s)}<span class="numts-widget-field">${text}<span class="numts-widget-arrow">\u25be</span></span></div>`;
  }
  // ToggleButtons as a row of buttons; the others (RadioButtons, Select) as a list.
  const kind = name === "ToggleButtonsModel" ? "buttons" : "list";
  const items = labels.map((label, i) => `<span class="numts-widget-option${chosen.includes(i) ? " numts-widget-selected" : ""}">${escapeHtml(label)}</span>`).join("");
  return `<div class="numts-widget numts-widget-choices numts-widget-${kind}">${description(s)}<span class="numts-widget-options">${items}</span></div>`;
}

function checkbox(s) {
  const mark = `<span class="numts-widget-mark">${s.value ? "\u2611" : "\u2610"}</span>`;
  return `<div class="numts-widget numts-widget-checkbox" data-checked="${s.value ? "true" : "false"}">${mark}${description(s)}</div>`;
}

function textField(s) {
  const value = typeof s.value === "number" ? formatNumber(s.value) : s.value;
  // ipywidgets' default placeholder is a zero-width space: a field that shows nothing.
  const placeholder = typeof s.placeholder === "string" ? s.placeholder.replace(/\u200b/g, "") : "";
  const shown = value === "" ? `<span class="numts-widget-placeholder">${escapeHtml(placeholder)}</span>` : escapeHtml(value);
  return `<div class="numts-widget numts-widget-text">${description(s)}<span class="numts-widget-field">${shown}</span></div>`;
}

function content(name, s) {
  const body = name === "LabelModel" ? escapeHtml(s.value ?? "") : joined(s.value);
  return `<div class="numts-widget numts-widget-${name === "LabelModel" ? "label" : "html"}">${description(s)}<div class="numts-widget-content">${body}</div></div>`;
}

function button(s) {
  return `<div class="numts-widget"><span class="numts-widget-button">${escapeHtml(s.description ?? "")}</span></div>`;
}

const missing = (what) =>
  `<div class="numts-widget numts-widget-note">${what} The notebook has no saved state for it (it was saved after its kernel restarted or stopped). Run the notebook in Jupyter and save it, then make the handout again.</div>`;

/**
 * Draws saved widgets as HTML. `state` is the saved models by id (or null); `charts` counts the
 * charts the drawn outputs hold, which plotly.js draws on the page.
 */
export class StaticWidgets {
  constructor(state) {
    this.state = state ?? {};
    this.charts = 0;
    this.drawing = new Set();
  }

  /** A widget view (a model id) as HTML. */
  view(modelId) {
    const model = this.state[modelId];
    if (model === undefined || model === null || typeof model.state !== "object") return missing("A widget was shown here.");
    // A box that holds itself (only a hand-edited state can) would never end.
    if (this.drawing.has(modelId)) return "";
    this.drawing.add(modelId);
    try {
      return this.model(model);
    } finally {
      this.drawing.delete(modelId);
    }
  }

  model(model) {
    const name = model.model_name ?? "";
    const s = model.state;
    if (s.bundle !== null && typeof s.bundle === "object") return `<div class="numts-widget-bundle">${this.bundle(s.bundle)}</div>`;
    if (name === "OutputModel") return `<div class="numts-widget-output">${this.outputs(s.outputs ?? [])}</div>`;
    if (Array.isArray(s.children)) return this.box(name, s);
    if (/SliderModel$/.test(name)) return slider(name, s);
    if (Array.isArray(s._options_labels)) return selection(name, s);
    if (name === "CheckboxModel") return checkbox(s);
    if (name === "ButtonModel") return button(s);
    if (name === "LabelModel" || name === "HTMLModel" || name === "HTMLMathModel") return content(name, s);
    if (typeof s.value === "string" || typeof s.value === "number") return textField(s);
    // A model with no likeness here (a date picker, an image): its name and value.
    const value = s.value === undefined ? "" : `: ${escapeHtml(typeof s.value === "object" ? JSON.stringify(s.value) : String(s.value))}`;
    return `<div class="numts-widget numts-widget-other">${description(s)}<span class="numts-widget-field">${escapeHtml(name.replace(/Model$/, ""))}${value}</span></div>`;
  }

  box(name, s) {
    const children = s.children.map((ref) => (typeof ref === "string" && ref.startsWith("IPY_MODEL_") ? this.view(ref.slice("IPY_MODEL_".length)) : missing("A widget was here.")));
    const classes = (s._dom_classes ?? []).map((c) => ` ${escapeHtml(c)}`).join("");
    // Other containers (a Tab, an Accordion) show their children one below another.
    const direction = name === "HBoxModel" ? "hbox" : "vbox";
    return `<div class="numts-widget-box numts-widget-${direction}${classes}">${children.join("")}</div>`;
  }

  /** Stored outputs (nbformat 4), as the handout shows a cell's. */
  outputs(outputs) {
    return outputs
      .filter((o) => !isPlotlyLoader(o))
      .map((o) => {
        if (o.output_type === "stream") return `<pre class="numts-widget-stream${o.name === "stderr" ? " numts-widget-stderr" : ""}">${escapeHtml(joined(o.text))}</pre>`;
        if (o.output_type === "error") {
          const traceback = (o.traceback ?? []).join("\n").replace(/\u001b\[[\d;]*m/g, "");
          return `<pre class="numts-widget-stream numts-widget-stderr">${escapeHtml(traceback || `${o.ename}: ${o.evalue}`)}</pre>`;
        }
        return this.bundle(o.data ?? {});
      })
      .join("");
  }

  /** A display bundle: a widget, HTML (a chart's picture and its drawing script), a picture, or text. */
  bundle(data) {
    if (data[WIDGET_VIEW] !== undefined) return this.view(data[WIDGET_VIEW].model_id);
    if (data["text/html"] !== undefined) {
      if (data[PLOTLY_JSON] !== undefined) this.charts++;
      return `<div class="numts-widget-html">${joined(data["text/html"])}</div>`;
    }
    if (data["image/svg+xml"] !== undefined) {
      const svg = Buffer.from(joined(data["image/svg+xml"]), "utf8").toString("base64");
      return `<img class="numts-widget-picture" src="data:image/svg+xml;base64,${svg}" alt="${escapeHtml(joined(data["text/plain"]))}">`;
    }
    for (const type of ["image/png", "image/jpeg", "image/gif"]) {
      if (data[type] !== undefined) return `<img class="numts-widget-picture" src="data:${type};base64,${joined(data[type]).replace(/\s/g, "")}" alt="${escapeHtml(joined(data["text/plain"]))}">`;
    }
    if (data["text/plain"] !== undefined) return `<pre class="numts-widget-stream">${escapeHtml(joined(data["text/plain"]))}</pre>`;
    return "";
  }
}

/**
 * The cells with every widget view output replaced by its static HTML (a display_data of
 * text/html, which nbconvert puts on the page as it is), and how many charts those hold.
 */
export function staticWidgetOutputs(cells, state) {
  const widgets = new StaticWidgets(state);
  let count = 0;
  const replaced = cells.map((cell) => {
    if (cell.cell_type !== "code" || !(cell.outputs ?? []).some((o) => o.data?.[WIDGET_VIEW] !== undefined)) return cell;
    const outputs = cell.outputs.map((o) => {
      if (o.data?.[WIDGET_VIEW] === undefined) return o;
      count++;
      return { output_type: "display_data", data: { "text/html": `<div class="numts-widgets">${widgets.view(o.data[WIDGET_VIEW].model_id)}</div>` }, metadata: {} };
    });
    return { ...cell, outputs };
  });
  return { cells: replaced, widgets: count, charts: widgets.charts };
}
