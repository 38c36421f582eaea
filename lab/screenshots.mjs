#!/usr/bin/env node
// The README's pictures of the lessons in our JupyterLab (docs/lab-*.png): each lesson in the
// light theme with a chart in view, a chart in the dark theme, and a student's wrong answer to
// an exercise with its check and a NumPy habit with its hint. Runs `npm start` on a copy of the
// lessons (their stored outputs), with its own settings, and Debian's Chromium.
//   node lab/screenshots.mjs [lessons] [hint-check] [widgets]   (the pictures named; all by default)
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumPath, root } from "../scripts/jupyter.mjs";

const dir = mkdtempSync(join(root, "tmp", "screenshots-"));
const state = mkdtempSync(join(tmpdir(), "numts-screenshots-"));
for (const f of readdirSync(join(root, "notebooks")).filter((f) => f.endsWith(".ipynb"))) cpSync(join(root, "notebooks", f), join(dir, f));
const env = { ...process.env, NUMTS_PORT: "0", JUPYTERLAB_SETTINGS_DIR: join(state, "settings"), JUPYTERLAB_WORKSPACES_DIR: join(state, "workspaces") };
const start = spawn(process.execPath, [join(root, "scripts/start.mjs"), dir], { env, stdio: ["ignore", "pipe", "inherit"] });
let output = "";
start.stdout.on("data", (d) => (output += d));
while (!/Open the lessons at:\s+http/.test(output)) await new Promise((r) => setTimeout(r, 200));
const url = new URL(output.match(/Open the lessons at:\s+(\S+)/)[1]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
let page;
mkdirSync(join(root, "docs"), { recursive: true });

const wanted = process.argv.slice(2);
const make = (name) => wanted.length === 0 || wanted.includes(name);
const written = [];

/** A page of its own, with a fresh workspace (reset): only this lesson's tab, its kernel idle. */
async function open(lesson) {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url.origin}/lab/tree/${lesson}?reset&token=${url.searchParams.get("token")}`);
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator[data-status='idle']").waitFor({ state: "attached", timeout: 120_000 });
}

async function show(lesson, chart) {
  await open(lesson);
  // Bring the chart's cell to the top of the notebook, and wait for it to be drawn.
  const cell = page.locator(".jp-NotebookPanel:visible .jp-CodeCell").nth(chart);
  // Twice: the notebook's height estimate settles as the cells around render.
  for (let i = 0; i < 2; i++) {
    await cell.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await cell.locator(".numts-RenderedPlotly .main-svg").first().waitFor({ timeout: 60_000 });
    await cell.locator(".numts-RenderedPlotly").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(1500);
  }
}

const menu = async (...labels) => {
  await page.locator(".lm-MenuBar-itemLabel", { hasText: new RegExp(`^${labels[0]}$`) }).click();
  const item = (label) => page.locator(".lm-Menu:visible .lm-Menu-item", { has: page.locator(".lm-Menu-itemLabel", { hasText: new RegExp(`^${label}$`) }) }).last();
  await item(labels[1]).hover();
  await page.waitForTimeout(500); // Lumino opens a submenu after a short delay
  await item(labels[2]).click();
};

/** Types `code` into the active cell's editor (replacing it) and runs it, staying in the cell. */
async function typeAndRun(code) {
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(code); // as pasted: no auto-closed brackets
  await page.keyboard.press("Control+Enter");
}

/**
 * Lecture 4's exercise 4 as a student may first answer it: the gradient with its sign flipped,
 * which the check explains, then the step written with NumPy's `*`, which the hint rewrites.
 */
async function hintAndCheck() {
  await open("04-gradient-descent-backprop.ipynb");
  const notebook = page.locator(".jp-NotebookPanel:visible .jp-Notebook");
  const exercise = notebook.locator(".jp-CodeCell", { hasText: "Exercise 4: the single neuron's gradient" });
  await exercise.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await exercise.locator(".cm-content").click();
  // The cell as given, with the answers in place of the nulls (and numts imported: this kernel
  // has run no cell above).
  await typeAndRun("// Exercise 4: the single neuron's gradient at iteration 1, by hand.\nimport * as np from \"numts\";\nimport { lecture4 as check } from \"numts-lessons\";\n\nconst dL_dw = np.array([-12, 24, -36]); // your answer: one number per weight\nconst dL_db = -12; // your answer: a number\ncheck.exercise4(dL_dw, dL_db)");
  await exercise.locator(".numts-check").waitFor({ timeout: 120_000 });
  await page.keyboard.press("Escape");
  await page.keyboard.press("b"); // a new cell below, as a student trying the update step
  await page.keyboard.press("Enter");
  await typeAndRun("// the update step, as in Python\nconst step = 0.001 * dL_dw");
  const attempt = notebook.locator(".jp-CodeCell", { hasText: "the update step, as in Python" });
  await attempt.locator(".jp-OutputArea-output", { hasText: "Hint:" }).waitFor({ timeout: 60_000 });
  await page.keyboard.press("Escape");
  const statement = notebook.locator(".jp-MarkdownCell", { hasText: "Exercise 4: the single neuron's gradient by hand" });
  await statement.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.waitForTimeout(1500);
  // Down to the attempt's output: the solution cell below it stays out of the picture.
  const bottom = await attempt.evaluate((el) => el.getBoundingClientRect().bottom);
  return { x: 0, y: 0, width: 1280, height: Math.min(800, Math.ceil(bottom) + 12) };
}

/**
 * Lecture 9's exercise with sliders, after a student moved them: Run All, then the hidden layer
 * from 4 to 8 units and the learning rate up a few steps (the keyboard, as on a focused slider).
 */
async function sliders() {
  await open("09-backpropagation.ipynb");
  await page.setViewportSize({ width: 1280, height: 1400 }); // the sliders and both charts
  const idle = () => page.locator(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator[data-status='idle']").waitFor({ state: "attached", timeout: 120_000 });
  await page.locator(".jp-StatusBar-TextItem", { hasText: "TypeScript (numts) | Idle" }).waitFor({ timeout: 120_000 });
  // The stored outputs' widgets are the saved state, not connected to this kernel: run the lesson again.
  const menuItem = async (top, label) => {
    await page.locator(".lm-MenuBar-itemLabel", { hasText: new RegExp(`^${top}$`) }).click();
    await page.locator(".lm-Menu:visible .lm-Menu-item", { hasText: label }).first().click();
  };
  await menuItem("Edit", "Clear Outputs of All Cells");
  await page.waitForFunction(() => document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output").length === 0, undefined, { timeout: 30_000 });
  await menuItem("Run", "Run All Cells");
  await page.waitForFunction(() => [...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt")].every((p) => /\[\d+\]/.test(p.textContent ?? "")), undefined, { timeout: 300_000, polling: 500 });
  await idle();
  const cell = page.locator(".jp-NotebookPanel:visible .jp-CodeCell", { hasText: "Each move of a slider trains" });
  await cell.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const view = cell.locator(".widget-interact");
  await view.locator(".numts-RenderedPlotly .main-svg").nth(1).waitFor({ timeout: 120_000 });
  for (const [slider, presses] of [[1, 4], [0, 6]]) {
    for (let i = 0; i < presses; i++) {
      await view.locator(".noUi-handle").nth(slider).focus();
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(300);
      await idle();
    }
  }
  await page.mouse.click(5, 1390); // away from the slider: its focus ring stays out of the picture
  await page.waitForTimeout(1500);
  const box = await view.boundingBox();
  const top = Math.max(0, Math.floor(box.y) - 8);
  return { x: 0, y: top, width: 1280, height: Math.min(1400 - top, Math.ceil(box.height) + 16) };
}

if (make("widgets")) {
  const clip = await sliders();
  await page.screenshot({ path: join(root, "docs", "lab-widgets.png"), clip });
  written.push("docs/lab-widgets.png");
}
// Before the dark theme, which the settings keep for the pages after.
if (make("hint-check")) {
  const clip = await hintAndCheck();
  await page.screenshot({ path: join(root, "docs", "lab-hint-check.png"), clip });
  written.push("docs/lab-hint-check.png");
}
if (make("lessons")) {
  await show("04-gradient-descent-backprop.ipynb", 3);
  await page.screenshot({ path: join(root, "docs", "lab-lesson-04.png") });
  await show("09-backpropagation.ipynb", 5);
  await page.screenshot({ path: join(root, "docs", "lab-lesson-09.png") });
  await menu("Settings", "Theme", "JupyterLab Dark");
  await page.waitForFunction(() => document.body.dataset.jpThemeLight === "false");
  await page.waitForTimeout(2000);
  await page.screenshot({ path: join(root, "docs", "lab-dark-chart.png") });
  written.push("docs/lab-lesson-04.png", "docs/lab-lesson-09.png", "docs/lab-dark-chart.png");
}
await browser.close();
start.kill("SIGINT");
await new Promise((r) => start.on("exit", r));
rmSync(dir, { recursive: true, force: true });
rmSync(state, { recursive: true, force: true });
console.log(`wrote ${written.join(", ")}`);
