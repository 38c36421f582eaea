// Opens the lessons named in the page's address, `lab/index.html?path=09-backpropagation.ipynb`
// (several `path`s open several), once the layout is restored, then takes `path` out of the
// address so that a reload restores the workspace rather than opening them again.
import type { JupyterFrontEnd } from "@jupyterlab/application";
import { IDocumentManager } from "@jupyterlab/docmanager";
import type { Plugin } from "numts-lab/src/extensions";

export const openPath: Plugin = {
  id: "numts-lite:open-path",
  description: "Opens the files named by the page address's ?path= parameters.",
  autoStart: true,
  requires: [IDocumentManager],
  activate: (app: JupyterFrontEnd, docManager: IDocumentManager) => {
    const url = new URL(window.location.href);
    const paths = url.searchParams.getAll("path");
    if (paths.length === 0) return;
    void app.restored.then(() => {
      for (const path of paths) docManager.openOrReveal(path.replace(/^\/+/, ""));
      url.searchParams.delete("path");
      window.history.replaceState(window.history.state, "", url.href);
    });
  },
};
