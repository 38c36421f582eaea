// Says where a student's work goes: JupyterLite keeps edited notebooks in this browser's
// storage (IndexedDB) for this site, not on any server. Shown in the status bar.
import type { JupyterFrontEnd } from "@jupyterlab/application";
import { IStatusBar } from "@jupyterlab/statusbar";
import { Widget } from "@lumino/widgets";
import type { Plugin } from "numts-lab/src/extensions";

export const STORAGE_NOTE = "Your edits are saved in this browser only, for this site: not on a server, not on your other devices. File > Download keeps a copy; File > Reset Lesson goes back to the published lesson.";

export const storageNote: Plugin = {
  id: "numts-lite:storage-note",
  description: "Says in the status bar where a student's work is stored.",
  autoStart: true,
  optional: [IStatusBar],
  activate: (_app: JupyterFrontEnd, statusBar: IStatusBar | null) => {
    if (statusBar === null) return;
    const item = new Widget();
    item.addClass("numts-storage-note");
    item.node.textContent = "Saved in this browser";
    item.node.title = STORAGE_NOTE;
    statusBar.registerStatusItem("numts-lite:storage-note", { item, align: "left", rank: 100 });
  },
};
