// Our Plotly MIME renderer extension: `application/vnd.plotly.v1+json` outputs (numts-plot's
// charts, or any Plotly figure) draw as interactive charts whether the notebook is trusted or
// not (the renderer is "safe": it draws data, it runs no code from the output), ahead of the
// HTML and picture the same output carries for other frontends. Also opens `.plotly.json` files.
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
// The font numts-plot's charts name, bundled so that every machine draws them alike.
import "@fontsource/open-sans/400.css";
import "@fontsource/open-sans/700.css";
import "./style.css";
import { htmlExtension } from "./loader";
import { PLOTLY_MIME, RenderedPlotly } from "./widget";

export { htmlExtension, PLOTLY_MIME, RenderedPlotly };

export const rendererFactory: IRenderMime.IRendererFactory = {
  safe: true,
  mimeTypes: [PLOTLY_MIME],
  // Before every built-in renderer (HTML is 50, images 90): the chart, not its fallbacks.
  defaultRank: 0,
  createRenderer: (options) => new RenderedPlotly(options),
};

const extension: IRenderMime.IExtension = {
  id: "numts-lab:plotly",
  description: "Draws Plotly charts (application/vnd.plotly.v1+json) with plotly.js.",
  rendererFactory,
  rank: 0,
  dataType: "json",
  fileTypes: [{ name: "plotly", displayName: "Plotly chart", mimeTypes: [PLOTLY_MIME], extensions: [".plotly", ".plotly.json"] }],
  documentWidgetFactoryOptions: { name: "Plotly", primaryFileType: "plotly", fileTypes: ["plotly"], defaultFor: ["plotly"] },
};

export default extension;
