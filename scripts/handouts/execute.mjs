// --execute: the notebook re-run through the numts kernel (nbclient, as npm run notebooks
// does), into a scratch folder: the notebook itself is not changed by making a handout.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { nbconvertExecute, PYTHON } from "../jupyter.mjs";

const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);

/** nbclient's report of a failed cell: its source and the error, or null for other failures. */
function failedCell(stderr) {
  const m = /CellExecutionError: An error occurred while executing the following cell:\n-{18}\n([\s\S]*?)\n-{18}\n([\s\S]*)/.exec(stderr);
  return m === null ? null : { source: m[1], error: m[2].trim() };
}

/**
 * Runs every cell of the notebook at `path` (already read as `nb`) in a fresh kernel, from the
 * notebook's own folder (where it finds numts), and returns the executed notebook. A failing
 * cell stops with the notebook's name (`file`), the cell's number, its first line and the error.
 */
export function executeNotebook(path, nb, { scratch, env, file = path }) {
  const name = basename(path, ".ipynb");
  const execute = nbconvertExecute(env);
  const run = spawnSync(PYTHON, [...execute.args, "--output-dir", scratch, "--output", name, path], { env: execute.env, encoding: "utf8", cwd: dirname(path), maxBuffer: 1 << 26 });
  if (run.status === 0) return JSON.parse(readFileSync(join(scratch, `${name}.ipynb`), "utf8"));
  const failed = failedCell(run.stderr);
  if (failed === null) {
    throw new Error(`${file}: running it failed:\n${run.stderr.trim().split("\n").slice(-12).join("\n")}\nRun it in Jupyter (npm start) to see why, or leave out --execute to use its stored outputs.`);
  }
  const index = nb.cells.findIndex((c) => c.cell_type === "code" && sourceOf(c).trim() === failed.source.trim());
  const where = index < 0 ? "a cell" : `cell ${index + 1}${nb.cells[index].id ? ` (id ${nb.cells[index].id})` : ""}`;
  const firstLine = failed.source.split("\n").find((l) => l.trim() !== "") ?? "";
  const error = failed.error.split("\n").slice(0, 12).join("\n");
  throw new Error(`${file}: ${where} failed under --execute: ${firstLine.trim()}\n${error}\nFix the cell (npm start opens the notebook), or leave out --execute to use the stored outputs.`);
}
