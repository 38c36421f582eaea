// The worker thread behind picture.ts: drives a headless Chromium page holding plotly.js and the
// shipped fonts, and answers each figure with its SVG (Plotly.toImage) carrying the subsets of the
// fonts its text uses (so it looks the same in any viewer, fonts installed or not). After each
// answer it flips the shared signal that the waiting thread blocks on.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type MessagePort, workerData } from "node:worker_threads";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { hasSeed, newProfile, saveSeed, seedFolder, stamp } from "./chromium-cache";
import { CHROMIUM_ARGS, chromiumEnv, covers, DEJAVU_MONO, type FontFile, fontFaceRule, fontFiles, OPEN_SANS, woff2DataUri } from "./fonts";
import type { PictureAnswer, PictureRequest } from "./picture";
import { subsetWoff2 } from "./subset";

const { chromium: executablePath, plotly, signal, port } = workerData as { chromium: string; plotly: string; signal: Int32Array; port: MessagePort };

/**
 * The page's made-up host. Chromium resolves it to this worker's own server, and no other host at
 * all, so the page is offline; its address stays the same from one kernel to the next (the port
 * does not), which Chromium's caches need (./chromium-cache.ts).
 */
const HOST = "numts-picture.invalid";
const ORIGIN = `http://${HOST}`;
/** plotly.js's address names its file (path, size, time), so that another plotly.js is never taken for the cached one. */
const PLOTLY_URL = `/plotly-${createHash("sha256").update(stamp(plotly)).digest("hex").slice(0, 12)}.js`;
/** The page may fetch nothing but its own server's files and data: URLs (a figure's image from elsewhere is refused). */
const CSP = "default-src 'self' data: blob: 'unsafe-inline' 'unsafe-eval'";

/** Serves the page, plotly.js and the fonts on a port of the loopback interface; resolves to the port. */
function serve(): Promise<number> {
  const files = fontFiles();
  const html =
    `<!doctype html><html><head><meta charset="utf-8">` +
    `<style>${files.map((f, i) => fontFaceRule(f, `/fonts/${i}.woff2`)).join("\n")}</style>` +
    `<script src="${PLOTLY_URL}"></script></head><body></body></html>`;
  // plotly.js and the fonts never change under their addresses: Chromium keeps them, and plotly.js's compiled code.
  const immutable = { "cache-control": "public, max-age=31536000, immutable" };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", ORIGIN).pathname;
    const font = /^\/fonts\/(\d+)\.woff2$/.exec(path);
    if (path === "/") response.writeHead(200, { "content-type": "text/html", "cache-control": "no-store", "content-security-policy": CSP }).end(html);
    else if (path === PLOTLY_URL) response.writeHead(200, { "content-type": "text/javascript", ...immutable }).end(readFileSync(plotly));
    else if (font !== null && files[Number(font[1])] !== undefined) response.writeHead(200, { "content-type": "font/woff2", ...immutable }).end(readFileSync(files[Number(font[1])].path));
    else response.writeHead(404).end();
  });
  server.unref();
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

// plotly.js's address is part of the key: a seed holds its compiled code under that address only.
const seed = seedFolder(executablePath, plotly, [...CHROMIUM_ARGS, `${ORIGIN}${PLOTLY_URL}`]);

async function launch(userDataDir: string, serverPort: number): Promise<BrowserContext> {
  const args = [...CHROMIUM_ARGS, "--no-proxy-server", `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${serverPort}, MAP * ~NOTFOUND`];
  return chromium.launchPersistentContext(userDataDir, { executablePath, args, env: await chromiumEnv() });
}

/**
 * Whether this renderer makes the seed: there is none yet. Its page is then loaded a second time
 * (Chromium keeps a script's compiled code at its second load), and after the first picture its
 * profile's caches are copied into the seed, once per plotly.js and Chromium. Chromium is still
 * running then: the copy is what a crash would leave, which Chromium's caches are made to recover
 * from (an entry cut short is a miss).
 */
