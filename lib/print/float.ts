// Formatting one float as NumPy's Dragon4 does (np.format_float_positional/_scientific).
//
// JavaScript already gives the two ingredients: `String(x)` and `x.toExponential()` produce
// the shortest digits that read back as the same double (what NumPy calls "unique"), and
// `toFixed(n)`/`toExponential(n)` round the exact binary value to n digits. The one difference
// is exact ties (0.125 to two digits): NumPy rounds them to even, JavaScript up.

/** How trailing zeros and the point are handled (NumPy's `trim`). */
export type Trim = "k" | "." | "0" | "-";

export interface FloatFormatOptions {
  /** Digits after the point (positional) or after the first digit (scientific); undefined: as many as needed. */
  precision?: number;
  /** Shortest round-trip digits (cut at `precision`), instead of exactly `precision` digits. */
  unique: boolean;
  trim: Trim;
  /** Always print a sign (`+`). */
  sign: boolean;
  /** Pad the integer part on the left with spaces to this many characters. */
  padLeft?: number;
  /** Pad the fraction on the right with spaces to this many digits (positional only). */
  padRight?: number;
  /** At least this many fraction digits, padded with zeros. */
  minDigits?: number;
  /** At least this many exponent digits (scientific only; NumPy's default 2). */
  expDigits?: number;
  /** The value is a float32: "unique" digits are the shortest that read back as the same float32. */
  float32?: boolean;
}

/** |x| rounded to `digits` places after the point, as text; exact ties go to even as in NumPy. */
function toFixedEven(ax: number, digits: number): string {
  if (ax >= 1e21) {
    // toFixed switches to exponent notation here; such doubles are integers, exact as BigInt.
    return BigInt(ax).toString() + (digits > 0 ? "." + "0".repeat(digits) : "");
  }
  const rounded = ax.toFixed(digits);
  const exact = ax.toFixed(Math.min(100, digits + 30));
  const point = exact.indexOf(".");
  if (!/^50*$/.test(exact.slice(point + 1 + digits))) return rounded;
  const kept = exact.slice(0, point + 1 + digits).replace(/\.$/, "");
  return Number(kept[kept.length - 1]) % 2 === 1 ? rounded : kept;
}

/** |x| in scientific notation with `digits` after the first digit; exact ties go to even. */
function toExponentialEven(ax: number, digits: number): string {
  const rounded = ax.toExponential(digits);
  const [exactMantissa, exactExp] = ax.toExponential(Math.min(100, digits + 30)).split("e");
  const significand = exactMantissa.replace(".", "");
  if (!/^50*$/.test(significand.slice(digits + 1))) return rounded;
  const kept = significand.slice(0, digits + 1);
  if (Number(kept[kept.length - 1]) % 2 === 1) return rounded;
  return `${digits === 0 ? kept : `${kept[0]}.${kept.slice(1)}`}e${exactExp}`;
}

/**
 * The shortest round-trip digits of |x| and where the point goes: |x| = 0.DIGITS × 10^point;
 * for a float32, the shortest that read back as the same float32 (NumPy's Dragon4 for float32).
 */
function shortest(ax: number, float32 = false): { digits: string; point: number } {
  const [mantissa, exp] = (float32 ? shortest32(ax) : ax.toExponential()).split("e");
  const digits = mantissa.replace(".", "");
  return { digits, point: Number(exp) + 1 };
}

/** `ax.toExponential()` for a float32: the fewest significant digits that read back as `ax` in float32. */
function shortest32(ax: number): string {
  if (ax === 0 || !Number.isFinite(ax)) return ax.toExponential();
  for (let p = 1; p < 9; p++) {
    // The nearest p-digit decimal (an exact tie to the even digit, as Dragon4 does), or (where a
    // power of two makes the interval of values that round to `ax` lopsided) its neighbour on the wider side.
    const nearest = toExponentialEven(ax, p - 1);
    if (readsBack32(nearest, ax)) return nearest;
    const [m, e] = nearest.split("e");
    const unit = 10 ** (1 - p);
    for (const neighbour of [Number(m) + unit, Number(m) - unit]) {
      const text = `${neighbour.toFixed(p - 1)}e${e}`;
      if (neighbour > 0 && neighbour < 10 && readsBack32(text, ax)) return text;
    }
  }
  return ax.toExponential(8); // nine digits identify every float32
}

const F32 = new Float32Array(1);

/**
 * Whether the decimal `text` rounds to the float32 `value`. Via the nearest double, which is
 * exact unless that double is a tie between two float32s; then the decimal decides exactly.
 */
function readsBack32(text: string, value: number): boolean {
  const y = Number(text);
  const f = Math.fround(y);
  if (f === y) return f === value;
  F32[0] = f;
  const other = y > f ? nextFloat32Up(f) : -nextFloat32Up(-f);
  const mid = (f + other) / 2; // exact: 25 bits
  if (y !== mid) return f === value;
  const side = compareDecimal(text, mid);
  const rounded = side === 0 ? f : side > 0 === other > f ? other : f; // an exact tie keeps f, the even one
  return rounded === value;
}

/** The float32 after `f` (f finite and not the largest). */
function nextFloat32Up(f: number): number {
  F32[0] = f;
  const bits = new Uint32Array(F32.buffer);
  if (f === 0) bits[0] = 1;
  else if (f > 0) bits[0] += 1;
  else bits[0] -= 1;
  return F32[0];
}

