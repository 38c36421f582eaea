#!/usr/bin/env node
// `npm run bench:reliability`: the kernel under faults at full size (issue 17), through
// jupyter_client (Debian's Python), with test/kernel/reliability.py, the script the tests run at
// smaller counts:
//  - exit statuses of every exit path (shutdown, SIGTERM, process.exit, the server killed, the
//    I/O thread failing) and over 50 restarts (of an idle kernel, of one loading
//    TypeScript, of one running `while (true) {}`, in turn), and whether each new kernel ran its
//    first cell,
//  - interrupts honoured out of 30, at random delays 0-1 s after execute_input, in a loop, an
//    awaited promise that never settles and the type check of a 5000-line cell,
//  - heap and RSS growth (after full GCs) over 10^4 cells, after 10^3 warm-up cells.
// Takes 10-20 minutes on 2 cores. Prints a table, writes bench/reliability.json.
//
//   node bench/kernel_reliability.mjs [--restarts 50] [--interrupts 30] [--cells 10000] [--warmup 1000]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const JUPYTER_PYTHON = "/usr/bin/python3"; // Debian's, which has jupyter_client and nbformat

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number, got ${process.argv[at + 1]}`);
  return value;
}
const counts = { restarts: option("restarts", 50), interrupts: option("interrupts", 30), cells: option("cells", 10_000), warmup: option("warmup", 1000) };

const prefix = mkdtempSync(join(tmpdir(), "numts-reliability-"));
execFileSync(process.execPath, [join(root, "kernel/dist/install.js"), "--prefix", prefix], { stdio: "ignore" });
const env = { ...process.env, JUPYTER_PATH: join(prefix, "share/jupyter"), PYDEVD_DISABLE_FILE_VALIDATION: "1" };

/** One part of reliability.py; its progress goes to our stderr, its figures are its last line. */
function part(title, ...args) {
  console.error(`${title} ...`);
  const started = Date.now();
  const run = spawnSync(JUPYTER_PYTHON, [join(root, "test/kernel/reliability.py"), ...args.map(String)], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !last.startsWith("{")) throw new Error(`reliability.py ${args.join(" ")} failed (${run.status}):\n${run.stdout}`);
  console.error(`${title}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return JSON.parse(last);
}

const exits = part(`exit paths, ${counts.restarts} restarts`, "exits", counts.restarts);
const interrupts = part(`${counts.interrupts} interrupts`, "interrupts", counts.interrupts);
const memory = part(`${counts.cells} cells`, "memory", counts.cells, counts.warmup);

const tally = (values) => Object.entries(values.reduce((m, v) => ({ ...m, [v]: (m[v] ?? 0) + 1 }), {})).map(([v, n]) => `${n} × ${v}`).join(", ");
const byKind = (kind) => {
  const trials = interrupts.trials.filter((t) => t.kind === kind);
  return `${trials.filter((t) => t.honoured).length}/${trials.length}`;
};
const slowest = Math.max(...interrupts.trials.map((t) => t.seconds ?? Infinity));

console.log(`\nKernel reliability (issue 17), through jupyter_client on this machine\n`);
console.log("| what | result |");
console.log("|---|---|");
for (const [kind, statuses] of Object.entries(exits.restart_statuses)) {
  console.log(`| old kernel's exit status, ${statuses.length} restarts (${kind}) | ${tally(statuses)} (slowest ${exits.restart_seconds_max[kind]} s) |`);
}
const firstOk = exits.first_cells.filter(([, status, value]) => status === "ok" && value.length === 1 && value[0] === "42").length;
console.log(`| new kernels' first cells that ran (6 * 7 → 42) | ${firstOk}/${exits.first_cells.length} |`);
console.log(`| process.exit(3) · SIGTERM · shutdown | ${exits.process_exit_3} · ${exits.sigterm} · ${exits.shutdown} |`);
console.log(`| server killed while a cell loops · a port taken · an error in the I/O thread while a cell loops | ${exits.parent_killed_while_looping} · ${exits.port_taken} · ${exits.io_thread_error_while_looping} |`);
console.log(`| aborts · core files | ${exits.aborts} · ${exits.core_files.length} |`);
console.log(`| interrupts honoured (reply, KeyboardInterrupt, variables kept) | ${interrupts.honoured}/${interrupts.of}: loop ${byKind("loop")}, await ${byKind("await")}, type check ${byKind("long")}; slowest reply ${slowest} s |`);
console.log(`| growth over ${memory.cells} cells after ${memory.warmup} (after full GCs) | heap ${memory.heap_growth_mib} MiB (from ${memory.heap_before_mib}), RSS ${memory.rss_growth_mib} MiB (from ${memory.rss_before_mib}); ${memory.ms_per_cell} ms per cell |`);

const out = process.env.NUMTS_BENCH_OUT ?? join(root, "bench/reliability.json");
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, counts, exits, interrupts, memory }, null, 2) + "\n");
console.log(`\nWritten to ${out}`);
