#!/usr/bin/env node
// `npm run handouts [-- FILE.ipynb ...] [--edition student|instructor] [--execute] [--out DIR]`:
// the lessons as handouts, handouts/<name>.html (one self-contained file) and handouts/<name>.pdf
// (A4). nbconvert makes the page from the notebook (scripts/handouts/template), MathJax
// typesets its math, Chromium prints it. Files appear complete or not at all.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureDeps } from "./ensure-deps.mjs";
import { executeNotebook } from "./handouts/execute.mjs";
import { notebookToHtml } from "./handouts/html.mjs";
import { checkEdition, editionOf, readNotebook } from "./handouts/notebook.mjs";
import { launchChromium, printPdf } from "./handouts/pdf.mjs";
import { buildPackages, chromiumPath, ensureChromium, ensureJupyter, PYTHON, registerKernel, reproducibleEnv, root, step, works } from "./jupyter.mjs";

const USAGE = `usage: npm run handouts -- [FILE.ipynb ...] [--edition student|instructor] [--execute] [--out DIR]

  FILE.ipynb        the notebooks (default: every notebook in notebooks/)
  --edition         student (default): without the cells tagged "solution"; instructor: with them
  --execute         re-run each notebook through the kernel first, solutions included
                    (default: the outputs stored in the notebook)
  --out DIR         where the handouts go (default: handouts/)`;

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { edition: { type: "string", default: "student" }, execute: { type: "boolean", default: false }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    throw new Error(`${e.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // npm runs scripts from the project's root; names are relative to where npm was run.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const notebooks = join(root, "notebooks");
  const files =
    positionals.length > 0
      ? positionals.map((f) => resolve(cwd, f))
      : (existsSync(notebooks) ? readdirSync(notebooks) : []).filter((f) => f.endsWith(".ipynb")).sort().map((f) => join(notebooks, f));
  if (files.length === 0) throw new Error("there are no notebooks in notebooks/: name the notebooks to hand out (npm run handouts -- FILE.ipynb).");
  return { files, edition: values.edition, execute: values.execute, out: values.out === undefined ? join(root, "handouts") : resolve(cwd, values.out) };
}

const show = (file) => relative(process.cwd(), file) || file;

/** nbconvert and Chromium, installed when we can (root on Debian); else stops with the fix. */
function requireTools(files) {
  const what = `cannot make the handouts of ${files.map(show).join(", ")}`;
  const nbconvert = () => works(PYTHON, ["-m", "nbconvert", "--version"]);
  if (!nbconvert() && !process.env.NUMTS_PYTHON) ensureJupyter();
  if (!nbconvert()) {
    throw new Error(`${what}: jupyter nbconvert does not run with ${PYTHON}. Install it (Debian/Ubuntu: sudo apt-get install jupyter-nbconvert) or set NUMTS_PYTHON to a Python that has it.`);
  }
  if (chromiumPath() === undefined && !process.env.NUMTS_CHROMIUM) ensureChromium({ required: true });
  const chromium = chromiumPath();
  if (chromium === undefined) {
    throw new Error(`${what}: Chromium, which prints the PDFs, was not found${process.env.NUMTS_CHROMIUM ? ` at NUMTS_CHROMIUM=${process.env.NUMTS_CHROMIUM}` : ""}. Install it (sudo apt-get install chromium) or set NUMTS_CHROMIUM to its path.`);
  }
  return chromium;
}

/** What to remove when the run stops early, Ctrl-C included: the scratch folder, partial files. */
const leftovers = new Set();
function removeLeftovers() {
  for (const path of leftovers) rmSync(path, { recursive: true, force: true });
  leftovers.clear();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    removeLeftovers();
    process.exit(130);
  });
}

/** Moves finished files from the scratch folder into place, each by a rename in `out`. */
function publish(files, out) {
  mkdirSync(out, { recursive: true });
  const pending = files.map(([from, name]) => [from, join(out, `.${name}.${process.pid}.partial`), join(out, name)]);
  for (const [, partial] of pending) leftovers.add(partial);
  for (const [from, partial] of pending) copyFileSync(from, partial);
  for (const [, partial, to] of pending) {
    renameSync(partial, to);
    leftovers.delete(partial);
  }
}

async function main() {
  const started = Date.now();
  const { files, edition, execute, out } = options();
  checkEdition(edition);
  ensureDeps();
  // Every notebook is read before any work, so a bad one stops the run before it writes anything.
  const notebooks = files.map((path) => [path, readNotebook(path, show(path))]);
  const chromium = requireTools(files);
  let env = reproducibleEnv();
  if (execute) {
    step("Building the packages (for --execute)");
    buildPackages();
    env = reproducibleEnv(registerKernel().env);
  }
  const scratch = mkdtempSync(join(tmpdir(), "numts-handouts-"));
  leftovers.add(scratch);
  let browser;
  try {
    browser = await launchChromium(chromium);
    for (const [path, original] of notebooks) {
      const t = Date.now();
      const file = show(path);
      // Both editions are <name>.html/.pdf, as asked; the title block says which edition it is.
      const name = basename(path, ".ipynb");
      let nb = original;
      if (execute) {
        step(`${file}: executing`);
        nb = executeNotebook(path, original, { scratch, env, file });
      }
      const { notebook, charts, widgets, solutions } = editionOf(nb, edition);
      const drawn = widgets > 0 ? `, ${widgets} widget(s) drawn from the saved widget state` : "";
      step(`${file}: HTML, ${edition} edition (${charts} chart(s)${drawn}, ${solutions} solution cell(s) ${edition === "student" ? "left out" : "kept"})`);
      const { html, errors } = await notebookToHtml(notebook, dirname(path), { file, charts, env });
      for (const { tex, message } of errors) console.warn(`  warning: ${file}: the formula $${tex}$ shows as an error: ${message}`);
      const htmlFile = join(scratch, `${name}.html`);
      writeFileSync(htmlFile, html);
      step(`${file}: PDF`);
      const pdfFile = join(scratch, `${name}.pdf`);
      await printPdf(browser, htmlFile, pdfFile, { title: nb.metadata.numts, charts, file });
      publish([[htmlFile, `${name}.html`], [pdfFile, `${name}.pdf`]], out);
      console.log(`  ${show(join(out, `${name}.html`))}, ${show(join(out, `${name}.pdf`))} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser?.close();
    removeLeftovers();
  }
  console.log(`${notebooks.length} handout(s), ${edition} edition, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`npm run handouts: ${e.message}`);
    process.exit(1);
  });
}
