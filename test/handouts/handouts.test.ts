// npm run handouts with the real tools: nbconvert, MathJax, Chromium; the handouts checked in
// Chromium (offline) and with poppler-utils. For the fixture notebook and for every lesson in
// notebooks/, from their stored outputs, in both editions, under the rich font configuration;
// lecture 9 also under the minimal one (test/plot/fonts.ts), which must print the same PDF.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../kernel/kernelspec";
import { drawnCharts, launchChromium, offlinePage } from "../plot/browser/pages";
import { assertDifferent, fontConfigurations } from "../plot/fonts";
import { cellsOf, charts, type Edition, formulas, headings, isSolution, printedNumbers, readNotebook, signature, text } from "./notebook";
import { colouredPixels, find, fonts, imageCount, pageCount, pages, pageSize, rasterize, squash, words } from "./pdf";

const SCRIPT = join(ROOT, "scripts/handouts.mjs");
const LESSONS = join(ROOT, "notebooks");
const NOTEBOOKS = [
  join(__dirname, "fixtures/line-fit.ipynb"),
  ...(existsSync(LESSONS) ? readdirSync(LESSONS).filter((f) => f.endsWith(".ipynb")).sort().map((f) => join(LESSONS, f)) : []),
];
const EDITIONS: Edition[] = ["student", "instructor"];
/** The handout made again under the minimal font configuration. */
const MINIMAL = join(LESSONS, "09-backpropagation.ipynb");

mkdirSync(join(ROOT, "tmp"), { recursive: true });
const work = mkdtempSync(join(ROOT, "tmp", "handouts-"));
const outDir = (edition: Edition) => join(work, edition);
const outputs = (file: string, edition: Edition) => {
  const name = basename(file, ".ipynb");
  return { html: join(outDir(edition), `${name}.html`), pdf: join(outDir(edition), `${name}.pdf`) };
};

const logs: Record<string, string> = {};
let browser: Browser;

