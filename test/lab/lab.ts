// Test helpers for the lessons in our JupyterLab: `npm start` itself (scripts/start.mjs) serving a
// scratch copy of the lessons, and a student's actions in the page through Debian's Chromium.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { StoredOutput } from "../kernel/outputs";
import { ROOT } from "../kernel/kernelspec";
import { isChart, type Notebook, normalOutput, WIDGET_VIEW, widgetOutputs } from "../notebooks/lessons";

export interface StartedServer {
  /** The URL npm start printed (http://127.0.0.1:PORT/lab?token=...). */
  url: URL;
  token: string;
  /** The folder it serves: a copy of notebooks/ inside the repository (so that numts resolves). */
  dir: string;
  /** What npm start and the server printed. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Runs `npm start` (scripts/start.mjs, with `args`) on a scratch copy of the lessons, with its own
 * JupyterLab settings and workspaces, and resolves once it has printed its URL and the server answers.
 */
export async function npmStart(args: string[] = []): Promise<StartedServer> {
  mkdirSync(join(ROOT, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, "tmp", "lab-"));
  for (const f of readdirSync(join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb"))) cpSync(join(ROOT, "notebooks", f), join(dir, f));
  const state = mkdtempSync(join(tmpdir(), "numts-lab-state-"));
  const env = { ...process.env, NUMTS_PORT: "0", JUPYTERLAB_SETTINGS_DIR: join(state, "settings"), JUPYTERLAB_WORKSPACES_DIR: join(state, "workspaces") };
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "scripts/start.mjs"), ...args, dir], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 240_000;
  let url: URL | undefined;
  while (url === undefined) {
    const match = output.match(/Open the lessons at:\s+(http:\/\/127\.0\.0\.1:\d+\/\S*token=[0-9a-f]+)/);
    if (match) url = new URL(match[1]);
    else if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start printed no URL:\n${output}`);
    else await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    token: url.searchParams.get("token") as string,
    dir,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.on("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
      rmSync(state, { recursive: true, force: true });
    },
  };
}

/** Every process's command line on this machine (Linux: /proc), with its pid. */
export function commandLines(): { pid: string; argv: string }[] {
  const lines: { pid: string; argv: string }[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      lines.push({ pid, argv: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ") });
    } catch {
      // the process ended meanwhile
    }
  }
  return lines;
}

/** Clicks a main menu item: `menu(page, "Run", "Run All Cells")`; submenus by more labels. */
export async function menu(page: Page, ...labels: string[]): Promise<void> {
  await page.locator(".lm-MenuBar-itemLabel", { hasText: new RegExp(`^${labels[0]}$`) }).click();
  for (const label of labels.slice(1)) {
    // Lumino opens a submenu a moment after its item is hovered: the click below waits for it.
    const item = page.locator(".lm-Menu:visible .lm-Menu-item", { has: page.locator(".lm-Menu-itemLabel", { hasText: new RegExp(`^${label}$`) }) }).last();
    if (label === labels[labels.length - 1]) await item.click();
    else await item.hover();
  }
}

/** The notebook panel of the current tab. */
export const notebook = (page: Page) => page.locator(".jp-NotebookPanel:visible");
/** The code cells of the open notebook, in order. */
export const codeCells = (page: Page) => notebook(page).locator(".jp-Notebook .jp-CodeCell");

/**
 * Opens a notebook by the URL npm start prints for it (/lab/tree/NAME), in a fresh workspace
 * (`reset`: without the tabs that earlier pages left in the server's workspace, which JupyterLab
 * would open again), and waits for its kernel.
 */
export async function openNotebook(page: Page, server: StartedServer, name: string): Promise<void> {
  await page.goto(`${server.url.origin}/lab/tree/${encodeURIComponent(name)}?reset&token=${server.token}`);
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
  await waitForIdle(page);
}

/** Opens a notebook in the running JupyterLab, as a student does: File > Open from Path…, its name, Enter. */
export async function openFromPath(page: Page, name: string): Promise<void> {
  await menu(page, "File", "Open from Path…");
  await page.locator(".jp-Dialog input").fill(name);
  await page.keyboard.press("Enter");
  await waitForCurrentTab(page, name);
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").first().waitFor({ timeout: 120_000 });
  await waitForIdle(page);
}

/**
 * The console errors any JupyterLab 4 with these lessons logs, which are no fault of ours:
 * - JupyterLab's Markdown renderer puts a cell attachment's `attachment:NAME` into the page before
 *   it replaces it with the picture's data, so Chromium first fails to fetch that URL (lecture 4's figures);
 * - a widget view whose model is neither in the kernel nor in the notebook's saved state (saved
 *   after a restart, or not loaded because the notebook is untrusted): the widget manager logs it
 *   and shows it in the output too, as with ipykernel.
 */
export function expectedInJupyterLab(text: string, url: string): boolean {
  if (url.startsWith("attachment:")) return /ERR_UNKNOWN_URL_SCHEME/.test(text);
  return /widget model not found/.test(text);
}

/**
 * Waits until the document `name` is the shell's current widget (its tab marked current). Until
 * then its menu commands are disabled, and a menu opened earlier keeps them greyed out: on a
 * loaded machine the kernel can be idle before the opened notebook is current.
 */
export async function waitForCurrentTab(page: Page, name: string, timeout = 60_000): Promise<void> {
  await page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.jp-mod-current .lm-TabBar-tabLabel").getByText(name, { exact: true }).waitFor({ timeout });
}

/** Waits until the notebook's kernel is connected and idle (the toolbar's kernel status). */
export async function waitForIdle(page: Page, timeout = 120_000): Promise<void> {
  await page.locator(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator[data-status='idle']").waitFor({ state: "attached", timeout });
}

/**
 * What the status bar says of the current notebook's trust, as a student sees it on hovering its
 * shield ("Notebook trusted: 7 of 7 code cells trusted." or "Notebook not trusted: ...").
 */
export async function trustStatus(page: Page): Promise<string> {
  return (await page.locator(".jp-StatusItem-trust").getAttribute("title")) ?? "";
}

/** Waits until every code cell has run (a number in its prompt) and the kernel is idle again. */
export async function waitForAllRun(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const prompts = [...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt")].map((p) => p.textContent ?? "");
      return prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p));
    },
    undefined,
    { timeout, polling: 250 },
  );
  await waitForIdle(page, timeout);
}

/** What a code cell shows, in order: streams' and results' text, charts, and anything else by MIME type. */
export type Shown = { stream: string; text: string } | { chart: true } | { text: string } | { error: string } | { other: string };

/**
 * What JupyterLab shows for a stored output: the chart for Plotly outputs, a widget (an interact's
 * sliders) with the outputs its saved state holds inside it, else the text.
 */
export function expectedShown(nb: Notebook, o: StoredOutput): Shown[] {
  if (o.data?.[WIDGET_VIEW] !== undefined) return [{ other: WIDGET_VIEW }, ...widgetOutputs(nb, o).flatMap((inner) => expectedShown(nb, inner))];
  return [shownAs(o)];
}

function shownAs(o: StoredOutput): Shown {
  const n = normalOutput(o);
  if (n.output_type === "stream") return n.name === "stdout" ? { stream: "stdout", text: n.text ?? "" } : { error: n.text ?? "" };
  if (n.output_type === "error") return { error: n.evalue ?? "" };
  if (isChart(n)) return { chart: true };
  if (n.data?.["text/html"] !== undefined) return { other: "text/html" };
  return { text: String(n.data?.["text/plain"] ?? "") };
}

/**
 * A cell's outputs as displayed. Read with textContent: JupyterLab skips rendering offscreen cells
 * (content-visibility), so what is not on screen has no innerText.
 */
export function shownOutputs(cell: Locator): Promise<Shown[]> {
  return cell.locator(".jp-OutputArea-output, .numts-FigureWidget").evaluateAll((nodes) =>
    nodes.map((node) => {
      if (node.classList.contains("numts-FigureWidget")) return { chart: true as const }; // an interact's chart
      const mime = node.getAttribute("data-mime-type") ?? "";
      const text = node.textContent ?? "";
      if (mime === "application/vnd.jupyter.stdout") return { stream: "stdout", text };
      if (mime === "application/vnd.jupyter.stderr") return { error: text };
      if (mime === "application/vnd.plotly.v1+json") return { chart: true as const };
      if (mime === "text/plain") return { text };
      // The widget manager's renderer leaves the output's MIME type unnamed.
      if (mime === "" && node.querySelector(".jupyter-widgets") !== null) return { other: "application/vnd.jupyter.widget-view+json" };
      return { other: mime };
    }),
  );
}

/** How many charts on the page have drawn their data (plot area with traces). */
export function drawnCharts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .numts-RenderedPlotly")].filter((el) => el.querySelector(".main-svg .trace path.js-line, .main-svg .trace path.point, .main-svg .contour path, .main-svg .hm image") !== null).length,
  );
}

/**
 * The open notebook's markdown images: how many there are, and which have not loaded a picture
 * (a broken image has no natural width), by their alt text. Markdown cells render whether on
 * screen or not (JupyterLab's default windowing only skips painting offscreen cells).
 */
export function markdownImages(page: Page): Promise<{ count: number; broken: string[] }> {
  return page.evaluate(() => {
    const images = [...document.querySelectorAll<HTMLImageElement>(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell .jp-RenderedMarkdown img")];
    return { count: images.length, broken: images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.alt || img.src.slice(0, 60)) };
  });
}

/** The text of a code cell's editor, as shown (scrolled into view, so that CodeMirror has drawn its lines). */
export async function editorText(cell: Locator): Promise<string> {
  await cell.scrollIntoViewIfNeeded();
  return cell.locator(".cm-content").evaluate((el) => [...el.querySelectorAll(".cm-line")].map((line) => line.textContent ?? "").join("\n"));
}

/**
 * Adds a code cell below the last one, as a student does (its prompt, Escape, b, Enter), types
 * `source` into it and runs it (Ctrl+Enter). Returns the new cell.
 */
export async function runInNewCell(page: Page, source: string): Promise<Locator> {
  await codeCells(page).last().locator(".jp-InputPrompt").click();
  await page.keyboard.press("Escape");
  await page.keyboard.press("b");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(source);
  await page.keyboard.press("Control+Enter");
  return codeCells(page).last();
}

/** Replaces a code cell's source by typing into its editor (select all, then the new text). */
export async function setSource(page: Page, cell: Locator, source: string): Promise<void> {
  await cell.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(source);
}

/** The y values of a trace (the first by default) of the chart drawn inside `area`, or null before it is drawn. */
export function chartY(area: Locator, trace = 0): Promise<number[] | null> {
  return area.evaluate((el, t) => {
    const gd = el.querySelector(".numts-RenderedPlotly") as (HTMLElement & { data?: { y?: number[] }[] }) | null;
    return gd?.data && gd.querySelector(".main-svg") ? [...(gd.data[t]?.y ?? [])] : null;
  }, trace);
}

/**
 * Marks each chart element in `area` (a data attribute), to tell later whether a redraw kept the
 * element (Plotly.react keeps it and its attributes) or replaced it with a new one.
 */
export function markCharts(area: Locator): Promise<string> {
  return area.evaluate((el) => {
    const token = `mark-${Math.random()}`;
    for (const gd of el.querySelectorAll<HTMLElement>(".numts-RenderedPlotly")) gd.dataset.numtsMark = token;
    return token;
  });
}

/** Whether each chart element in `area` is one marked with `token` (the same element as then). */
export function markedCharts(area: Locator, token: string): Promise<boolean[]> {
  return area.evaluate((el, t) => [...el.querySelectorAll<HTMLElement>(".numts-RenderedPlotly")].map((gd) => gd.dataset.numtsMark === t), token);
}

/** Drags a slider's handle by `dx` pixels, as a student does. */
export async function drag(slider: Locator, dx: number): Promise<void> {
  const page = slider.page();
  const handle = slider.locator(".noUi-handle");
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (box === null) throw new Error("the slider's handle is not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 + (dx * i) / 5, box.y + box.height / 2);
  await page.mouse.up();
}
