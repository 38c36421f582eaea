// Text as Jupyter needs it: well-formed Unicode, and cursor positions in code points.

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `value` with every lone surrogate in its strings replaced by U+FFFD, as `toWellFormed` does.
 * JavaScript strings may hold half of a surrogate pair (`"😀".slice(0, 1)`); JSON carries it as
 * an escape, but Jupyter's Python side then cannot write the notebook ("surrogates not allowed"),
 * so nothing the kernel sends may contain one. Objects are copied only where something changed.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === "string") {
    LONE_SURROGATE.lastIndex = 0;
    return (LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATE, "\uFFFD") : value) as T;
  }
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const fixed = wellFormed(item);
      if (fixed !== item) (copy ??= value.slice())[i] = fixed;
    });
    return (copy ?? value) as T;
  }
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const fixed = wellFormed(item);
    const fixedKey = wellFormed(key);
    if (fixed !== item || fixedKey !== key) {
      copy ??= { ...(value as Record<string, unknown>) };
      if (fixedKey !== key) delete copy[key];
      copy[fixedKey] = fixed;
    }
  }
  return (copy ?? value) as T;
}

/** Jupyter counts cursor positions in code points; JavaScript strings index UTF-16 units. */
export function toUtf16(code: string, codePoints: number): number {
  return Array.from(code).slice(0, codePoints).join("").length;
}

/** The code-point offset of a UTF-16 offset. */
export function toCodePoints(code: string, utf16: number): number {
  return Array.from(code.slice(0, utf16)).length;
}
