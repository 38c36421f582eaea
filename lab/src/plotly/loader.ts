// numts-plot puts plotly.js on the page once per notebook, as an HTML output of the first chart
// cell (a 4.8 MB <script>, with the metadata {numts: {plotly: version}}), for the frontends that
// draw charts from their HTML. This application draws them from their Plotly JSON with its own
// plotly.js, so that output has nothing to do here: rendering it parsed the whole script again
// on every opening of a trusted lesson, and sanitised 4.8 MB of HTML of an untrusted one, while
// the page was loading its charts. Every other HTML output renders as JupyterLab renders it.
import { RenderedHTML, standardRendererFactories } from "@jupyterlab/rendermime";
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";

/** Whether an output is numts-plot's copy of plotly.js. */
export function isPlotlyLoader(model: IRenderMime.IMimeModel): boolean {
  const numts = model.metadata.numts as { plotly?: unknown } | undefined;
  return typeof numts?.plotly === "string";
}

/** JupyterLab's HTML renderer, which shows numts-plot's plotly.js output as what it is on a page: nothing. */
export class RenderedHTMLSkippingPlotly extends RenderedHTML {
  override render(model: IRenderMime.IMimeModel): Promise<void> {
    if (!isPlotlyLoader(model)) return super.render(model);
    this.node.replaceChildren();
    return Promise.resolve();
  }
}

const html = standardRendererFactories.find((f) => f.mimeTypes.includes("text/html"));
if (html === undefined) throw new Error("JupyterLab's rendermime has no text/html renderer");

/** In place of JupyterLab's text/html renderer (same rank, same safety). */
export const htmlExtension: IRenderMime.IExtension = {
  id: "numts-lab:html",
  description: "Renders HTML outputs as JupyterLab does, except numts-plot's copy of plotly.js, which this application does not need.",
  rendererFactory: { ...html, createRenderer: (options) => new RenderedHTMLSkippingPlotly(options) },
  rank: html.defaultRank,
  dataType: "string",
};
