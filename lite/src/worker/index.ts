// The kernel's Web Worker: the kernel core (the same as the Node kernel's) on the browser
// platform, its messages to and from the page by postMessage.
import { KernelCore } from "numts-kernel/dist/core/kernel";
import type { Channel, Message } from "numts-kernel/dist/core/messages";
import type { Transport } from "numts-kernel/dist/core/transport";
import kernelPackage from "numts-kernel/package.json";
import * as numts from "numts";
import * as kernelDisplay from "numts-kernel";
import * as lessons from "numts-lessons";
import * as plot from "numts-plot";
import * as widgets from "numts-widgets";
import type { FromWorker, ToWorker } from "../protocol";
import { InterruptSignal } from "./interrupt";
import { BrowserPlatform } from "./platform";

/** The worker's global scope (typed here: the project's code is checked with the DOM's library). */
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker) => scope.postMessage(message);

class WorkerTransport implements Transport {
  /** The session of the last client that sent a request. */
  session: string | null = null;

  send(channel: Channel, message: Message<unknown>, parent: Message | null): void {
    // JupyterLite delivers a message through the client whose session its header names (and
    // iopub then to every client): the requester's, as JupyterLite's own kernels do.
    const session = parent?.header.session ?? this.session;
    if (session !== null) message.header.session = session;
    post({ kind: "message", channel, message });
  }

  close(): void {
    // The page ends the worker once the shutdown is answered (JupyterLite disposes the kernel).
  }

  log(text: string): void {
    post({ kind: "log", text });
  }
}

const signal = new InterruptSignal();
const transport = new WorkerTransport();
let core: KernelCore | null = null;
let generation = 0;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const data = event.data;
  switch (data.kind) {
    case "start": {
      signal.watch(data.interruptUrl, generation);
      const platform = new BrowserPlatform({
        modules: { numts, "numts-plot": plot, "numts-kernel": kernelDisplay, "numts-lessons": lessons, "numts-widgets": widgets },
        signal,
        baseUrl: data.baseUrl,
        location: data.location,
        kernelVersion: kernelPackage.version,
      });
      core = new KernelCore(transport, platform);
      core.transportReady();
      break;
    }
    case "message":
      if (typeof data.message.header?.session === "string") transport.session = data.message.header.session;
      core?.receive(data.channel, data.message);
      break;
    case "interrupt": {
      // Already handled if running code or the core's polling saw the URL revoked.
      const seen = signal.seen(data.generation);
      generation = data.generation + 1;
      signal.watch(data.next, generation);
      if (!seen) core?.interrupt();
      break;
    }
  }
};
