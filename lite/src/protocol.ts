// What the page and the kernel's worker say to each other (postMessage). Jupyter messages pass
// through as plain objects; interrupts travel as blob: URLs (see worker/interrupt.ts).
import type { Channel, Message, RequestChannel } from "numts-kernel/dist/core/messages";

export type ToWorker =
  /** The first message: where the site is, where the notebook is, the first interrupt URL. */
  | { kind: "start"; baseUrl: string; location: string; interruptUrl: string }
  | { kind: "message"; channel: RequestChannel; message: Message }
  /** Interrupt number `generation` (its URL is revoked now); `next` is the URL of the next one. */
  | { kind: "interrupt"; generation: number; next: string };

export type FromWorker =
  | { kind: "message"; channel: Channel; message: Message<unknown> }
  /** The kernel's own diagnostics, for the browser's console. */
  | { kind: "log"; text: string };
