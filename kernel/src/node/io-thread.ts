// The kernel's I/O thread. It owns the ZeroMQ sockets, so that heartbeats are answered and
// interrupts and shutdowns arrive while user code keeps the main thread busy (`while (true) {}`).
//
// Incoming shell/control/stdin messages are verified and passed to the main thread; messages
// from the main thread are signed and sent, strictly one after another in the order they were
// made: zeromq refuses a send while another is in flight, and a refused send must never lose a message.
// Whatever happens, the sockets are closed before the process exits (see ./signals.ts).
import { parentPort, workerData } from "node:worker_threads";
import * as zmq from "zeromq";
import { type Channel, isObject, type Message, newHeader, type RequestChannel } from "../core/messages";
import { address, type ConnectionInfo } from "./connection";
import { SharedSignals } from "./signals";
import { decode, encode, type ReceivedFrames, Signer } from "./wire";

/** Messages from the main thread to this thread. */
export type ToIo = { kind: "send"; channel: Channel; identities: Uint8Array[]; message: Message<unknown> } | { kind: "close" };

/** Messages from this thread to the main thread. */
export type FromIo =
  | { kind: "ready" }
  | { kind: "request"; channel: RequestChannel; message: ReceivedFrames }
  /** An interrupt request (its generation, see SharedSignals), already answered. */
  | { kind: "interrupt"; generation: number }
  /** The Jupyter server that started the kernel is gone: end. */
  | { kind: "orphaned" }
  /** This thread failed (sockets closed): the kernel cannot go on. */
  | { kind: "failed"; text: string }
  | { kind: "log"; text: string };

export interface IoThreadData {
  info: ConnectionInfo;
  signals: SharedArrayBuffer;
}

/** How long queued messages may take to go out when the kernel ends. */
const DRAIN_MS = 1000;
/** How long the main thread gets to end by itself (the server gone, this thread failed), before it is killed. */
const ORPHAN_GRACE_MS = 3000;

const { info, signals: buffer } = workerData as IoThreadData;
const signals = new SharedSignals(buffer);
const sockets: (zmq.Socket & { close(): void })[] = [];
let closed = false;

function post(message: FromIo): void {
  parentPort?.postMessage(message);
}

/** Closes every socket (idempotent); afterwards the process may exit without aborting. */
function closeSockets(): void {
  if (closed) return;
  closed = true;
  for (const socket of sockets) socket.close();
  signals.markClosed();
}

