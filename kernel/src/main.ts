#!/usr/bin/env node
// Entry point Jupyter starts: `node kernel/dist/main.js [--full-traceback] <connection file>`. The
// Node kernel is the protocol-agnostic core (./core/) on the zeromq transport and the Node
// platform (./node/). --full-traceback (or NUMTS_FULL_TRACEBACK=1) keeps numts's own frames in
// tracebacks, for library developers.
import { typescriptCache } from "./node/startup"; // first: see there
import { KernelCore } from "./core/kernel";
import { readConnectionFile } from "./node/connection";
import { NodePlatform } from "./node/platform";
import { SharedSignals } from "./node/signals";
import { ZmqTransport } from "./node/transport";

const args = process.argv.slice(2);
const fullTracebacks = args.includes("--full-traceback") ? true : undefined;
const file = args.find((a) => !a.startsWith("--"));
if (file === undefined) {
  console.error("usage: numts-kernel [--full-traceback] <connection-file>  (Jupyter passes it; see `npm run kernel:install`)");
  process.exit(2);
}
const signals = new SharedSignals();
// The sockets live in a worker thread so that heartbeats, interrupts and shutdowns get through
// while a cell keeps this thread busy.
const transport = new ZmqTransport(readConnectionFile(file), signals);
transport.start(new KernelCore(transport, new NodePlatform(process.cwd(), signals, { fullTracebacks, typescriptCache })));
