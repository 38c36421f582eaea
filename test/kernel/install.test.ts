// `npm run kernel:install` and `npm start`, run as a user would.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JUPYTER_PYTHON, ROOT } from "./kernelspec";

const install = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, "kernel/dist/install.js"), ...args], { encoding: "utf8" });

describe("kernel:install", () => {
  it("writes the kernelspec with absolute paths into --prefix, idempotently, and --uninstall removes it", () => {
    const prefix = mkdtempSync(join(tmpdir(), "numts-install-"));
    const dir = join(prefix, "share/jupyter/kernels/numts");
    install("--prefix", prefix);
    install("--prefix", prefix);
    const spec = JSON.parse(readFileSync(join(dir, "kernel.json"), "utf8"));
    expect(spec).toEqual({
      argv: [process.execPath, join(ROOT, "kernel/dist/main.js"), "{connection_file}"],
      display_name: "TypeScript (numts)",
      language: "typescript",
      interrupt_mode: "message",
      env: { MALLOC_MMAP_THRESHOLD_: "33554432", MALLOC_TRIM_THRESHOLD_: "134217728" },
      metadata: { debugger: false },
    });
    expect(readFileSync(join(dir, "logo-64x64.png")).subarray(1, 4).toString()).toBe("PNG");
    const listed = execFileSync(JUPYTER_PYTHON, ["-m", "jupyter_client.kernelspecapp", "list", "--json"], {
      env: { ...process.env, JUPYTER_PATH: join(prefix, "share/jupyter") },
      encoding: "utf8",
    });
    expect(JSON.parse(listed).kernelspecs.numts.spec.display_name).toBe("TypeScript (numts)");
    install("--prefix", prefix, "--uninstall");
    expect(existsSync(dir)).toBe(false);
  });

  it("installs for the current user into JUPYTER_DATA_DIR", () => {
    const data = mkdtempSync(join(tmpdir(), "numts-user-"));
    execFileSync(process.execPath, [join(ROOT, "kernel/dist/install.js")], { env: { ...process.env, JUPYTER_DATA_DIR: data } });
    expect(existsSync(join(data, "kernels/numts/kernel.json"))).toBe(true);
  });

  it("explains a missing --prefix directory", () => {
    expect(() => install("--prefix")).toThrow(/--prefix needs a directory/);
  });
});

describe("npm start", () => {
  it("starts a Notebook server with the kernel on 127.0.0.1, prints the URL, and Ctrl-C stops it", async () => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/start.mjs")], { cwd: ROOT, env: { ...process.env, NUMTS_PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    try {
      const deadline = Date.now() + 90_000;
      let url: URL | null = null;
      while (Date.now() < deadline && url === null) {
        const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*token=[0-9a-f]+/);
        if (match) url = new URL(match[0]);
        else await new Promise((r) => setTimeout(r, 200));
      }
      expect(url, output).not.toBeNull();
      const token = url!.searchParams.get("token");
      let specs: { kernelspecs: Record<string, unknown> } | null = null;
      while (Date.now() < deadline && specs === null && child.exitCode === null) {
        try {
          const response = await fetch(`${url!.origin}/api/kernelspecs?token=${token}`);
          if (response.ok) specs = (await response.json()) as { kernelspecs: Record<string, unknown> };
        } catch {
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      expect(Object.keys(specs?.kernelspecs ?? {}), output).toContain("numts");
      const unauthorized = await fetch(`${url!.origin}/api/kernelspecs`);
      expect(unauthorized.status).toBe(403);
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      await expect(fetch(`${url!.origin}/api/status?token=${token}`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
    }
  }, 120_000);
});
