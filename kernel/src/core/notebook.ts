// The code of a notebook file's cells, for what the kernel learns from the notebook it runs: the
// cell that declares a missing name (./hints.ts) and the packages to load early (./preload.ts),
// both found by regular expressions built from a name.
import type { NotebookFile } from "./platform";

interface NotebookJson {
  cells?: { cell_type?: string; source?: string | string[] }[];
}

/** The source of each code cell of `file`, in order; none when the file is not a notebook's JSON. */
export function codeCells(file: NotebookFile): string[] {
  let notebook: NotebookJson;
  try {
    notebook = JSON.parse(file.text) as NotebookJson;
  } catch {
    return [];
  }
  return (notebook.cells ?? []).filter((c) => c.cell_type === "code").map((c) => (Array.isArray(c.source) ? c.source.join("") : String(c.source ?? "")));
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