beforeAll(async () => {
  const configs = fontConfigurations();
  assertDifferent(configs);
  const run = (edition: Edition, out: string, files: string[], env: NodeJS.ProcessEnv) => promisify(execFile)(process.execPath, [SCRIPT, "--edition", edition, "--out", out, ...files], { maxBuffer: 1 << 24, env });
  const [student, instructor] = await Promise.all([
    run("student", outDir("student"), NOTEBOOKS, configs.rich),
    run("instructor", outDir("instructor"), NOTEBOOKS, configs.rich),
    existsSync(MINIMAL) ? run("student", join(work, "minimal"), [MINIMAL], configs.minimal) : null,
    launchChromium().then((b) => (browser = b)),
  ]);
  logs.student = student.stdout;
  logs.instructor = instructor.stdout;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

it("prints a progress line per notebook and step, and the total time", () => {
  for (const edition of EDITIONS) {
    for (const file of NOTEBOOKS) {
      expect(logs[edition]).toMatch(new RegExp(`${basename(file)}: HTML, ${edition} edition`));
      expect(logs[edition]).toMatch(new RegExp(`${basename(file)}: PDF`));
    }
    expect(logs[edition]).toMatch(new RegExp(`${NOTEBOOKS.length} handout\\(s\\), ${edition} edition, in [\\d.]+ s\\n$`));
  }
});

it.runIf(existsSync(MINIMAL))("a machine with other fonts prints the same handout: the same fonts, every word in the same place", () => {
  const rich = outputs(MINIMAL, "student").pdf;
  const minimal = join(work, "minimal", basename(MINIMAL, ".ipynb") + ".pdf");
  expect(fonts(minimal)).toEqual(fonts(rich));
  // (A boolean: a failure should not print every word of the handout.)
  expect(JSON.stringify(words(minimal)) === JSON.stringify(words(rich))).toBe(true);
});

describe.each(NOTEBOOKS.map((f) => [basename(f), f]))("%s", (_name, file) => {
  const nb = readNotebook(file);

  describe.each(EDITIONS)("%s edition", (edition) => {
    const cells = cellsOf(nb, edition);
    const solutions = nb.cells.filter(isSolution);
    const { html, pdf } = outputs(file, edition);

    it("HTML, opened offline: every chart drawn, the math typeset, TypeScript highlighted, no request", async () => {
      const { page, blocked: requests, errors } = await offlinePage(browser, undefined, { file: html });
      await page.goto(pathToFileURL(html).href);
      const expected = charts(cells).length;
      await page.waitForFunction((n) => document.querySelectorAll(".numts-plot.js-plotly-plot .main-svg").length >= n, expected, { timeout: 30_000 });
      expect(await drawnCharts(page)).toBe(expected);

      const math = await page.evaluate(() => {
        const svgs = [...document.querySelectorAll(".jp-MarkdownCell mjx-container > svg")];
        return { count: svgs.length, sized: svgs.filter((s) => s.getBoundingClientRect().width > 0).length, errors: document.querySelectorAll("[data-mjx-error]").length, raw: document.body.innerText.includes("$$") };
      });
      expect(math).toEqual({ count: formulas(cells), sized: formulas(cells), errors: 0, raw: false });

      const code = await page.evaluate(() => {
        const colour = (selector: string) => [...new Set([...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).color))];
        return { highlighted: document.querySelectorAll(".jp-CodeCell .hl-typescript").length, keywords: colour(".hl-typescript .k, .hl-typescript .kd, .hl-typescript .kr"), names: colour(".hl-typescript .nx") };
      });
      expect(code.highlighted).toBe(cells.filter((c) => c.cell_type === "code").length);
      expect(code.keywords.length).toBeGreaterThan(0);
      expect(code.keywords.filter((c) => code.names.includes(c))).toEqual([]); // keywords stand out

      const solutionCells = await page.locator(".jp-CodeCell.celltag_solution").count();
      expect(solutionCells).toBe(edition === "instructor" ? solutions.length : 0);
      // The exercises' check cells are in both editions, each with its verdict (green or red).
      const verdicts = cells.flatMap((c) => c.outputs ?? []).filter((o) => text(o.data?.["text/html"] as string | string[] | undefined).includes('class="numts-check"'));
      if (file.startsWith(LESSONS)) expect(verdicts.length).toBeGreaterThan(0);
      expect(await page.locator(".numts-check").count()).toBe(verdicts.length);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it("HTML holds plotly.js once when there are charts, and no link to load anything", () => {
      const text = readFileSync(html, "utf8");
      expect(text.split("* plotly.js v").length - 1).toBe(charts(cells).length > 0 ? 1 : 0);
      expect(text).not.toMatch(/<(script|link|img)\b[^>]*\b(src|href)="(https?:)?\/\//);
    });

    it("PDF: A4, title block, page numbers, every heading and printed number, the edition's cells", () => {
      expect(pageSize(pdf)).toMatch(/^595\.\d+ x 841\.\d+|^595\.\d+ x 842\.\d+/);
      const all = pages(pdf);
      const text = all.map((p) => p.text).join(" ");
      const { course, lecture, author } = nb.metadata.numts ?? { course: "?", lecture: "?", author: "?" };
      expect(all[0].text).toContain(squash(course));
      expect(all[0].text).toContain(squash(lecture));
      expect(all[0].text).toContain(squash(author));
      all.forEach((p, i) => expect(p.text).toContain(`page ${i + 1} of ${pageCount(pdf)}`));
      // (Booleans with the text as message: a failure names the heading, not the whole PDF.)
      for (const heading of headings(cells)) expect(text.includes(squash(heading)), `heading "${heading}"`).toBe(true);
      for (const number of printedNumbers(cells)) expect(text.includes(number), `printed number ${number}`).toBe(true);
      for (const cell of solutions) expect(text.includes(squash(signature(cell))), `solution "${signature(cell)}"`).toBe(edition === "instructor");
    });

    it("PDF: embeds its fonts, and only the shipped ones (Open Sans, DejaVu Sans Mono)", () => {
      const used = fonts(pdf);
      expect(used.filter((f) => !f.embedded)).toEqual([]);
      // Text inside SVG images (the lessons' diagrams) prints as Type 3 glyphs, unnamed; their
      // outlines are embedded too, from the shipped fonts (the only ones Chromium's fontconfig has).
      const named = used.filter((f) => f.type !== "Type 3");
      expect([...new Set(named.map((f) => f.name))].filter((name) => !/^(OpenSans|DejaVuSansMono)(-\w+)?$/.test(name))).toEqual([]);
      expect(used.map((f) => f.name)).toEqual(expect.arrayContaining(["OpenSans-Regular", "DejaVuSansMono"]));
    });

    it("PDF: each chart drawn as vectors, whole on one page, across the page's width", () => {
      expect(imageCount(pdf)).toBe(0);
      const all = words(pdf);
      const sizes = pages(pdf);
      const titled = charts(cells).filter((c) => c.title !== "");
      expect(titled.length).toBe(charts(cells).length); // every chart can be found by its title
      for (const chart of titled) {
        const places = find(all, chart.title).filter((w) => w.x > 100); // a chart's title is centred
        expect(places.length, `chart "${chart.title}"`).toBeGreaterThan(0);
        const { page, y } = places[places.length - 1];
        const { width, height } = sizes[page - 1];
        // Plotly's title sits near the chart's top; 1 CSS px is 0.75 pt when printed.
        const area = { x: 40, y, width: width - 80, height: chart.height * 0.75 - 40 };
        expect(y + area.height, `chart "${chart.title}" fits on page ${page}`).toBeLessThan(height - 40);
        const raster = rasterize(pdf, page, 50);
        expect(colouredPixels(raster, area), `drawn data under "${chart.title}"`).toBeGreaterThan(40);
        expect(colouredPixels(raster, { ...area, x: 40, width: (width - 80) / 2 }), "the left half").toBeGreaterThan(5);
        expect(colouredPixels(raster, { ...area, x: width / 2, width: (width - 80) / 2 }), "the right half").toBeGreaterThan(5);
      }
    });

    it("PDF: a short code cell is never split across pages", () => {
      const perPage = pages(pdf).map((p) => p.text);
      for (const cell of cells.filter((c) => c.cell_type === "code")) {
        const lines = (Array.isArray(cell.source) ? cell.source.join("") : cell.source).split("\n").map((l) => squash(l).slice(0, 40)).filter((l) => l.length >= 8);
        if (lines.length < 2 || lines.length > 25) continue;
        const on = (line: string) => perPage.flatMap((t, i) => (t.includes(line) ? [i] : []));
        const [first, last] = [on(lines[0]), on(lines[lines.length - 1])];
        expect(first.some((p) => last.includes(p)), `cell ${cell.id ?? ""}: "${lines[0]}" and "${lines[lines.length - 1]}" on one page`).toBe(true);
      }
    });
  });
});
