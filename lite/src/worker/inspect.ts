// Values as text, as Node's util.inspect and console.log show them, so that a cell prints the
// same in the browser as in the Node kernel: numts's arrays and the lessons' verdicts through
// their `nodejs.util.inspect.custom` method (NumPy's repr), strings quoted inside containers,
// arrays and objects on one line when they fit in `breakLength`, else one entry per line.
import type { InspectOptions } from "numts-kernel/dist/core/platform";

const CUSTOM = Symbol.for("nodejs.util.inspect.custom");

interface Context {
  depth: number;
  maxArrayLength: number;
  breakLength: number;
  seen: unknown[];
  /** The indentation of what is being shown. */
  indent: number;
  /** The level of the last object shown (Node: at most 3 nested levels share a line). */
  currentDepth: number;
}

/** How many innermost levels of nesting may be shown on one line (Node's `compact: 3`). */
const COMPACT = 3;

/** `value` as util.inspect shows it. */
export function inspect(value: unknown, options: InspectOptions = {}): string {
  return show(value, { depth: options.depth ?? 2, maxArrayLength: options.maxArrayLength ?? 100, breakLength: options.breakLength ?? 80, seen: [], indent: 0, currentDepth: 0 }, 0);
}

/** console.log's arguments as one line of text (util.format): `%s %d %i %f %j %o %O %c %%`, then the rest. */
export function format(args: unknown[]): string {
  const parts: string[] = [];
  let rest = args;
  if (typeof args[0] === "string" && args.length > 1 && args[0].includes("%")) {
    let next = 1;
    const text = args[0].replace(/%([sdifjoOc%])/g, (match, kind: string) => {
      if (kind === "%") return "%";
      if (next >= args.length) return match;
      const arg = args[next++];
      switch (kind) {
        case "s":
          if (typeof arg === "bigint") return `${arg}n`;
          if (typeof arg === "number") return formatNumber(arg);
          return typeof arg === "object" && arg !== null && hasBuiltInToString(arg) ? inspect(arg, { depth: 0 }) : String(arg);
        case "d":
          return typeof arg === "bigint" ? `${arg}n` : formatNumber(Number(arg));
        case "i":
          return typeof arg === "bigint" ? `${arg}n` : formatNumber(Number.parseInt(String(arg), 10));
        case "f":
          return formatNumber(Number.parseFloat(String(arg)));
        case "j":
          return JSON.stringify(arg);
        case "c":
          return "";
        default:
          // %o (Node adds hidden properties, e.g. an array's [length]) is shown as %O.
          return inspect(arg, { depth: kind === "o" ? 4 : 2 });
      }
    });
    parts.push(text);
    rest = args.slice(next);
  } else if (args.length > 0) {
    parts.push(typeof args[0] === "string" ? args[0] : inspect(args[0]));
    rest = args.slice(1);
  }
  for (const arg of rest) parts.push(typeof arg === "string" ? arg : inspect(arg));
  return parts.join(" ");
}

/** Constructors whose toString is the language's own: %s inspects their objects (as Node does). */
const BUILT_IN = new Set(["Object", "Array", "Error", "TypeError", "RangeError", "Map", "Set", "WeakMap", "WeakSet", "Promise", "RegExp", "Float64Array", "Float32Array", "Int32Array", "Uint8Array", "ArrayBuffer", "DataView"]);

function hasBuiltInToString(value: object): boolean {
  const toString = (value as { toString?: unknown }).toString;
  if (typeof toString !== "function") return true;
  if (Object.prototype.hasOwnProperty.call(value, "toString")) return false;
  let owner: object | null = value;
  do owner = Object.getPrototypeOf(owner) as object | null;
  while (owner !== null && !Object.prototype.hasOwnProperty.call(owner, "toString"));
  const constructor = owner === null ? undefined : (Object.getOwnPropertyDescriptor(owner, "constructor")?.value as { name?: string } | undefined);
  return typeof constructor === "function" && BUILT_IN.has(constructor.name ?? "");
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}

function quote(text: string): string {
  const q = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes("`") ? "`" : "'";
  const escaped = text.replace(/[\\\n\t\r\b\f\v]/g, (c) => ({ "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v" })[c] as string);
  return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
}

