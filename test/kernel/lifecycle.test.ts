// A kernel whose Jupyter server is killed (no shutdown request) ends by itself, even mid-cell.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startJupyterServer } from "./server";

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
});
