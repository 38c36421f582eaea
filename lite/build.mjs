#!/usr/bin/env node
// `npm run site`: builds site/, the lessons as a static JupyterLite site that any static host
// serves from any sub-path (no special headers, no request outside the site):
//   index.html           sends the visitor to lab/ (keeping ?path=)
//   lab/index.html       the page: works out the site's URL from its own, then loads the app
//   build/static/        the application (src/app) and the kernel's worker (src/worker), bundled
//                        by rspack as lab/ is (lab/build.mjs's rules); build/themes/ and
//                        build/schemas/all.json, the settings schemas as JupyterLite reads them
//   api/contents/all.json, files/   the lessons: the file browser's listing and the notebooks
// The bundle is rebuilt only when what it is made from changed (a hash in build/inputs.sha256);
// the lessons are copied every time. Usage:
//   npm run site [-- --force] [-- --serve [--port N]] [-- FILE.ipynb ...]
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { config, extensionPackage, runRspack, SETTINGS_OVERRIDES, themeConfigs } from "../lab/build.mjs";
import { PACKAGES } from "../scripts/jupyter.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
export const SITE = join(root, "site");
const GENERATED = join(here, "build");
const require = createRequire(join(here, "package.json"));
const labRequire = createRequire(join(root, "lab", "package.json"));

/** Packages whose declarations cells are checked against (and which they can import): ours. */
const PACKAGE_NAMES = PACKAGES.map((dir) => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")).name);
/** The folder cells are checked in, in the worker's in-memory file system. */
const CELL_DIR = "/lessons";
const LIB_DIR = "/typescript/lib";

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

// ---- what the bundle is made from -------------------------------------------------------------

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** The sources of the bundle: ours (the app, the kernel, the packages' built code) and the lock file. */
function inputs() {
  const files = [...walk(join(here, "src")), ...walk(join(root, "lab", "src")), join(here, "build.mjs"), join(here, "package.json"), join(root, "lab", "build.mjs"), join(root, "package-lock.json")];
  for (const dir of PACKAGES) files.push(...walk(join(root, dir, "dist")).filter((f) => !f.endsWith(".map") && !f.endsWith(".tsbuildinfo")), join(root, dir, "package.json"));
  return files.sort();
}

function inputsHash() {
  const hash = createHash("sha256");
  for (const file of inputs()) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

// ---- the type checker's files ------------------------------------------------------------------

/** TypeScript's lib files that es2022 and the DOM's library pull in, the DOM's being the Web Worker's (cells run in a worker). */
function libFiles() {
  const dir = dirname(require.resolve("@tslab/typescript-for-tslab/lib/lib.d.ts"));
  const files = {};
  const add = (name, from = name) => {
    const path = `${LIB_DIR}/lib.${name}.d.ts`;
    if (files[path] !== undefined) return;
    const text = readFileSync(join(dir, `lib.${from}.d.ts`), "utf8");
    files[path] = text;
    for (const [, ref] of text.matchAll(/\/\/\/\s*<reference lib="([^"]+)"/g)) add(ref);
  };
  add("es2022");
  add("dom", "webworker");
  add("dom.iterable", "webworker.iterable");
  return files;
}

/** A package's declaration files reachable from its `types`, and a package.json naming them. */
function packageFiles(name) {
  const pkgPath = require.resolve(`${name}/package.json`);
  const dir = dirname(pkgPath);
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  const base = `/node_modules/${name}`;
  const files = { [`${base}/package.json`]: JSON.stringify({ name, version: pkg.version, types: pkg.types }) };
  const queue = [join(dir, pkg.types)];
  while (queue.length > 0) {
    const file = queue.pop();
    const key = `${base}/${relative(dir, file).split(sep).join("/")}`;
    if (files[key] !== undefined || !existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    files[key] = text;
    for (const [, spec] of text.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = resolve(dirname(file), spec);
      queue.push(existsSync(`${target}.d.ts`) ? `${target}.d.ts` : join(target, "index.d.ts"));
    }
  }
  return files;
}

function writeDeclarations() {
  const files = { ...libFiles() };
  for (const name of PACKAGE_NAMES) Object.assign(files, packageFiles(name));
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, "declarations.json"), JSON.stringify({ libDir: LIB_DIR, cwd: CELL_DIR, files }));
}

// ---- the bundle --------------------------------------------------------------------------------

/** The @jupyterlab, @jupyterlite and @jupyter-widgets extension packages of the application (schemas, themes). */
function extensionPackages() {
  const names = new Set();
  for (const dir of [join(root, "lab"), here]) {
    for (const name of Object.keys(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).dependencies ?? {})) if (/^@jupyter(lab|lite|-widgets)\//.test(name)) names.add(name);
  }
  return [...names].map((name) => extensionPackage(name, name.startsWith("@jupyterlite/") ? require : labRequire)).filter(({ pkg }) => pkg.jupyterlab !== undefined);
}

function bundle(rspack, packages, out, progress) {
  const app = config(rspack, { entry: { main: join(here, "src", "app", "index.ts") }, out: join(out, "static"), names: { script: "[name]-[contenthash:8].js", style: "[name]-[contenthash:8].css" } });
  app.context = here;
  app.resolve.fallback = { path: require.resolve("path-browserify"), fs: false, os: false, crypto: false, inspector: false, perf_hooks: false, "source-map-support": false, module: false, buffer: false, child_process: false, worker_threads: false };
  app.resolve.aliasFields = ["browser"];
  app.node = { __dirname: "mock", __filename: "mock", global: true };
  if (progress) app.plugins.push(new rspack.ProgressPlugin());
  return runRspack(rspack, app, themeConfigs(rspack, packages, out));
}

/** Settings schemas as JupyterLite reads them: one list, schemas/all.json. */
function writeSchemas(packages, out) {
  const all = [];
  for (const { name, dir, pkg } of packages) {
    if (pkg.jupyterlab.schemaDir === undefined) continue;
    const schemaDir = join(dir, pkg.jupyterlab.schemaDir);
    if (!existsSync(schemaDir)) continue; // declared, not shipped (@jupyterlite/apputils-extension)
    for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort()) {
      const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
      all.push({ id: `${name}:${basename(file, ".json")}`, raw: "{}", schema, settings: {}, version: pkg.version });
    }
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "all.json"), JSON.stringify(all));
  writeFileSync(join(out, "all_federated.json"), "[]"); // no extensions installed apart from the bundle
}

