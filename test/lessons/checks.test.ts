// The exercises' checks: for each, the verdict on a right answer and on wrong ones, each wrong
// one with the hint that says what is wrong, and never the solution.
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { lecture4, lecture9, type Verdict } from "../../lessons/src/index";
import { golden } from "../golden";

/** NumPy's answers (test/golden/make_lessons.py). */
const answers = golden<{ lecture4: { exercise1_ratio: number; exercise2_change: number; exercise4_dw: number[]; exercise4_db: number } }>("lessons").lecture4;

const verdict = (v: Verdict) => ({ right: v.right, message: v.message });

describe("lecture 4", () => {
  it("exercise 1: the ratio of the steps at learning rates 0.1 and 0.01", () => {
    expect(lecture4.exercise1(answers.exercise1_ratio).right).toBe(true);
    expect(lecture4.exercise1(10).right).toBe(true);
    expect(verdict(lecture4.exercise1(0.1))).toEqual({ right: false, message: expect.stringContaining("the ratio the other way round") });
    expect(verdict(lecture4.exercise1(100))).toEqual({ right: false, message: expect.stringContaining("in proportion to the learning rate, not with its square") });
    expect(verdict(lecture4.exercise1(1))).toEqual({ right: false, message: expect.stringContaining("compare the changes, not the gradients") });
    expect(verdict(lecture4.exercise1(null))).toEqual({ right: false, message: "no answer for the ratio yet: replace the null with your answer." });
  });

  it("exercise 2: the change of the true class's probability after one step", () => {
    const change = answers.exercise2_change;
    expect(lecture4.exercise2(change).right).toBe(true);
    expect(verdict(lecture4.exercise2(-change))).toEqual({ right: false, message: "the sign is flipped: take the probability after the step minus the probability before." });
    expect(verdict(lecture4.exercise2(change * 10))).toEqual({ right: false, message: expect.stringContaining("learning rate other than 0.01") });
    expect(verdict(lecture4.exercise2(np.array([change, change])))).toEqual({ right: false, message: expect.stringContaining("pass one number") });
  });

  it("exercise 3: the signs of the output biases' changes, for any true class", () => {
    expect(lecture4.exercise3(np.array([0, 1, 0]), [-1, 1, -1]).right).toBe(true);
    expect(lecture4.exercise3([1, 0, 0], [1, -1, -1]).right).toBe(true);
    expect(verdict(lecture4.exercise3([0, 1, 0], [1, -1, 1]))).toEqual({ right: false, message: expect.stringContaining("every sign is the other way round") });
    expect(verdict(lecture4.exercise3([0, 1, 0], [-1, 1, 1]))).toEqual({ right: false, message: expect.stringContaining("look again at output 2") });
    expect(verdict(lecture4.exercise3([0, 1, 0], [-1, 1]))).toEqual({ right: false, message: "pass one sign per output bias, three in all; got 2." });
    expect(verdict(lecture4.exercise3([0, 2, 0], [-1, 1, -1]))).toEqual({ right: false, message: expect.stringContaining("one-hot") });
  });

  it("exercise 4: the single neuron's gradient by hand at iteration 1", () => {
    expect(lecture4.exercise4(np.array(answers.exercise4_dw), answers.exercise4_db).right).toBe(true);
    expect(lecture4.exercise4([12, -24, 36], np.array(12)).right).toBe(true);
    expect(verdict(lecture4.exercise4([-12, 24, -36], -12))).toEqual({ right: false, message: "∂L/∂w and ∂L/∂b have the wrong sign: L = (ŷ − y)², so ∂L/∂ŷ = 2(ŷ − y), and ŷ is above the target." });
    expect(verdict(lecture4.exercise4([-12, 24, -36], 12))).toEqual({ right: false, message: "∂L/∂w has the wrong sign: L = (ŷ − y)², so ∂L/∂ŷ = 2(ŷ − y), and ŷ is above the target." });
    expect(verdict(lecture4.exercise4([6, -12, 18], 6))).toEqual({ right: false, message: expect.stringContaining("∂L/∂w and ∂L/∂b are half of what they should be") });
    expect(verdict(lecture4.exercise4([0.012, -0.024, 0.036], 0.012))).toEqual({ right: false, message: expect.stringContaining("leave out the learning rate") });
    expect(verdict(lecture4.exercise4([12, -24, 36], -12))).toEqual({ right: false, message: expect.stringMatching(/^∂L\/∂b has the wrong sign.*\(your ∂L\/∂w is right\)$/) });
    expect(verdict(lecture4.exercise4([-36, -12, 24], 12))).toEqual({ right: false, message: "∂z/∂w is the input x, not the weights: z = w·x + b." });
    expect(verdict(lecture4.exercise4([[12, -24, 36]], 12))).toEqual({ right: false, message: "∂L/∂w has one entry per weight, shape (3,); yours has shape (1, 3)." });
    expect(verdict(lecture4.exercise4([12, -24, 36], [12, 12]))).toEqual({ right: false, message: "∂L/∂b is one number (there is one bias); yours has shape (2,)." });
  });

  it("no verdict gives the solution away", () => {
    const wrongs = [lecture4.exercise1(3), lecture4.exercise2(0.5), lecture4.exercise4([1, 2, 3], 4), lecture4.exercise4([12, -24, 36], 5)];
    for (const v of wrongs) {
      expect(v.right).toBe(false);
      expect(v.message).not.toMatch(/\b(10|12|24|36)\b|0\.000276/);
    }
  });
});

describe("lecture 9", () => {
  it("exercise 1: the fastest learning rate and whether more hidden units help", () => {
    expect(lecture9.exercise1({ fastest: 0.5, largerHiddenHelps: false }).right).toBe(true);
    expect(verdict(lecture9.exercise1({ fastest: 0.01, largerHiddenHelps: false }))).toEqual({ right: false, message: expect.stringContaining("0.01 is the slowest") });
    expect(verdict(lecture9.exercise1({ fastest: 0.5, largerHiddenHelps: true }))).toEqual({ right: false, message: expect.stringContaining("the learning rate is right") });
    expect(verdict(lecture9.exercise1({ fastest: 0.3, largerHiddenHelps: false }))).toEqual({ right: false, message: expect.stringContaining("one of the rates compared") });
  });
});

describe("a verdict", () => {
  it("shows itself as a coloured line in notebooks and as text in a terminal", () => {
    const v = lecture4.exercise1(10);
    const bundle = (v as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for("Jupyter.display")]();
    expect(bundle["text/plain"]).toMatch(/^✔ Right: one step moves/);
    expect(bundle["text/html"]).toContain("✔ Right</b>");
    expect(String(lecture4.exercise1(1))).toMatch(/^✘ Not yet: /);
  });
});
