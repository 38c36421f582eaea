#!/usr/bin/env node
// `npm run bench [-- --quick]`: benchmarks, printed as tables and written to bench/results.json.
//  - numts beside NumPy (python3 with NumPy; its version and BLAS are reported) and numpy-ts, on
//    the workloads of bench/numts_bench.mjs and bench/numpy_bench.py: medians and ratios.
//  - libm: each math ufunc (glibc's results, bit for bit) beside a loop over V8's Math.*, ns per
//    element (bench/libm_bench.mjs).
//  - The kernel: numts's kernel beside tslab's own kernel and ipykernel (where installed), start
//    to kernel_info_reply and warm round trip of a small cell (skipped with --quick).
//  - The lessons: each executed by `jupyter nbconvert --execute`, beside its Python original on
//    ipykernel (bench/lesson_bench.py; the originals from $NUMTS_REFERENCE, else
//    ../shared/reference/python; ipykernel's Python needs NumPy: Debian's python3-numpy), and
//    the lesson's first chart cell (skipped with --quick).
// --quick runs every workload a few times only, to check that the benchmark works (the smoke test).
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const QUICK = process.argv.includes("--quick");
const JUPYTER_PYTHON = "/usr/bin/python3"; // Debian's, which has jupyter_client
const NUMPY_PYTHON = "python3"; // the first on PATH: NumPy 2.x on these machines
const ONE_THREAD = { OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
// numts runs as in the kernel, with its V8 flags and glibc allocator settings (kernel/src/node/tuning.ts;
// numpy-ts, in the same process, runs with them too).
const { ALLOCATOR_ENV, v8Flags } = createRequire(import.meta.url)("../kernel/dist/node/tuning.js");
const numtsBench = (args, env = {}) => jsonLines(process.execPath, [...v8Flags(), ...args], { ...ALLOCATOR_ENV, ...env });

function jsonLines(command, args, env = {}) {
  const run = spawnSync(command, args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${run.stderr}`);
  return run.stdout.trim().split("\n").map((line) => JSON.parse(line));
}

function formatTime(s) {
  if (s < 1e-6) return `${(s * 1e9).toFixed(0)} ns`;
  if (s < 1e-3) return `${(s * 1e6).toFixed(2)} µs`;
  if (s < 1) return `${(s * 1e3).toFixed(2)} ms`;
  return `${s.toFixed(2)} s`;
}

const TARGETS = { 1: "≤ 1.0", 2: "≤ 0.05", 3: "≤ 0.05", 4: "≤ 1.0" };

function numpySection() {
  const quick = QUICK ? ["--quick"] : [];
  const numtsRows = [
    ...numtsBench(["--expose-gc", join(root, "bench/numts_bench.mjs"), ...quick]),
    ...numtsBench([join(root, "bench/numts_bench.mjs"), "--memory", ...quick]),
  ];
  const [info, ...numpyRows] = [
    ...jsonLines(NUMPY_PYTHON, [join(root, "bench/numpy_bench.py"), ...quick]),
    ...jsonLines(NUMPY_PYTHON, [join(root, "bench/numpy_bench.py"), "--section", "memory", ...quick]),
  ];
  const numtsMatmul1 = numtsBench([join(root, "bench/numts_bench.mjs"), "--section", "matmul", ...quick], { NUMTS_NUM_THREADS: "1" });
  const matmulArgs = [join(root, "bench/numpy_bench.py"), "--section", "matmul", ...(QUICK ? ["--quick"] : [])];
  const matmul1 = jsonLines(NUMPY_PYTHON, matmulArgs, ONE_THREAD);
  const matmulN = jsonLines(NUMPY_PYTHON, matmulArgs);
  const find = (rows, name, library) => rows.find((r) => r.name === name && (library === undefined || r.library === library));

  console.log(`\nnumts beside NumPy ${info.numpy} (${info.blas}) and numpy-ts; medians on this machine${QUICK ? " (--quick: few runs, cold)" : ""}`);
  console.log("ratio = numts time ÷ NumPy time (below 1: numts is faster)\n");
  console.log("| workload | numts | NumPy | ratio | target | numpy-ts |");
  console.log("|---|---|---|---|---|---|");
  const rows = [];
  for (const r of numtsRows.filter((r) => r.library === "numts" && r.workload <= 4)) {
    const p = find(numpyRows, r.name);
    const peer = find(numtsRows, r.name, "numpy-ts");
    const ratio = r.seconds / p.seconds;
    rows.push({ workload: r.workload, name: r.name, numts_s: r.seconds, numpy_s: p.seconds, ratio, numpy_ts_s: peer?.seconds ?? null });
    console.log(`| ${r.workload}. ${r.name} | ${formatTime(r.seconds)} | ${formatTime(p.seconds)} | ${ratio.toFixed(2)} | ${TARGETS[r.workload]} | ${peer ? formatTime(peer.seconds) : "–"} |`);
  }
  console.log("\n| 5. matmul float64 | numts GFLOP/s | numts, 1 thread | NumPy, 1 BLAS thread | NumPy, default threads | numpy-ts |");
  console.log("|---|---|---|---|---|---|");
  for (const r of numtsRows.filter((r) => r.library === "numts" && r.workload === 5)) {
    const numts1 = find(numtsMatmul1, r.name);
    const one = find(matmul1, r.name);
    const many = find(matmulN, r.name);
    const peer = find(numtsRows, r.name, "numpy-ts");
    rows.push({ workload: 5, name: r.name, numts_gflops: r.gflops, numts_1thread_gflops: numts1.gflops, numpy_1thread_gflops: one.gflops, numpy_gflops: many.gflops, numpy_ts_gflops: peer?.gflops ?? null });
    console.log(`| ${r.name} | ${r.gflops.toFixed(2)} | ${numts1.gflops.toFixed(2)} | ${one.gflops.toFixed(2)} | ${many.gflops.toFixed(2)} | ${peer ? peer.gflops.toFixed(2) : "–"} |`);
  }
  console.log("\n| 6. memory | numts | NumPy |");
  console.log("|---|---|---|");
  for (const r of numtsRows.filter((r) => r.workload === 6)) {
    const p = find(numpyRows, r.name);
    rows.push({ workload: 6, name: r.name, numts_mib: r.mib, numpy_mib: p.mib });
    console.log(`| ${r.name} | ${r.mib.toFixed(1)} | ${p.mib.toFixed(1)} |`);
  }
  return { numpy: info, rows };
}

function libmSection() {
  const rows = numtsBench([join(root, "bench/libm_bench.mjs"), ...(QUICK ? ["--quick"] : [])]);
  console.log("\nMath functions on 10^6 float64: ns per element (numts: glibc's results bit for bit; Math.*: V8's, not glibc's)\n");
  console.log("| function | numts | Math.* loop | ratio |");
  console.log("|---|---|---|---|");
  for (const r of rows) {
    const ratio = r.math_ns === null ? "–" : (r.numts_ns / r.math_ns).toFixed(1);
    console.log(`| ${r.name} | ${r.numts_ns.toFixed(1)} | ${r.math_ns === null ? "–" : `${r.math_ns.toFixed(1)} (Math.${r.math})`} | ${ratio} |`);
  }
  return rows;
}

/** The numts kernelspec and tslab's, in a fresh Jupyter path (returned). */
function installKernels() {
  const prefix = mkdtempSync(join(tmpdir(), "numts-bench-"));
  execFileSync(process.execPath, [join(root, "kernel/dist/install.js"), "--prefix", prefix], { stdio: "ignore" });
  // tslab's own kernel, from the tslab package the kernel depends on, for comparison.
  const tslabDir = join(prefix, "share/jupyter/kernels/tslab");
  mkdirSync(tslabDir, { recursive: true });
  writeFileSync(
    join(tslabDir, "kernel.json"),
    JSON.stringify({ argv: [process.execPath, join(root, "node_modules/tslab/bin/tslab"), "kernel", "--config-path", "{connection_file}"], display_name: "tslab", language: "typescript" }),
  );
  return join(prefix, "share/jupyter");
}

function kernelSection(jupyterPath) {
  const kernels = ["numts", "tslab"];
  if (spawnSync(JUPYTER_PYTHON, ["-c", "import ipykernel"]).status === 0) kernels.push("python3");
  const rows = jsonLines(JUPYTER_PYTHON, [join(root, "bench/kernel_bench.py"), join(root, "notebooks"), ...kernels], { JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" });
  console.log("\nKernel (medians; 5 starts, 50 warm round trips; targets: start <= 1.0 s, round trip <= 15 ms)\n");
  console.log("| kernel | start to kernel_info_reply | warm round trip |");
  console.log("|---|---|---|");
  for (const r of rows) console.log(`| ${r.kernel === "python3" ? "ipykernel" : r.kernel} | ${r.start_s.toFixed(2)} s | ${r.round_trip_ms.toFixed(1)} ms |`);
  return rows;
}

/** The Python originals of the lessons: $NUMTS_REFERENCE, else ../shared/reference/python beside the repository. */
const REFERENCE = process.env.NUMTS_REFERENCE ?? join(root, "../shared/reference/python");

function lessonSection(jupyterPath) {
  const rows = jsonLines(JUPYTER_PYTHON, [join(root, "bench/lesson_bench.py"), join(root, "notebooks"), REFERENCE, "3"], { JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" });
  const range = (s) => (s === null ? "–" : `${s.median.toFixed(2)} s (${s.min.toFixed(2)}–${s.max.toFixed(2)})`);
  console.log("\nLessons executed by `jupyter nbconvert --execute` (medians of 3, alternating, ranges in brackets; targets: ≤ 1.5× the Python original, first chart cell ≤ 1 s)\n");
  console.log("| lesson | numts | Python original (ipykernel) | ratio | first chart cell |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) {
    const ratio = r.python_s === null ? "–" : (r.numts_s.median / r.python_s.median).toFixed(1);
    console.log(`| ${r.lesson} | ${range(r.numts_s)} | ${range(r.python_s)} | ${ratio} | ${range(r.first_chart_s)} |`);
  }
  return rows;
}

const results = { date: new Date().toISOString(), node: process.version, quick: QUICK, numts_vs_numpy: numpySection(), libm: libmSection() };
if (!QUICK) {
  const jupyterPath = installKernels();
  results.kernel = kernelSection(jupyterPath);
  results.lessons = lessonSection(jupyterPath);
}
const out = process.env.NUMTS_BENCH_OUT ?? join(root, "bench/results.json");
writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
console.log(`\nWritten to ${out}`);
