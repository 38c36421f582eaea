// The "TypeScript (numts)" kernel in JupyterLite: its kernel spec, and the kernel client that
// also tells the kernel of an interrupt (JupyterLite's own client only cancels queued requests).
import { PageConfig, URLExt } from "@jupyterlab/coreutils";
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

export const kernelSpec: Plugin = {
  id: "numts-lite:kernel",
  description: 'The "TypeScript (numts)" kernel, in a Web Worker.',
  autoStart: true,
  requires: [IKernelSpecs],
  activate: (_app: unknown, kernelSpecs: IKernelSpecs) => {
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
        const kernel = new WorkerKernel(options, baseUrl);
        kernels.set(kernel.id, kernel);
        kernel.disposed.connect(() => kernels.delete(kernel.id));
        return kernel;
      },
    });
  },
};
