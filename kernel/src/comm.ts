/**
 * Comms: messages between code in the kernel and code in the notebook page, the channel that
 * widgets (numts-widgets, ipywidgets' protocol) are built on. The names follow ipykernel's
 * `comm` package: `new Comm(target_name, {data})` opens one from the kernel,
 * `comm_manager.register_target` answers those the page opens.
 *
 * ```ts
 * import { Comm, comm_manager } from "numts-kernel";
 * const comm = new Comm("my.target", { data: { hello: "page" } });
 * comm.on_msg((msg) => console.log("the page said", msg.data));
 * comm.send({ value: 1 }, { buffers: [new Float64Array([1, 2, 3])] });
 * comm_manager.register_target("my.echo", (comm) => comm.on_msg((msg) => comm.send(msg.data)));
 * ```
 */
// Like ./display.ts, this module uses no Node API: it reaches the kernel core's comms (./core/comms.ts)
// through a hook installed on `globalThis` (KERNEL_COMMS).

/** Binary parts of a comm message: typed arrays, DataViews or ArrayBuffers. */
export type CommBuffers = (ArrayBuffer | ArrayBufferView)[];

/** A comm message as handlers receive it. */
export interface CommMessage {
  comm_id: string;
  /** The message's JSON data. */
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  /** Its binary buffers, in order (Uint8Array views when they came from the page). */
  buffers: CommBuffers;
}

/** Options of `Comm.send` and `Comm.close`. */
export interface CommSendOptions {
  metadata?: Record<string, unknown>;
  buffers?: CommBuffers;
}

/** What the kernel calls back for an open comm. */
export interface CommHandlers {
  on_msg?: (message: CommMessage) => void | Promise<void>;
  on_close?: (message: CommMessage) => void;
}

/** The kernel's side of one open comm, as the core hands it out. */
export interface OpenedComm {
  readonly comm_id: string;
  readonly target_name: string;
  send(data: Record<string, unknown>, options?: CommSendOptions): void;
  close(data?: Record<string, unknown>, options?: CommSendOptions): void;
  setHandlers(handlers: CommHandlers): void;
  isOpen(): boolean;
}

/** What the kernel core installs on `globalThis` for comms (absent outside a kernel). */
export interface KernelComms {
  registerTarget(name: string, onOpen: (comm: OpenedComm, message: CommMessage) => void): void;
  unregisterTarget(name: string): void;
  open(target_name: string, handlers: CommHandlers, data: Record<string, unknown>, options: CommSendOptions & { comm_id?: string }): OpenedComm;
  /** The msg_id of the request whose code runs now (an execute request, a comm message), if any. */
  parentId(): string | undefined;
  /** The comm ids of the comm messages received and waiting to be handled, in order. */
  waiting(): string[];
}

export const KERNEL_COMMS = Symbol.for("numts-kernel.comms");

function comms(): KernelComms | undefined {
  return (globalThis as Record<symbol, KernelComms | undefined>)[KERNEL_COMMS];
}

function kernelComms(what: string): KernelComms {
  const hook = comms();
  if (hook === undefined) throw new Error(`${what} needs a Jupyter kernel: run this code in a notebook on the "TypeScript (numts)" kernel`);
  return hook;
}

/** A comm the page opened, that the next `new Comm` wraps instead of opening one. */
let adopting: OpenedComm | null = null;

/** Options of `new Comm`. */
export interface CommOptions extends CommSendOptions {
  /** The data sent with comm_open. */
  data?: Record<string, unknown>;
  /** The comm's id (a new one is made if left out). */
  comm_id?: string;
}

/**
 * A comm: a channel to code in the notebook page registered under `target_name`. `new Comm(...)`
 * opens it; the page's handlers get `data` with the opening.
 *
 * @example
 * const comm = new Comm("my.target", { data: { hello: "page" } });
 * comm.on_msg((msg) => console.log(msg.data));
 * comm.send({ x: 1 });
 * comm.close();
 */
export class Comm {
  private readonly opened: OpenedComm;
  private msgHandler: ((message: CommMessage) => void | Promise<void>) | null = null;
  private closeHandler: ((message: CommMessage) => void) | null = null;