/** The sign of `text - y` for a decimal `text` (like "1.25e+3") and a double `y`, exactly. */
function compareDecimal(text: string, y: number): number {
  const [m, e] = text.split("e");
  const [intPart, frac = ""] = m.split(".");
  const decimal = BigInt(intPart + frac);
  const exp10 = Number(e) - frac.length;
  // y = mantissa · 2^exp2 exactly.
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, y);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const mantissa = (bits & 0xfffffffffffffn) | (biased === 0 ? 0n : 1n << 52n);
  const exp2 = (biased === 0 ? 1 : biased) - 1075;
  let left = decimal;
  let right = mantissa;
  if (exp10 >= 0) left *= 10n ** BigInt(exp10);
  else right *= 10n ** BigInt(-exp10);
  if (exp2 >= 0) right <<= BigInt(exp2);
  else left <<= BigInt(-exp2);
  return left > right ? 1 : left < right ? -1 : 0;
}

function applyTrim(intPart: string, frac: string, opts: FloatFormatOptions): string {
  let f = frac;
  const minDigits = opts.minDigits ?? 0;
  if (opts.trim !== "k") f = f.replace(/0+$/, "");
  if (f.length < minDigits) f = f.padEnd(minDigits, "0");
  if (f.length > 0) return `${intPart}.${f}`;
  if (opts.trim === "0") return `${intPart}.0`;
  if (opts.trim === "-") return intPart;
  return `${intPart}.`;
}

/** Digits "123.45" with the sign, trimmed as asked and padded on the left to `padLeft`. */
function signedAndPadded(digits: string, negative: boolean, opts: FloatFormatOptions): string {
  const [intDigits, frac = ""] = digits.split(".");
  const out = applyTrim((negative ? "-" : opts.sign ? "+" : "") + intDigits, frac, opts);
  const point = out.indexOf(".");
  const intLength = point >= 0 ? point : out.length;
  return opts.padLeft !== undefined && intLength < opts.padLeft ? " ".repeat(opts.padLeft - intLength) + out : out;
}

/**
 * NumPy's `format_float_positional(x, precision, unique, fractional=True, trim, sign, pad_left,
 * pad_right, min_digits)` for a finite x.
 */
export function formatPositional(x: number, opts: FloatFormatOptions): string {
  const negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let text: string;
  if (opts.unique) {
    const { digits, point } = shortest(ax, opts.float32);
    const fracDigits = Math.max(0, digits.length - point);
    if (opts.precision !== undefined && fracDigits > opts.precision) {
      text = toFixedEven(ax, opts.precision);
      text = text.includes(".") ? text.replace(/0+$/, "") : text;
    } else if ((opts.minDigits ?? 0) > fracDigits) {
      // Dragon4 fills up to min_digits with the value's further exact digits, not zeros.
      text = toFixedEven(ax, opts.minDigits ?? 0);
    } else if (ax === 0) {
      text = "0";
    } else if (point <= 0) {
      text = `0.${"0".repeat(-point)}${digits}`;
    } else if (point >= digits.length) {
      text = digits + "0".repeat(point - digits.length);
    } else {
      text = `${digits.slice(0, point)}.${digits.slice(point)}`;
    }
  } else {
    text = toFixedEven(ax, opts.precision ?? 0);
  }
  let out = signedAndPadded(text, negative, opts);
  if (opts.padRight !== undefined) {
    const point = out.indexOf(".");
    const fracLength = point >= 0 ? out.length - point - 1 : 0;
    if (fracLength < opts.padRight) out += " ".repeat(opts.padRight - fracLength);
  }
  return out;
}

/**
 * NumPy's `format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits,
 * min_digits)` for a finite x.
 */
export function formatScientific(x: number, opts: FloatFormatOptions): string {
  const negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let text: string;
  if (opts.unique) {
    text = opts.float32 === true ? shortest32(ax) : ax.toExponential();
    const fracDigits = text.split("e")[0].split(".")[1]?.length ?? 0;
    if (opts.precision !== undefined && fracDigits > opts.precision) {
      text = toExponentialEven(ax, opts.precision);
      const [m, e] = text.split("e");
      text = `${m.includes(".") ? m.replace(/0+$/, "") : m}e${e}`;
    } else if ((opts.minDigits ?? 0) > fracDigits) {
      text = toExponentialEven(ax, opts.minDigits ?? 0);
    }
  } else {
    text = toExponentialEven(ax, opts.precision ?? 0);
  }
  const [mantissa, exp] = text.split("e");
  const out = signedAndPadded(mantissa, negative, opts);
  const e = Number(exp);
  const expText = String(Math.abs(e)).padStart(Math.max(opts.expDigits ?? 2, 1), "0");
  return `${out}e${e < 0 ? "-" : "+"}${expText}`;
}

/**
 * Python's `repr(float)` (and NumPy's `str` of a float64 scalar): the shortest digits that read
 * back as the same double, in exponent form below 1e-4 and from 1e16 on. With `float32`, NumPy's
 * `str(np.float32(x))`: the shortest digits of a float32, in exponent form from 1e6 on.
 *
 * @example
 * formatPythonFloat(36);     // "36.0"
 * formatPythonFloat(1e-5);   // "1e-05"
 * formatPythonFloat(1e16);   // "1e+16"
 * formatPythonFloat(Math.fround(0.1), true);  // "0.1"
 */
export function formatPythonFloat(x: number, float32 = false): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const ax = Math.abs(x);
  if (ax === 0) return `${sign}0.0`;
  const { digits, point } = shortest(ax, float32);
  // (Python decides by the digits' exponent, NumPy's float32 by the value: the same choice.)
  if (point <= -4 || point > (float32 ? 6 : 16)) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = point - 1;
    return `${sign}${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
