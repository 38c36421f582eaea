// The page's address names the open lesson: `lab/index.html?path=09-backpropagation.ipynb`.
// On load the lessons named by `path` (several open several) are opened once the layout is
// restored. JupyterLab writes the current document into the address as `lab/tree/<path>`, a
// page a static host does not have (a reload there would find nothing), so the router turns
// those addresses into `lab/index.html?path=<path>` (and `lab` into `lab/index.html`).
import type { JupyterFrontEnd } from "@jupyterlab/application";
import { PageConfig } from "@jupyterlab/coreutils";
import { IDocumentManager } from "@jupyterlab/docmanager";
import { ILiteRouter } from "@jupyterlite/application";
import type { Plugin } from "numts-lab/src/extensions";

/** The site's address for what JupyterLab would put at `url` (see the top of this file). */
export function staticAddress(url: URL, appUrl: string): URL {
  const app = appUrl.replace(/\/$/, "");
  const tree = new RegExp(`^${app.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:/workspaces/[^/]+)?/tree/(.*)$`).exec(url.pathname);
  if (tree !== null) {
    url.pathname = `${app}/index.html`;
    url.searchParams.set("path", decodeURIComponent(tree[1]));
  } else if (url.pathname === app || url.pathname === `${app}/`) {
    url.pathname = `${app}/index.html`;
    url.searchParams.delete("path");
  }
  return url;
}

export const openPath: Plugin = {
  id: "numts-lite:open-path",
  description: "Opens the files named by the page address's ?path= parameters, and keeps the address one that a static host serves.",
  autoStart: true,
  requires: [IDocumentManager, ILiteRouter],
  activate: (app: JupyterFrontEnd, docManager: IDocumentManager, router: ILiteRouter) => {
    const appUrl = PageConfig.getOption("appUrl");
    router.addTransformer({ id: "numts-lite:static-address", transform: ({ url, options }) => ({ url: staticAddress(url, appUrl), options }) });
    const paths = new URL(window.location.href).searchParams.getAll("path");
    if (paths.length === 0) return;
    void app.restored.then(() => {
      for (const path of paths) docManager.openOrReveal(path.replace(/^\/+/, ""));
    });
  },
};
