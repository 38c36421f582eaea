// The lessons' JupyterLab as a static JupyterLite site: JupyterLab's user interface and our
// renderers (numts-lab's lists), JupyterLite's in-browser services (contents and settings in the
// browser's storage), and the numts kernel in a Web Worker.
import labServices from "@jupyterlab/services-extension";
import liteApplication from "@jupyterlite/application-extension";
import "@jupyterlite/application-extension/style/index.js";
import liteApputils from "@jupyterlite/apputils-extension";
import "@jupyterlite/apputils-extension/style/index.js";
import liteServices from "@jupyterlite/services-extension";
import { startJupyterLab } from "numts-lab/src/app";
import { disabled, frontend, mime, type Plugin } from "numts-lab/src/extensions";
import { openPath } from "./open-path";
import { resetLesson } from "./reset";
import { kernelClient, kernelSpec } from "./plugin";
import { storageNote } from "./storage";

/**
 * JupyterLab's service plugins that JupyterLite's replace (JupyterLab's assemble the service
 * manager from them), and JupyterLite's that this site does not use: no service worker (the
 * kernel needs none), no language server.
 */
const LITE_DISABLED = [
  ...["config-section-manager", "default-drive", "event-manager", "kernel-manager", "kernel-spec-manager", "nbconvert-manager", "session-manager", "setting-manager", "terminal-manager", "user-manager", "workspace-manager"].map((name) => `@jupyterlab/services-extension:${name}`),
  // JupyterLite's own: downloading from the browser's storage, sharing a file's link.
  "@jupyterlab/docmanager-extension:download",
  "@jupyterlab/filebrowser-extension:download",
  "@jupyterlab/filebrowser-extension:share-file",
  "@jupyterlite/services-extension:kernel-client",
  "@jupyterlite/application-extension:lsp-connection-manager",
  // JupyterLite's router, whose addresses ./open-path.ts keeps to ?path= (JupyterLite's opener clashes with JupyterLab's tree resolver).
  "@jupyterlab/application-extension:router",
  "@jupyterlite/application-extension:opener",
  "@jupyterlite/application-extension:service-worker-manager",
  "@jupyterlab/pluginmanager-extension:plugin",
  "@jupyterlab/apputils-extension:workspaces",
];

const lite: Plugin[] = [labServices, liteServices, liteApplication, liteApputils].flat() as Plugin[];

startJupyterLab({ plugins: [...frontend, ...lite, kernelClient, kernelSpec, openPath, resetLesson, storageNote], mimeExtensions: mime, disabled: [...disabled, ...LITE_DISABLED] }).catch((error: unknown) => {
  console.error("JupyterLab failed to start", error);
  document.body.textContent = `JupyterLab failed to start: ${String(error)}. The browser console has details.`;
});
