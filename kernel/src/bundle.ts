// How a value is shown: a MIME bundle ({"text/plain": ..., "text/html": ...}) for Jupyter.
import { inspect } from "node:util";

/** A MIME bundle: output data keyed by MIME type (e.g. "text/html", "image/png"). */
export type MimeBundle = Record<string, unknown>;

/**
 * The display protocol (the same as Deno's Jupyter kernel): an object with a method under this
 * symbol returning a MIME bundle is shown richly, as a cell's value and through `display()`.
 */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

function isDisplayable(value: unknown): value is Displayable {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as Partial<Displayable>)[JUPYTER_DISPLAY] === "function";
}

/**
 * The MIME bundle for a value: its own, or its `util.inspect` text (NumPy's repr for arrays).
 * An object whose display method returns an empty bundle shows nothing.
 */
export function bundleOf(value: unknown): MimeBundle {
  if (isDisplayable(value)) {
    const bundle = value[JUPYTER_DISPLAY]();
    if (typeof bundle === "object" && bundle !== null) {
      if (Object.keys(bundle).length === 0) return bundle;
      return "text/plain" in bundle ? bundle : { ...bundle, "text/plain": inspect(value) };
    }
  }
  return { "text/plain": inspect(value, { depth: 4, maxArrayLength: 100, breakLength: 100 }) };
}
