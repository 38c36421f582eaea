// Checks and converts what users pass to the chart functions: numts arrays or JS arrays become
// plain number lists, with errors that name the function, the argument and the bad value.
import { NDArray, TypeError, ValueError } from "numts";

/** Numbers to chart: a numts array (1-D, or 2-D with one row or column) or a JS array of numbers. */
export type Values = NDArray | ArrayLike<number>;

/** Labels or categories (colour by class): numbers, strings or booleans. */
export type Labels = NDArray | ArrayLike<number | string | boolean>;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 20 ? value.slice(0, 20) + "…" : value)}`;
  if (typeof value === "object") return `an object (${(value as object).constructor?.name ?? "Object"})`;
  return `${String(value)} (${typeof value})`;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || ArrayBuffer.isView(value) || (typeof value === "object" && value !== null && typeof (value as { length?: unknown }).length === "number");
}

/** A numts array as a flat list, if it is 1-D or has at most one axis longer than 1. */
function flatten(array: NDArray, where: string): (number | boolean)[] {
  if (array.shape.filter((n) => n > 1).length > 1) {
    throw new ValueError(`${where} must be a 1-D series, got an array of shape (${array.shape.join(", ")}); pick one row or column, e.g. a.slice(":", 0)`);
  }
  return array.ravel().tolist() as (number | boolean)[];
}

/**
 * `values` as numbers. `where` names the argument in messages, e.g. "plot.loss: train".
 * NaN and ±Infinity pass (they are drawn as gaps, see `nonFinite`).
 */
export function numbers(values: unknown, where: string): number[] {
  if (values instanceof NDArray) return flatten(values, where).map(Number);
  if (!isArrayLike(values)) throw new TypeError(`${where} must be an array of numbers or a numts array, got ${describe(values)}`);
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number") out[i] = v;
    else if (typeof v === "boolean") out[i] = Number(v);
    else if (v instanceof NDArray && v.size === 1) out[i] = Number(v.item());
    else throw new TypeError(`${where}[${i}] is ${describe(v)}; expected a number${Array.isArray(v) ? " (pass a 1-D series)" : ""}`);
  }
  return out;
}

/** Like `numbers`, and refuses an empty series (a chart of nothing would be blank). */
export function series(values: unknown, where: string): number[] {
  const out = numbers(values, where);
  if (out.length === 0) throw new ValueError(`${where} is empty: a chart needs at least one value`);
  return out;
}

/** Category labels: numbers, strings or booleans. */
export function labels(values: unknown, where: string): (number | string | boolean)[] {
  if (values instanceof NDArray) return flatten(values, where);
  if (!isArrayLike(values)) throw new TypeError(`${where} must be an array of labels or a numts array, got ${describe(values)}`);
  return Array.from(values, (v, i) => {
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    throw new TypeError(`${where}[${i}] is ${describe(v)}; expected a number, string or boolean`);
  });
}

/** A 2-D grid of numbers (rows of equal length), from a 2-D numts array or nested JS arrays. */
export function grid(values: unknown, where: string): number[][] {
  if (values instanceof NDArray) {
    if (values.ndim !== 2) throw new ValueError(`${where} must be 2-D (rows × columns), got an array of shape (${values.shape.join(", ")})`);
    return (values.tolist() as (number | boolean)[][]).map((row) => row.map(Number));
  }
  if (!isArrayLike(values)) throw new TypeError(`${where} must be a 2-D numts array or an array of rows, got ${describe(values)}`);
  const rows = Array.from(values, (row, i) => numbers(row, `${where}[${i}]`));
  if (rows.length === 0 || rows[0].length === 0) throw new ValueError(`${where} is empty: a chart needs at least one value`);
  const bad = rows.findIndex((row) => row.length !== rows[0].length);
  if (bad >= 0) throw new ValueError(`${where} has rows of different lengths: row 0 has ${rows[0].length} values, row ${bad} has ${rows[bad].length}`);
  return rows;
}

/** Throws unless two series have the same length. */
export function sameLength(a: readonly unknown[], b: readonly unknown[], names: [string, string], fn: string): void {
  if (a.length !== b.length) {
    throw new ValueError(`${fn}: ${names[0]} has ${a.length} values but ${names[1]} has ${b.length}; they must have the same length`);
  }
}

/** How many values are NaN or infinite (Plotly leaves gaps for them). */
export function nonFinite(values: readonly number[]): number {
  let n = 0;
  for (const v of values) if (!Number.isFinite(v)) n++;
  return n;
}
