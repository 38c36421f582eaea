// Comms: Jupyter's channels between kernel code and frontend code (ipywidgets is built on them).
// Either side opens a comm to a named target; both then send messages on it, with binary
// buffers, until one side closes it. This module keeps the kernel's side: the targets that kernel
// code registered, the comms open now, and the protocol's four messages. It publishes through a
// callback, so it works on any transport (zeromq, a JupyterLite worker).
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#custom-messages
import { type CommHandlers, type CommMessage, type CommSendOptions, KERNEL_COMMS, type KernelComms, type OpenedComm } from "../comm";
import { type Buffers, isObject, type Message, uuid } from "./messages";

type Content = Record<string, unknown>;

/** How the comms publish on iopub (the parent is the message being handled, the origin of outputs). */
export type CommPublish = (msgType: "comm_open" | "comm_msg" | "comm_close", content: Content, metadata: Content, buffers: Buffers) => void;

interface OpenComm {
  target_name: string;
  handlers: CommHandlers;
}

export class Comms {
  private readonly targets = new Map<string, (comm: OpenedComm, message: CommMessage) => void>();
  private readonly open = new Map<string, OpenComm>();

  constructor(
    private readonly publish: CommPublish,
    private readonly log: (text: string) => void,
  ) {}

  /** Installs the hook that kernel code (numts-kernel's comm API, numts-widgets) reaches the comms through. */
  installHook(parentId: () => string | undefined, waiting: () => string[]): void {
    const hook: KernelComms = {
      registerTarget: (name, onOpen) => {
        this.targets.set(name, onOpen);
      },
      unregisterTarget: (name) => {
        this.targets.delete(name);
      },
      open: (target_name, handlers, data, options) => this.openFromKernel(target_name, handlers, data, options),
      parentId,
      waiting,
    };
    (globalThis as Record<symbol, unknown>)[KERNEL_COMMS] = hook;
  }

  /** The frontend opened a comm (comm_open on shell). */
  frontendOpened(request: Message): void {
    const { comm_id, target_name } = request.content;
    if (typeof comm_id !== "string" || typeof target_name !== "string") throw new Error(`comm_open needs a comm_id and a target_name (strings), got ${JSON.stringify(request.content).slice(0, 200)}`);
    const onOpen = this.targets.get(target_name);
    if (onOpen === undefined) {
      // As ipykernel does: log it and close the comm, so the frontend knows nobody listens.
      this.log(`comm_open for target ${JSON.stringify(target_name)} closed: no such target is registered`);
      this.publish("comm_close", { comm_id, data: {} }, {}, []);
      return;
    }
    const comm: OpenComm = { target_name, handlers: {} };
    this.open.set(comm_id, comm);
    try {
      // The target sets the comm's handlers (OpenedComm.setHandlers) as it adopts it.
      onOpen(this.opened(comm_id, target_name), messageOf(request));
    } catch (error) {
      this.open.delete(comm_id);
      this.publish("comm_close", { comm_id, data: {} }, {}, []);
      throw error;
    }
  }

  /** A message from the frontend on an open comm (comm_msg on shell). */
  received(request: Message): void | Promise<void> {
    const comm = this.lookup(request, "comm_msg");
    if (comm === undefined) return;
    return comm.handlers.on_msg?.(messageOf(request));
  }

  /** The frontend closed a comm (comm_close on shell). */
  frontendClosed(request: Message): void {
    const comm = this.lookup(request, "comm_close");
    if (comm === undefined) return;
    this.open.delete(request.content.comm_id as string);
    comm.handlers.on_close?.(messageOf(request));
  }

  /** comm_info_reply's content: the open comms, of `target_name` only if the request names one. */
  info(content: Content): Content {
    const only = typeof content.target_name === "string" ? content.target_name : undefined;
    const comms: Record<string, { target_name: string }> = {};
    for (const [id, comm] of this.open) if (only === undefined || comm.target_name === only) comms[id] = { target_name: comm.target_name };
    return { status: "ok", comms };
  }

  /**
   * Closes every comm on the kernel's side (a shutdown or restart: the code behind them is about
   * to go): their on_close handlers run, and messages still arriving for them are ignored. The
   * frontend is not sent comm_close, as ipykernel does not: it sees the kernel restart and keeps
   * showing the widgets' last state, disconnected (a saved notebook keeps them).
   */
  closeAll(): void {
    for (const [comm_id, comm] of [...this.open]) {
      this.open.delete(comm_id);
      try {
        comm.handlers.on_close?.({ comm_id, data: {}, metadata: {}, buffers: [] });
      } catch (error) {
        this.log(`closing comm ${comm_id}: ${String(error)}`);
      }
    }
  }

  private lookup(request: Message, type: string): OpenComm | undefined {
    const { comm_id } = request.content;
    if (typeof comm_id !== "string") throw new Error(`${type} needs a comm_id (a string), got ${JSON.stringify(comm_id)}`);
    const comm = this.open.get(comm_id);
    // A message for a comm closed meanwhile is normal (a widget closed while its slider moved).
    if (comm === undefined) this.log(`${type} for comm ${comm_id} ignored: it is not open`);
    return comm;
  }

  private openFromKernel(target_name: string, handlers: CommHandlers, data: Content, options: CommSendOptions & { comm_id?: string }): OpenedComm {
    const comm_id = options.comm_id ?? uuid().replace(/-/g, "");
    if (this.open.has(comm_id)) throw new Error(`a comm with id ${comm_id} is already open`);
    this.open.set(comm_id, { target_name, handlers });
    this.publish("comm_open", { comm_id, target_name, data }, options.metadata ?? {}, options.buffers ?? []);
    return this.opened(comm_id, target_name);
  }

  /** The kernel code's handle on an open comm. */
  private opened(comm_id: string, target_name: string): OpenedComm {
    return {
      comm_id,
      target_name,
      send: (data, options = {}) => {
        if (!this.open.has(comm_id)) throw new Error(`comm ${comm_id} (${target_name}) is closed: nothing can be sent on it`);
        this.publish("comm_msg", { comm_id, data }, options.metadata ?? {}, options.buffers ?? []);
      },
      close: (data = {}, options = {}) => {
        if (!this.open.delete(comm_id)) return;
        this.publish("comm_close", { comm_id, data }, options.metadata ?? {}, options.buffers ?? []);
      },
      setHandlers: (handlers) => {
        const comm = this.open.get(comm_id);
        if (comm !== undefined) comm.handlers = handlers;
      },
      isOpen: () => this.open.has(comm_id),
    };
  }
}

function messageOf(request: Message): CommMessage {
  const { comm_id, data } = request.content;
  return { comm_id: String(comm_id), data: isObject(data) ? data : {}, metadata: request.metadata, buffers: request.buffers ?? [] };
}
