// The handout's PDF: Chromium (Debian's, through playwright-core) prints the handout page.
// A4; the page is laid out at the printable width, so the charts Plotly draws (SVG, printed as
// vectors) fill it; print rules in the template keep charts and short cells on one page.
import { pathToFileURL } from "node:url";
import { plotFonts } from "./fonts.mjs";
import { escapeHtml } from "./widgets.mjs";

const MARGIN_MM = { top: 20, bottom: 18, left: 15, right: 15 };
/** The printable width of A4 (210 mm) in CSS pixels (96 per inch). */
const PRINT_WIDTH_PX = Math.floor(((210 - MARGIN_MM.left - MARGIN_MM.right) / 25.4) * 96);
const DRAW_TIMEOUT_MS = 60_000;

/** Chromium as numts-plot runs it for pictures: its fontconfig (the shipped fonts only), UTC, fixed flags. */
export async function launchChromium(executablePath) {
  // Imported here: npm run handouts checks the npm dependencies before it needs them.
  const { chromium } = await import("playwright-core");
  const { CHROMIUM_ARGS, chromiumEnv } = plotFonts();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: await chromiumEnv() });
}

/** Header and footer, drawn by Chromium in the page margins (their text needs its own size). */
function margins({ course, lecture }) {
  const { FONT_FAMILY } = plotFonts();
  // The margins load no web fonts: Open Sans comes from numts-plot's fontconfig.
  const style = `font: 8px ${FONT_FAMILY.replace(/"/g, "'")}; color: #555; width: 100%; margin: 0 15mm;`;
  return {
    headerTemplate: `<div style="${style} display: flex; justify-content: space-between;"><span>${escapeHtml(course)}</span><span>${escapeHtml(lecture)}</span></div>`,
    footerTemplate: `<div style="${style} text-align: center;">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  };
}

/**
 * Prints `htmlFile` to `pdfFile`. `charts` is how many charts the page must draw first; the
 * page may load nothing but files (a request elsewhere is a bug in the handout, reported).
 */
export async function printPdf(browser, htmlFile, pdfFile, { title, charts, file }) {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH_PX, height: 1000 } });
  try {
    const refused = [];
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      refused.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    try {
      await page.waitForFunction((n) => document.querySelectorAll(".numts-plot.js-plotly-plot .main-svg").length >= n, charts, { timeout: DRAW_TIMEOUT_MS, polling: 100 });
    } catch {
      const drawn = await page.evaluate(() => document.querySelectorAll(".numts-plot.js-plotly-plot").length);
      throw new Error(`${file}: only ${drawn} of its ${charts} charts drew in Chromium${errors.length ? ` (${errors.join("; ")})` : ""}. Re-run the notebook (npm run notebooks) and try again.`);
    }
    // Print styles may change the charts' width (no prompts, no margins): draw them at it.
    await page.evaluate(() => Promise.all([...document.querySelectorAll(".numts-plot.js-plotly-plot")].map((div) => window.Plotly.Plots.resize(div))));
    if (refused.length > 0) throw new Error(`${file}: the handout asked for ${refused.join(", ")}; it must not load anything. Report this as a bug.`);
    await page.pdf({
      path: pdfFile,
      format: "A4",
      margin: Object.fromEntries(Object.entries(MARGIN_MM).map(([k, v]) => [k, `${v}mm`])),
      displayHeaderFooter: true,
      ...margins(title),
      printBackground: true,
    });
  } finally {
    await page.close();
  }
}
