#!/usr/bin/env node
// `npm run bench`: benchmarks, printed as tables and written to bench/results.json.
// Kernel section: numts's kernel beside tslab's own kernel and ipykernel (where installed),
// start to kernel_info_reply and warm round trip of a small cell, medians.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PYTHON = "/usr/bin/python3"; // Debian's, which has jupyter_client

function kernelSection() {
  const prefix = mkdtempSync(join(tmpdir(), "numts-bench-"));
  execFileSync(process.execPath, [join(root, "kernel/dist/install.js"), "--prefix", prefix], { stdio: "ignore" });
  // tslab's own kernel, from the tslab package the kernel depends on, for comparison.
  const tslabDir = join(prefix, "share/jupyter/kernels/tslab");
  mkdirSync(tslabDir, { recursive: true });
  writeFileSync(
    join(tslabDir, "kernel.json"),
    JSON.stringify({ argv: [process.execPath, join(root, "node_modules/tslab/bin/tslab"), "kernel", "--config-path", "{connection_file}"], display_name: "tslab", language: "typescript" }),
  );
  const kernels = ["numts", "tslab"];
  const hasIpykernel = spawnSync(PYTHON, ["-c", "import ipykernel"]).status === 0;
  if (hasIpykernel) kernels.push("python3");
  const run = spawnSync(PYTHON, [join(root, "bench/kernel_bench.py"), join(root, "notebooks"), ...kernels], {
    env: { ...process.env, JUPYTER_PATH: join(prefix, "share/jupyter"), PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`kernel benchmark failed:\n${run.stderr}`);
  const rows = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
  console.log("\nKernel (medians; 5 starts, 50 warm round trips; targets: start <= 1.0 s, round trip <= 15 ms)\n");
  console.log("| kernel | start to kernel_info_reply | warm round trip |");
  console.log("|---|---|---|");
  for (const r of rows) console.log(`| ${r.kernel === "python3" ? "ipykernel" : r.kernel} | ${r.start_s.toFixed(2)} s | ${r.round_trip_ms.toFixed(1)} ms |`);
  return rows;
}

const results = { date: new Date().toISOString(), node: process.version, kernel: kernelSection() };
writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
console.log("\nWritten to bench/results.json");
