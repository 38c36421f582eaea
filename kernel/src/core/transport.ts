// How the core talks to Jupyter. The core takes requests as plain message objects
// (KernelCore.receive) and hands every message it makes to a Transport; the transport owns the
// wire: the zeromq sockets, signing and the heartbeat in Node (../node/), the page's
// `@jupyterlite/services` kernel in the browser.
import type { Channel, Message } from "./messages";

export interface Transport {
  /**
   * Sends `message` on `channel`, in the order of the calls (per channel) and without losing any.
   * `parent` is the request being answered, the very object the core received: a reply on shell
   * or control goes to the client that sent it (zeromq routes by the request's identities).
   * Never throws; a message that cannot be sent is logged.
   */
  send(channel: Channel, message: Message<unknown>, parent: Message | null): void;
  /**
   * The kernel has answered a shutdown request: deliver what was sent, then end (the Node
   * transport closes its sockets and exits the process).
   */
  close(): void;
  /** The kernel's own diagnostics (a dropped malformed message, say): the server's log, never a cell. */
  log(text: string): void;
}
