// What npm start, npm run notebooks and npm run handouts share: building the packages, finding
// or installing Jupyter (and Chromium, for chart pictures and PDFs), and the project-local
// Jupyter directories (.jupyter/) where the kernel is registered.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The Python that has Jupyter: $NUMTS_PYTHON, else Debian's (python3 on PATH may be another one). */
export const PYTHON = process.env.NUMTS_PYTHON || (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
const JUPYTER_PACKAGES = ["jupyter-notebook", "jupyter-server", "python3-jupyterlab-server", "jupyter-client", "jupyter-nbconvert", "python3-nbformat", "python3-nbclient"];

export function step(text) {
  console.log(`\u25b8 ${text}`);
}

export function works(command, args) {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

/** The packages compiled to dist/ (`npm run build`): numts, the kernel, the charts, the exercises' checks, the widgets. */
export const PACKAGES = ["lib", "kernel", "plot", "lessons", "widgets"];

/**
 * Compiles the PACKAGES (what `npm run build` does), in tsc's build mode: a package whose
 * sources are older than its last build is skipped (half a second when nothing changed,
 * instead of ten for full compilations).
 */
export function buildPackages() {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-b", ...PACKAGES.map((pkg) => join(root, pkg))], { stdio: "inherit" });
}

function canInstallDebianPackages() {
  return process.platform === "linux" && existsSync("/usr/bin/apt-get") && process.getuid?.() === 0;
}

function aptInstall(packages) {
  step(`Installing Debian packages: ${packages.join(" ")}`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/** The version of the `jupyter lab` on PATH (JupyterLab from pip or conda), or undefined. */
export function installedLabVersion() {
  const result = spawnSync("jupyter", ["lab", "--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Whether PYTHON can serve our JupyterLab build (lab/server/launch.py needs both). */
const canServeLab = () => works(PYTHON, ["-c", "import jupyter_server, jupyterlab_server"]);
const labMajor = () => Number(installedLabVersion()?.split(".")[0] ?? 0);

/**
 * Makes sure Jupyter is installed for `mode` ("lab": our build, served by jupyter_server and
 * jupyterlab_server; "installed-lab": the machine's `jupyter lab`; "notebook": the classic
 * Notebook; omitted: whatever runs notebooks). Installs Debian's packages as root, else stops
 * with the command to run. Returns the mode to use: "lab" falls back to an installed
 * JupyterLab >= 4 where jupyterlab_server cannot be had.
 */
export function ensureJupyter(mode) {
  const ready = {
    lab: canServeLab,
    "installed-lab": () => labMajor() >= 4,
    notebook: () => works("jupyter", ["notebook", "--version"]),
    any: () => works("jupyter", ["notebook", "--version"]) || works("jupyter", ["lab", "--version"]),
  }[mode ?? "any"];
  if (ready()) return mode;
  if (mode === "installed-lab") {
    const found = installedLabVersion();
    console.error(`${found ? `The installed JupyterLab is ${found}; 4 or later is needed` : "No JupyterLab is installed (jupyter lab)"}. Run npm start without --installed-lab to use the JupyterLab built here.`);
    process.exit(1);
  }
  if (canInstallDebianPackages()) {
    aptInstall(JUPYTER_PACKAGES);
    return mode;
  }
  if (mode === "lab" && labMajor() >= 4) {
    console.log(`  jupyterlab_server is missing for ${PYTHON}: using the installed JupyterLab ${installedLabVersion()} instead`);
    return "installed-lab";
  }
  const command = existsSync("/usr/bin/apt-get") ? `sudo apt-get install ${JUPYTER_PACKAGES.join(" ")}` : "python3 -m pip install jupyterlab";
  console.error(`Jupyter is not installed. Install it with:\n\n    ${command}\n\nthen run this command again.`);
  process.exit(1);
}

/** Where Debian (and Ubuntu) put Chromium. */
const DEBIAN_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Chromium: $NUMTS_CHROMIUM when set, else Debian's. Undefined when there is none. */
export function chromiumPath() {
  if (process.env.NUMTS_CHROMIUM) return existsSync(process.env.NUMTS_CHROMIUM) ? process.env.NUMTS_CHROMIUM : undefined;
  return DEBIAN_CHROMIUM.find((p) => existsSync(p));
}

/**
 * Makes sure Chromium is there (static chart pictures, PDFs). Installs Debian's as root; else,
 * when `required`, stops with the command to run, and otherwise warns.
 */
export function ensureChromium({ required }) {
  if ([...DEBIAN_CHROMIUM, process.env.NUMTS_CHROMIUM].some((p) => p && existsSync(p))) return;
  if (canInstallDebianPackages()) return aptInstall(["chromium"]);
  const message = "Chromium is not installed (install it with: sudo apt-get install chromium, or set NUMTS_CHROMIUM to its path)";
  if (required) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}: charts will have no static picture for untrusted notebooks.`);
}

/** The project-local Jupyter directories, with the numts kernel registered in them. */
export function registerKernel() {
  const prefix = join(root, ".jupyter");
  execFileSync(process.execPath, [join(root, "kernel", "dist", "install.js"), "--prefix", prefix], { stdio: "ignore" });
  mkdirSync(join(prefix, "data"), { recursive: true });
  return {
    prefix,
    /** Environment for Jupyter commands: finds the kernel, keeps trust signatures in .jupyter/data. */
    env: { ...process.env, JUPYTER_PATH: join(prefix, "share", "jupyter"), JUPYTER_DATA_DIR: join(prefix, "data"), PYDEVD_DISABLE_FILE_VALIDATION: "1" },
  };
}

/**
 * `env` for Jupyter commands whose output is stored (npm run notebooks, the handouts): no Jupyter
 * config files (~/.jupyter, /etc/jupyter) and no templates or kernels from the user's data
 * directory (~/.local/share/jupyter), which would make the bytes depend on the machine.
 */
export function reproducibleEnv(env = process.env) {
  return { ...env, JUPYTER_NO_CONFIG: "1", JUPYTER_DATA_DIR: env.JUPYTER_DATA_DIR ?? join(root, ".jupyter", "data") };
}

/**
 * nbconvert's arguments and environment that execute a notebook on the numts kernel: npm run
 * notebooks's, the handouts', and (through scripts/nbconvert-execute.mjs) the lesson benchmark's.
 * The preprocessor is nbconvert's own with a fix for Output widgets
 * (scripts/python/numts_execute.py: nbclient could stall a cell for the whole timeout);
 * `timeout` is each cell's limit in seconds. Timings are not recorded (so a re-run changes no
 * byte) unless `recordTiming` (the benchmark reads them from the executed notebook).
 */
export function nbconvertExecute(env, { timeout = 600, recordTiming = false } = {}) {
  const args = [
    "-m", "nbconvert", "--to", "notebook",
    // nbconvert's own stream coalescing runs before added preprocessors: run it again after.
    "--NotebookExporter.preprocessors=['numts_execute.NumtsExecutePreprocessor', 'nbconvert.preprocessors.coalesce_streams']",
    "--ExecutePreprocessor.kernel_name=numts", `--ExecutePreprocessor.record_timing=${recordTiming ? "True" : "False"}`, `--ExecutePreprocessor.timeout=${timeout}`,
  ];
  const pythonPath = [join(root, "scripts", "python"), env.PYTHONPATH].filter(Boolean).join(":");
  return { args, env: { ...env, PYTHONPATH: pythonPath } };
}
