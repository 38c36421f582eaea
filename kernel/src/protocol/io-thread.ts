// The kernel's I/O thread. It owns the ZeroMQ sockets, so that heartbeats are answered and
// interrupts arrive while user code keeps the main thread busy (`while (true) {}`).
//
// Incoming shell/control/stdin messages are verified and passed to the main thread; messages
// from the main thread are signed and sent, strictly one after another per socket: zeromq
// refuses a send while another is in flight, and a refused send must never lose a message.
import { parentPort, workerData } from "node:worker_threads";
import * as zmq from "zeromq";
import { address, type Channel, type ConnectionInfo } from "./connection";
import { decode, encode, type Message, newHeader, Signer } from "./wire";

/** Messages between the main thread and this thread. */
export type ToIo = { kind: "send"; channel: Channel; message: Message<unknown> } | { kind: "close" };
export type FromIo =
  | { kind: "ready" }
  | { kind: "request"; channel: Channel; message: Message }
  | { kind: "interrupted" }
  | { kind: "closed" }
  | { kind: "log"; text: string };

interface SendQueue {
  socket: zmq.Writable & zmq.Socket;
  tail: Promise<void>;
}

function post(message: FromIo): void {
  parentPort?.postMessage(message);
}

async function main(info: ConnectionInfo): Promise<void> {
  const signer = new Signer(info.key, info.signature_scheme);
  const shell = new zmq.Router();
  const control = new zmq.Router();
  const stdin = new zmq.Router();
  const iopub = new zmq.Publisher();
  const hb = new zmq.Reply();
  const sockets: Record<Exclude<Channel, "hb">, zmq.Socket & zmq.Writable> = { shell, control, stdin, iopub };
  await Promise.all([
    shell.bind(address(info, "shell")),
    control.bind(address(info, "control")),
    stdin.bind(address(info, "stdin")),
    iopub.bind(address(info, "iopub")),
    hb.bind(address(info, "hb")),
  ]);
  const queues = new Map<Channel, SendQueue>();
  for (const [channel, socket] of Object.entries(sockets)) queues.set(channel as Channel, { socket, tail: Promise.resolve() });

  const send = (channel: Channel, message: Message<unknown>): Promise<void> => {
    const queue = queues.get(channel);
    if (queue === undefined) return Promise.resolve();
    const frames = encode(message, signer);
    const sent = queue.tail.then(() => queue.socket.send(frames));
    queue.tail = sent.catch((e: unknown) => post({ kind: "log", text: `could not send ${message.header.msg_type} on ${channel}: ${String(e)}` }));
    return queue.tail;
  };

  void (async () => {
    for await (const [ping] of hb) await hb.send(ping);
  })();

  const listen = async (channel: Channel, socket: zmq.Router) => {
    for await (const frames of socket) {
      let message: Message;
      try {
        message = decode(frames, signer);
      } catch (e) {
        post({ kind: "log", text: `${channel}: ${(e as Error).message}` });
        continue;
      }
      if (channel === "control" && message.header.msg_type === "interrupt_request") {
        // Answer here: the main thread may be stuck in user code that only a signal can stop.
        process.kill(process.pid, "SIGINT");
        post({ kind: "interrupted" });
        const reply = { ...message, header: newHeader("interrupt_reply", message.header.session), parent_header: message.header, metadata: {}, content: { status: "ok" }, buffers: [] };
        await send("control", reply);
        continue;
      }
      post({ kind: "request", channel, message });
    }
  };
  void listen("shell", shell);
  void listen("control", control);
  void listen("stdin", stdin);

  parentPort?.on("message", (msg: ToIo) => {
    if (msg.kind === "send") {
      void send(msg.channel, msg.message);
    } else {
      // Flush what is queued, then close every socket so the process can exit cleanly.
      void Promise.all([...queues.values()].map((q) => q.tail)).then(() => {
        for (const socket of [shell, control, stdin, iopub, hb]) socket.close();
        post({ kind: "closed" });
      });
    }
  });
  post({ kind: "ready" });
}

/**
 * A kernel whose Jupyter server died without shutting it down (killed, crashed) ends too, as
 * ipykernel's parent poller does, instead of running on alone; checked here because the main
 * thread may be stuck in a cell. Jupyter's launcher sets JPY_PARENT_PID to the server's pid.
 */
function exitWithParent(): void {
  const parent = Number(process.env.JPY_PARENT_PID);
  if (!(parent > 1) || process.ppid !== parent) return; // not started by Jupyter directly
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
  }, 1000).unref();
}

exitWithParent();
void main(workerData as ConnectionInfo);
