// Test helper: the numts kernelspec installed into a fresh temporary Jupyter data directory.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");

/** Installs the kernelspec (from the built kernel) and returns the JUPYTER_PATH that finds it. */
export function installKernelspec(): string {
  const prefix = mkdtempSync(join(tmpdir(), "numts-jupyter-"));
  execFileSync(process.execPath, [join(ROOT, "kernel/dist/install.js"), "--prefix", prefix], { stdio: "pipe" });
  return join(prefix, "share", "jupyter");
}

/** Debian's Python, which has Jupyter (the first python3 on PATH may be another one). */
export const JUPYTER_PYTHON = "/usr/bin/python3";

/**
 * Runs a unittest file of Python tests against the kernel (jupyter_client, jupyter_kernel_test)
 * with Debian's Python and the kernelspec installed; returns its status and report.
 */
export function runPythonSuite(script: string): { status: number | null; report: string } {
  const jupyterPath = installKernelspec();
  const run = spawnSync(JUPYTER_PYTHON, [script, "-v"], {
    cwd: ROOT,
    env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    encoding: "utf8",
    timeout: 180_000,
  });
  return { status: run.status, report: `${run.stdout}\n${run.stderr}` };
}
