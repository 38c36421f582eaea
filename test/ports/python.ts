// Python's own number formatting, for ports of Python programs: what `str(x)`, `f"{x:.4f}"`,
// `"%d" % x` and `str(shape)` write where JavaScript's String and toFixed write something else
// (numpy-facts.md, "Python's own number formatting"). numts prints arrays as NumPy does; these
// cover the plain Python numbers and tuples that programs print around them.

/**
 * Python's `str(x)` (and `repr`, `f"{x}"`) of a float: the shortest digits that round-trip, as
 * JavaScript's String, but `36.0` for 36, exponent form below 1e-4 and from 1e16 (`1e-05`,
 * `1e+16`), and `-0.0`, `nan`, `inf`.
 */
export function pyfloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0.0`;
  const [mantissa, e] = Math.abs(x).toExponential().split("e");
  const power = Number(e);
  if (power < -4 || power >= 16) return `${sign}${mantissa}e${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  const digits = mantissa.replace(".", "");
  let text: string;
  if (power < 0) text = `0.${"0".repeat(-power - 1)}${digits}`;
  else if (digits.length <= power + 1) text = `${digits}${"0".repeat(power + 1 - digits.length)}.0`;
  else text = `${digits.slice(0, power + 1)}.${digits.slice(power + 1)}`;
  return sign + text;
}

/**
 * Python's `f"{x:.{digits}f}"` and `"%.{digits}f" % x`: the exact value of the double rounded
 * to `digits` decimals, ties to even (`0.125` → `0.12`; JavaScript's toFixed gives `0.13`), and
 * `-0.00` for negative zero and for negatives that round to zero.
 */
export function fixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  // |x| = m * 2**e exactly, m an integer below 2**53.
  const bitsView = new DataView(new ArrayBuffer(8));
  bitsView.setFloat64(0, Math.abs(x));
  const raw = bitsView.getBigUint64(0);
  const biased = Number(raw >> 52n);
  const fraction = raw & ((1n << 52n) - 1n);
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075;
  const scale = 10n ** BigInt(digits);
  let q: bigint;
  if (e >= 0) {
    q = (m << BigInt(e)) * scale;
  } else {
    const num = m * scale;
    const den = 1n << BigInt(-e);
    q = num / den;
    const twice = 2n * (num % den);
    if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  }
  const text = q.toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  return digits === 0 ? sign + whole : `${sign}${whole}.${text.slice(text.length - digits)}`;
}

/** Python's `"%d" % x` / `"%i" % x` of a float: its integer part (truncated toward zero). */
export function pyint(x: number): string {
  return BigInt(Math.trunc(x)).toString(); // every digit, as Python's ints (String(1e22) is "1e+22")
}

/** Python's `str` of a tuple of integers, such as a shape: `(300, 2)`, `(300,)`, `()`. */
export function tuple(items: readonly number[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}
