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
  if (!Number.isFinite(x)) return nonFinite(x);
  const sign = signOf(x);
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

/** |x| as an exact fraction num / den of integers (x finite). */
function exactFraction(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const raw = view.getBigUint64(0);
  const biased = Number(raw >> 52n);
  const fraction = raw & ((1n << 52n) - 1n);
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075; // |x| = m * 2**e exactly
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}

/** num / den rounded to an integer, ties to even (Python's rounding of exact values). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

const signOf = (x: number): string => (x < 0 || Object.is(x, -0) ? "-" : "");

function nonFinite(x: number): string {
  return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
}

/**
 * Python's `f"{x:.{digits}f}"` and `"%.{digits}f" % x`: the exact value of the double rounded
 * to `digits` decimals, ties to even (`0.125` → `0.12`; JavaScript's toFixed gives `0.13`), and
 * `-0.00` for negative zero and for negatives that round to zero.
 */
export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const [num, den] = exactFraction(x);
  const text = roundHalfEven(num * 10n ** BigInt(digits), den).toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  return digits === 0 ? signOf(x) + whole : `${signOf(x)}${whole}.${text.slice(text.length - digits)}`;
}

/**
 * Python's `"%.{digits}e" % x` and `f"{x:.{digits}e}"` (`%e` is 6 digits): `1.059445e-06`, the
 * exponent with at least two digits, the mantissa rounded ties to even from the exact value.
 */
export function sci(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  let n = 0n;
  let e = 0;
  if (x !== 0) {
    const [num, den] = exactFraction(x);
    const low = 10n ** BigInt(digits);
    e = Math.floor(Math.log10(Math.abs(x)));
    // |x| / 10**(e - digits) must have digits + 1 digits before the point; the estimate of e
    // from log10 can be one off either way.
    for (;;) {
      const shift = BigInt(Math.abs(e - digits));
      const [a, b] = e - digits >= 0 ? [num, den * 10n ** shift] : [num * 10n ** shift, den];
      const floor = a / b;
      if (floor < low) e--;
      else if (floor >= low * 10n) e++;
      else {
        n = roundHalfEven(a, b);
        if (n === low * 10n) [n, e] = [low, e + 1];
        break;
      }
    }
  }
  const mantissa = n.toString().padStart(digits + 1, "0");
  const point = digits === 0 ? mantissa : `${mantissa[0]}.${mantissa.slice(1)}`;
  return `${signOf(x)}${point}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** Python's `"%d" % x` / `"%i" % x` of a float: its integer part (truncated toward zero). */
export function pyint(x: number): string {
  return BigInt(Math.trunc(x)).toString(); // every digit, as Python's ints (String(1e22) is "1e+22")
}

/** Python's `str` of a tuple of integers, such as a shape: `(300, 2)`, `(300,)`, `()`. */
export function tuple(items: readonly number[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}