/** An unexpected error in this thread: the kernel cannot go on without its sockets. */
function fail(error: unknown): void {
  closeSockets();
  post({ kind: "failed", text: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  // The main thread may be stuck in a cell and never read that: stop it, as for a lost server.
  stopMainThread();
}

/**
 * Stops what the main thread runs (a cell, the loading of TypeScript) so that it reads the
 * message just posted and exits; code that no signal stops (a loop after an `await`) cannot be
 * ended any other way than by killing the process after a grace period.
 */
function stopMainThread(): void {
  stopRunningCode();
  setTimeout(() => {
    closeSockets();
    process.kill(process.pid, "SIGKILL");
  }, ORPHAN_GRACE_MS);
}

/** Stops a running cell (or the loading of TypeScript) so that the main thread reads its messages. */
function stopRunningCode(): void {
  signals.requestStop();
  void signals.keepSignalling();
}

function socket<S extends zmq.Socket>(made: S): S {
  sockets.push(made);
  return made;
}

async function main(): Promise<void> {
  const signer = new Signer(info.key, info.signature_scheme);
  const shell = socket(new zmq.Router());
  const control = socket(new zmq.Router());
  const stdin = socket(new zmq.Router());
  const iopub = socket(new zmq.Publisher());
  const hb = socket(new zmq.Reply());
  // Every bind settles before a failure is reported: closing a socket mid-bind aborts the process.
  const bound = await Promise.allSettled([
    shell.bind(address(info, "shell")),
    control.bind(address(info, "control")),
    stdin.bind(address(info, "stdin")),
    iopub.bind(address(info, "iopub")),
    hb.bind(address(info, "hb")),
  ]);
  const failed = bound.find((b): b is PromiseRejectedResult => b.status === "rejected");
  if (failed !== undefined) {
    const reason = failed.reason instanceof Error ? failed.reason.message : String(failed.reason);
    closeSockets();
    post({ kind: "failed", text: `cannot listen on the ports of the connection file (${reason}): another program took one; start the kernel again` });
    return;
  }
  const writable: Record<Channel, zmq.Writable> = { shell, control, stdin, iopub };
  // One queue for every socket, not one per socket: a reply leaves only after the outputs and
  // status the kernel published before it. Clients read a request's iopub messages once its reply
  // is in (jupyter_kernel_test allows 0.1 s), and a reply that overtook them made that wait long
  // on a busy machine. No send here waits for a peer (PUB and ROUTER drop rather than block).
  let tail: Promise<void> = Promise.resolve();

  const send = (channel: Channel, identities: readonly Uint8Array[], message: Message<unknown>): void => {
    if (closed) return;
    const frames = encode(identities, message, signer);
    tail = tail
      .then(() => writable[channel].send(frames))
      .catch((e: unknown) => post({ kind: "log", text: `could not send ${message.header.msg_type} on ${channel}: ${String(e)}` }));
  };

  void (async () => {
    for await (const [ping] of hb) await hb.send(ping);
  })().catch(ignoreAfterClose);

  const listen = async (channel: RequestChannel, from: zmq.Router) => {
    for await (const frames of from) {
      let message: ReceivedFrames;
      try {
        message = decode(frames, signer);
      } catch (e) {
        post({ kind: "log", text: `${channel}: ${(e as Error).message}` });
        continue;
      }
      const type = isObject(message.header) ? message.header.msg_type : undefined;
      if (channel === "control" && type === "interrupt_request") {
        // Answered here: the main thread may be stuck in code that only a signal can stop.
        post({ kind: "interrupt", generation: signals.requestInterrupt() });
        void signals.keepSignalling();
        const header = message.header as Message["header"];
        const session = typeof header.session === "string" ? header.session : "";
        send("control", message.identities, { header: newHeader("interrupt_reply", session), parent_header: header, metadata: {}, content: { status: "ok" }, buffers: [] });
        continue;
      }
      if (channel === "control" && type === "shutdown_request") {
        stopRunningCode(); // so that the main thread gets to the shutdown
      }
      post({ kind: "request", channel, message });
    }
  };
  void listen("shell", shell).catch(ignoreAfterClose);
  void listen("control", control).catch(ignoreAfterClose);
  void listen("stdin", stdin).catch(ignoreAfterClose);

  parentPort?.on("message", (msg: ToIo) => {
    if (msg.kind === "send") {
      send(msg.channel, msg.identities, msg.message);
      return;
    }
    // Let what is queued go out, then close every socket so that the process can exit cleanly.
    void Promise.race([tail, new Promise((r) => setTimeout(r, DRAIN_MS))]).then(closeSockets);
  });
  post({ kind: "ready" });
}

/** A receive loop ends with an error when its socket is closed; anything else is a failure. */
function ignoreAfterClose(error: unknown): void {
  if (!closed) fail(error);
}

/**
 * A kernel whose Jupyter server died without shutting it down (killed, crashed) ends too, as
 * ipykernel's parent poller does, instead of running on alone; checked here because the main
 * thread may be stuck in a cell. Jupyter's launcher sets JPY_PARENT_PID to the server's pid. The
 * server is looked for by its pid too, not only as this process's parent: it may have died while
 * the kernel was starting (the kernel was then already handed to init, and was left running with
 * its Chromium), and a launcher in between (a wrapper script) is the parent while the server lives.
 */
function exitWithParent(): void {
  const parent = Number(process.env.JPY_PARENT_PID);
  if (!Number.isInteger(parent) || parent <= 1) return; // not started by Jupyter
  // As its child, the kernel also sees the server's end when it is a zombie not yet reaped.
  const child = process.ppid === parent;
  const check = () => {
    if (alive(parent) && !(child && process.ppid !== parent)) return;
    clearInterval(poll);
    post({ kind: "orphaned" });
    stopMainThread();
  };
  const poll = setInterval(check, 1000);
  check();
}

/** Whether process `pid` exists (another user's process counts: it cannot be signalled, but it is there). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
exitWithParent();
main().catch(fail);
