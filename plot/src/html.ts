// The output bundle of a chart: one output that every frontend can show.
//  - application/vnd.plotly.v1+json: frontends with a Plotly renderer (JupyterLab's plotly
//    extension, VS Code) draw it themselves, trusted or not.
//  - text/html: a static picture inside a div, and a script that replaces the picture with the
//    interactive chart where scripts run (trusted notebooks, nbconvert's HTML). Where scripts
//    are stripped (untrusted notebooks, sanitisers) the picture stays.
//  - text/plain: what the chart is, for consoles.
import { createHash } from "node:crypto";
import type { MimeBundle } from "numts-kernel";
import { chartTitle, type FigureSpec } from "./figure";

/** A stable id for a figure: the same figure always gets the same id, so outputs diff cleanly. */
export function figureId(json: string): string {
  return "numts-plot-" + createHash("sha256").update(json).digest("hex").slice(0, 16);
}

/** Plotly's config for drawn charts: no logo, responsive to the output's width. */
const CONFIG = { responsive: true, displaylogo: false };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
}

/** JSON that is safe inside a <script> element (no `</script>`, no `<!--`). */
function scriptJson(json: string): string {
  return json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * The script that draws a chart. Plotly may not be on the page yet (the output that brings it
 * renders later, or is still loading): then the chart waits in `window.numtsPlotQueue`, which
 * that output drains. Plotly measures text as it draws, so the chart's font is loaded first where
 * the page has it (the plotly.js output brings Open Sans). The div is found by id, taking the first
 * one not yet drawn, because the same figure may be shown twice and ids come from content; it also
 * works where the frontend evaluates scripts outside the output (the classic Notebook's jQuery).
 */
function drawScript(id: string, json: string): string {
  return (
    `(function () {\n` +
    `  var figure = ${scriptJson(json)};\n` +
    `  function draw() {\n` +
    `    var divs = document.querySelectorAll('div[id="${id}"]');\n` +
    `    for (var i = 0; i < divs.length; i++) {\n` +
    `      if (divs[i].getAttribute("data-drawn") !== null) continue;\n` +
    `      divs[i].setAttribute("data-drawn", "");\n` +
    `      divs[i].innerHTML = "";\n` +
    `      window.Plotly.newPlot(divs[i], figure.data, figure.layout, ${JSON.stringify(CONFIG)});\n` +
    `      return;\n` +
    `    }\n` +
    `  }\n` +
    `  function drawWithFont() {\n` +
    `    var family = figure.layout.font && figure.layout.font.family;\n` +
    `    if (!family || !document.fonts || !document.fonts.load) return draw();\n` +
    `    Promise.all([document.fonts.load("16px " + family), document.fonts.load("bold 16px " + family)]).then(draw, draw);\n` +
    `  }\n` +
    `  if (window.Plotly) drawWithFont(); else (window.numtsPlotQueue = window.numtsPlotQueue || []).push(drawWithFont);\n` +
    `})();`
  );
}

/** The note shown where a chart has no picture, saying why (`reason`). */
export function noPictureNote(reason: string = "Chromium was not available to the kernel"): string {
  return `The interactive chart draws here where the notebook is trusted (JupyterLab: File > Trust Notebook). No static picture was made: ${reason} (see the README).`;
}

/** What stands in for the chart until it is drawn: the picture, or a visible note without one. */
function placeholder(spec: FigureSpec, picture: string | null, text: string, height: number, note: string): string {
  const title = chartTitle(spec.layout ?? {}) || "Chart";
  if (picture !== null) {
    return `<img src="data:image/svg+xml;base64,${picture}" alt="${escapeHtml(text)}" style="width: 100%; max-width: 100%; height: auto;">`;
  }
  return (
    `<div style="box-sizing: border-box; height: ${height}px; border: 1px dashed #aaa; padding: 1em; font-family: sans-serif; color: #555;">` +
    `<b>${escapeHtml(title)}</b><br>${escapeHtml(text)}<br>` +
    `<small>${escapeHtml(note)}</small></div>`
  );
}

/**
 * The bundle of a chart. `json` is `JSON.stringify(spec)`; `picture` a base64 SVG, or null.
 * `note` is shown without a picture. The bytes depend only on the arguments, never on time or chance.
 */
export function chartBundle(spec: FigureSpec, json: string, picture: string | null, text: string, note: string = noPictureNote()): MimeBundle {
  const id = figureId(json);
  const height = typeof spec.layout?.height === "number" ? spec.layout.height : 400;
  const html =
    `<div id="${id}" class="numts-plot" style="width: 100%; min-height: ${height}px;">` +
    placeholder(spec, picture, text, height, note) +
    `</div>\n<script type="text/javascript">\n${drawScript(id, json)}\n</script>`;
  return {
    "application/vnd.plotly.v1+json": { data: spec.data, layout: spec.layout ?? {}, config: CONFIG },
    "text/html": html,
    "text/plain": text,
  };
}
