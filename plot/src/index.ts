/**
 * numts-plot: charts in notebooks, drawn by Plotly. Each chart is one output that works in
 * JupyterLab, the classic Notebook, VS Code and exported HTML, offline; a static picture stands
 * in where scripts cannot run.
 *
 * ```ts
 * import { plot } from "numts-plot";
 * plot.loss(losses, { title: "Training loss" })          // a cell's last value is shown
 * const chart = plot.live();                               // a chart that updates while training
 * for (...) chart.push(loss);
 * ```
 */
import { warmUpPictures } from "./picture";

export * as plot from "./charts";
export { Figure, LiveChart, type ChartOptions, type FigureSpec, type GridOptions, type Labels, type Layout, type LineOptions, type LiveOptions, type LossOptions, type ScatterOptions, type Trace, type Values } from "./charts";
export { plotlyLoaderBundle, plotlyPath, plotlyVersion } from "./plotly";
export { chromiumPath } from "./picture";

// Chromium takes ~2 s to start: start it now, in the background, for the first chart's picture.
warmUpPictures();
