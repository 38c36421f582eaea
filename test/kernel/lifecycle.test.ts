// A kernel whose Jupyter server is killed (no shutdown request) ends by itself, even mid-cell,
// and even when the server was gone before the kernel had started.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./kernelspec";
import { freePort, startJupyterServer } from "./server";

/** The kernel started as Jupyter's launcher starts it (a connection file, JPY_PARENT_PID set to `parent`). */
async function startKernel(parent: number): Promise<{ kernel: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "numts-lifecycle-"));
  const [shell_port, iopub_port, stdin_port, control_port, hb_port] = await Promise.all([0, 1, 2, 3, 4].map(() => freePort()));
  const file = join(dir, "kernel.json");
  writeFileSync(file, JSON.stringify({ transport: "tcp", ip: "127.0.0.1", shell_port, iopub_port, stdin_port, control_port, hb_port, key: randomBytes(16).toString("hex"), signature_scheme: "hmac-sha256" }));
  const kernel = spawn(process.execPath, [join(ROOT, "kernel/dist/main.js"), file], { env: { ...process.env, JPY_PARENT_PID: String(parent) }, stdio: "ignore" });
  return { kernel, dir };
}

/** Whether `child` ends within `ms`. */
function endsWithin(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Whether a process still runs (a zombie waiting to be reaped does not). */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && !/^\d+ \(.*\) Z/.test(readFileSync(stat, "utf8"));
}

describe("kernel lifecycle", () => {
  it("exits within seconds when its server dies, even while a cell loops forever", async () => {
    const server = await startJupyterServer();
    try {
      const kernel = await server.kernels.startNew({ name: "numts" });
      await kernel.info;
      void kernel.requestExecute({ code: "while (true) {}" }).done.catch(() => {});
      await new Promise((r) => setTimeout(r, 500));
      const pid = Number(execFileSync("pgrep", ["-P", String(server.pid), "-f", "kernel/dist/main.js"], { encoding: "utf8" }).trim().split("\n")[0]);
      expect(running(pid)).toBe(true);
      process.kill(server.pid, "SIGKILL");
      const deadline = Date.now() + 10_000;
      while (running(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(running(pid)).toBe(false);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("exits within seconds when its server was gone before it started; runs on while the server lives", async () => {
    // A pid that no process has any more: a child that ran and was reaped.
    const gone = spawnSync("true").pid as number;
    const orphan = await startKernel(gone);
    const living = await startKernel(process.pid);
    try {
      expect(await endsWithin(orphan.kernel, 10_000)).toBe(true);
      expect(await endsWithin(living.kernel, 3_000)).toBe(false);
    } finally {
      for (const { kernel, dir } of [orphan, living]) {
        kernel.kill("SIGKILL");
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 60_000);
});
