// numts's packages that the kernel's notebook imports, loaded when the kernel starts rather than
// by the cell that imports them. numts-plot starts Chromium for its charts' pictures when it is
// loaded, which takes 2-3 s: loaded at the cell that imports it, that cell (a lesson's first chart)
// waited for Chromium; loaded at start, Chromium starts while the student reads or the first cells run.

import { codeCells, escapeRegExp } from "./notebook";
import type { NotebookFile } from "./platform";

/**
 * The packages worth loading early, in this order. Loading them only loads code (numts-plot also
 * starts its picture renderer, in the background), so loading them before the cell that imports
 * them changes no output; a package whose import registers anything with the kernel (numts-widgets'
 * comms) or runs a lesson's setup is not one of them.
 */
export const PRELOADED_PACKAGES: readonly string[] = ["numts", "numts-plot"];

/**
 * Beside more notebooks than this (and no word of which one the kernel runs), none is read: the
 * kernel cannot tell which is its own, and reading them all would delay its first cell.
 */
export const NOTEBOOKS_READ_AT_MOST = 10;

/** What an import of `name` (or a module of it) looks like: `import … from`, `import "…"`, `import(…)`, `require(…)`. */
function importOf(name: string): RegExp {
  return new RegExp(`(?:\\bfrom|\\bimport\\s*\\(?|\\brequire\\s*\\()\\s*["']${escapeRegExp(name)}(?:/[^"']*)?["']`);
}

/** Which of `candidates` a code cell of one of `notebooks` imports, in the order of `candidates`. */
export function importedPackages(notebooks: readonly NotebookFile[], candidates: readonly string[] = PRELOADED_PACKAGES): string[] {
  const sources = notebooks.flatMap(codeCells);
  return candidates.filter((name) => {
    const pattern = importOf(name);
    return sources.some((source) => pattern.test(source));
  });
}
