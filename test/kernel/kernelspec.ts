// Test helper: the numts kernelspec installed into a fresh temporary Jupyter data directory.
import { execFileSync } from "node:child_process";
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
