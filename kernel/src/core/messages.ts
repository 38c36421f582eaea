// Jupyter messages as plain objects, the form in which every transport hands them to the core
// and takes them back (the zeromq transport turns them into signed frames, a JupyterLite
// transport passes them through as they are).
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#general-message-format

/** The version of the messaging protocol this kernel speaks. */
export const PROTOCOL_VERSION = "5.3";

/** A message header. */
export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

/** Binary parts of a message (comm messages carry them). */
export type Buffers = (ArrayBuffer | ArrayBufferView)[];

/** One protocol message. */
export interface Message<C = Record<string, unknown>> {
  header: Header;
  /** The header of the request this message answers, or `{}`. */
  parent_header: Header | Record<string, never>;
  metadata: Record<string, unknown>;
  content: C;
  buffers: Buffers;
}

/** The channels the core sends on (the heartbeat belongs to the transport). */
export type Channel = "shell" | "control" | "iopub" | "stdin";

/** The channels requests arrive on. */
export type RequestChannel = "shell" | "control" | "stdin";

/** A random RFC 4122 version 4 id, also where `crypto.randomUUID` is missing (plain-HTTP pages). */
export function uuid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new header for a message of `msgType` in `session`. */
export function newHeader(msgType: string, session: string): Header {
  return { msg_id: uuid(), session, username: "kernel", date: new Date().toISOString(), msg_type: msgType, version: PROTOCOL_VERSION };
}

/** Whether `value` is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with a received message, or null if it can be used: every part must be a JSON
 * object and the header must name its type. A peer's bug or a hostile client must not reach
 * code that reads these fields.
 */
export function malformation(message: { header: unknown; parent_header: unknown; metadata: unknown; content: unknown }): string | null {
  if (!isObject(message.header)) return `its header is ${describe(message.header)}, not an object`;
  if (typeof message.header.msg_type !== "string") return `its header has no msg_type (${describe(message.header.msg_type)})`;
  for (const part of ["parent_header", "metadata", "content"] as const) {
    if (!isObject(message[part])) return `its ${part} is ${describe(message[part])}, not an object`;
  }
  return null;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `the string ${JSON.stringify(value.slice(0, 40))}` : `${typeof value} ${String(value).slice(0, 40)}`;
}
