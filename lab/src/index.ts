// The lessons' JupyterLab, served by a Jupyter server (lab/server/launch.py): JupyterLab's
// user interface, the Jupyter server's services, our Plotly renderer.
import { startJupyterLab } from "./app";
import { disabled, frontend, mime, server } from "./extensions";

startJupyterLab({ plugins: [...frontend, ...server], mimeExtensions: mime, disabled }).catch((error: unknown) => {
  console.error("JupyterLab failed to start", error);
  document.body.textContent = `JupyterLab failed to start: ${String(error)}. The browser console has details.`;
});
