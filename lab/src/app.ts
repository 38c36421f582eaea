// Starting a JupyterLab application from a list of plugins: what every entry point of ours
// shares (the Jupyter server one in index.ts; a JupyterLite one passes its own service plugins).
import { JupyterLab } from "@jupyterlab/application";
import { PageConfig } from "@jupyterlab/coreutils";
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
import { IConnectionStatus, IServiceManager } from "@jupyterlab/services";
import { PluginRegistry } from "@lumino/coreutils";
import type { Plugin } from "./extensions";

export interface StartOptions {
  plugins: Plugin[];
  mimeExtensions: IRenderMime.IExtension[];
  /** Plugin ids never to start (with the page config's `disabledExtensions`). */
  disabled?: string[];
}

declare global {
  interface Window {
    /** The running application, when the page config's `exposeAppInBrowser` is true (for tests and debugging, as in JupyterLab). */
    jupyterapp?: JupyterLab;
  }
}

/** Registers the plugins, starts JupyterLab and resolves once its layout is restored. */
export async function startJupyterLab({ plugins, mimeExtensions, disabled = [] }: StartOptions): Promise<JupyterLab> {
  const isDisabled = (id: string) => disabled.includes(id) || PageConfig.Extension.isDisabled(id);
  const active = plugins.filter((p) => !isDisabled(p.id));
  const registry = new PluginRegistry();
  registry.registerPlugins(active);
  // The service manager (and the connection status) come from plugins, so that another backend
  // can provide them (JupyterLite's in-browser services).
  const serviceManager = await registry.resolveOptionalService(IServiceManager);
  const connectionStatus = await registry.resolveOptionalService(IConnectionStatus);
  const lab = new JupyterLab({
    pluginRegistry: registry,
    serviceManager: serviceManager ?? undefined,
    connectionStatus: connectionStatus ?? undefined,
    // As modules, the form JupyterLab takes them in (an ES module namespace of each).
    mimeExtensions: mimeExtensions.map((extension) => ({ __esModule: true, default: extension })),
    disabled: { matches: plugins.filter((p) => isDisabled(p.id)).map((p) => p.id), patterns: [] },
    availablePlugins: plugins.map((p) => ({
      id: p.id,
      description: p.description,
      requires: p.requires ?? [],
      optional: p.optional ?? [],
      provides: p.provides ?? null,
      autoStart: p.autoStart,
      enabled: !isDisabled(p.id),
      extension: p.id.split(":")[0],
    })),
  });
  if (PageConfig.getOption("exposeAppInBrowser").toLowerCase() === "true") window.jupyterapp = lab;
  await lab.start({ bubblingKeydown: true });
  await lab.restored;
  return lab;
}
