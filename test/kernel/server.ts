// Test fixture: a real Jupyter server (Debian's jupyter_server) on a free loopback port with a
// random token and the numts kernelspec, driven through @jupyterlab/services as JupyterLab does.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { type Kernel, KernelManager, ServerConnection } from "@jupyterlab/services";
import { afterAll, afterEach, beforeAll } from "vitest";
import WebSocket from "ws";
import { installKernelspec, JUPYTER_PYTHON, ROOT } from "./kernelspec";

export interface JupyterServer {
  url: string;
  token: string;
  settings: ServerConnection.ISettings;
  kernels: KernelManager;
  /** The server's process id. */
  pid: number;
  /** What the server printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilUp(url: string, token: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`jupyter server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}api/status?token=${token}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`jupyter server did not start within 60 s:\n${log()}`);
}

/** Starts a server rooted at the repository (its kernels get `env` too); `stop()` kills its whole process group. */
export async function startJupyterServer(env: Record<string, string> = {}): Promise<JupyterServer> {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const jupyterPath = installKernelspec();
  const child = spawn(
    JUPYTER_PYTHON,
    ["-m", "jupyter_server", "--no-browser", "--allow-root", `--ServerApp.ip=127.0.0.1`, `--ServerApp.port=${port}`, `--ServerApp.port_retries=0`, `--ServerApp.token=${token}`, `--ServerApp.root_dir=${ROOT}`],
    { cwd: ROOT, env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1", ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const log = () => output;
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilUp(url, token, child, log);
  } catch (e) {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
    throw e;
  }
  const settings = ServerConnection.makeSettings({
    baseUrl: url,
    wsUrl: `ws://127.0.0.1:${port}/`,
    token,
    appendToken: true,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    fetch,
    Request,
    Headers,
  });
  const kernels = new KernelManager({ serverSettings: settings });
  await kernels.ready;
  return {
    url,
    token,
    settings,
    kernels,
    pid: child.pid as number,
    log,
    async stop() {
      kernels.dispose();
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          return; // already gone
        }
        await new Promise((r) => setTimeout(r, 500));
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    },
  };
}

/**
 * Registers a Jupyter server and one numts kernel for the test file that calls it: started
 * before its tests, stopped after, and the server's log printed when a test fails.
 */
export function useJupyterKernel(): { server: () => JupyterServer; kernel: () => Kernel.IKernelConnection } {
  let server: JupyterServer | undefined;
  let kernel: Kernel.IKernelConnection | undefined;
  beforeAll(async () => {
    server = await startJupyterServer();
    kernel = await server.kernels.startNew({ name: "numts" });
    await kernel.info;
  }, 90_000);
  afterEach((context) => {
    if (context.task.result?.state === "fail" && server) console.error(`--- Jupyter server log ---\n${server.log()}`);
  });
  afterAll(async () => {
    await kernel?.shutdown().catch(() => {});
    await server?.stop();
  });
  return {
    server: () => server as JupyterServer,
    kernel: () => kernel as Kernel.IKernelConnection,
  };
}
