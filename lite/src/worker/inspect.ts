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
}

/** `value` as util.inspect shows it. */
export function inspect(value: unknown, options: InspectOptions = {}): string {
  return show(value, { depth: options.depth ?? 2, maxArrayLength: options.maxArrayLength ?? 100, breakLength: options.breakLength ?? 80, seen: [] }, 0, 0);
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
          return typeof arg === "string" ? arg : typeof arg === "bigint" ? `${arg}n` : typeof arg === "object" && arg !== null ? inspect(arg, { depth: 0 }) : String(arg);
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

function show(value: unknown, ctx: Context, level: number, indent: number): string {
  switch (typeof value) {
    case "string":
      return level === 0 ? quote(value) : quote(value);
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
      const name = value.name ? `: ${value.name}` : " (anonymous)";
      const isClass = /^class\b/.test(Function.prototype.toString.call(value));
      return isClass ? `[class ${value.name || "(anonymous)"}]` : `[${value.constructor?.name === "AsyncFunction" ? "AsyncFunction" : "Function"}${name}]`;
    }
  }
  if (value === null) return "null";
  const object = value as Record<string | symbol, unknown>;
  const custom = object[CUSTOM];
  if (typeof custom === "function") {
    const shown: unknown = custom.call(object, ctx.depth - level, { depth: ctx.depth }, (v: unknown) => show(v, ctx, level, indent));
    return typeof shown === "string" ? shown : show(shown, ctx, level, indent);
  }
  if (ctx.seen.includes(value)) return "[Circular *1]";
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Promise) return "Promise { <pending> }";
  const entries: string[] = [];
  let prefix = "";
  let open = "{";
  let close = "}";
  const nested = (v: unknown) => (level >= ctx.depth && typeof v === "object" && v !== null ? (Array.isArray(v) ? "[Array]" : "[Object]") : show(v, { ...ctx, seen: [...ctx.seen, value] }, level + 1, indent + 2));
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const list = value as ArrayLike<unknown>;
    open = "[";
    close = "]";
    if (!Array.isArray(value)) prefix = `${value.constructor.name}(${list.length}) `;
    const shown = Math.min(list.length, ctx.maxArrayLength);
    for (let i = 0; i < shown; i++) entries.push(i in (list as object) ? nested(list[i]) : "<1 empty item>");
    if (list.length > shown) entries.push(`... ${list.length - shown} more item${list.length - shown > 1 ? "s" : ""}`);
  } else if (value instanceof Map) {
    prefix = `Map(${value.size}) `;
    for (const [k, v] of value) entries.push(`${nested(k)} => ${nested(v)}`);
  } else if (value instanceof Set) {
    prefix = `Set(${value.size}) `;
    for (const v of value) entries.push(nested(v));
  } else {
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    const name = proto === null ? "[Object: null prototype]" : proto.constructor?.name;
    if (name !== undefined && name !== "Object") prefix = `${name} `;
    for (const k of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, k);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      const shown = descriptor.get ? (descriptor.set ? "[Getter/Setter]" : "[Getter]") : nested(descriptor.value);
      entries.push(`${key(k)}: ${shown}`);
    }
  }
  if (entries.length === 0) return `${prefix}${open}${close}`;
  const oneLine = `${prefix}${open} ${entries.join(", ")} ${close}`;
  if (oneLine.length + indent <= ctx.breakLength && !oneLine.includes("\n")) return oneLine;
  const pad = " ".repeat(indent + 2);
  return `${prefix}${open}\n${entries.map((e) => pad + e).join(",\n")}\n${" ".repeat(indent)}${close}`;
}
