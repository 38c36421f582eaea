// A test page that renders notebook outputs with JupyterLab's own packages: the output area,
// the standard renderers and JupyterLab's HTML sanitizer for untrusted outputs. Bundled with
// esbuild by pages.ts; tests call window.renderOutputs(outputs, trusted).
import { OutputArea, OutputAreaModel } from "@jupyterlab/outputarea";
import { RenderMimeRegistry, standardRendererFactories } from "@jupyterlab/rendermime";
import type * as nbformat from "@jupyterlab/nbformat";
import { Widget } from "@lumino/widgets";

declare global {
  interface Window {
    renderOutputs(outputs: nbformat.IOutput[], trusted: boolean): { mimeTypes: string[] };
  }
}

window.renderOutputs = (outputs, trusted) => {
  const rendermime = new RenderMimeRegistry({ initialFactories: standardRendererFactories });
  const model = new OutputAreaModel({ trusted, values: outputs });
  const area = new OutputArea({ model, rendermime });
  const host = document.createElement("div");
  host.className = trusted ? "trusted" : "untrusted";
  document.body.appendChild(host);
  Widget.attach(area, host);
  // Which MIME type JupyterLab chose for each output, as it would in a notebook.
  const mimeTypes = outputs.map((_, i) => rendermime.preferredMimeType(model.get(i).data, trusted ? "any" : "ensure") ?? "none");
  return { mimeTypes };
};
