// html.ts in a browser (see package.json's "browser" field): a chart's output is its Plotly JSON,
// which the page's Plotly renderer draws, and its text. The HTML with a static picture is for
// the frontends a Node kernel serves; a page that runs the kernel has the renderer.
import type { MimeBundle } from "numts-kernel";
import type { FigureSpec } from "../figure";

const CONFIG = { responsive: true, displaylogo: false };

/** Why a chart has no picture here. */
export function noPictureNote(reason: string = "charts are drawn by the page in the browser"): string {
  return `No static picture: ${reason}.`;
}

/** The bundle of a chart: Plotly JSON and text (`json`, `picture` and `note` are the Node side's). */
export function chartBundle(spec: FigureSpec, _json: string, _picture: string | null, text: string, _note?: string): MimeBundle {
  return { "application/vnd.plotly.v1+json": { data: spec.data, layout: spec.layout ?? {}, config: CONFIG }, "text/plain": text };
}
