// Jupyter's wire protocol: how a message travels as ZeroMQ frames, signed with HMAC.
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#the-wire-protocol
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/** The version of the messaging protocol this kernel speaks. */
export const PROTOCOL_VERSION = "5.3";

const DELIMITER = Buffer.from("<IDS|MSG>");

/** A message header. */
export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

/** One protocol message; `identities` route replies on ROUTER sockets. */
export interface Message<C = Record<string, unknown>> {
  identities: Buffer[];
  header: Header;
  parent_header: Header | Record<string, never>;
  metadata: Record<string, unknown>;
  content: C;
  buffers: Buffer[];
}

/** Signs and checks messages with the connection file's key (HMAC-SHA256, or none with an empty key). */
export class Signer {
  constructor(
    private readonly key: string,
    scheme = "hmac-sha256",
  ) {
    if (key !== "" && scheme !== "hmac-sha256") throw new Error(`unsupported signature scheme ${scheme}; use hmac-sha256`);
  }

  sign(parts: readonly Buffer[]): string {
    if (this.key === "") return "";
    const hmac = createHmac("sha256", this.key);
    for (const part of parts) hmac.update(part);
    return hmac.digest("hex");
  }

  verify(signature: string, parts: readonly Buffer[]): boolean {
    if (this.key === "") return true;
    const expected = Buffer.from(this.sign(parts));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** Parses the frames of a received message; throws on a bad signature or shape. */
export function decode(frames: readonly Buffer[], signer: Signer): Message {
  const at = frames.findIndex((f) => f.equals(DELIMITER));
  if (at < 0 || frames.length < at + 6) throw new Error("malformed message: no <IDS|MSG> delimiter or missing parts");
  const signature = frames[at + 1].toString();
  const parts = frames.slice(at + 2, at + 6);
  if (!signer.verify(signature, parts)) throw new Error("message with an invalid signature ignored");
  const [header, parent_header, metadata, content] = parts.map((p) => JSON.parse(p.toString()) as Record<string, unknown>);
  return {
    identities: frames.slice(0, at),
    header: header as unknown as Header,
    parent_header: parent_header as Message["parent_header"],
    metadata,
    content,
    buffers: frames.slice(at + 6),
  };
}

/** The frames of a message to send. */
export function encode(message: Message<unknown>, signer: Signer): Buffer[] {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map((p) => Buffer.from(JSON.stringify(p)));
  return [...message.identities, DELIMITER, Buffer.from(signer.sign(parts)), ...parts, ...message.buffers];
}

/** A new header for a message of `msgType` in `session`. */
export function newHeader(msgType: string, session: string, username = "kernel"): Header {
  return { msg_id: randomUUID(), session, username, date: new Date().toISOString(), msg_type: msgType, version: PROTOCOL_VERSION };
}
