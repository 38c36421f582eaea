// The "TypeScript (numts)" kernel in JupyterLite: its kernel spec, and the kernel client that
// also tells the kernel of an interrupt (JupyterLite's own client only cancels queued requests).
import { Dialog, showDialog } from "@jupyterlab/apputils";
import { PageConfig, URLExt } from "@jupyterlab/coreutils";
import { INotebookTracker } from "@jupyterlab/notebook";
import { IKernelClient, IKernelSpecs, LiteKernelClient } from "@jupyterlite/services";
import type { Plugin } from "numts-lab/src/extensions";
import { WorkerKernel } from "./kernel";

const KERNEL_NAME = "numts";

/** LiteKernelClient, whose interrupt reaches the numts kernels (stopping running code). */
class NumtsKernelClient extends LiteKernelClient {
  constructor(
    options: LiteKernelClient.IOptions,
    private readonly kernels: Map<string, WorkerKernel>,
  ) {
    super(options);
  }

  override async interrupt(kernelId: string): Promise<void> {
    const kernel = this.kernels.get(kernelId);
    if (kernel === undefined) return super.interrupt(kernelId);
    kernel.interrupt();
  }
}

const kernels = new Map<string, WorkerKernel>();

export const kernelClient: Plugin = {
  id: "numts-lite:kernel-client",
  description: "Runs in-browser kernels, and passes interrupts to the numts kernel.",
  autoStart: true,
  requires: [IKernelSpecs],
  provides: IKernelClient,
  activate: (_app: unknown, kernelSpecs: IKernelSpecs) => new NumtsKernelClient({ kernelSpecs }, kernels),
};

/**
 * The worker did not stop at an interrupt: it runs code without interrupt checks. Offers to
 * restart it through the notebook's session, as Kernel > Restart does: the session then tells
 * the notebook's views of the restart (the toolbar's execution indicator forgets the cell that
 * was running; a restart of the kernel connection alone would leave it showing busy for ever).
 */
async function offerRestart(kernel: WorkerKernel, notebooks: INotebookTracker | null): Promise<void> {
  const answer = await showDialog({
    title: "The kernel did not stop",
    body: "It is running code that cannot be interrupted in the browser (one long numts call, a regular expression, a type check). Restart it? Its variables are lost; the notebook is kept.",
    buttons: [Dialog.cancelButton({ label: "Keep Waiting" }), Dialog.warnButton({ label: "Restart" })],
  });
  if (!answer.button.accept || kernel.isDisposed) return;
  const panel = notebooks?.find((p) => p.sessionContext.session?.kernel?.id === kernel.id);
  await panel?.sessionContext.restartKernel();
}

export const kernelSpec: Plugin = {
  id: "numts-lite:kernel",
  description: 'The "TypeScript (numts)" kernel, in a Web Worker.',
  autoStart: true,
  requires: [IKernelSpecs],
  optional: [INotebookTracker],
  activate: (_app: unknown, kernelSpecs: IKernelSpecs, notebooks: INotebookTracker | null) => {
    const baseUrl = URLExt.join(PageConfig.getBaseUrl(), "/");
    kernelSpecs.register({
      spec: {
        name: KERNEL_NAME,
        display_name: "TypeScript (numts)",
        language: "typescript",
        argv: [],
        resources: {},
      },
      create: async (options) => {
        const kernel = new WorkerKernel(options, baseUrl, (stuck) => void offerRestart(stuck, notebooks));
        kernels.set(kernel.id, kernel);
        kernel.disposed.connect(() => kernels.delete(kernel.id));
        return kernel;
      },
    });
  },
};
