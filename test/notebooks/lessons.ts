// Test helpers for the lessons: reading the notebooks, the seeds and the reference outputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../kernel/kernelspec";
import type { StoredOutput } from "../kernel/outputs";

export const LESSONS = ["04-gradient-descent-backprop.ipynb", "09-backpropagation.ipynb"] as const;
export type Lesson = (typeof LESSONS)[number];

export interface Cell {
  id: string;
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: StoredOutput[];
  attachments?: Record<string, Record<string, string | string[]>>;
}

export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown> & { kernelspec?: { name: string } };
  cells: Cell[];
}

export const notebookPath = (lesson: Lesson) => join(ROOT, "notebooks", lesson);
export const readNotebook = (lesson: Lesson): Notebook => JSON.parse(readFileSync(notebookPath(lesson), "utf8")) as Notebook;
export const text = (source: string | string[]) => (Array.isArray(source) ? source.join("") : source);
export const shared = (...parts: string[]) => readFileSync(join(ROOT, "../shared", ...parts), "utf8");

/** What a code cell printed (its stream outputs, in order). */
export function printed(cell: Cell): string {
  return (cell.outputs ?? []).filter((o) => o.output_type === "stream").map((o) => text(o.text ?? "")).join("");
}

/** An output as the notebook file stores it, with its multi-line strings (split into lines in files) joined. */
export function normalOutput(o: StoredOutput): StoredOutput {
  const data = o.data === undefined ? undefined : Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, Array.isArray(v) ? v.join("") : v]));
  const out: StoredOutput = { ...o, ...(data === undefined ? {} : { data }) };
  if (o.text !== undefined) out.text = text(o.text);
  return out;
}

export const isChart = (o: StoredOutput) => o.data?.["application/vnd.plotly.v1+json"] !== undefined;

/** How many images (Markdown `![...](...)` or HTML `<img>`) the notebook's Markdown cells show. */
export const markdownImageCount = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === "markdown").flatMap((c) => text(c.source).match(/!\[|<img\b/g) ?? []).length;

export function cellById(nb: Notebook, id: string): Cell {
  const cell = nb.cells.find((c) => c.id === id);
  if (cell === undefined) throw new Error(`no cell with id ${id}`);
  return cell;
}

/** The code cells of lecture 9 that port the lecture's four cells (the reference is printed per cell). */
export const LECTURE9_CELLS = ["dataset", "network", "training", "testing"];

export const WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";

interface WidgetState {
  model_name: string;
  state: { children?: string[]; outputs?: StoredOutput[]; bundle?: Record<string, unknown> };
}

/** The saved state of the widgets in a stored widget-view output, with their ids, in the order they show (depth first). */
function shownModels(nb: Notebook, output: StoredOutput): (WidgetState & { id: string })[] {
  const view = output.data?.[WIDGET_VIEW] as { model_id: string } | undefined;
  if (view === undefined) return [];
  const widgets = nb.metadata.widgets as Record<string, { state: Record<string, WidgetState> }> | undefined;
  const states = widgets?.["application/vnd.jupyter.widget-state+json"]?.state ?? {};
  const collect = (id: string): (WidgetState & { id: string })[] => {
    const model = states[id];
    if (model === undefined) return [];
    return [{ ...model, id }, ...(model.state.children ?? []).flatMap((ref) => collect(ref.replace(/^IPY_MODEL_/, "")))];
  };
  return collect(view.model_id);
}

/** The FigureWidgets (an interact's charts) of a stored widget-view output: their ids and saved bundles. */
export function figureModels(nb: Notebook, output: StoredOutput): { id: string; bundle: Record<string, unknown> }[] {
  return shownModels(nb, output).flatMap((model) => (model.model_name === "FigureModel" ? [{ id: model.id, bundle: model.state.bundle ?? {} }] : []));
}

/**
 * The outputs that the widget of a stored widget-view output shows from the notebook's saved
 * widget state, in order: its Output widgets' outputs and its FigureWidgets' charts (an
 * interact's prints and charts, as JupyterLab shows them), or [] for any other output.
 */
export function widgetOutputs(nb: Notebook, output: StoredOutput): StoredOutput[] {
  return shownModels(nb, output).flatMap((model): StoredOutput[] => {
    if (model.model_name === "OutputModel") return model.state.outputs ?? [];
    if (model.model_name === "FigureModel") return [{ output_type: "display_data", data: model.state.bundle ?? {}, metadata: {} }];
    return [];
  });
}

/**
 * What a client without a widget manager shows for a stored output: for a widget view (an
 * interact), the view's own output (its text) and what its Output widgets captured in the cell
 * (an interact's first run prints there; its charts went to FigureWidgets, which such a client
 * does not draw).
 */
export function withoutWidgetManager(nb: Notebook, output: StoredOutput): StoredOutput[] {
  if (output.data?.[WIDGET_VIEW] === undefined) return [output];
  return [output, ...shownModels(nb, output).flatMap((model) => (model.model_name === "OutputModel" ? (model.state.outputs ?? []) : []))];
}
