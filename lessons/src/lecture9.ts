/**
 * Checks for the exercise of lecture 9 (backpropagation on a 2-h-1 network).
 *
 * ```ts
 * import { lecture9 as check } from "numts-lessons";
 * check.exercise1({ fastest: 0.5, largerHiddenHelps: false })
 * ```
 * @module
 */
import { right, type Verdict, wrong } from "./verdict";

/** What the loss curves of the exercise show. */
export interface Exercise1Answer {
  /** The learning rate, of 0.01, 0.1 and 0.5, whose loss falls fastest. */
  fastest: number | null;
  /** Whether 16 hidden units train clearly better than 4 at learning rate 0.1. */
  largerHiddenHelps: boolean | null;
}

const RATES = [0.01, 0.1, 0.5];

/**
 * Exercise 1: which learning rate trains fastest, and does a larger hidden layer help?
 * @param answer what the curves show, e.g. `{ fastest: 0.1, largerHiddenHelps: true }`.
 */
export function exercise1(answer: Exercise1Answer): Verdict {
  const { fastest, largerHiddenHelps } = answer ?? {};
  if (fastest === null || fastest === undefined || largerHiddenHelps === null || largerHiddenHelps === undefined) return wrong("answer both: replace each null, fastest with a learning rate and largerHiddenHelps with true or false.");
  if (!RATES.includes(fastest)) return wrong(`fastest is one of the rates compared: ${RATES.join(", ")}; got ${fastest}.`);
  if (fastest !== 0.5) {
    return wrong(`${fastest === 0.01 ? "0.01 is the slowest" : "0.1 is not the fastest"}: compare the curves at epoch 200. With a mean squared error and sigmoids the gradients are small, so a larger rate is not yet too large here.`);
  }
  if (largerHiddenHelps) return wrong("the learning rate is right; compare the 4- and 16-unit curves at rate 0.1 again: the points are split by a straight line, which a few units already draw.");
  return right("the gradients are small here, so the largest rate trains fastest, and on data that a straight line separates more hidden units change little.");
}