  /**
   * @param target_name the page's target, e.g. "jupyter.widget"
   * @param options `data`, `metadata` and `buffers` sent with comm_open, and the `comm_id`
   */
  constructor(target_name: string, options: CommOptions = {}) {
    if (adopting !== null) {
      // A comm the page opened (see comm_manager.register_target): it is open already.
      this.opened = adopting;
      adopting = null;
      this.opened.setHandlers(this.handlers());
    } else {
      this.opened = kernelComms("new Comm()").open(target_name, this.handlers(), options.data ?? {}, options);
    }
  }

  /** The comm's id. */
  get comm_id(): string {
    return this.opened.comm_id;
  }

  /** The target it was opened to. */
  get target_name(): string {
    return this.opened.target_name;
  }

  /** Whether neither side has closed it yet. */
  get is_open(): boolean {
    return this.opened.isOpen();
  }

  /**
   * Sends a message to the page.
   *
   * @param data the message's JSON data
   * @param options `metadata`, and `buffers`: binary data sent as is (no JSON, no base64)
   * @throws Error if the comm is closed
   * @example
   * comm.send({ method: "update" }, { buffers: [new Float64Array([0.5, 0.25])] });
   */
  send(data: Record<string, unknown>, options: CommSendOptions = {}): void {
    this.opened.send(data, options);
  }

  /**
   * Closes the comm (the page is told); closing twice does nothing.
   *
   * @param data JSON data sent with comm_close
   * @example
   * comm.close();
   */
  close(data: Record<string, unknown> = {}, options: CommSendOptions = {}): void {
    this.opened.close(data, options);
  }

  /**
   * Calls `handler` with each message the page sends (replaces an earlier handler).
   *
   * @param handler called with the message's `data`, `metadata` and `buffers`
   * @example
   * comm.on_msg((msg) => console.log(msg.data));
   */
  on_msg(handler: (message: CommMessage) => void | Promise<void>): void {
    this.msgHandler = handler;
  }

  /**
   * Calls `handler` when the page closes the comm, or the kernel shuts down or restarts.
   *
   * @param handler called with the closing message
   * @example
   * comm.on_close(() => console.log("closed"));
   */
  on_close(handler: (message: CommMessage) => void): void {
    this.closeHandler = handler;
  }

  private handlers(): CommHandlers {
    return { on_msg: (m) => this.msgHandler?.(m), on_close: (m) => this.closeHandler?.(m) };
  }
}

/**
 * The kernel's registry of comm targets, for comms the page opens (ipykernel's `comm_manager`).
 *
 * @example
 * comm_manager.register_target("my.echo", (comm, msg) => {
 *   comm.on_msg((m) => comm.send(m.data, { buffers: m.buffers }));
 * });
 */
export const comm_manager = {
  /**
   * Answers comms the page opens to `target_name`: `callback` gets each new comm and its
   * opening message (a target registered again replaces the earlier one).
   *
   * @param target_name the name the page opens comms to
   * @param callback called with the comm and the comm_open message
   * @example
   * comm_manager.register_target("my.target", (comm) => comm.on_msg((m) => console.log(m.data)));
   */
  register_target(target_name: string, callback: (comm: Comm, message: CommMessage) => void): void {
    kernelComms("comm_manager.register_target").registerTarget(target_name, (opened, message) => {
      adopting = opened;
      let comm: Comm;
      try {
        comm = new Comm(target_name);
      } finally {
        adopting = null;
      }
      callback(comm, message);
    });
  },

  /**
   * Stops answering comms opened to `target_name` (they are closed right away).
   *
   * @param target_name the target to forget
   * @example
   * comm_manager.unregister_target("my.target");
   */
  unregister_target(target_name: string): void {
    comms()?.unregisterTarget(target_name);
  },
};

/**
 * The msg_id of the request whose code runs now: the cell's execute request, or the comm message
 * a widget's callback answers. Outputs made now are sent with it as their parent (the Output
 * widget captures outputs by it). `undefined` outside a kernel.
 */
export function parentMessageId(): string | undefined {
  return comms()?.parentId();
}

/**
 * The ids of the comms that have messages from the page waiting to be handled (behind the code
 * running now): a widget whose newer value is on its way can skip work on the older one.
 */
export function pendingCommMessages(): string[] {
  return comms()?.waiting() ?? [];
}
