#!/usr/bin/env node
// Builds the lessons' JupyterLab into lab/build/, laid out as jupyterlab_server serves it
// (lab/server/launch.py points the server there):
//   static/      the application (src/index.ts) bundled by rspack (JupyterLab's own bundler:
//                its packages are written for webpack's conventions), split into the page's
//                part and parts loaded on demand (plotly.js, MathJax, languages, ...)
//   themes/      each theme's stylesheet, loaded when the theme is chosen
//   schemas/     each extension's settings schemas (the settings editor, defaults)
//   settings/    overrides.json: this build's defaults where JupyterLab's do not suit the kernel
//   templates/   the page, with the bundle's file names
// The build is skipped when nothing it is made from changed (the sources here and
// package-lock.json): a hash of them is kept in build/inputs.sha256. `--force` rebuilds.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(join(here, "package.json"));
export const BUILD = join(here, "build");
const STAMP = join(BUILD, "inputs.sha256");

/** Every file the build is made from, with the lock file that fixes the packages' versions. */
function inputs() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(here, "src"));
  walk(join(here, "templates"));
  files.push(join(here, "build.mjs"), join(here, "package.json"), join(root, "package-lock.json"));
  return files.sort();
}

function inputsHash() {
  const hash = createHash("sha256");
  for (const file of inputs()) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/** Whether lab/build/ was made from the current inputs. */
export function labBuildIsCurrent() {
  return existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === inputsHash();
}

/** How each kind of file is bundled (as in JupyterLab's own builds). */
function rules(rspack) {
  return [
    { test: /\.ts$/, exclude: /node_modules/, loader: "builtin:swc-loader", options: { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }, type: "javascript/auto" },
    // css-loader resolves webpack's "~package/file" names in JupyterLab's stylesheets.
    { test: /\.css$/, exclude: /\.raw\.css$/, type: "javascript/auto", use: [rspack.CssExtractRspackPlugin.loader, "css-loader"] },
    { test: /\.(raw\.css|md)$/, type: "asset/source" },
    { test: /\.(woff2?|ttf|eot|png|gif|jpg)$/, type: "asset/resource" },
    // SVGs: data URLs in stylesheets, source text in code (JupyterLab's icons are SVG source).
    // Font Awesome's SVG fonts (2.4 MB) are files: no browser of today loads SVG fonts (they take its woff2).
    { test: /\.svg$/, include: /[\\/]webfonts[\\/]/, type: "asset/resource" },
    { test: /\.svg$/, issuer: /\.css$/, exclude: /[\\/]webfonts[\\/]/, type: "asset/inline" },
    { test: /\.svg$/, issuer: /\.[jt]s$/, type: "asset/source" },
  ];
}

export function config(rspack, { entry, out, names }) {
  return {
    mode: "production",
    context: here,
    entry,
    output: { path: out, filename: names.script, chunkFilename: "chunks/[id]-[contenthash:8].js", assetModuleFilename: "assets/[name]-[contenthash:8][ext]", publicPath: "auto", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    devtool: false,
    module: { rules: rules(rspack) },
    plugins: [
      new rspack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify("production") }),
      new rspack.CssExtractRspackPlugin({ filename: names.style, chunkFilename: "chunks/[id]-[contenthash:8].css" }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/** The application (its page part and the parts loaded on demand), and each theme's stylesheet. */
async function bundle(rspack, packages, next, progress) {
  const app = config(rspack, { entry: { main: join(here, "src", "index.ts") }, out: join(next, "static"), names: { script: "[name]-[contenthash:8].js", style: "[name]-[contenthash:8].css" } });
  if (progress) app.plugins.push(new rspack.ProgressPlugin());
  const { script, style, appStats } = await runRspack(rspack, app, themeConfigs(rspack, packages, next));
  return { script, style, stats: appStats.toJson({ all: false, assets: true, chunks: true, chunkRelations: true }) };
}

/** One configuration per theme among `packages`: its stylesheet in out/themes/<package>/. */
export function themeConfigs(rspack, packages, out) {
  return packages
    .filter(({ pkg }) => pkg.jupyterlab.themePath !== undefined)
    .map(({ name, dir, pkg }) => config(rspack, { entry: { index: join(dir, pkg.jupyterlab.themePath) }, out: join(out, "themes", name), names: { script: "[name].js", style: "[name].css" } }));
}

/** Builds the application and the themes in one rspack run: the page's script and stylesheet, and the application's stats. */
export function runRspack(rspack, app, themes) {
  return new Promise((resolve, reject) => {
    rspack([app, ...themes], (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      const [appStats] = stats.stats;
      const files = appStats.toJson({ all: false, assets: true }).assetsByChunkName.main;
      resolve({ script: files.find((f) => f.endsWith(".js")), style: files.find((f) => f.endsWith(".css")), appStats });
    });
  });
}

/** The JupyterLab extension packages the application imports (their schemas and themes). */
function extensionPackages() {
  const { dependencies } = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
  return Object.keys(dependencies)
    .filter((name) => name.startsWith("@jupyterlab/") || name.startsWith("@jupyter-widgets/"))
    .map((name) => extensionPackage(name, require))
    .filter(({ pkg }) => pkg.jupyterlab !== undefined);
}

/** A package's name, folder and package.json, found by `resolver` (a require of the folder that depends on it). */
export function extensionPackage(name, resolver) {
  const dir = dirname(resolver.resolve(`${name}/package.json`));
  return { name, dir, pkg: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) };
}

/** Settings schemas, where jupyterlab_server looks for them: schemas/<package>/<plugin>.json. */
function copySchemas(packages, out) {
  for (const { name, dir, pkg } of packages) {
    if (pkg.jupyterlab.schemaDir === undefined) continue;
    const target = join(out, name);
    cpSync(join(dir, pkg.jupyterlab.schemaDir), target, { recursive: true });
    // The server reads the schemas' version from here.
    writeFileSync(join(target, "package.json.orig"), JSON.stringify(pkg, null, 2));
  }
}

/**
 * Defaults of this build that differ from JupyterLab's (jupyterlab_server reads them from
 * settings/overrides.json; a user's own settings still win). The completer waits 1 s for the
 * kernel by default, then shows nothing: a TypeScript kernel type-checks the cell to complete
 * it, which takes longer than that on a busy 2-core machine, so Tab would silently do nothing.
 * Widget state is saved in notebooks (ipywidgets leaves it off): a reopened lesson, nbconvert and
 * the handouts then show the sliders where the student left them.
 */
export const SETTINGS_OVERRIDES = {
  "@jupyterlab/completer-extension:manager": { providerTimeout: 5000 },
  "@jupyter-widgets/jupyterlab-manager:plugin": { saveState: true },
};

function writeSettings(out) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "overrides.json"), `${JSON.stringify(SETTINGS_OVERRIDES, null, 2)}\n`);
}

