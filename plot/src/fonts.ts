// The fonts charts and handouts are drawn with, shipped from npm (@fontsource), so that nothing
// depends on the fonts a machine happens to have: Open Sans (Plotly's own first choice) for all
// text, DejaVu Mono for code and monospace text. Pages load them as @font-face; the Chromium that
// draws chart pictures and prints handouts runs with a fontconfig of its own (see fontconfigFile)
// that knows only these fonts and fixes the rendering settings, in UTC.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { decodeWoff2 } from "./subset";

/** The font of every chart (layout.font.family): Open Sans, then Plotly's own fallbacks. */
export const FONT_FAMILY = '"Open Sans", verdana, arial, sans-serif';

/** The font of code in handouts, and of chart text that asks for a monospace font. */
export const CODE_FONT_FAMILY = '"DejaVu Mono", "Open Sans", monospace';

/** The families shipped, as pages name them (@fontsource's names). */
export const OPEN_SANS = "Open Sans";
export const DEJAVU_MONO = "DejaVu Mono";

/** One font file of a family: a weight and style, for the characters of its unicode-range. */
export interface FontFile {
  family: string;
  weight: number;
  style: "normal" | "italic";
  /** The characters the file is for (CSS unicode-range), or null for all it has. */
  unicodeRange: string | null;
  /** The WOFF2 file. */
  path: string;
}

const PACKAGES: { family: string; css: string }[] = [
  { family: OPEN_SANS, css: "@fontsource/open-sans" },
  { family: DEJAVU_MONO, css: "@fontsource/dejavu-mono" },
];

/** Regular, bold, italic and bold italic: what Plotly's text and `<b>`, `<i>` use. */
const FACES = ["400", "700", "400-italic", "700-italic"];

let files: FontFile[] | null = null;

/** Every font file shipped, read from the packages' own CSS (one @font-face per file). */
export function fontFiles(): FontFile[] {
  if (files !== null) return files;
  files = [];
  for (const { family, css } of PACKAGES) {
    for (const face of FACES) {
      const sheet = require.resolve(`${css}/${face}.css`);
      for (const rule of readFileSync(sheet, "utf8").matchAll(/@font-face\s*{([^}]*)}/g)) {
        const body = rule[1];
        const url = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body)?.[1];
        if (url === undefined) throw new Error(`${sheet}: an @font-face without a WOFF2 file`);
        files.push({
          family,
          weight: Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400),
          style: /font-style:\s*italic/.test(body) ? "italic" : "normal",
          unicodeRange: /unicode-range:\s*([^;]+);/.exec(body)?.[1].trim() ?? null,
          path: join(dirname(sheet), url),
        });
      }
    }
  }
  return files;
}

/** The code points a CSS unicode-range covers, as [first, last] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    if (to !== undefined) return [parseInt(from, 16), parseInt(to, 16)];
    return [parseInt(from.replace(/\?/g, "0"), 16), parseInt(from.replace(/\?/g, "F"), 16)];
  });
}

/** Whether a file is for code point `cp` (as the browser decides, by its unicode-range). */
export function covers(file: FontFile, cp: number): boolean {
  return file.unicodeRange === null || parseUnicodeRange(file.unicodeRange).some(([a, b]) => cp >= a && cp <= b);
}

/** The @font-face rule of a file, with `src` as its URL (a path the page serves, or a data: URI). */
export function fontFaceRule(file: FontFile, src: string): string {
  const range = file.unicodeRange === null ? "" : `unicode-range:${file.unicodeRange};`;
  return `@font-face{font-family:"${file.family}";font-style:${file.style};font-weight:${file.weight};${range}src:url(${src}) format("woff2");}`;
}

/** A data: URI of WOFF2 bytes. */
export function woff2DataUri(bytes: Uint8Array): string {
  return `data:font/woff2;base64,${Buffer.from(bytes).toString("base64")}`;
}

/** Chromium's rendering settings: unhinted glyphs at the fonts' own advance widths, greyscale antialiasing. */
const RENDERING = `<match target="pattern">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>`;

/** Generic CSS families, and the shipped fonts they mean (by the names inside the font files). */
const ALIASES: [string[], string][] = [
  [["sans-serif", "sans", "serif", "system-ui", "cursive", "fantasy"], "Open Sans"],
  [["monospace", "mono"], "DejaVu Sans Mono"],
];

function fontconfigXml(dir: string): string {
  const aliases = ALIASES.flatMap(([names, font]) => names.map((n) => `  <alias binding="same"><family>${n}</family><prefer><family>${font}</family></prefer></alias>`));
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- numts's fontconfig for the Chromium that draws chart pictures and prints handouts: the
     shipped fonts only (as TrueType, from @fontsource), whatever the machine has installed. -->
<fontconfig>
  <dir>${dir}</dir>
  <cachedir>${join(dir, "cache")}</cachedir>
${aliases.join("\n")}
  ${RENDERING}
</fontconfig>
`;
}

let fontconfig: Promise<string> | null = null;

/**
 * The fontconfig file Chromium runs with. It lists only the shipped fonts, so that text in a font
 * a page does not load (generic families, fallbacks) is still set in one of them, never in the
 * machine's; Chromium also needs some font there to set web fonts at all. The fonts are TrueType
 * (fontconfig's own formats), decoded once from the WOFF2 files into a folder of the temporary
 * directory named by their hash, so every process shares it and nothing is written elsewhere.
 */
export function fontconfigFile(): Promise<string> {
  fontconfig ??= (async () => {
    const sources = fontFiles().map((f) => f.path);
    const hash = createHash("sha256").update(fontconfigXml(""));
    for (const path of sources) hash.update(readFileSync(path));
    const dir = join(tmpdir(), `numts-fonts-${hash.digest("hex").slice(0, 16)}`);
    const names = sources.map((p) => basename(p, ".woff2") + ".ttf");
    const conf = join(dir, "fonts.conf");
    const complete = () => existsSync(conf) && names.every((n) => existsSync(join(dir, n)));
    if (complete()) return conf;
    // Made aside and renamed into place: another process may be making the same folder.
    mkdirSync(tmpdir(), { recursive: true });
    const scratch = mkdtempSync(`${dir}.`);
    for (const [i, path] of sources.entries()) writeFileSync(join(scratch, names[i]), await decodeWoff2(path));
    writeFileSync(join(scratch, "fonts.conf"), fontconfigXml(dir));
    if (!complete()) {
      rmSync(dir, { recursive: true, force: true }); // an incomplete one (a temp cleaner took files)
      try {
        renameSync(scratch, dir);
      } catch {
        // Another process put it in place first.
      }
    }
    rmSync(scratch, { recursive: true, force: true });
    return conf;
  })();
  return fontconfig;
}

/**
 * The environment of a Chromium that draws pictures or prints handouts: the machine's, with numts's
 * fontconfig, UTC (Plotly draws dates in the browser's time zone) and a fixed locale.
 */
export async function chromiumEnv(base: NodeJS.ProcessEnv = process.env): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !k.startsWith("FONTCONFIG_") && !k.startsWith("LC_")) env[k] = v;
  return { ...env, FONTCONFIG_FILE: await fontconfigFile(), TZ: "UTC", LANG: "C.UTF-8", LANGUAGE: "en" };
}

/** Chromium's flags for pictures and PDFs: headless, offline, and a fixed UI language. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--lang=en-US"];
