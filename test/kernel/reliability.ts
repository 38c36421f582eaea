// Test helper: runs one part of reliability.py (the kernel under faults, through jupyter_client)
// with the kernelspec installed, and returns the figures it prints.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { installKernelspec, JUPYTER_PYTHON, ROOT } from "./kernelspec";

export async function reliability<T>(...args: string[]): Promise<T> {
  const jupyterPath = installKernelspec();
  const child = spawn(JUPYTER_PYTHON, [join(__dirname, "reliability.py"), ...args], {
    cwd: ROOT,
    env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const last = stdout.trim().split("\n").pop() ?? "";
  if (status !== 0 || !last.startsWith("{")) throw new Error(`reliability.py ${args.join(" ")} failed (${status}):\n${stdout}\n${stderr}`);
  return JSON.parse(last) as T;
}