/** The languages JupyterLite's translation connector asks for: English only, JupyterLab's own strings. */
function writeTranslations(out) {
  const dir = join(out, "api", "translations");
  writeFile(join(dir, "all.json"), JSON.stringify({ data: { en: { displayName: "English", nativeName: "English" } }, message: "" }));
  writeFile(join(dir, "en.json"), JSON.stringify({ data: {}, message: "" }));
}

// ---- the pages and the lessons -----------------------------------------------------------------

/**
 * The page. Its script works out the site's URLs from the page's own, so that the site works from
 * any sub-path; the rest of the page config is fixed here.
 */
function labPage({ script, style }) {
  const config = {
    appName: "numts lessons",
    defaultKernelName: "numts",
    // JupyterLab's own workspace name: its addresses then carry no workspaces/<name>/ part.
    workspace: "default",
    contentsAllJsonFile: "all.json",
    exposeAppInBrowser: "true",
    themesUrl: "build/themes",
    settingsOverrides: SETTINGS_OVERRIDES,
    disabledExtensions: [],
  };
  return `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>numts lessons</title>
  <script id="jupyter-config-data" type="application/json">${JSON.stringify(config)}</script>
  <script>
    // The site's root is the folder above this page's, wherever the site is published.
    (function () {
      var element = document.getElementById("jupyter-config-data");
      var config = JSON.parse(element.textContent);
      var base = new URL("..", window.location.href).pathname;
      config.baseUrl = base;
      config.wsUrl = "ws" + window.location.origin.slice(4) + base;
      config.appUrl = base + "lab";
      config.fullStaticUrl = base + "build/static";
      config.settingsUrl = base + "build/schemas";
      config.fullLabextensionsUrl = base + "extensions";
      element.textContent = JSON.stringify(config);
    })();
  </script>
  <link rel="icon" type="image/svg+xml" class="idle favicon" href="${favicon("#f37726")}">
  <link rel="" type="image/svg+xml" class="busy favicon" href="${favicon("#616161")}">
  <link rel="stylesheet" href="../build/static/${style}">
</head>
<body>
  <script src="../build/static/${script}"></script>
</body>
</html>
`;
}

/**
 * The tab's icon (JupyterLab swaps the idle one for the busy one while the kernel works), inline:
 * else the browser asks the host's root for /favicon.ico, outside the site.
 */
