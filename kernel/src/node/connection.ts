// The connection file Jupyter writes for each kernel it starts.
import { readFileSync } from "node:fs";

/** What the connection file says: where to listen and how to sign. */
export interface ConnectionInfo {
  transport: string;
  ip: string;
  shell_port: number;
  control_port: number;
  iopub_port: number;
  stdin_port: number;
  hb_port: number;
  key: string;
  signature_scheme: string;
}

/** The five channels of a kernel. */
export type Channel = "shell" | "control" | "iopub" | "stdin" | "hb";

export function readConnectionFile(path: string): ConnectionInfo {
  const info = JSON.parse(readFileSync(path, "utf8")) as ConnectionInfo;
  for (const field of ["transport", "ip", "shell_port", "control_port", "iopub_port", "stdin_port", "hb_port", "key"] as const) {
    if (info[field] === undefined) throw new Error(`connection file ${path} has no "${field}"`);
  }
  return info;
}

/** The ZeroMQ address of one channel. */
export function address(info: ConnectionInfo, channel: Channel): string {
  const port = info[`${channel === "hb" ? "hb" : channel}_port` as `${Channel}_port`];
  return info.transport === "ipc" ? `ipc://${info.ip}-${port}` : `tcp://${info.ip}:${port}`;
}
