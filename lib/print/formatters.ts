// Per-dtype element formatters, NumPy's FloatingFormat, IntegerFormat and BoolFormat: each looks
// at all the values that will be shown, then formats every one to a common width.
import { type DType, isFloat } from "../core/dtype";
import { formatPositional, formatScientific, type Trim } from "./float";
import type { PrintOptions } from "./options";

export type ElementFormatter = (x: number) => string;

// Loops rather than Math.max(...values): a user may raise the threshold to print millions.
function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

/**
 * NumPy's FloatingFormat: fixed or scientific notation chosen for the whole array, aligned
 * columns. For float32 values the digits are float32's shortest, and the choice of notation
 * compares in float32 as NumPy does (its thresholds 1e-4 and 1000 become float32 numbers).
 * Since NumPy 2.3 the largest value printed in fixed notation depends on the dtype's precision,
 * `10 ** min(8, finfo(dtype).precision)`: below 1e8 for float64, below 1e6 for float32.
 */
function floatingFormat(values: readonly number[], o: PrintOptions, float32: boolean): ElementFormatter {
  const finite = values.filter(Number.isFinite);
  const nonZero = finite.filter((x) => x !== 0).map(Math.abs);
  let expFormat = false;
  if (nonZero.length > 0) {
    const max = maxOf(nonZero);
    const min = minOf(nonZero);
    const f = float32 ? Math.fround : (x: number) => x;
    expFormat = max >= (float32 ? 1e6 : 1e8) || (!o.suppress && (min < f(0.0001) || f(max / min) > 1000));
  }
  let precision: number | undefined = o.floatmode === "unique" ? undefined : o.precision;
  let padLeft = 0;
  let padRight = 0;
  let trim: Trim = ".";
  let expSize = -1;
  let unique = true;
  let minDigits = 0;
  const wantSign = o.sign === "+";
  if (finite.length > 0 && expFormat) {
    unique = o.floatmode !== "fixed";
    const strs = finite.map((x) => formatScientific(x, { precision, unique, trim: unique ? "." : "k", sign: wantSign, float32 }));
    const parts = strs.map((s) => {
      const [mantissa, exp] = s.split("e");
      const [int, frac = ""] = mantissa.split(".");
      return { int, frac, exp };
    });
    expSize = maxOf(parts.map((p) => p.exp.length)) - 1;
    trim = "k";
    precision = maxOf(parts.map((p) => p.frac.length));
    minDigits = precision;
    padLeft = maxOf(parts.map((p) => p.int.length));
    padRight = expSize + 2 + precision;
  } else if (finite.length > 0) {
    unique = o.floatmode !== "fixed";
    const strs = finite.map((x) => formatPositional(x, { precision, unique, trim: unique ? "." : "k", sign: wantSign, float32 }));
    const parts = strs.map((s) => {
      const [int, frac = ""] = s.split(".");
      return { int, frac };
    });
    padLeft = maxOf(parts.map((p) => p.int.length));
    padRight = maxOf(parts.map((p) => p.frac.length));
    if (o.floatmode === "fixed" || o.floatmode === "maxprec_equal") {
      precision = minDigits = padRight;
      trim = "k";
    } else {
      trim = ".";
      minDigits = 0;
    }
  }
  if (o.sign === " " && !finite.some((x) => x < 0 || Object.is(x, -0))) padLeft += 1;
  if (finite.length !== values.length) {
    const negInf = o.sign !== "-" || values.some((x) => x === -Infinity);
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, o.nanstr.length - offset, o.infstr.length + (negInf ? 1 : 0) - offset);
  }
  const width = padLeft + padRight + 1;
  return (x) => {
    if (!Number.isFinite(x)) {
      const text = Number.isNaN(x) ? (wantSign ? "+" : "") + o.nanstr : (x < 0 ? "-" : wantSign ? "+" : "") + o.infstr;
      return text.padStart(width);
    }
    const opts = { precision, unique, trim, sign: wantSign, padLeft, minDigits, float32 };
    return expFormat ? formatScientific(x, { ...opts, expDigits: expSize }) : formatPositional(x, { ...opts, padRight });
  };
}

/**
 * An integer's digits. Integers are stored in doubles, and beyond 2**53 `String` would print a
 * double's shortest digits (-9223372036854775808 as -9223372036854776000); BigInt prints the
 * stored value exactly.
 */
export function integerText(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

/** NumPy's IntegerFormat: right-aligned to the widest of the largest and smallest value. */
function integerFormat(values: readonly number[], o: PrintOptions): ElementFormatter {
  let sign = o.sign;
  let width = 0;
  if (values.length > 0) {
    const max = maxOf(values);
    const min = minOf(values);
    if (sign === " " && min < 0) sign = "-";
    let maxLength = integerText(max).length;
    if (max >= 0 && sign !== "-") maxLength += 1;
    width = Math.max(maxLength, integerText(min).length);
  }
  return (x) => {
    const digits = integerText(x);
    const text = x < 0 ? digits : sign === "+" ? `+${digits}` : sign === " " ? ` ${digits}` : digits;
    return text.padStart(width);
  };
}

/** The formatter for the elements that will be shown of an array of `dtype`. */
export function elementFormatter(dtype: DType, values: readonly number[], o: PrintOptions, zeroDim: boolean): ElementFormatter {
  if (dtype === "bool") {
    // " True" lines up with "False", except for a 0-d array.
    const trueText = zeroDim ? "True" : " True";
    return (x) => (x !== 0 ? trueText : "False");
  }
  return isFloat(dtype) ? floatingFormat(values, o, dtype === "float32") : integerFormat(values, o);
}