function favicon(colour) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${colour}"/><text x="16" y="22" font-family="sans-serif" font-size="15" font-weight="bold" fill="#fff" text-anchor="middle">np</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const REDIRECT = `<!doctype html>
<html>
<head><meta charset="utf-8"><title>numts lessons</title><link rel="icon" href="data:,">
<script>window.location.replace("lab/index.html" + window.location.search + window.location.hash);</script></head>
<body><a href="lab/index.html">The lessons</a></body>
</html>
`;

/**
 * A lesson as the site serves it: the outputs the browser shows. numts-plot's copy of plotly.js
 * (the site draws charts with its own) goes, and a chart keeps its Plotly JSON and text but not
 * the HTML and picture that other frontends draw from.
 */
export function siteNotebook(notebook) {
  const slimBundle = (bundle) => {
    if (bundle?.["application/vnd.plotly.v1+json"] === undefined) return bundle;
    const { "text/html": _html, "image/svg+xml": _svg, "image/png": _png, ...data } = bundle;
    return data;
  };
  const slim = (outputs) =>
    outputs
      .filter((output) => output.metadata?.numts?.plotly === undefined)
      .map((output) => (output.data === undefined ? output : { ...output, data: slimBundle(output.data) }));
  const cells = notebook.cells.map((cell) => (cell.cell_type === "code" ? { ...cell, outputs: slim(cell.outputs ?? []) } : cell));
  // The saved widget state holds the outputs of Output widgets and the bundles of FigureWidgets
  // (an interact's charts): the same.
  const saved = notebook.metadata?.widgets?.["application/vnd.jupyter.widget-state+json"];
  if (saved === undefined) return { ...notebook, cells };
  const state = Object.fromEntries(
    Object.entries(saved.state).map(([id, model]) => {
      if (model.model_name === "OutputModel") return [id, { ...model, state: { ...model.state, outputs: slim(model.state.outputs ?? []) } }];
      if (model.model_name === "FigureModel") return [id, { ...model, state: { ...model.state, bundle: slimBundle(model.state.bundle) } }];
      return [id, model];
    }),
  );
  const widgets = { ...notebook.metadata.widgets, "application/vnd.jupyter.widget-state+json": { ...saved, state } };
  return { ...notebook, metadata: { ...notebook.metadata, widgets }, cells };
}

/**
 * Writes `text` to `file` unless it holds that already, replacing it whole (written beside it,
 * then renamed), so that a server serving the site meanwhile never sends half a file.
 */
function writeFile(file, text) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(dirname(file), { recursive: true });
  const next = `${file}.next-${process.pid}`;
  writeFileSync(next, text);
  renameSync(next, file);
}

function writeLessons(notebooks, out) {
  const files = join(out, "files");
  mkdirSync(files, { recursive: true });
  const names = new Set(notebooks.map((path) => basename(path)));
  for (const old of readdirSync(files)) if (!names.has(old)) rmSync(join(files, old), { recursive: true, force: true });
  const listing = [];
  for (const path of notebooks) {
    const name = basename(path);
    const text = `${JSON.stringify(siteNotebook(JSON.parse(readFileSync(path, "utf8"))), null, 1)}\n`;
    writeFile(join(files, name), text);
    const modified = statSync(path).mtime.toISOString();
    listing.push({ name, path: name, type: "notebook", format: null, mimetype: null, content: null, writable: true, created: modified, last_modified: modified, size: Buffer.byteLength(text) });
  }
  writeFile(join(out, "api", "contents", "all.json"), JSON.stringify({ name: "", path: "", type: "directory", format: "json", mimetype: null, writable: true, created: new Date(0).toISOString(), last_modified: new Date(0).toISOString(), size: null, content: listing }));
}

// ---- sizes -------------------------------------------------------------------------------------

/** Raw and gzip bytes of the site's files. */
export function siteSizes(dir = SITE) {
  let raw = 0;
  let gzip = 0;
  for (const file of walk(dir)) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

// ---- building ----------------------------------------------------------------------------------

/**
 * Runs `build` while no other process or thread builds the site (two test files at once, two
 * terminals): a lock file holding the builder's pid, taken over when that process is gone.
 */
async function exclusively(build) {
  mkdirSync(GENERATED, { recursive: true });
  const lock = join(GENERATED, "site.lock");
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(lock, "utf8"));
      } catch {
        continue; // released meanwhile
      }
      if (!isRunning(holder)) rmSync(lock, { force: true });
      else await new Promise((done) => setTimeout(done, 300));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

export function buildSite(options = {}) {
  return exclusively(() => build(options));
}

async function build({ notebooks, force = false, progress = false, log = console.log } = {}) {
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const buildDir = join(SITE, "build");
  const stamp = join(buildDir, "inputs.sha256");
  const hash = inputsHash();
  if (force || !existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== hash) {
    log("  collecting the type declarations for the in-browser type checker...");
    writeDeclarations();
    log("  bundling JupyterLab, JupyterLite and the kernel's worker with rspack (a minute or two the first time)...");
    const { rspack } = await import("@rspack/core");
    const packages = extensionPackages();
    const next = `${buildDir}.next-${process.pid}`;
    rmSync(next, { recursive: true, force: true });
    let app;
    try {
      app = await bundle(rspack, packages, next, progress);
    } catch (e) {
      rmSync(next, { recursive: true, force: true });
      throw e;
    }
    writeSchemas(packages, join(next, "schemas"));
    writeFileSync(join(next, "page.json"), JSON.stringify(app));
    writeFileSync(join(next, "inputs.sha256"), `${hash}\n`);
    rmSync(buildDir, { recursive: true, force: true });
    mkdirSync(SITE, { recursive: true });
    try {
      renameSync(next, buildDir);
    } catch (e) {
      // Another build (a second test file, say) swapped its identical result in meanwhile.
      rmSync(next, { recursive: true, force: true });
      if (!existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== hash) throw e;
    }
    log(`  bundled in ${seconds()}`);
  } else {
    log("  the bundle is up to date (--force rebuilds it)");
  }
  const app = JSON.parse(readFileSync(join(buildDir, "page.json"), "utf8"));
  writeFile(join(SITE, "lab", "index.html"), labPage(app));
  writeFile(join(SITE, "index.html"), REDIRECT);
  writeLessons(notebooks, SITE);
  writeTranslations(SITE);
  const { raw, gzip } = siteSizes();
  log(`  site/ written in ${seconds()}: ${notebooks.length} lesson(s), ${mib(raw)} (${mib(gzip)} gzip)`);
}

// ---- serving -----------------------------------------------------------------------------------

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".ipynb": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".png": "image/png", ".wasm": "application/wasm" };

/**
 * A plain static server of `dir` at `prefix` (e.g. "/course/"), as a static host is: files only,
 * no special headers. Resolves with the server once it listens.
 */
export function serveStatic(dir, { port = 0, prefix = "/" } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end("not found");
      return;
    }
    let file = join(dir, path.slice(prefix.length));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    // Revalidated by date, as static hosts do, so that a later visit loads from the browser's cache.
    const modified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
    const since = Date.parse(request.headers["if-modified-since"] ?? "");
    if (!Number.isNaN(since) && since >= modified.getTime()) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Last-Modified": modified.toUTCString(), "Cache-Control": "max-age=0, must-revalidate" });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => server.listen(port, "127.0.0.1", () => resolvePromise(server)));
}

export function parseArgs(argv) {
  const options = { force: false, serve: false, port: 8000, notebooks: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--force") options.force = true;
    else if (arg === "--serve") options.serve = true;
    else if (arg === "--port") options.port = Number(argv[++i]);
    else if (arg.endsWith(".ipynb")) options.notebooks.push(resolve(process.env.INIT_CWD ?? process.cwd(), arg));
    else throw new Error(`unknown argument ${JSON.stringify(arg)}: use --force, --serve, --port N, or notebook files (.ipynb)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0) throw new Error("--port needs a port number");
  if (options.notebooks.length === 0) options.notebooks = readdirSync(join(root, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort().map((f) => join(root, "notebooks", f));
  for (const file of options.notebooks) if (!existsSync(file)) throw new Error(`no notebook ${file}`);
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    await buildSite({ notebooks: options.notebooks, force: options.force, progress: process.stdout.isTTY === true });
    if (options.serve) {
      const server = await serveStatic(SITE, { port: options.port });
      const first = basename(options.notebooks[0]);
      console.log(`  serving site/ at http://127.0.0.1:${server.address().port}/lab/index.html?path=${encodeURIComponent(first)} (Ctrl+C stops)`);
    }
  } catch (e) {
    console.error(`npm run site failed: ${e.message}`);
    process.exit(1);
  }
}
