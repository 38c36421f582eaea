// Reading a PDF with poppler-utils (Debian's): its text per page, where words are, its pages
// as pixels, its embedded images and fonts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whitespace as one space: text wraps differently in a PDF. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

export interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
}

export function pageSize(pdf: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? "";
}

/** Each page's text (pdftotext) and size. */
export function pages(pdf: string): PdfPage[] {
  const bbox = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    text: squash([...m[3].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescapeXml(w[1])).join(" ")),
  }));
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Every word with its page (from 1) and top-left corner in points. */
export function words(pdf: string): Word[] {
  const bbox = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const out: Word[] = [];
  [...bbox.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].forEach((p, i) => {
    for (const w of p[1].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) out.push({ page: i + 1, x: Number(w[1]), y: Number(w[2]), text: unescapeXml(w[3]) });
  });
  return out;
}

/** Where a phrase starts: its first word's position, for each place it occurs. */
export function find(all: Word[], phrase: string): Word[] {
  const want = squash(phrase).split(" ");
  return all.filter((_, i) => want.every((w, k) => all[i + k]?.text === w && all[i + k].page === all[i].page));
}

export interface Raster {
  width: number;
  height: number;
  /** Pixels per point. */
  scale: number;
  rgb: Buffer;
}

/** One page as pixels (pdftoppm's binary PPM: a short header, then RGB bytes). */
export function rasterize(pdf: string, page: number, dpi: number): Raster {
  const dir = mkdtempSync(join(tmpdir(), "numts-pdf-"));
  try {
    execFileSync("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), pdf, join(dir, "page")]);
    const data = readFileSync(join(dir, readdirSync(dir)[0]));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString("latin1"));
    if (header === null) throw new Error("pdftoppm did not write a binary PPM");
    return { width: Number(header[1]), height: Number(header[2]), scale: dpi / 72, rgb: data.subarray(header[0].length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many clearly coloured pixels (not white, grey or black: drawn data) a region holds, in points. */
export function colouredPixels(r: Raster, region: { x: number; y: number; width: number; height: number }): number {
  let n = 0;
  const [x0, y0] = [Math.max(0, Math.floor(region.x * r.scale)), Math.max(0, Math.floor(region.y * r.scale))];
  const [x1, y1] = [Math.min(r.width, Math.ceil((region.x + region.width) * r.scale)), Math.min(r.height, Math.ceil((region.y + region.height) * r.scale))];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * r.width + x) * 3;
      const [red, green, blue] = [r.rgb[i], r.rgb[i + 1], r.rgb[i + 2]];
      if (Math.max(red, green, blue) - Math.min(red, green, blue) > 60) n++;
    }
  }
  return n;
}

/** How many raster images the PDF embeds (vector charts and formulas embed none). */
export function imageCount(pdf: string): number {
  return execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").length - 2;
}

export interface PdfFont {
  /** The font's name without the subset tag (AAAAAA+OpenSans-Regular is OpenSans-Regular). */
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts the PDF uses (pdffonts), one entry per font object. */
export function fonts(pdf: string): PdfFont[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
    if (m === null) throw new Error(`pdffonts printed a line this test cannot read: ${line}`);
    return { name: m[1].replace(/^[A-Z]{6}\+/, ""), type: m[2], embedded: m[4] === "yes" };
  });
}
