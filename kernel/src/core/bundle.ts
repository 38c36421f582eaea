// How a value is shown: a MIME bundle ({"text/plain": ..., "text/html": ...}) for Jupyter.
import { isDisplayable, JUPYTER_DISPLAY, type MimeBundle } from "../display";
import type { InspectOptions } from "./platform";

/**
 * The MIME bundle for a value: its own (the display protocol), or its text as the runtime's
 * console shows it (`inspect`; NumPy's repr for numts arrays). An object whose display method
 * returns an empty bundle shows nothing.
 */
export function bundleOf(value: unknown, inspect: (value: unknown, options?: InspectOptions) => string): MimeBundle {
  if (isDisplayable(value)) {
    const bundle = value[JUPYTER_DISPLAY]();
    if (typeof bundle === "object" && bundle !== null) {
      if (Object.keys(bundle).length === 0) return bundle;
      return "text/plain" in bundle ? bundle : { ...bundle, "text/plain": inspect(value) };
    }
  }
  return { "text/plain": inspect(value, { depth: 4, maxArrayLength: 100, breakLength: 100 }) };
}