let seeding = !hasSeed(seed);
/** The renderer's profile. */
const profile = newProfile(seed);

async function openPage(serverPort: number): Promise<Page> {
  const context = await launch(profile, serverPort);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${ORIGIN}/`);
  if (seeding) await page.goto(`${ORIGIN}/`);
  return page;
}

/** What the page returns: the SVG and, for each piece of text, the shipped families and face it is set in. */
interface Drawn {
  svg: string;
  runs: { families: string[]; weight: number; italic: boolean; text: string }[];
}

/**
 * Runs in the page: plotly.js draws off-screen and serialises the SVG. Font stacks are made to end
 * in a shipped family (there are no others), and in the SVG they name only shipped families: a
 * viewer then sets each character in the same embedded face as Chromium did.
 */
async function toSvg({ request, shipped }: { request: PictureRequest; shipped: { sans: string; mono: string } }): Promise<Drawn> {
  // plotly.js names clip paths and gradients with Math.random(); a fixed seed gives fixed bytes.
  let seed = 0x2545f491;
  Math.random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const families = [shipped.sans, shipped.mono];
  const names = (stack: string) => stack.split(",").map((name) => name.trim().replace(/^["']|["']$/g, "")).filter((name) => name !== "");
  const isShipped = (name: string) => families.some((f) => f.toLowerCase() === name.toLowerCase());
  const generic = (name: string) => (name === "monospace" ? shipped.mono : ["sans-serif", "serif", "system-ui", "cursive", "fantasy", "ui-sans-serif"].includes(name) ? shipped.sans : name);
  const used = new Set([shipped.sans]);
  const resolve = (stack: string) => {
    const list = names(stack).map(generic);
    if (!list.some(isShipped)) list.push(shipped.sans);
    for (const name of list) if (isShipped(name)) used.add(families.find((f) => f.toLowerCase() === name.toLowerCase()) as string);
    return [...new Set(list)].map((n) => `"${n}"`).join(", ");
  };
  // Every `family` in the figure (layout.font, titles, axes, traces' text, arrays of families),
  // and all its text, for the fonts to load.
  const strings: string[] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") strings.push(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === "family" ? (typeof v === "string" ? resolve(v) : Array.isArray(v) ? v.map((s) => (typeof s === "string" ? resolve(s) : s)) : v) : walk(v)]),
    );
  };
  const figure = walk(JSON.parse(request.json)) as { data: unknown[]; layout: Record<string, unknown> };
  const layout = { ...figure.layout, width: request.width, height: request.height };
  // Plotly measures text as it draws: the faces that can set the figure's text are loaded first
  // (by unicode-range, only the files its characters need), with what Plotly writes itself:
  // numbers, dates, the minus sign and SI prefixes.
  const text = strings.join("") + " 0123456789.,:+-−eE%$kMGTPEmµμnpfazyKBhdabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const faces = [...used].flatMap((family) => ["normal", "italic"].flatMap((style) => ["400", "700"].map((weight) => `${style} ${weight} 16px "${family}"`)));
  await Promise.all(faces.map((font) => document.fonts.load(font, text)));
  const Plotly = (globalThis as unknown as { Plotly: { toImage(fig: unknown, opts: unknown): Promise<string> } }).Plotly;
  const svg = await Plotly.toImage({ data: figure.data, layout }, { format: "svg", width: request.width, height: request.height, imageDataOnly: true });

  // Which face sets each piece of text: read from a copy of the picture in the page.
  const host = document.createElement("div");
  host.style.cssText = "position: absolute; left: -10000px; top: 0;";
  host.append(document.importNode(new DOMParser().parseFromString(svg, "image/svg+xml").documentElement, true));
  document.body.append(host);
  const runs: Drawn["runs"] = [];
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element === null || element.closest("text") === null || node.nodeValue === null || node.nodeValue === "") continue;
    const style = getComputedStyle(element);
    runs.push({ families: names(style.fontFamily).filter(isShipped), weight: Number(style.fontWeight), italic: style.fontStyle !== "normal", text: node.nodeValue });
  }
  host.remove();
  // Plotly writes each stack as `font-family: 'Open Sans', verdana, ...;` in a style attribute.
  const only = (stack: string) => [...new Set(names(stack).filter(isShipped))].map((n) => `'${n}'`).join(", ");
  return { svg: svg.replace(/font-family: ([^;"]+);/g, (_m, stack: string) => `font-family: ${only(stack)};`), runs };
}

/** CSS's choice among the shipped weights (400 and 700) for a requested weight. */
const shippedWeight = (weight: number) => (weight > 500 ? 700 : 400);

/** The file that sets character `cp` in the first of `families` that has it, as the browser picks it. */
function fileFor(cp: number, families: string[], weight: number, italic: boolean): FontFile | undefined {
  const style = italic ? "italic" : "normal";
  for (const family of families) {
    const file = fontFiles().find((f) => f.family.toLowerCase() === family.toLowerCase() && f.weight === weight && f.style === style && covers(f, cp));
    if (file !== undefined) return file;
  }
  return undefined;
}

const subsets = new Map<string, Promise<string>>();

/** The @font-face rules that give `drawn`'s text its faces: one subset per font file used. */
async function embeddedFonts(drawn: Drawn): Promise<string> {
  const used = new Map<FontFile, Set<number>>();
  for (const run of drawn.runs) {
    for (const char of run.text) {
      const cp = char.codePointAt(0) as number;
      const file = fileFor(cp, run.families, shippedWeight(run.weight), run.italic);
      if (file === undefined) continue;
      if (!used.has(file)) used.set(file, new Set());
      used.get(file)?.add(cp);
    }
  }
  // In the order of fontFiles(), so the same text always gives the same bytes.
  const rules = fontFiles()
    .filter((f) => used.has(f))
    .map((file) => {
      const cps = [...(used.get(file) as Set<number>)].sort((a, b) => a - b);
      const key = `${file.path}:${cps.join(",")}`;
      let rule = subsets.get(key);
      if (rule === undefined) subsets.set(key, (rule = subsetWoff2(file.path, cps).then((bytes) => fontFaceRule(file, woff2DataUri(bytes)))));
      return rule;
    });
  if (subsets.size > 256) subsets.delete(subsets.keys().next().value as string);
  return (await Promise.all(rules)).join("");
}

async function picture(p: Page, request: PictureRequest): Promise<PictureAnswer> {
  let drawn: Drawn;
  try {
    drawn = await p.evaluate(toSvg, { request, shipped: { sans: OPEN_SANS, mono: DEJAVU_MONO } });
  } catch (error) {
    return { error: `plotly.js could not draw the figure: ${(error as Error).message.split("\n")[0]}` };
  }
  const fonts = await embeddedFonts(drawn);
  return { svg: fonts === "" ? drawn.svg : drawn.svg.replace(/^<svg\b[^>]*>/, (open) => `${open}<style>${fonts}</style>`) };
}

const served = serve();
const page = served.then(openPage);
// HarfBuzz and woff2 compile their WebAssembly (about a second) while Chromium starts.
const latin = fontFiles().find((f) => f.family === OPEN_SANS && f.weight === 400 && f.style === "normal" && covers(f, 0x41));
if (latin !== undefined) subsetWoff2(latin.path, [0x20]).catch(() => undefined);

function answer(message: PictureAnswer): void {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on("message", (request: PictureRequest) => {
  page.then(
    (p) =>
      picture(p, request)
        .then(answer, (error: Error) => answer({ error: `the picture's fonts could not be embedded: ${error.message.split("\n")[0]}` }))
        .then(() => {
          if (!seeding) return;
          seeding = false;
          setTimeout(() => saveSeed(profile, seed), 0);
        }),
    (error: Error) => answer({ error: `launch: Chromium did not start: ${error.message.split("\n")[0]}` }),
  );
});
