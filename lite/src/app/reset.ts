// File > Reset Lesson: replaces the open lesson by the one published with the site. A student's
// saved copy lives in the browser's storage and hides the published file of the same name
// (JupyterLite's drive layers the two); deleting the copy shows the published one again.
import type { JupyterFrontEnd } from "@jupyterlab/application";
import { Dialog, showDialog } from "@jupyterlab/apputils";
import { PageConfig, PathExt, URLExt } from "@jupyterlab/coreutils";
import { IDocumentManager } from "@jupyterlab/docmanager";
import { IMainMenu } from "@jupyterlab/mainmenu";
import { INotebookTracker } from "@jupyterlab/notebook";
import type { Plugin } from "numts-lab/src/extensions";

export const RESET_COMMAND = "numts-lite:reset-lesson";

/** Whether `path` is one of the files published with the site (listed in its api/contents/…/all.json). */
async function isPublished(path: string): Promise<boolean> {
  const dir = PathExt.dirname(path);
  const url = URLExt.join(PageConfig.getBaseUrl(), "api/contents", dir, "all.json");
  try {
    const listing = (await (await fetch(url)).json()) as { content: { name: string }[] };
    return listing.content.some((file) => file.name === PathExt.basename(path));
  } catch {
    return false;
  }
}

export const resetLesson: Plugin = {
  id: "numts-lite:reset-lesson",
  description: "File > Reset Lesson: the open lesson as published with the site, the student's saved edits dropped.",
  autoStart: true,
  requires: [INotebookTracker, IDocumentManager],
  optional: [IMainMenu],
  activate: (app: JupyterFrontEnd, notebooks: INotebookTracker, docManager: IDocumentManager, mainMenu: IMainMenu | null) => {
    app.commands.addCommand(RESET_COMMAND, {
      label: "Reset Lesson to the Published Version…",
      caption: "Drop your saved edits of this lesson and open it as the course published it",
      isEnabled: () => notebooks.currentWidget !== null,
      execute: async () => {
        const panel = notebooks.currentWidget;
        if (panel === null) return;
        const path = panel.context.path;
        if (!(await isPublished(path))) {
          await showDialog({ title: "Reset Lesson", body: `${path} was not published with this site: there is no original to go back to.`, buttons: [Dialog.okButton()] });
          return;
        }
        const answer = await showDialog({
          title: "Reset Lesson",
          body: `Replace ${path} by the published lesson? Your edits and outputs in it are lost (File > Download keeps a copy first).`,
          buttons: [Dialog.cancelButton(), Dialog.warnButton({ label: "Reset" })],
        });
        if (!answer.button.accept) return;
        await panel.sessionContext.shutdown();
        await docManager.closeFile(path);
        try {
          await app.serviceManager.contents.delete(path);
        } catch {
          // never saved in this browser: the published lesson is what it already was
        }
        docManager.openOrReveal(path);
      },
    });
    mainMenu?.fileMenu.addGroup([{ command: RESET_COMMAND }], 40);
  },
};