function key(name: string | symbol): string {
  if (typeof name === "symbol") return `[${name.toString()}]`;
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

function show(value: unknown, ctx: Context, level: number): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      return formatNumber(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return value.toString();
    case "function": {
      const isClass = /^class\b/.test(Function.prototype.toString.call(value));
      if (isClass) return `[class ${value.name || "(anonymous)"}]`;
      const kind = (value.constructor as { name?: string } | undefined)?.name === "AsyncFunction" ? "AsyncFunction" : "Function";
      return `[${kind}${value.name ? `: ${value.name}` : " (anonymous)"}]`;
    }
  }
  if (value === null) return "null";
  const object = value as Record<string | symbol, unknown>;
  const custom = object[CUSTOM];
  if (typeof custom === "function") {
    const shown: unknown = custom.call(object, ctx.depth - level, { depth: ctx.depth }, (v: unknown) => show(v, ctx, level));
    return typeof shown === "string" ? shown : show(shown, ctx, level);
  }
  if (ctx.seen.includes(value)) return "[Circular *1]";
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Promise) return "Promise { <pending> }";
  const isList = Array.isArray(value) || ArrayBuffer.isView(value);
  if (level > ctx.depth) return isList ? "[Array]" : `[${(Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name ?? "Object"}]`;
  ctx.seen.push(value);
  const outerDepth = ctx.currentDepth;
  ctx.currentDepth = level;
  const entries: string[] = [];
  let open = "{";
  let close = "}";
  const nested = (v: unknown) => {
    ctx.indent += 2;
    const shown = show(v, ctx, level + 1);
    ctx.indent -= 2;
    return shown;
  };
  if (isList) {
    const list = value as ArrayLike<unknown>;
    open = Array.isArray(value) ? "[" : `${value.constructor.name}(${list.length}) [`;
    close = "]";
    const shown = Math.min(list.length, ctx.maxArrayLength);
    for (let i = 0; i < shown; i++) entries.push(i in (list as object) ? nested(list[i]) : "<1 empty item>");
    if (list.length > shown) entries.push(`... ${list.length - shown} more item${list.length - shown > 1 ? "s" : ""}`);
  } else if (value instanceof Map) {
    open = `Map(${value.size}) {`;
    for (const [k, v] of value) entries.push(`${nested(k)} => ${nested(v)}`);
  } else if (value instanceof Set) {
    open = `Set(${value.size}) {`;
    for (const v of value) entries.push(nested(v));
  } else {
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    const name = proto === null ? "[Object: null prototype]" : proto.constructor?.name;
    if (name !== undefined && name !== "Object") open = `${name} {`;
    for (const k of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, k);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      const shown = descriptor.get ? (descriptor.set ? "[Getter/Setter]" : "[Getter]") : nested(descriptor.value);
      entries.push(`${key(k)}: ${shown}`);
    }
  }
  ctx.seen.pop();
  if (entries.length === 0) {
    ctx.currentDepth = outerDepth; // Node returns before it counts an empty one as a level
    return `${open}${close}`;
  }
  return join(ctx, isList && entries.length > 6 ? group(ctx, entries, value as ArrayLike<unknown>) : entries, entries.length, open, close, level);
}

/** Node's reduceToSingleString: one line when it fits and nests at most COMPACT levels, else one entry per line. */
function join(ctx: Context, output: string[], entries: number, open: string, close: string, level: number): string {
  if (ctx.currentDepth - level < COMPACT && entries === output.length) {
    const start = output.length + ctx.indent + open.length + 10;
    const total = output.reduce((sum, entry) => sum + entry.length, output.length + start);
    if (total + output.length <= ctx.breakLength) {
      const line = output.join(", ");
      if (!line.includes("\n")) return `${open} ${line} ${close}`;
    }
  }
  const indentation = `\n${" ".repeat(ctx.indent)}`;
  return `${open}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${close}`;
}

/** Node's groupArrayElements: a long list of short entries in aligned columns (numbers right-aligned). */
function group(ctx: Context, output: string[], list: ArrayLike<unknown>): string[] {
  const more = ctx.maxArrayLength < list.length ? 1 : 0;
  const count = output.length - more;
  const separator = 2;
  const lengths = output.slice(0, count).map((e) => e.length);
  const total = lengths.reduce((sum, length) => sum + length + separator, 0);
  const maxLength = Math.max(...lengths);
  const actualMax = maxLength + separator;
  if (!(actualMax * 3 + ctx.indent < ctx.breakLength && (total / actualMax > 5 || maxLength <= 6))) return output;
  const averageBias = Math.sqrt(actualMax - total / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax), Math.floor((ctx.breakLength - ctx.indent) / actualMax), COMPACT * 4, 15);
  if (columns <= 1) return output;
  const widths: number[] = [];
  for (let i = 0; i < columns; i++) {
    let width = 0;
    for (let j = i; j < output.length; j += columns) if (lengths[j] > width) width = lengths[j];
    widths.push(width + separator);
  }
  let numeric = true;
  for (let i = 0; i < output.length; i++) if (typeof list[i] !== "number" && typeof list[i] !== "bigint") numeric = false;
  const rows: string[] = [];
  for (let i = 0; i < count; i += columns) {
    const last = Math.min(i + columns, count) - 1;
    let row = "";
    for (let j = i; j < last; j++) row += numeric ? `${output[j]}, `.padStart(widths[j - i]) : `${output[j]}, `.padEnd(widths[j - i]);
    row += numeric ? output[last].padStart(widths[last - i] - separator) : output[last];
    rows.push(row);
  }
  if (more) rows.push(output[count]);
  return rows;
}
