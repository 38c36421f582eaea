// plotly.ts in a browser (see package.json's "browser" field): the page has its own plotly.js,
// loaded by its Plotly renderer at the first chart, so no cell puts a copy on the page.
import type { MimeBundle } from "numts-kernel";

export function plotlyPath(): string {
  throw new Error("plotly.js is the page's own in the browser: there is no file of it here");
}

export function plotlyVersion(): string {
  return (require("plotly.js-dist-min/package.json") as { version: string }).version;
}

export function plotlyLoaderBundle(): MimeBundle {
  return { "text/plain": `<plotly.js ${plotlyVersion()}: this page draws the charts itself>` };
}

export function ensurePlotlyOnPage(): void {}
