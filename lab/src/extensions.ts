// The JupyterLab extensions of the lessons' application, in groups that an entry point picks
// from: `frontend` and `mime` work with any Jupyter backend (a Jupyter server, or JupyterLite's
// in-browser services); `server` talks to a Jupyter server. Each package's plugins come with
// its stylesheet, imported here so that a bundle holding the plugins also holds their styles.
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
import type { IPlugin } from "@lumino/coreutils";

import applicationExtension from "@jupyterlab/application-extension";
import "@jupyterlab/application-extension/style/index.js";
import apputilsExtension from "@jupyterlab/apputils-extension";
import "@jupyterlab/apputils-extension/style/index.js";
import cellToolbarExtension from "@jupyterlab/cell-toolbar-extension";
import "@jupyterlab/cell-toolbar-extension/style/index.js";
import celltagsExtension from "@jupyterlab/celltags-extension";
import "@jupyterlab/celltags-extension/style/index.js";
import codemirrorExtension from "@jupyterlab/codemirror-extension";
import "@jupyterlab/codemirror-extension/style/index.js";
import completerExtension from "@jupyterlab/completer-extension";
import "@jupyterlab/completer-extension/style/index.js";
import consoleExtension from "@jupyterlab/console-extension";
import "@jupyterlab/console-extension/style/index.js";
import csvviewerExtension from "@jupyterlab/csvviewer-extension";
import "@jupyterlab/csvviewer-extension/style/index.js";
import docmanagerExtension from "@jupyterlab/docmanager-extension";
import "@jupyterlab/docmanager-extension/style/index.js";
import documentsearchExtension from "@jupyterlab/documentsearch-extension";
import "@jupyterlab/documentsearch-extension/style/index.js";
import filebrowserExtension from "@jupyterlab/filebrowser-extension";
import "@jupyterlab/filebrowser-extension/style/index.js";
import fileeditorExtension from "@jupyterlab/fileeditor-extension";
import "@jupyterlab/fileeditor-extension/style/index.js";
import helpExtension from "@jupyterlab/help-extension";
import "@jupyterlab/help-extension/style/index.js";
import htmlviewerExtension from "@jupyterlab/htmlviewer-extension";
import "@jupyterlab/htmlviewer-extension/style/index.js";
import imageviewerExtension from "@jupyterlab/imageviewer-extension";
import "@jupyterlab/imageviewer-extension/style/index.js";
import inspectorExtension from "@jupyterlab/inspector-extension";
import "@jupyterlab/inspector-extension/style/index.js";
import launcherExtension from "@jupyterlab/launcher-extension";
import "@jupyterlab/launcher-extension/style/index.js";
import logconsoleExtension from "@jupyterlab/logconsole-extension";
import "@jupyterlab/logconsole-extension/style/index.js";
import mainmenuExtension from "@jupyterlab/mainmenu-extension";
import "@jupyterlab/mainmenu-extension/style/index.js";
import markdownviewerExtension from "@jupyterlab/markdownviewer-extension";
import "@jupyterlab/markdownviewer-extension/style/index.js";
import markedparserExtension from "@jupyterlab/markedparser-extension";
import "@jupyterlab/markedparser-extension/style/index.js";
import mathjaxExtension from "@jupyterlab/mathjax-extension";
import "@jupyterlab/mathjax-extension/style/index.js";
import mermaidExtension from "@jupyterlab/mermaid-extension";
import mermaidMimeExtension from "@jupyterlab/mermaid-extension/lib/mime.js";
import "@jupyterlab/mermaid-extension/style/index.js";
import metadataformExtension from "@jupyterlab/metadataform-extension";
import "@jupyterlab/metadataform-extension/style/index.js";
import notebookExtension from "@jupyterlab/notebook-extension";
import "@jupyterlab/notebook-extension/style/index.js";
import pluginmanagerExtension from "@jupyterlab/pluginmanager-extension";
import "@jupyterlab/pluginmanager-extension/style/index.js";
import rendermimeExtension from "@jupyterlab/rendermime-extension";
import "@jupyterlab/rendermime-extension/style/index.js";
import runningExtension from "@jupyterlab/running-extension";
import "@jupyterlab/running-extension/style/index.js";
import settingeditorExtension from "@jupyterlab/settingeditor-extension";
import "@jupyterlab/settingeditor-extension/style/index.js";
import shortcutsExtension from "@jupyterlab/shortcuts-extension";
import "@jupyterlab/shortcuts-extension/style/index.js";
import statusbarExtension from "@jupyterlab/statusbar-extension";
import "@jupyterlab/statusbar-extension/style/index.js";
import themeDarkExtension from "@jupyterlab/theme-dark-extension";
import themeLightExtension from "@jupyterlab/theme-light-extension";
import tocExtension from "@jupyterlab/toc-extension";
import "@jupyterlab/toc-extension/style/index.js";
import tooltipExtension from "@jupyterlab/tooltip-extension";
import "@jupyterlab/tooltip-extension/style/index.js";
import translationExtension from "@jupyterlab/translation-extension";
import "@jupyterlab/translation-extension/style/index.js";
import uiComponentsExtension from "@jupyterlab/ui-components-extension";
import "@jupyterlab/ui-components-extension/style/index.js";
import workspacesExtension from "@jupyterlab/workspaces-extension";
import "@jupyterlab/workspaces-extension/style/index.js";

