// Jupyter's wire protocol: how a message travels as ZeroMQ frames, signed with HMAC.
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#the-wire-protocol
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Message } from "../core/messages";

const DELIMITER = Buffer.from("<IDS|MSG>");

/** A received message as parsed from its frames: the parts are whatever JSON the peer sent. */
export interface ReceivedFrames {
  /** Routing identities: the reply goes back through them. */
  identities: Buffer[];
  header: unknown;
  parent_header: unknown;
  metadata: unknown;
  content: unknown;
  buffers: Buffer[];
}

/** How many signatures are remembered to reject replays (jupyter_client's Session keeps 2^16). */
const REMEMBERED_SIGNATURES = 2 ** 16;

/**
 * Signs and checks messages with the connection file's key (HMAC-SHA256, or none with an empty
 * key). A signed message is accepted once: a replayed one (same signature) is rejected, as
 * jupyter_client's Session does.
 */
export class Signer {
  /** Prefixes of the signatures seen, oldest first (128 bits each: collisions are impossible in practice). */
  private readonly seen = new Set<string>();

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

  /** Throws unless `signature` is right for `parts` and has not been seen before. */
  verify(signature: string, parts: readonly Buffer[]): void {
    if (this.key === "") return;
    const expected = Buffer.from(this.sign(parts));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new Error("message with an invalid signature ignored");
    const id = signature.slice(0, 32);
    if (this.seen.has(id)) throw new Error("replayed message ignored (its signature was seen before)");
    this.seen.add(id);
    if (this.seen.size > REMEMBERED_SIGNATURES) {
      // Forget the oldest tenth at once, as jupyter_client does, rather than one per message.
      let drop = REMEMBERED_SIGNATURES / 10;
      for (const old of this.seen) {
        if (drop-- <= 0) break;
        this.seen.delete(old);
      }
    }
  }
}

/** Parses the frames of a received message; throws on a bad signature, a replay or unparsable JSON. */
export function decode(frames: readonly Buffer[], signer: Signer): ReceivedFrames {
  const at = frames.findIndex((f) => f.equals(DELIMITER));
  if (at < 0 || frames.length < at + 6) throw new Error("malformed message: no <IDS|MSG> delimiter or missing parts");
  const parts = frames.slice(at + 2, at + 6);
  signer.verify(frames[at + 1].toString(), parts);
  const names = ["header", "parent_header", "metadata", "content"];
  const [header, parent_header, metadata, content] = parts.map((p, i) => {
    try {
      return JSON.parse(p.toString("utf8")) as unknown;
    } catch {
      throw new Error(`malformed message: its ${names[i]} is not JSON`);
    }
  });
  return { identities: frames.slice(0, at), header, parent_header, metadata, content, buffers: frames.slice(at + 6) };
}

/** The frames of a message to send. */
export function encode(identities: readonly Uint8Array[], message: Message<unknown>, signer: Signer): Buffer[] {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map((p) => Buffer.from(JSON.stringify(p)));
  const buffers = message.buffers.map((b) => (ArrayBuffer.isView(b) ? Buffer.from(b.buffer, b.byteOffset, b.byteLength) : Buffer.from(b)));
  return [...identities.map((i) => Buffer.from(i)), DELIMITER, Buffer.from(signer.sign(parts)), ...parts, ...buffers];
}
