// What a handout must show, read from the notebook itself (independently of the handout code):
// the cells of an edition, its charts, headings, formulas and printed numbers.
import { readFileSync } from "node:fs";

export interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export interface Cell {
  id?: string;
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: Output[];
}

export interface Notebook {
  metadata: { numts?: { course: string; lecture: string; author: string } };
  cells: Cell[];
}

export type Edition = "student" | "instructor";

export function readNotebook(file: string): Notebook {
  return JSON.parse(readFileSync(file, "utf8")) as Notebook;
}

export const text = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join("") : (value ?? ""));

export const isSolution = (cell: Cell): boolean => (cell.metadata.tags ?? []).includes("solution");

/** A cell with widgets (tagged "interactive"): no handout has it, its static version is beside it. */
export const isInteractive = (cell: Cell): boolean => (cell.metadata.tags ?? []).includes("interactive");

export function cellsOf(nb: Notebook, edition: Edition): Cell[] {
  return nb.cells.filter((c) => (edition === "instructor" || !isSolution(c)) && !isInteractive(c));
}

const PLOTLY_JSON = "application/vnd.plotly.v1+json";

interface ChartSpec {
  layout?: { title?: string | { text?: string }; height?: number };
}

/** The chart outputs of the cells, with their titles (the chart's text in the PDF). */
export function charts(cells: Cell[]): { title: string; height: number }[] {
  return cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => o.data?.[PLOTLY_JSON] !== undefined)
    .map((o) => {
      const layout = (o.data?.[PLOTLY_JSON] as ChartSpec).layout ?? {};
      const title = typeof layout.title === "string" ? layout.title : (layout.title?.text ?? "");
      return { title, height: layout.height ?? 400 };
    });
}

/** Markdown without code (a `$` in code is not math). */
function prose(cell: Cell): string {
  return text(cell.source).replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
}

/** How many formulas the markdown cells hold: $$...$$, \[...\], \(...\), $...$. */
export function formulas(cells: Cell[]): number {
  return cells
    .filter((c) => c.cell_type === "markdown")
    .map((c) => (prose(c).match(/\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\\([\s\S]+?\\\)|(?<!\\)\$[^$]+?(?<!\\)\$/g) ?? []).length)
    .reduce((a, b) => a + b, 0);
}

/** The markdown headings as plain text; headings with math or links are left out (no plain text). */
export function headings(cells: Cell[]): string[] {
  return cells
    .filter((c) => c.cell_type === "markdown")
    .flatMap((c) => prose(c).split("\n"))
    .filter((line) => /^#{1,6}\s/.test(line) && !/[$[<\\]/.test(line))
    .map((line) => line.replace(/^#+\s*/, "").replace(/\*\*|__|`/g, "").trim())
    .filter((h) => h !== "");
}

/** The numbers the cells print (stdout, and plain-text results that are not charts). */
export function printedNumbers(cells: Cell[]): string[] {
  const printed = cells
    .flatMap((c) => c.outputs ?? [])
    .map((o) => {
      if (o.output_type === "stream" && o.name === "stdout") return text(o.text);
      if (o.data !== undefined && o.data[PLOTLY_JSON] === undefined && o.data["text/html"] === undefined) return text(o.data["text/plain"] as string | string[] | undefined);
      return "";
    })
    .join("\n");
  return [...new Set(printed.match(/-?\d+\.\d+(?:e[+-]?\d+)?/gi) ?? [])];
}

/** A line that identifies a code cell in the handout's text: its longest line, shortened. */
export function signature(cell: Cell): string {
  const lines = text(cell.source).split("\n").map((l) => l.trim());
  return lines.reduce((a, b) => (b.length > a.length ? b : a), "").slice(0, 40);
}
