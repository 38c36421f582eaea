// plotly.js on the notebook page, once per notebook and offline: the first cell that shows a
// chart in a kernel session gets one extra output before the chart, a script holding all of
// plotly.js (from the plotly.js-dist-min package, never a CDN) and the charts' font, Open Sans
// (regular and bold, the scripts most charts need), unless the page has it already. Charts
// rendered before it ran wait in window.numtsPlotQueue and are drawn when it does.
//
// Re-running that same cell re-emits it (its old outputs, plotly.js included, are being
// replaced), so running a cell twice stores the same bytes; the cell is recognised by the
// notebook's cell id where the frontend sends one, else by its code.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { currentCell, display, type MimeBundle } from "numts-kernel";
import { covers, fontFaceRule, fontFiles, OPEN_SANS, woff2DataUri } from "./fonts";

let loaderSource: string | null = null;

/** Where plotly.js is on disk (also used by the picture renderer and the handouts). */
export function plotlyPath(): string {
  return require.resolve("plotly.js-dist-min/plotly.min.js");
}

/** plotly.js's version. */
export function plotlyVersion(): string {
  return (require("plotly.js-dist-min/package.json") as { version: string }).version;
}

/** Characters of the scripts the page gets Open Sans for: Latin, Latin Extended, Greek, math symbols. */
const PAGE_FONT_SCRIPTS = [0x41, 0x105, 0x3b1, 0x2202];

/** A script that adds Open Sans to the page (as data: URIs) where the page has no Open Sans of its own. */
function fontScript(): string {
  const files = fontFiles().filter((f) => f.family === OPEN_SANS && f.style === "normal" && PAGE_FONT_SCRIPTS.some((cp) => covers(f, cp)));
  const css = files.map((f) => fontFaceRule(f, woff2DataUri(readFileSync(f.path)))).join("\n");
  return (
    `(function () {\n` +
    `  var has = false;\n` +
    `  if (document.fonts) document.fonts.forEach(function (f) { if (f.family.replace(/["']/g, "") === ${JSON.stringify(OPEN_SANS)}) has = true; });\n` +
    `  if (has) return;\n` +
    `  var style = document.createElement("style");\n` +
    `  style.setAttribute("data-numts-fonts", "");\n` +
    `  style.textContent = ${JSON.stringify(css)};\n` +
    `  document.head.appendChild(style);\n` +
    `})();\n`
  );
}

/** The MIME bundle that puts plotly.js and the charts' font on the page and draws the charts waiting for it. */
export function plotlyLoaderBundle(): MimeBundle {
  if (loaderSource === null) {
    // A "</script" inside the code would end the element early; in JS strings "<\/" is the same text.
    const source = readFileSync(plotlyPath(), "utf8").replace(/<\/(script)/gi, "<\\/$1");
    loaderSource =
      `<script type="text/javascript">\n` +
      `if (!window.Plotly) {\n${source}\n}\n` +
      fontScript() +
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