import javascriptExtension from "@jupyterlab/javascript-extension";
import "@jupyterlab/javascript-extension/style/index.js";
import jsonExtension from "@jupyterlab/json-extension";
import "@jupyterlab/json-extension/style/index.js";
import pdfExtension from "@jupyterlab/pdf-extension";
import "@jupyterlab/pdf-extension/style/index.js";

import servicesExtension from "@jupyterlab/services-extension";
import terminalExtension from "@jupyterlab/terminal-extension";
import "@jupyterlab/terminal-extension/style/index.js";

import widgetsExtension from "@jupyter-widgets/jupyterlab-manager";

import { figureWidgetPlugin } from "./figure-widget";
import plotlyExtension, { htmlExtension } from "./plotly";

/** A plugin of the application's own (JupyterFrontEnd) or of its service manager (null). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- plugins provide services of every type
export type Plugin = IPlugin<any, any>;
type PluginExport = Plugin | Plugin[];

/** A package's default export: one plugin or a list of them. */
const flat = (...exports: PluginExport[]): Plugin[] => exports.flat();

/**
 * The application's user interface: file browser, notebooks, console, editor, Markdown and
 * math, completer and tooltip, palette, menus, running sessions, settings, themes, shortcuts,
 * table of contents, search, status bar, help; Jupyter widgets (ipywidgets 8's manager, and
 * numts-widgets' FigureWidget, drawn by our Plotly renderer).
 */
export const frontend: Plugin[] = flat(
  applicationExtension,
  apputilsExtension,
  cellToolbarExtension,
  celltagsExtension,
  codemirrorExtension,
  completerExtension,
  consoleExtension,
  csvviewerExtension,
  docmanagerExtension,
  documentsearchExtension,
  filebrowserExtension,
  fileeditorExtension,
  helpExtension,
  htmlviewerExtension,
  imageviewerExtension,
  inspectorExtension,
  launcherExtension,
  logconsoleExtension,
  mainmenuExtension,
  markdownviewerExtension,
  markedparserExtension,
  mathjaxExtension,
  mermaidExtension,
  metadataformExtension,
  notebookExtension,
  pluginmanagerExtension,
  rendermimeExtension,
  runningExtension,
  settingeditorExtension,
  shortcutsExtension,
  statusbarExtension,
  themeDarkExtension,
  themeLightExtension,
  tocExtension,
  tooltipExtension,
  translationExtension,
  uiComponentsExtension,
  workspacesExtension,
  widgetsExtension,
  figureWidgetPlugin,
);

/** The services of a Jupyter server (contents, kernels, sessions, settings...), and its terminals. */
export const server: Plugin[] = flat(servicesExtension, terminalExtension);

/**
 * Renderers of output and file types: ours for Plotly charts (and HTML, leaving out the copy of
 * plotly.js that numts-plot gives other frontends), JupyterLab's for JSON, PDF, JavaScript, Mermaid.
 */
export const mime: IRenderMime.IExtension[] = [plotlyExtension, htmlExtension, javascriptExtension, jsonExtension, pdfExtension, mermaidMimeExtension].flat();

/**
 * Plugins left out, with why: they need what this application does not have (a language
 * server; the news feed that JupyterLab's own Python package serves, and that would reach
 * the internet).
 */
export const disabled: string[] = [
  "@jupyterlab/apputils-extension:announcements",
  "@jupyterlab/fileeditor-extension:language-server",
  "@jupyterlab/notebook-extension:language-server",
];