/** The page, with the bundle's hashed file names written in. */
function writeTemplate(out, { script, style }) {
  mkdirSync(out, { recursive: true });
  const page = readFileSync(join(here, "templates", "index.html"), "utf8").replace("@SCRIPT@", script).replace("@STYLE@", style);
  writeFileSync(join(out, "index.html"), page);
}

/** Bytes of the files under `dir`. */
function size(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * Builds lab/build/ unless it is current; returns whether it built. `log` reports the steps,
 * `progress` adds rspack's progress bar (for a terminal). The new build is made beside the old
 * one and swapped in whole, so a server never serves half of one, and two builds at once
 * (two `npm start`s) do not mix their files.
 */
export async function buildLab({ force = false, progress = false, log = console.log } = {}) {
  if (!force && labBuildIsCurrent()) return false;
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const { rspack } = await import("@rspack/core");
  const next = `${BUILD}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  log("  bundling JupyterLab with rspack (about a minute the first time)...");
  const packages = extensionPackages();
  const app = await bundle(rspack, packages, next, progress);
  copySchemas(packages, join(next, "schemas"));
  writeSettings(join(next, "settings"));
  writeTemplate(join(next, "templates"), app);
  // The bundle's files and chunks (for size questions).
  writeFileSync(join(next, "stats.json"), JSON.stringify(app.stats));
  writeFileSync(join(next, "inputs.sha256"), `${inputsHash()}\n`);
  rmSync(BUILD, { recursive: true, force: true });
  try {
    renameSync(next, BUILD);
  } catch (e) {
    // Another build swapped its (identical) result in meanwhile.
    rmSync(next, { recursive: true, force: true });
    if (!labBuildIsCurrent()) throw e;
  }
  log(`  built lab/build in ${seconds()}: ${mib(size(join(BUILD, "static")))} of application, ${mib(statSync(join(BUILD, "static", app.script)).size + statSync(join(BUILD, "static", app.style)).size)} loaded by the page`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes("--force");
  buildLab({ force, progress: process.stdout.isTTY === true }).then(
    (built) => built || console.log("lab/build is up to date (--force rebuilds it)"),
    (e) => {
      console.error(`The JupyterLab build failed: ${e.message}`);
      process.exit(1);
    },
  );
}
