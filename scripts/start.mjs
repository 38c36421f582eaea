#!/usr/bin/env node
// `npm start`: everything needed to open the lessons, on a fresh machine with only Node and npm.
//   1. installs npm dependencies when missing, builds numts, the kernel and the charts;
//   2. makes sure Jupyter is there (Debian/Ubuntu as root: installs Debian's packages; elsewhere
//      it stops and prints the command to run), and Chromium (static pictures of charts);
//   3. builds our JupyterLab (lab/, once; again only when its inputs change);
//   4. registers the kernel in a project-local Jupyter data directory (.jupyter/, not ~) and
//      trusts the lessons there (their charts are interactive from the start);
//   5. serves notebooks/ (or the folder given) in JupyterLab on 127.0.0.1 with a random token,
//      and prints the URL once the server answers. Ctrl-C stops everything it started.
//
//   npm start                      our JupyterLab (lab/), served by the machine's jupyter_server
//   npm start -- --installed-lab   the machine's own `jupyter lab` (JupyterLab >= 4) instead
//   npm start -- --notebook        the classic Jupyter Notebook
//   npm start -- DIR               serve DIR instead of notebooks/ (it must be inside this repository
//                                  for notebooks to find numts)
//
// The token reaches the server through its environment (JUPYTER_TOKEN), never its command line,
// which `ps` shows to every user of the machine.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { buildLab } from "../lab/build.mjs";
import { ensureDeps } from "./ensure-deps.mjs";
import { buildPackages, ensureChromium, ensureJupyter, installedLabVersion, PYTHON, registerKernel, root, step } from "./jupyter.mjs";

const USAGE = "usage: npm start [-- [--installed-lab | --notebook] [DIR]]";

function parseArgs(argv) {
  const options = { mode: "lab", dir: join(root, "notebooks") };
  for (const arg of argv) {
    if (arg === "--notebook") options.mode = "notebook";
    else if (arg === "--installed-lab") options.mode = "installed-lab";
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("-")) {
      console.error(`npm start: unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    } else options.dir = resolve(arg);
  }
  if (options.dir !== join(root, "notebooks") && !(existsSync(options.dir) && statSync(options.dir).isDirectory())) {
    console.error(`npm start: ${options.dir} is not a folder\n${USAGE}`);
    process.exit(2);
  }
  return options;
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

/** The command line of each server (never holding the token). */
function serverCommand(mode, { port, dir }) {
  const app = mode === "notebook" ? "NotebookApp" : "ServerApp";
  const settings = [`--${app}.ip=127.0.0.1`, `--${app}.port=${port}`, `--${app}.port_retries=0`, `--${app}.${mode === "notebook" ? "notebook_dir" : "root_dir"}=${dir}`, "--no-browser"];
  if (process.getuid?.() === 0) settings.push("--allow-root");
  if (mode === "lab") return [PYTHON, [join(root, "lab", "server", "launch.py"), ...settings]];
  return ["jupyter", [mode === "notebook" ? "notebook" : "lab", ...settings]];
}

/** Resolves once the server answers with the token (or rejects when it exits first). */
async function serverUp(url, token, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Jupyter server exited (status ${child.exitCode}); its messages are above`);
    const ok = await fetch(`${url}api/status`, { headers: { Authorization: `token ${token}` } }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the Jupyter server did not answer within 2 minutes");
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  step("Checking npm dependencies");
  ensureDeps();
  step("Building numts, the kernel, the charts, the exercise checks and the widgets");
  buildPackages();
  step("Checking Jupyter and Chromium");
  const mode = ensureJupyter(options.mode);
  ensureChromium({ required: false });
  if (mode === "lab") {
    step("Building JupyterLab (lab/build/)");
    const built = await buildLab({ progress: process.stdout.isTTY === true, log: (line) => console.log(line) });
    if (!built) console.log("  up to date");
  }
  const { prefix, env } = registerKernel();
  step(`Registered the kernel "TypeScript (numts)" in ${prefix}`);
  mkdirSync(join(root, "notebooks"), { recursive: true });
  // The lessons' stored charts are ours: trust them, so that they are interactive from the start.
  const lessons = readdirSync(join(root, "notebooks")).filter((f) => f.endsWith(".ipynb"));
  if (lessons.length > 0) execFileSync(PYTHON, ["-m", "nbformat.sign", ...lessons], { cwd: join(root, "notebooks"), env, stdio: "ignore" });
  // 8888 as Jupyter would, unless taken; NUMTS_PORT picks another (0: any free port, for tests).
  const port = await freePort(Number(process.env.NUMTS_PORT ?? 8888));
  const token = randomBytes(24).toString("hex");
  const [command, args] = serverCommand(mode, { port, dir: options.dir });
  const name = { lab: "JupyterLab", "installed-lab": `the installed JupyterLab ${installedLabVersion() ?? ""}`.trim(), notebook: "the Jupyter Notebook" }[mode];
  step(`Starting ${name} on ${options.dir}`);
  const child = spawn(command, args, {
    cwd: options.dir,
    env: { ...env, JUPYTER_TOKEN: token },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
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
  const base = `http://127.0.0.1:${port}/`;
  try {
    await serverUp(base, token, child);
  } catch (e) {
    process.kill(-child.pid, "SIGKILL");
    throw e;
  }
  const url = `${base}${mode === "notebook" ? "tree" : "lab"}?token=${token}`;
  const open = mode === "notebook" ? "notebooks" : "lab/tree";
  const lessonUrls = readdirSync(options.dir)
    .filter((f) => f.endsWith(".ipynb"))
    .map((f) => `    ${base}${open}/${encodeURIComponent(f)}?token=${token}`);
  console.log(`\nOpen the lessons at:\n\n    ${url}\n${lessonUrls.length > 0 ? `\nor one of them directly:\n\n${lessonUrls.join("\n")}\n` : ""}\nPress Ctrl-C to stop.\n`);
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
