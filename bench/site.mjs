#!/usr/bin/env node
// `npm run bench:site`: the JupyterLite site's figures (npm run site builds it first):
//  - its size, raw and gzip, and what a first visit loads before the first chart (raw and gzip);
//  - time from opening a lesson to an idle kernel, on a first visit and on a later one (the
//    browser's cache filled; the server answers If-Modified-Since as static hosts do);
//  - Run > Run All Cells per lesson;
//  - the interrupt check's cost (lite/src/worker/instrument.ts) on lecture 9's training: its
//    dataset, network and training cells run in Node with and without the checks, medians of 11.
// Writes bench/site.json. Chromium is Debian's.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import ts from "typescript";
import { buildSite, SITE, serveStatic, siteSizes } from "../lite/build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const LESSONS = ["04-gradient-descent-backprop.ipynb", "09-backpropagation.ipynb"];
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function checkCost() {
  mkdirSync(join(root, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(root, "tmp", "check-")); // beside node_modules, for the externals
  const out = join(dir, "checks.cjs");
  await build({ stdin: { contents: `export { instrument } from "./lite/src/worker/instrument"; export { InterruptSignal } from "./lite/src/worker/interrupt";`, resolveDir: root, loader: "ts" }, bundle: true, platform: "node", format: "cjs", outfile: out, external: ["@tslab/typescript-for-tslab", "numts-kernel"], logLevel: "error" });
  const { instrument, InterruptSignal } = require(out);
  // The page's URL, alive: every poll succeeds (in Chromium one costs about a millisecond per POLL_MS = 100 ms of running code).
  globalThis.XMLHttpRequest = class { open() {} send() {} get status() { return 200; } };
  new InterruptSignal().watch("blob:alive", 0);
  const nb = JSON.parse(readFileSync(join(root, "notebooks", LESSONS[1]), "utf8"));
  const source = ["dataset", "network", "training"].map((id) => [nb.cells.find((c) => c.id === id).source].flat().join("")).join("\n");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const variants = { plain: js, checked: instrument(js) };
  const calls = (variants.checked.match(/__numts_interrupt_check__\(\)/g) ?? []).length;
  const log = console.log;
  const times = { plain: [], checked: [] };
  for (let i = 0; i < 12; i++) {
    for (const [name, code] of Object.entries(variants)) {
      console.log = () => {};
      const started = performance.now();
      new Function("require", "exports", code)(require, {});
      const ms = performance.now() - started;
      console.log = log;
      if (i > 0) times[name].push(ms); // the first round warms up
    }
  }
  const plain = median(times.plain);
  const checked = median(times.checked);
  return { plainMs: plain, checkedMs: checked, overhead: (checked - plain) / plain, checksInserted: calls };
}

async function browserFigures() {
  const server = await serveStatic(SITE, { prefix: "/course/" });
  const site = `http://127.0.0.1:${server.address().port}/course/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const loaded = new Map();
  page.on("response", async (response) => {
    if (response.status() === 200 && response.url().startsWith(site)) loaded.set(response.url(), response.url());
  });
  const idle = async (lesson) => {
    const started = performance.now();
    await page.goto(`${site}lab/index.html?path=${encodeURIComponent(lesson)}`);
    await page.locator(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator[data-status='idle']").waitFor({ state: "attached", timeout: 120_000 });
    // Idle once the kernel has answered kernel_info: its version shows in the kernel status.
    await page.waitForFunction(() => document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator")?.getAttribute("data-status") === "idle");
    return performance.now() - started;
  };
  const first = await idle(LESSONS[1]);
  const firstFiles = [...loaded.keys()].filter((url) => !url.includes("/files/") && !url.includes("/api/"));
  let raw = 0;
  let gzip = 0;
  let plotly = { raw: 0, gzip: 0 };
  for (const url of firstFiles) {
    const path = join(SITE, decodeURIComponent(new URL(url).pathname.slice("/course/".length)));
    const bytes = readFileSync(path.endsWith("/") ? join(path, "index.html") : path);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    // plotly.js's chunk, loaded because the lesson's stored outputs have charts.
    if (bytes.includes("plotly_relayouting")) plotly = { raw: bytes.length, gzip: zipped };
  }
  const later = await idle(LESSONS[1]);
  const runAll = {};
  for (const lesson of LESSONS) {
    await idle(lesson);
    await page.locator(".lm-MenuBar-itemLabel", { hasText: /^Run$/ }).click();
    const started = performance.now();
    await page.locator(".lm-Menu:visible .lm-Menu-item", { hasText: "Run All Cells" }).first().click();
    await page.waitForFunction(() => {
      const prompts = [...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt")].map((p) => p.textContent ?? "");
      return prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p)) && document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator")?.getAttribute("data-status") === "idle";
    }, undefined, { timeout: 300_000, polling: 100 });
    runAll[lesson] = performance.now() - started;
  }
  await browser.close();
  server.close();
  return { firstVisit: { files: firstFiles.length, raw, gzip, plotly }, idleFirstMs: first, idleLaterMs: later, runAllMs: runAll };
}

execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
await buildSite({ notebooks: LESSONS.map((l) => join(root, "notebooks", l)), log: () => {} });
const { raw, gzip } = siteSizes();
const browserResults = await browserFigures();
const check = await checkCost();
const results = { site: { raw, gzip }, ...browserResults, interruptCheck: check };
writeFileSync(join(root, "bench", "site.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`site/: ${mib(raw)} raw, ${mib(gzip)} gzip`);
const visit = browserResults.firstVisit;
console.log(`first visit of lecture 9 (to an idle kernel, its stored charts drawn): ${visit.files} files, ${mib(visit.raw)} raw, ${mib(visit.gzip)} gzip, of which plotly.js ${mib(visit.plotly.raw)} raw, ${mib(visit.plotly.gzip)} gzip`);
console.log(`idle kernel: first visit ${(browserResults.idleFirstMs / 1000).toFixed(1)} s, later visit ${(browserResults.idleLaterMs / 1000).toFixed(1)} s`);
for (const [lesson, ms] of Object.entries(browserResults.runAllMs)) console.log(`Run All ${lesson}: ${(ms / 1000).toFixed(1)} s`);
console.log(`interrupt checks on lecture 9's training (${check.checksInserted} inserted): ${check.plainMs.toFixed(0)} ms without, ${check.checkedMs.toFixed(0)} ms with (${(check.overhead * 100).toFixed(1)} %)`);
