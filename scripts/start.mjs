#!/usr/bin/env node
// `npm start`: everything needed to open the lessons, on a fresh machine with only Node and npm.
//   1. installs npm dependencies when missing, builds numts and the kernel;
//   2. makes sure Jupyter is there (Debian/Ubuntu as root: installs Debian's packages; elsewhere
//      it stops and prints the command to run);
//   3. registers the kernel in a project-local Jupyter data directory (.jupyter/, not ~);
//   4. opens notebooks/ in JupyterLab when installed, else the classic Notebook, on 127.0.0.1
//      with a random token, and prints the URL. Ctrl-C stops everything it started.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDeps } from "./ensure-deps.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEBIAN_PACKAGES = ["jupyter-notebook", "jupyter-server", "jupyter-client", "jupyter-nbconvert", "python3-nbformat", "python3-nbclient"];

function step(text) {
  console.log(`\u25b8 ${text}`);
}

function works(command, args) {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

function ensureJupyter() {
  if (works("jupyter", ["notebook", "--version"]) || works("jupyter", ["lab", "--version"])) return;
  const isRoot = process.getuid?.() === 0;
  if (process.platform === "linux" && existsSync("/usr/bin/apt-get") && isRoot) {
    step(`Installing Jupyter from Debian packages: ${DEBIAN_PACKAGES.join(" ")}`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...DEBIAN_PACKAGES], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  const command =
    process.platform === "linux" && existsSync("/usr/bin/apt-get")
      ? `sudo apt-get install ${DEBIAN_PACKAGES.join(" ")}`
      : "python3 -m pip install jupyterlab";
  console.error(`Jupyter is not installed. Install it with:\n\n    ${command}\n\nthen run npm start again.`);
  process.exit(1);
}

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
  step("Building numts and the kernel");
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "lib")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "kernel")], { stdio: "inherit" });
  step("Checking Jupyter");
  ensureJupyter();
  const prefix = join(root, ".jupyter");
  step(`Registering the kernel "TypeScript (numts)" in ${prefix}`);
  execFileSync(process.execPath, [join(root, "kernel", "dist", "install.js"), "--prefix", prefix], { stdio: "inherit" });

  mkdirSync(join(root, "notebooks"), { recursive: true });
  const lab = works("jupyter", ["lab", "--version"]);
  const port = await freePort(8888);
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
    env: { ...process.env, JUPYTER_PATH: join(prefix, "share", "jupyter") },
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
