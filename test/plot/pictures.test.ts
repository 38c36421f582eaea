// Chart pictures do not depend on the machine: made under two font configurations (and two time
// zones and locales) they are the same bytes, they carry the subsets of the fonts their text uses,
// and an <img> of them looks the same whatever fonts the viewer has.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../kernel/kernelspec";
import { CHROMIUM } from "./browser/pages";
import { assertDifferent, type FontConfigurations, fontConfigurations } from "./fonts";

/** Makes the pictures in a process of its own, as a kernel does, and prints them (base64 SVG) as JSON. */
const MAKE_PICTURES = `
const { plot } = require(${JSON.stringify(join(ROOT, "plot/dist/index.js"))});
const { picture, whyNoPicture } = require(${JSON.stringify(join(ROOT, "plot/dist/picture.js"))});
const figures = [
  plot.scatter([1, 2, 3, 4], [4, 3, 1, 2], { color: ["b", "a", "b", "B"], title: "<b>Bold</b> and <i>italic</i>: η = 0.5, ∂L/∂w ≤ 1 − ε", xTitle: "Größe (µm)" }),
  plot.loss([1, 1e-3, 1e-6, 2e-7], { logY: true, title: "Loss on a log axis" }),
  plot.figure({
    data: [{ type: "scatter", x: [1710032400000, 1710050400000, 1710118800000], y: [1, 3, 2] }],
    layout: { title: { text: "Dates, in a monospace title", font: { family: "Courier New, monospace" } }, xaxis: { type: "date" },
      annotations: [{ text: "a family no machine has", x: 0.5, y: 0.5, xref: "paper", yref: "paper", showarrow: false, font: { family: "No Such Font" } }] },
  }),
  plot.contour([[0, 1, 2], [1, 2, 3], [2, 3, 5]], { title: "Contour with its colour bar" }),
];
const out = figures.map((f) => picture(JSON.stringify(f), f.size()) ?? "none: " + whyNoPicture());
process.stdout.write(JSON.stringify(out));
`;

const svgOf = (b64: string) => Buffer.from(b64, "base64").toString("utf8");

let configs: FontConfigurations;
const pictures: Record<"minimal" | "rich", string[]> = { minimal: [], rich: [] };
const browsers: Browser[] = [];

beforeAll(async () => {
  configs = fontConfigurations();
  assertDifferent(configs);
  const make = async (name: "minimal" | "rich") => {
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", MAKE_PICTURES], { env: configs[name], maxBuffer: 1 << 26 });
    pictures[name] = JSON.parse(stdout) as string[];
  };
  await Promise.all([make("minimal"), make("rich")]);
}, 120_000);

afterAll(async () => {
  for (const b of browsers) await b.close();
});

describe("pictures under two font configurations", () => {
  it("are made, and are the same bytes under both", () => {
    expect(pictures.minimal.filter((p) => p.startsWith("none"))).toEqual([]);
    expect(pictures.minimal.length).toBe(4);
    // (A boolean: a failure should not print four pictures.)
    expect(pictures.minimal.every((p, i) => p === pictures.rich[i])).toBe(true);
  });

  it("carry the subsets of the faces their text uses, and name only those families", () => {
    const faces = pictures.minimal.map((p) => [...svgOf(p).matchAll(/@font-face\{font-family:"([^"]+)";font-style:(\w+);font-weight:(\d+);(?:unicode-range:([^;]+);)?/g)].map((m) => `${m[1]} ${m[3]} ${m[2]}${m[4] ? ` ${m[4].split(",")[0]}` : ""}`));
    // Greek (η, ε), math (∂, ≤) and Latin (ö, µ, the ticks' minus) regular; bold from <b>, italic from <i>.
    const [greek, math, latin] = ["U+0370-0377", "U+0302-0303", "U+0000-00FF"];
    expect(faces[0]).toEqual([`Open Sans 400 normal ${greek}`, `Open Sans 400 normal ${math}`, `Open Sans 400 normal ${latin}`, `Open Sans 700 normal ${latin}`, `Open Sans 400 italic ${latin}`]);
    expect(faces[2].some((f) => f.startsWith("DejaVu Mono 400 normal"))).toBe(true);
    for (const p of pictures.minimal) {
      const families = new Set([...svgOf(p).matchAll(/font-family: ([^;"]+);/g)].map((m) => m[1]));
      expect([...families].filter((f) => f !== "'Open Sans'" && f !== "'DejaVu Mono'" && f !== "'DejaVu Mono', 'Open Sans'")).toEqual([]);
    }
  });

  it("an <img> of a picture looks the same in viewers with different fonts, and uses the fonts it carries", async () => {
    const shoot = async (env: NodeJS.ProcessEnv, svg: string) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"], env: env as Record<string, string> });
      browsers.push(browser);
      const page = await browser.newPage({ viewport: { width: 720, height: 400 } });
      await page.setContent(`<body style="margin: 0"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body>`);
      await page.waitForFunction(() => document.images[0].complete);
      await page.waitForTimeout(300);
      return page.screenshot();
    };
    const svg = svgOf(pictures.minimal[0]);
    const withoutFonts = svg.replace(/<style>[\s\S]*?<\/style>/, "");
    const [minimal, rich, bare] = await Promise.all([shoot(configs.minimal, svg), shoot(configs.rich, svg), shoot(configs.minimal, withoutFonts)]);
    expect(minimal.equals(rich)).toBe(true);
    expect(minimal.equals(bare)).toBe(false); // without the fonts it carries, the viewer's own show
  }, 90_000);
});
