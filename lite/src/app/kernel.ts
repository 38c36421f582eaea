// The page's side of the numts kernel: a JupyterLite kernel (IKernel) whose messages go to and
// from the kernel core in a Web Worker (../worker/index.ts) as they are. An interrupt revokes
// the blob: URL the worker polls (see ../worker/interrupt.ts) and sends the next one. Code with
// no check in it (one long numts call, a regular expression, a type check) cannot see it: when
// the worker stays busy and silent for STUCK_MS after an interrupt, `stuck` is called, which
// offers to restart the worker (the only way to stop it, losing the variables).
import { KernelMessage } from "@jupyterlab/services";
import type { IKernel } from "@jupyterlite/services";
import { Signal } from "@lumino/signaling";
import type { Message } from "numts-kernel/dist/core/messages";
import type { FromWorker, ToWorker } from "../protocol";

/** How long a busy worker may stay silent after an interrupt before it counts as stuck. */
const STUCK_MS = 3000;

export class WorkerKernel implements IKernel {
  readonly id: string;
  readonly name: string;
  readonly location: string;
  readonly ready = Promise.resolve();
  private readonly worker: Worker;
  private readonly sendMessage: IKernel.SendMessage;
  private readonly disposedSignal = new Signal<this, void>(this);
  private interruptUrl: string;
  private generation = 0;
  private isDisposedFlag = false;
  private busy = false;
  /** Counts the worker's messages, to tell whether it said anything since an interrupt. */
  private heard = 0;

  constructor(
    options: IKernel.IOptions,
    baseUrl: string,
    private readonly stuck: (kernel: WorkerKernel) => void,
  ) {
    this.id = options.id;
    this.name = options.name;
    this.location = options.location;
    this.sendMessage = options.sendMessage;
    this.worker = new Worker(new URL("../worker/index.ts", import.meta.url), { name: `numts-kernel-${options.id}` });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.fromWorker(event.data);
    this.worker.onerror = (event) => console.error("numts kernel: the worker failed", event.message);
    this.interruptUrl = newInterruptUrl();
    this.post({ kind: "start", baseUrl, location: options.location, interruptUrl: this.interruptUrl });
  }

  get isDisposed(): boolean {
    return this.isDisposedFlag;
  }

  get disposed(): Signal<this, void> {
    return this.disposedSignal;
  }

  async handleMessage(msg: KernelMessage.IMessage): Promise<void> {
    // Answered when the worker answers: the core queues shell requests itself, and control
    // requests are not held up behind a running cell.
    const { channel, header, parent_header, metadata, content, buffers } = msg;
    if (channel !== "shell" && channel !== "control" && channel !== "stdin") return;
    this.post({ kind: "message", channel, message: { header, parent_header, metadata, content, buffers: buffers ?? [] } as unknown as Message });
  }

  /** Stops what the kernel is running (its variables stay). */
  interrupt(): void {
    const generation = this.generation++;
    URL.revokeObjectURL(this.interruptUrl);
    this.interruptUrl = newInterruptUrl();
    this.post({ kind: "interrupt", generation, next: this.interruptUrl });
    const heard = this.heard;
    setTimeout(() => {
      if (!this.isDisposedFlag && this.busy && this.heard === heard) this.stuck(this);
    }, STUCK_MS);
  }

  dispose(): void {
    if (this.isDisposedFlag) return;
    this.isDisposedFlag = true;
    this.worker.terminate();
    URL.revokeObjectURL(this.interruptUrl);
    this.disposedSignal.emit();
    Signal.clearData(this);
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private fromWorker(data: FromWorker): void {
    this.heard++;
    if (data.kind === "log") {
      console.warn(`[numts-kernel] ${data.text}`);
      return;
    }
    const message = { ...data.message, channel: data.channel } as KernelMessage.IMessage;
    if (KernelMessage.isStatusMsg(message)) this.busy = message.content.execution_state === "busy";
    this.sendMessage(message);
  }
}

function newInterruptUrl(): string {
  return URL.createObjectURL(new Blob(["running"], { type: "text/plain" }));
}
