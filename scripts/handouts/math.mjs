// Math in the handout, typeset once when the handout is made (MathJax 3 from npm, SVG output),
// so that the page needs no MathJax at all: it opens offline with nothing to load or wait for,
// and prints as vectors. Only markdown cells are typeset (the template marks them): a `$` in
// code or in a printed output stays text, as in Jupyter.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** MathJax's modules, loaded when first needed (npm run handouts installs them first). */
let mj = null;
function loadMathJax() {
  if (mj === null) {
    const { liteAdaptor } = require("mathjax-full/js/adaptors/liteAdaptor.js");
    mj = {
      mathjax: require("mathjax-full/js/mathjax.js").mathjax,
      TeX: require("mathjax-full/js/input/tex.js").TeX,
      SVG: require("mathjax-full/js/output/svg.js").SVG,
      packages: require("mathjax-full/js/input/tex/AllPackages.js").AllPackages,
      adaptor: liteAdaptor(),
    };
    require("mathjax-full/js/handlers/html.js").RegisterHTMLHandler(mj.adaptor);
  }
  return mj;
}

const TEX_OPTIONS = {
  // The delimiters Jupyter's markdown renders.
  inlineMath: [["$", "$"], ["\\(", "\\)"]],
  displayMath: [["$$", "$$"], ["\\[", "\\]"]],
  processEscapes: true,
};

/** Where the template put markdown cells' HTML. */
const MARKED = /<!--numts:math-->([\s\S]*?)<!--\/numts:math-->/g;

/** TeX's complaint about a formula, or null when it typeset. */
function texError(item) {
  let message = null;
  item.root.walkTree((node) => {
    if (message === null && node.isKind("merror")) message = node.attributes.get("data-mjx-error") ?? "invalid TeX";
  });
  return message;
}

/**
 * Typesets the math of the marked markdown cells in `html` (nbconvert's page): each formula
 * becomes an inline SVG, and MathJax's stylesheet goes into the head. Returns the page, how
 * many formulas there were, and those TeX could not read (shown in red, as Jupyter does).
 */
export function typesetMath(html) {
  const { mathjax, TeX, SVG, packages, adaptor } = loadMathJax();
  // Without "noundefined", an unknown macro is an error we can report, not silent red text.
  const tex = new TeX({ ...TEX_OPTIONS, packages: packages.filter((name) => name !== "noundefined") });
  // Each formula's SVG carries its own glyphs, so no formula depends on another's.
  const svg = new SVG({ fontCache: "local" });
  let count = 0;
  let sheet = "";
  const errors = [];
  const page = html.replace(MARKED, (_all, fragment) => {
    const doc = mathjax.document(`<div>${fragment}</div>`, { InputJax: tex, OutputJax: svg });
    doc.render();
    for (const item of doc.math) {
      count++;
      const message = texError(item);
      if (message !== null) errors.push({ tex: item.math, message });
    }
    if (count > 0 && sheet === "") sheet = adaptor.textContent(svg.styleSheet(doc));
    const typeset = adaptor.innerHTML(adaptor.firstChild(adaptor.body(doc.document)));
    // Punctuation right after a formula stays on its line (a formula is a box a line may end after).
    return typeset.replace(/(<mjx-container[^>]*>(?:(?!<\/mjx-container>)[\s\S])*<\/mjx-container>)([.,;:!?)]+)/g, (_m, math, marks) => `<span style="white-space: nowrap">${math}${marks}</span>`);
  });
  return { html: sheet === "" ? page : page.replace("</head>", () => `<style type="text/css">${sheet}</style>\n</head>`), count, errors };
}
