// The handout's fonts: numts-plot's own (Open Sans for text, DejaVu Mono for code), embedded in the
// page as @font-face data: URIs, each cut down to the characters the page can show, so the handout
// looks the same on every machine and prints with the same fonts. Chromium prints it with
// numts-plot's fontconfig, which knows no other fonts.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildPackages, root, step } from "../jupyter.mjs";

/** numts-plot's font modules (built, as the kernel uses them; built first on a fresh clone). */
export function plotFonts() {
  const dist = join(root, "plot", "dist");
  if (!existsSync(join(dist, "fonts.js"))) {
    step("Building numts, the kernel and the charts (the handouts use the charts' fonts)");
    buildPackages();
  }
  const require = createRequire(join(dist, "index.js"));
  return { ...require("./fonts.js"), ...require("./subset.js") };
}

/** Characters a chart can draw that its text may not show yet: Plotly's tick labels (digits, −, SI prefixes such as µ). */
const CHART_CHARACTERS = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i), ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i), 0x2212, 0x3bc, 0x2026];

/**
 * The stylesheet that sets the handout in the shipped fonts: JupyterLab's font variables, and
 * an @font-face subset of every font file for the characters of `html` (the page) it covers.
 */
export async function fontStylesheet(html) {
  const { fontFiles, covers, fontFaceRule, woff2DataUri, subsetWoff2, FONT_FAMILY, CODE_FONT_FAMILY } = plotFonts();
  const chars = new Set(CHART_CHARACTERS);
  for (const ch of html) chars.add(ch.codePointAt(0));
  const sorted = [...chars].sort((a, b) => a - b);
  const rules = [];
  for (const file of fontFiles()) {
    const cps = sorted.filter((cp) => covers(file, cp));
    if (cps.length > 0) rules.push(fontFaceRule(file, woff2DataUri(await subsetWoff2(file.path, cps))));
  }
  const variables = [
    `--jp-content-font-family: ${FONT_FAMILY};`,
    `--jp-ui-font-family: ${FONT_FAMILY};`,
    `--jp-code-font-family-default: ${CODE_FONT_FAMILY};`,
    `--jp-code-font-family: ${CODE_FONT_FAMILY};`,
  ];
  return `${rules.join("\n")}\n:root {\n  ${variables.join("\n  ")}\n}\nbody {\n  font-family: ${FONT_FAMILY};\n}`;
}
