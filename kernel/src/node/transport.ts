// The zeromq transport, main-thread side: starts the I/O thread (./io-thread.ts, which owns the
// sockets), hands its requests to the kernel core and the core's messages to it, and owns every
// way the process ends, so that each one closes the sockets first and exits with a status:
// a shutdown request, process.exit() in a cell, SIGTERM, the server gone, the I/O thread failing.
import { writeSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { KernelCore } from "../core/kernel";
import type { Channel, Message } from "../core/messages";
import type { Transport } from "../core/transport";
import type { ConnectionInfo } from "./connection";
import type { FromIo, IoThreadData, ToIo } from "./io-thread";
import type { SharedSignals } from "./signals";

/** How long an exit waits for the I/O thread to close its sockets. */
const CLOSE_TIMEOUT_MS = 3000;

const reallyExit = process.exit.bind(process) as (code?: number) => never;

export class ZmqTransport implements Transport {
  private readonly io: Worker;
  private core: KernelCore | null = null;
  /** The routing identities of each request, to send its replies back to its client. */
  private readonly identities = new WeakMap<Message, Uint8Array[]>();
  private exiting = false;

  constructor(
    info: ConnectionInfo,
    private readonly signals: SharedSignals,
  ) {
    const data: IoThreadData = { info, signals: signals.buffer };
    this.io = new Worker(join(__dirname, "io-thread.js"), { workerData: data });
    this.io.on("message", (msg: FromIo) => this.fromIo(msg));
    this.io.on("error", (e) => this.fatal(`the I/O thread failed: ${e.stack ?? String(e)}`));
    this.io.on("exit", (code) => this.fatal(`the I/O thread ended (${code})`));
  }

  /** Starts delivering requests to `core`, and takes over the process's exits and SIGINT. */
  start(core: KernelCore): void {
    this.core = core;
    process.exit = ((code?: number | string | null) => this.exit(exitCode(code))) as typeof process.exit;
    process.on("SIGTERM", () => this.exit(0));
    // The I/O thread's SIGINTs all land in vm's watchdog (see ./signals.ts); one from elsewhere
    // (`kill -INT`, a server in signal mode) arrives here when the thread is free, or stops running
    // code. Without a listener, Node would end the process.
    process.on("SIGINT", () => core.interrupt());
  }

  send(channel: Channel, message: Message<unknown>, parent: Message | null): void {
    const identities = channel === "iopub" ? [Buffer.from(`kernel.${message.header.session}.${message.header.msg_type}`)] : parent === null ? [] : (this.identities.get(parent) ?? []);
    this.post({ kind: "send", channel, identities, message });
  }

  close(): void {
    this.exit(0);
  }

  log(text: string): void {
    // The kernel's own diagnostics go to the real stderr (the server's log), not to a cell.
    // A full pipe (EAGAIN) or a closed one must not fail the request being handled.
    try {
      writeSync(2, `[numts-kernel] ${text}\n`);
    } catch {
      // nowhere to say it
    }
  }

  /**
   * Ends the process with `code` once the I/O thread has sent what is queued and closed its
   * sockets. Blocks meanwhile, so that process.exit() in a cell returns to no code.
   */
  exit(code: number): never {
    if (!this.exiting) {
      this.exiting = true;
      this.core?.flush();
      this.post({ kind: "close" });
      this.signals.awaitClosed(CLOSE_TIMEOUT_MS);
    }
    return reallyExit(code);
  }

  private post(message: ToIo): void {
    this.io.postMessage(message);
  }

  private fatal(text: string): void {
    if (this.exiting) return;
    this.exiting = true;
    this.log(text);
    reallyExit(1);
  }

  private fromIo(msg: FromIo): void {
    const core = this.core;
    if (core === null) return;
    switch (msg.kind) {
      case "ready":
        core.transportReady();
        break;
      case "request": {
        const { identities, ...message } = msg.message;
        this.identities.set(message as Message, identities);
        core.receive(msg.channel, message as Message);
        break;
      }
      case "interrupt":
        // Already handled if the cell stopped by the SIGINT or at a phase boundary meanwhile.
        if (this.signals.interruptPending(msg.generation)) core.interrupt();
        break;
      case "orphaned":
        this.log("the Jupyter server that started this kernel is gone: exiting");
        this.exit(1);
        break;
      case "failed":
        // (it has closed its sockets before saying so)
        this.fatal(`the I/O thread failed: ${msg.text}`);
        break;
      case "log":
        this.log(msg.text);
        break;
    }
  }
}

/** process.exit's argument as an exit status (Node accepts integers and integer strings). */
function exitCode(code: number | string | null | undefined): number {
  const value = code ?? process.exitCode ?? 0;
  const n = typeof value === "number" ? value : Number.parseInt(String(value), 10);
  return Number.isInteger(n) ? n : 1;
}
