// Test helpers for browser checks: Debian's Chromium through playwright-core, with every
// request that leaves the machine refused and counted, and the JupyterLab rendering page.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"] });
}

/**
 * A page on which only `allowed` URLs load (file:// and, if given, a local server's origin);
 * every other request is refused and recorded in `blocked`. With `file`, a page that should need
 * nothing beside itself (a handout): other files still load, but are recorded in `blocked` too.
 */
export async function offlinePage(browser: Browser, allowedOrigin?: string, options: { file?: string; viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1100, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  const own = options.file === undefined ? undefined : pathToFileURL(options.file).href;
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file://") && own !== undefined && url !== own) blocked.push(url);
    if (url.startsWith("file://") || url.startsWith("data:") || (allowedOrigin !== undefined && url.startsWith(allowedOrigin))) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { page, blocked, errors };
}

/** Builds the page that renders outputs with JupyterLab's packages; returns its file URL. */
export async function buildRendermimePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "numts-rendermime-"));
  await build({
    entryPoints: [join(__dirname, "rendermime-page.ts")],
    bundle: true,
    outfile: join(dir, "page.js"),
    format: "iife",
    platform: "browser",
    loader: { ".svg": "text", ".css": "empty" },
    logLevel: "error",
  });
  writeFileSync(join(dir, "index.html"), `<!doctype html><html><head><meta charset="utf-8"></head><body><script src="page.js"></script></body></html>`);
  return `file://${join(dir, "index.html")}`;
}

/** How many Plotly charts on the page have been drawn: a chart whose plot area holds drawn data. */
export function drawnCharts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll(".js-plotly-plot")].filter((el) => el.querySelector(".main-svg .trace path.js-line, .main-svg .trace path.point, .main-svg .contour path, .main-svg .hm image") !== null).length);
}
