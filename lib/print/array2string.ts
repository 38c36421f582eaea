// Laying out an array as text: NumPy's array2string, str and repr (numpy/_core/arrayprint.py).
import { type ArrayView, isFloat } from "../core/dtype";
import { elementFormatter, type ElementFormatter, integerText } from "./formatters";
import { formatPythonFloat } from "./float";
import { get_printoptions, mergeOptions, type PrintOptions } from "./options";

/** Options of `array2string`: print options for this call plus the layout arguments. */
export interface Array2StringOptions extends Partial<PrintOptions> {
  /** Characters per line (NumPy's `max_line_width`; default `linewidth`). */
  max_line_width?: number;
  /** Same as `suppress` (NumPy's `suppress_small`). */
  suppress_small?: boolean;
  /** Between elements (default " "). */
  separator?: string;
  /** Text that will precede the result, so wrapped lines are indented to match (default ""). */
  prefix?: string;
  /** Text that will follow the result; the last line leaves room for it (default ""). */
  suffix?: string;
}

/** Element at `index` (one entry per axis, negatives from the end). */
function at(view: ArrayView, index: readonly number[]): number {
  let offset = view.offset;
  index.forEach((i, axis) => {
    offset += (i < 0 ? i + view.shape[axis] : i) * view.strides[axis];
  });
  return view.data[offset];
}

/** The values that will be shown: all of them, or only `edge` items at both ends of each axis. */
function shownValues(view: ArrayView, summarize: boolean, edge: number): number[] {
  const out: number[] = [];
  const walk = (axis: number, offset: number): void => {
    if (axis === view.shape.length) {
      out.push(view.data[offset]);
      return;
    }
    const n = view.shape[axis];
    const visit = (i: number) => walk(axis + 1, offset + i * view.strides[axis]);
    if (summarize && n > 2 * edge) {
      for (let i = 0; i < edge; i++) visit(i);
      for (let i = n - edge; i < n; i++) visit(i);
    } else {
      for (let i = 0; i < n; i++) visit(i);
    }
  };
  walk(0, view.offset);
  return out;
}

/** NumPy's _extendLine: appends `word`, wrapping first when the line would get too long. */
function extendLine(s: string, line: string, word: string, width: number, nextLinePrefix: string): [string, string] {
  const needsWrap = line.length + word.length > width && line.length > nextLinePrefix.length;
  if (needsWrap) {
    s += line.trimEnd() + "\n";
    line = nextLinePrefix;
  }
  return [s, line + word];
}

/** NumPy's _formatArray: nested brackets, separators, wrapping and the `...` of summaries. */
function formatArray(
  view: ArrayView,
  format: ElementFormatter,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  edgeItems: number,
  summaryInsert: string,
): string {
  const ndim = view.shape.length;
  const recurse = (index: number[], hangingIndent: string, currWidth: number): string => {
    const axis = index.length;
    const axesLeft = ndim - axis;
    if (axesLeft === 0) return format(at(view, index));
    const nextHangingIndent = hangingIndent + " ";
    const nextWidth = currWidth - 1; // room for the closing "]"
    const n = view.shape[axis];
    const showSummary = summaryInsert !== "" && 2 * edgeItems < n;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : n;
    let s = "";
    if (axesLeft === 1) {
      const elemWidth = currWidth - Math.max(separator.trimEnd().length, 1);
      let line = hangingIndent;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLine(s, line, recurse([...index, i], nextHangingIndent, nextWidth), elemWidth, hangingIndent);
        line += separator;
      }
      if (showSummary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLine(s, line, recurse([...index, -i], nextHangingIndent, nextWidth), elemWidth, hangingIndent);
        line += separator;
      }
      [s, line] = extendLine(s, line, recurse([...index, -1], nextHangingIndent, nextWidth), elemWidth, hangingIndent);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + "\n".repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hangingIndent + recurse([...index, i], nextHangingIndent, nextWidth) + lineSep;
      if (showSummary) s += hangingIndent + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) s += hangingIndent + recurse([...index, -i], nextHangingIndent, nextWidth) + lineSep;
      s += hangingIndent + recurse([...index, -1], nextHangingIndent, nextWidth);
    }
    return "[" + s.slice(hangingIndent.length) + "]";
  };
  return recurse([], nextLinePrefix, lineWidth);
}

function size(view: ArrayView): number {
  return view.shape.reduce((p, n) => p * n, 1);
}

/** The text of an array under fully resolved options (NumPy's _array2string). */
function layout(view: ArrayView, o: PrintOptions, separator: string, prefix: string): string {
  const summarize = size(view) > o.threshold;
  const values = shownValues(view, summarize, o.edgeitems);
  const format = elementFormatter(view.dtype, values, o, view.shape.length === 0);
  return formatArray(view, format, o.linewidth, " " + " ".repeat(prefix.length), separator, o.edgeitems, summarize ? "..." : "");
}

/** The text of an array, NumPy's array2string on a view (the public one is in ./index); `caller` names it in errors. */
export function array2string(view: ArrayView, options: Array2StringOptions = {}, caller = "array2string"): string {
  const { max_line_width, suppress_small, separator = " ", prefix = "", suffix = "", ...printOptions } = options;
  const o = mergeOptions(get_printoptions(), { ...printOptions, linewidth: max_line_width ?? printOptions.linewidth, suppress: suppress_small ?? printOptions.suppress }, caller);
  o.linewidth -= suffix.length;
  if (size(view) === 0) return "[]";
  return layout(view, o, separator, prefix);
}

/** The single value of a 0-d array as NumPy's scalar `str` shows it: `36.0`, `5`, `True`. */
function scalarStr(view: ArrayView): string {
  const x = view.data[view.offset];
  if (view.dtype === "bool") return x !== 0 ? "True" : "False";
  if (!isFloat(view.dtype)) return integerText(x);
  return formatPythonFloat(x, view.dtype === "float32");
}

/**
 * NumPy's `str(a)`: what `print(a)` shows. A 0-d array shows its value like a Python scalar.
 * @example
 * String(np.array([[1, 2], [3, 4]]));  // "[[1. 2.]\n [3. 4.]]"
 */
export function arrayStr(view: ArrayView): string {
  if (view.shape.length === 0) return scalarStr(view);
  return array2string(view);
}

const DEFAULT_DTYPES = new Set(["float64", "int64", "bool"]);

/** A shape as NumPy writes it in repr: `(2, 0)`, `(1001,)`. */
function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/**
 * NumPy's `repr(a)`: `array([1., 2.])`, naming the dtype where the values do not imply it
 * and the shape where the text does not show it (empty or summarised arrays).
 */
export function arrayRepr(view: ArrayView): string {
  const o = get_printoptions();
  const prefix = "array(";
  const body = array2string(view, { separator: ", ", prefix, suffix: ")" });
  const n = size(view);
  const extras: string[] = [];
  if ((n === 0 && !(view.shape.length === 1 && view.shape[0] === 0)) || n > o.threshold) extras.push(`shape=${shapeText(view.shape)}`);
  // float64, int64 and bool are NumPy's default types, implied by the values unless there are none.
  if (n === 0 || !DEFAULT_DTYPES.has(view.dtype)) extras.push(`dtype=${view.dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const text = `${prefix}${body},`;
  const extraText = `${extras.join(", ")})`;
  const lastLine = text.length - (text.lastIndexOf("\n") + 1);
  const spacer = lastLine + extraText.length + 1 > o.linewidth ? "\n" + " ".repeat(prefix.length) : " ";
  return text + spacer + extraText;
}
