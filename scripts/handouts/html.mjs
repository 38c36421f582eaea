// The handout's HTML: nbconvert (Debian's jupyter-nbconvert) with our template, then made
// self-contained: math typeset into SVG, the fonts embedded, plotly.js (numts-plot's copy) once
// in the head.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PYTHON, root } from "../jupyter.mjs";
import { fontStylesheet } from "./fonts.mjs";
import { typesetMath } from "./math.mjs";

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), "template");

/** plotly.js as numts-plot uses it (without importing numts-plot, which starts Chromium). */
function plotlySource() {
  const path = createRequire(join(root, "plot", "package.json")).resolve("plotly.js-dist-min/plotly.min.js");
  // "</script" in the code would end the element early; in JS strings "<\/" is the same text.
  return readFileSync(path, "utf8").replace(/<\/(script)/gi, "<\\/$1");
}

/**
 * Converts a notebook (already the edition's) to the handout page. `dir` is the notebook's
 * folder: nbconvert embeds the images markdown cells link to, relative to it.
 * Returns the HTML and the TeX errors of its formulas.
 */
export async function notebookToHtml(nb, dir, { file, charts, env }) {
  const run = spawnSync(
    PYTHON,
    ["-m", "nbconvert", "--stdin", "--stdout", "--to", "html", `--TemplateExporter.extra_template_basedirs=${TEMPLATES}`, "--template", "handout", "--HTMLExporter.embed_images=True", "--no-prompt"],
    { input: JSON.stringify(nb), cwd: dir, env, encoding: "utf8", maxBuffer: 1 << 30 },
  );
  if (run.error !== undefined || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split("\n").slice(-8).join("\n");
    throw new Error(`${file}: nbconvert could not convert it to HTML:\n${why}\nIf the notebook is invalid, open and save it in Jupyter (or restore it with git).`);
  }
  const { html, errors } = typesetMath(run.stdout);
  const fonts = `<style type="text/css">\n${await fontStylesheet(html)}\n</style>\n`;
  const plotly = charts > 0 ? `<script type="text/javascript">\n${plotlySource()}\n</script>\n` : "";
  // A function as replacement: plotly.js is full of "$&"-like patterns that replace() would expand.
  return { html: html.replace("</head>", () => `${fonts}${plotly}</head>`), errors };
}
