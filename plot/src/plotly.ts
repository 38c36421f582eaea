// plotly.js on the notebook page, once per notebook and offline: the first cell that shows a
// chart in a kernel session gets one extra output before the chart, a script holding all of
// plotly.js (from the plotly.js-dist-min package, never a CDN). Charts rendered before it ran
// wait in window.numtsPlotQueue and are drawn when it does.
//
// Re-running that same cell re-emits it (its old outputs, plotly.js included, are being
// replaced), so running a cell twice stores the same bytes; the cell is recognised by the
// notebook's cell id where the frontend sends one, else by its code.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { currentCell, display, type MimeBundle } from "numts-kernel";

let loaderSource: string | null = null;

/** Where plotly.js is on disk (also used by the picture renderer and the handouts). */
export function plotlyPath(): string {
  return require.resolve("plotly.js-dist-min/plotly.min.js");
}

/** plotly.js's version. */
export function plotlyVersion(): string {
  return (require("plotly.js-dist-min/package.json") as { version: string }).version;
}

/** The MIME bundle that puts plotly.js on the page and draws the charts waiting for it. */
export function plotlyLoaderBundle(): MimeBundle {
  if (loaderSource === null) {
    // A "</script" inside the code would end the element early; in JS strings "<\/" is the same text.
    const source = readFileSync(plotlyPath(), "utf8").replace(/<\/(script)/gi, "<\\/$1");
    loaderSource =
      `<script type="text/javascript">\n` +
      `if (!window.Plotly) {\n${source}\n}\n` +
      `(function () { var queue = window.numtsPlotQueue || []; window.numtsPlotQueue = []; queue.forEach(function (draw) { draw(); }); })();\n` +
      `</script>`;
  }
  return {
    "text/html": loaderSource,
    "text/plain": `<plotly.js ${plotlyVersion()}: draws the charts of this notebook>`,
  };
}

/** The cell that holds plotly.js in this session, and the run of it that put it there. */
let holder: { key: string; execution: number } | null = null;

/**
 * Makes sure plotly.js is on the page before a chart is output (see the top of this file).
 * Outside a kernel there is no page and this does nothing.
 */
export function ensurePlotlyOnPage(): void {
  const cell = currentCell();
  if (cell === undefined) return;
  const key = cell.cellId ?? "code:" + createHash("sha256").update(cell.code).digest("hex");
  if (holder !== null && (holder.key !== key || holder.execution === cell.execution)) return;
  holder = { key, execution: cell.execution };
  display(plotlyLoaderBundle(), { raw: true, metadata: { numts: { plotly: plotlyVersion() } } });
}
