// The notebook as the handout shows it: read and checked, with the edition's cells.
import { readFileSync } from "node:fs";
import { isPlotlyLoader, staticWidgetOutputs, widgetState } from "./widgets.mjs";

/** The notebook metadata the title block is made from: metadata.numts.{course, lecture, author}. */
const TITLE_KEYS = ["course", "lecture", "author"];

const EDITIONS = ["student", "instructor"];

/** Reads a notebook, or stops with what is wrong with the file (named `file`) and what to do. */
export function readNotebook(path, file = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(e.code === "ENOENT" ? `${file}: no such notebook. Check the path (notebooks are in notebooks/).` : `${file}: cannot read it (${e.message}).`);
  }
  let nb;
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not a notebook, its JSON is invalid (${e.message}). Restore it (git checkout -- ${file}) or fix the JSON.`);
  }
  if (nb === null || typeof nb !== "object" || nb.nbformat !== 4 || !Array.isArray(nb.cells)) {
    throw new Error(`${file}: not a Jupyter notebook in format 4 (no "nbformat": 4 or no "cells" list). Open and save it in Jupyter to convert it.`);
  }
  const meta = nb.metadata?.numts ?? {};
  const missing = TITLE_KEYS.filter((k) => typeof meta[k] !== "string" || meta[k].trim() === "");
  if (missing.length > 0) {
    const example = JSON.stringify({ numts: { course: "...", lecture: "...", author: "..." } });
    throw new Error(
      `${file}: the title block needs metadata.numts.${missing.join(", metadata.numts.")}. ` +
        `Add them to the notebook's metadata (JupyterLab: Property Inspector > Advanced Tools > Notebook metadata; or edit the .ipynb): ${example}`,
    );
  }
  return nb;
}

export function checkEdition(edition) {
  if (!EDITIONS.includes(edition)) throw new Error(`--edition ${edition}: there are two editions, student and instructor.`);
}

const isSolution = (cell) => (cell.metadata?.tags ?? []).includes("solution");

/** A cell that needs a running kernel (widgets: sliders that retrain): the cells beside it show the same without one. */
const isInteractive = (cell) => (cell.metadata?.tags ?? []).includes("interactive");

const isChart = (output) => output.data?.["application/vnd.plotly.v1+json"] !== undefined;

/**
 * The notebook of one edition: the student edition drops the cells tagged "solution" with
 * their outputs. Both drop the cells tagged "interactive" (a slider cannot move on paper, and
 * the lessons' static version of the exercise is the cell before it). Any other widget shows as
 * drawn from the notebook's saved widget state (./widgets.mjs), which the page then no longer
 * needs. The output carrying plotly.js is removed in both, since the handout page gets
 * plotly.js once in its head (its cell may be a dropped solution). Also names the edition and
 * TypeScript as the language, for the template and the code highlighting.
 */
export function editionOf(nb, edition) {
  const kept = nb.cells
    .filter((cell) => (edition === "instructor" || !isSolution(cell)) && !isInteractive(cell))
    .map((cell) => (cell.cell_type === "code" ? { ...cell, outputs: (cell.outputs ?? []).filter((o) => !isPlotlyLoader(o)) } : cell));
  const { cells, widgets, charts: widgetCharts } = staticWidgetOutputs(kept, widgetState(nb));
  // Without the state, nbconvert's template adds no widget manager (require.js from a CDN).
  const { widgets: _state, ...others } = nb.metadata;
  const metadata = {
    ...others,
    title: nb.metadata.numts.lecture,
    // Never run notebooks have no language_info; nbconvert would then highlight as Python.
    language_info: { name: "typescript", pygments_lexer: "typescript", ...nb.metadata.language_info },
    handout: { edition },
  };
  return {
    notebook: { ...nb, metadata, cells },
    charts: cells.flatMap((c) => c.outputs ?? []).filter(isChart).length + widgetCharts,
    widgets,
    solutions: nb.cells.filter(isSolution).length,
  };
}
