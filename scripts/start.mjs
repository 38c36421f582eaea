#!/usr/bin/env node
// `npm start`: everything needed to open the lessons, on a fresh machine with only Node and npm.
//   1. installs npm dependencies when missing, builds numts and the kernel;
//   2. makes sure Jupyter is there (Debian/Ubuntu as root: installs Debian's packages; elsewhere
//      it stops and prints the command to run), and Chromium (static pictures of charts);
//   3. registers the kernel in a project-local Jupyter data directory (.jupyter/, not ~) and
//      trusts the lessons there (their charts are interactive from the start);
//   4. opens notebooks/ in JupyterLab when installed, else the classic Notebook, on 127.0.0.1
//      with a random token, and prints the URL. Ctrl-C stops everything it started.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { ensureDeps } from "./ensure-deps.mjs";
import { buildPackages, ensureChromium, ensureJupyter, PYTHON, registerKernel, root, step, works } from "./jupyter.mjs";

function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(freePort(0)));
    server.listen(preferred, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  step("Checking npm dependencies");
  ensureDeps();
  step("Building numts, the kernel and the charts");
  buildPackages();
  step("Checking Jupyter and Chromium");
  ensureJupyter();
  ensureChromium({ required: false });
  const { prefix, env } = registerKernel();
  step(`Registered the kernel "TypeScript (numts)" in ${prefix}`);
  mkdirSync(join(root, "notebooks"), { recursive: true });
  // The lessons' stored charts are ours: trust them, so that they are interactive from the start.
  const lessons = readdirSync(join(root, "notebooks")).filter((f) => f.endsWith(".ipynb"));
  if (lessons.length > 0) execFileSync(PYTHON, ["-m", "nbformat.sign", ...lessons], { cwd: join(root, "notebooks"), env, stdio: "ignore" });
  const lab = works("jupyter", ["lab", "--version"]);
  // 8888 as Jupyter would, unless taken; NUMTS_PORT picks another (0: any free port, for tests).
  const port = await freePort(Number(process.env.NUMTS_PORT ?? 8888));
  const token = randomBytes(24).toString("hex");
  const app = lab ? "ServerApp" : "NotebookApp";
  const args = [
    lab ? "lab" : "notebook",
    "--no-browser",
    `--${app}.ip=127.0.0.1`,
    `--${app}.port=${port}`,
    `--${app}.port_retries=0`,
    `--${app}.token=${token}`,
    `--${app}.${lab ? "root_dir" : "notebook_dir"}=${join(root, "notebooks")}`,
  ];
  if (process.getuid?.() === 0) args.push("--allow-root");
  step(`Starting ${lab ? "JupyterLab" : "the Jupyter Notebook"}`);
  const child = spawn("jupyter", args, {
    cwd: join(root, "notebooks"),
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/${lab ? "lab" : "tree"}?token=${token}`;
  console.log(`\nOpen the lessons at:\n\n    ${url}\n\nPress Ctrl-C to stop.\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      process.exit(0);
    }, 3000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(stopping ? 0 : code ?? 0));
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
