#!/usr/bin/env node
// `npm run notebooks [-- FILE.ipynb ...]`: re-executes the lessons (default: every notebook in
// notebooks/) top to bottom through the numts kernel and saves their outputs, with nbclient
// (Debian's jupyter-nbconvert). Outputs are deterministic and no timing is recorded, so running
// it twice changes no byte. A failing cell stops with its notebook and cell; the file is then
// left as it was.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDeps } from "./ensure-deps.mjs";
import { buildPackages, ensureChromium, ensureJupyter, nbconvertExecute, PYTHON, registerKernel, reproducibleEnv, root, step } from "./jupyter.mjs";

/** Executes one notebook into a temporary file next to it, then replaces the original. */
export function executeNotebook(file, env) {
  const tmp = join(dirname(file), `.${basename(file, ".ipynb")}.executing.ipynb`);
  const execute = nbconvertExecute(env);
  const run = spawnSync(PYTHON, [...execute.args, "--output", tmp, file], { env: execute.env, encoding: "utf8", cwd: dirname(file) });
  if (run.status !== 0) {
    rmSync(tmp, { force: true });
    const cellError = /CellExecutionError[\s\S]*/.exec(run.stderr)?.[0] ?? run.stderr.trim().split("\n").slice(-15).join("\n");
    throw new Error(`${file}: a cell failed, the notebook was not changed.\n${cellError}`);
  }
  renameSync(tmp, file);
}

function main() {
  const started = Date.now();
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args.map((f) => resolve(f)) : readdirSync(join(root, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort().map((f) => join(root, "notebooks", f));
  for (const f of files) if (!existsSync(f)) throw new Error(`${f}: no such notebook`);
  ensureDeps();
  step("Building numts, the kernel, the charts, the exercise checks and the widgets");
  buildPackages();
  ensureJupyter();
  ensureChromium({ required: false });
  const env = reproducibleEnv(registerKernel().env);
  for (const file of files) {
    const t = Date.now();
    step(`Executing ${file}`);
    executeNotebook(file, env);
    console.log(`  done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`${files.length} notebook(s) executed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`npm run notebooks: ${e.message}`);
    process.exit(1);
  }
}
