#!/usr/bin/env node
// Entry point Jupyter starts: `node kernel/dist/main.js <connection file>`.
import { writeSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { Kernel } from "./kernel";
import { readConnectionFile } from "./protocol/connection";

const file = process.argv[2];
if (file === undefined) {
  console.error("usage: numts-kernel <connection-file>  (Jupyter passes it; see `npm run kernel:install`)");
  process.exit(2);
}
const info = readConnectionFile(file);
// The sockets live in a worker thread so that heartbeats and interrupts get through while a
// cell keeps this thread busy.
const io = new Worker(join(__dirname, "protocol", "io-thread.js"), { workerData: info });
io.on("error", (e) => {
  writeSync(2, `numts-kernel: the I/O thread failed: ${e.stack ?? String(e)}\n`);
  process.exit(1);
});
new Kernel(io, process.cwd());
