// Print options: NumPy's np.set_printoptions / np.get_printoptions / np.printoptions.
import { TypeError, ValueError } from "../core/errors";

/** NumPy's print options (`np.get_printoptions()`). */
export interface PrintOptions {
  /** Digits after the decimal point (default 8). */
  precision: number;
  /** Arrays with more elements than this are summarised with `...` (default 1000). */
  threshold: number;
  /** How many items at each edge a summary shows (default 3). */
  edgeitems: number;
  /** Characters per line before wrapping (default 75). */
  linewidth: number;
  /** Print small numbers as 0 in fixed notation instead of switching to scientific (default false). */
  suppress: boolean;
  /** How nan is written (default "nan"). */
  nanstr: string;
  /** How infinity is written (default "inf"). */
  infstr: string;
  /** "-" (default): a sign only for negatives; "+": always; " ": a space for positives. */
  sign: "-" | "+" | " ";
  /**
   * How many digits floats get: "maxprec" (default: as many as needed, at most `precision`),
   * "fixed" (always `precision`), "unique" (as many as needed, ignoring `precision`),
   * "maxprec_equal" (like maxprec, but the same count for every element).
   */
  floatmode: "fixed" | "unique" | "maxprec" | "maxprec_equal";
}

const DEFAULTS: PrintOptions = {
  precision: 8,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
  nanstr: "nan",
  infstr: "inf",
  sign: "-",
  floatmode: "maxprec",
};

let current: PrintOptions = { ...DEFAULTS };

/** Checks user options with NumPy's messages and returns them merged over `base`. */
export function mergeOptions(base: PrintOptions, options: Partial<PrintOptions>, caller = "set_printoptions"): PrintOptions {
  const merged = { ...base };
  for (const [key, value] of Object.entries(options) as [keyof PrintOptions, unknown][]) {
    if (value === undefined || value === null) continue;
    if (!(key in DEFAULTS)) throw new TypeError(`${caller}() got an unexpected keyword argument '${key}'`);
    switch (key) {
      case "precision":
        if (typeof value !== "number" || !Number.isInteger(value)) throw new TypeError("precision must be an integer");
        if (value < 0) throw new ValueError("precision must be >= 0");
        break;
      case "threshold":
      case "edgeitems":
      case "linewidth":
        if (typeof value !== "number" || Number.isNaN(value)) throw new TypeError(`${key} must be a number`);
        break;
      case "floatmode":
        if (!["fixed", "unique", "maxprec", "maxprec_equal"].includes(value as string)) {
          throw new ValueError('floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"');
        }
        break;
      case "sign":
        if (!["-", "+", " "].includes(value as string)) throw new ValueError("sign option must be one of ' ', '+', or '-'");
        break;
      case "suppress":
        break;
      default:
        if (typeof value !== "string") throw new TypeError(`${key} must be a string`);
    }
    (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/**
 * Sets how arrays print from now on (NumPy's `np.set_printoptions`). Options left out keep their
 * current value.
 *
 * @param options the options to change: `{precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, sign, floatmode, legacy}`; the others keep their value
 * @example
 * np.set_printoptions({precision: 3, suppress: true});
 * console.log(np.array([1 / 3, 1e-9]));   // array([0.333, 0.   ])
 * @throws ValueError / TypeError for values NumPy would refuse
 */
export function set_printoptions(options: Partial<PrintOptions>): void {
  current = mergeOptions(current, options);
}

/**
 * The current print options (NumPy's `np.get_printoptions`), a copy.
 * @example
 * np.get_printoptions().precision;  // 8
 */
export function get_printoptions(): PrintOptions {
  return { ...current };
}

/**
 * Runs `fn` with temporary print options and restores the previous ones afterwards, even if it
 * throws (NumPy's `with np.printoptions(...)`). Returns what `fn` returns.
 *
 * @param options the print options to use (as for `set_printoptions`)
 * @param fn the code to run with these options; they are restored afterwards, also when it throws
 * @example
 * np.printoptions({precision: 2}, () => console.log(np.array([Math.PI])));  // array([3.14])
 */
export function printoptions<T>(options: Partial<PrintOptions>, fn: () => T): T {
  const saved = current;
  current = mergeOptions(current, options);
  try {
    return fn();
  } finally {
    current = saved;
  }
}
