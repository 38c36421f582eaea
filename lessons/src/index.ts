/**
 * What ships with the lessons: checks for their exercises. Each check takes your answer and says
 * whether it is right, or what is wrong with it (its shape, its sign, a factor of the learning
 * rate...), without giving the solution away.
 *
 * ```ts
 * import { lecture4 as check } from "numts-lessons";
 * check.exercise1(10)
 * ```
 */
export * as lecture4 from "./lecture4";
export * as lecture9 from "./lecture9";
export { Verdict } from "./verdict";
