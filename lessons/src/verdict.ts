// What a check says: right, or what is wrong with a hint, never the solution. A verdict shows
// itself as a cell's value (the display protocol numts-kernel and Deno's kernel share): green or
// red in JupyterLab and the handouts, a plain line in a terminal.
import * as np from "numts";

/** The display protocol's symbol (the same as numts-kernel's JUPYTER_DISPLAY). */
const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** A check's answer: `right`, and what to tell the student. */
export class Verdict {
  constructor(
    /** Whether the answer is right. */
    readonly right: boolean,
    /** What is right about it, or what is wrong with a hint. */
    readonly message: string,
  ) {}

  /** The verdict as one line: "✔ Right: ..." or "✘ Not yet: ...". */
  toString(): string {
    return `${this.right ? "✔ Right" : "✘ Not yet"}: ${this.message}`;
  }

  [JUPYTER_DISPLAY](): Record<string, string> {
    const colour = this.right ? "#1a7f37" : "#b3261e";
    const escaped = this.message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    return {
      "text/plain": this.toString(),
      "text/html": `<div class="numts-check" style="border-left: 4px solid ${colour}; padding: 4px 10px"><b style="color: ${colour}">${this.right ? "✔ Right" : "✘ Not yet"}</b>: ${escaped}</div>`,
    };
  }

  /** How Node's console shows it (console.log(verdict)). */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

export const right = (message: string) => new Verdict(true, message);
export const wrong = (message: string) => new Verdict(false, message);

/** An answer as its shape and its numbers, or the verdict for an answer that is not numbers. */
export interface Numbers {
  shape: number[];
  values: number[];
}

/**
 * `answer` read as numbers (a number, a list, a numts array), or a verdict for a missing or
 * unreadable answer. `what` names the answer in the messages ("∂L/∂w").
 */
export function numbers(answer: unknown, what: string): Numbers | Verdict {
  if (answer === null || answer === undefined) return wrong(`no answer for ${what} yet: replace the null with your answer.`);
  let array: np.NDArray;
  try {
    array = np.asarray(answer as np.ArrayLike);
  } catch {
    return wrong(`${what} should be a number or an array of numbers; got ${describe(answer)}.`);
  }
  const values = (array.ravel().tolist() as unknown[]).map(Number);
  if (values.some((v) => !Number.isFinite(v))) return wrong(`${what} has a value that is not a finite number (${values.join(", ")}): compute every entry.`);
  return { shape: [...array.shape], values };
}

function describe(value: unknown): string {
  if (typeof value === "string") return `the string "${value}"`;
  return typeof value;
}

/** Whether `a` and `b` are equal to within NumPy's np.isclose tolerances (rtol 1e-5, atol 1e-8). */
export function close(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 1e-8 + 1e-5 * Math.abs(b[i]));
}

/** A shape as NumPy prints it: (3,), (2, 3), (). */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** Numbers as a Python list prints them, for messages about the student's own answer. */
export function listText(values: readonly number[]): string {
  return values.length === 1 ? String(values[0]) : `[${values.join(", ")}]`;
}
