/**
 * Checks for the exercises of lecture 4 (gradient descent and backpropagation). Each takes the
 * student's answer and says whether it is right, or what is wrong with it, without the solution.
 *
 * ```ts
 * import { lecture4 as check } from "numts-lessons";
 * check.exercise4(np.array([12, -24, 36]), 12)  // ✔ Right: ...
 * ```
 * @module
 */
import * as np from "numts";
import { close, listText, numbers, right, shapeText, type Verdict, wrong } from "./verdict";

/** The network of section 4.4 as the lesson builds it, to compare the students' answers with. */
class Network {
  weights_hidden = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]);
  bias_hidden = np.array([0.1, -0.1, 0.05]);
  weights_output = np.array([[0.7, 0.8, 0.9], [-0.1, -0.2, -0.3], [0.3, 0.2, 0.1]]);
  bias_output = np.array([0.1, -0.1, 0.05]);
  private hidden_input = np.zeros(3);
  private hidden_output = np.zeros(3);

  constructor(private readonly learning_rate: number) {}

  forward(x: np.NDArray): np.NDArray {
    this.hidden_input = np.add(np.dot(this.weights_hidden, x), this.bias_hidden);
    this.hidden_output = np.maximum(0, this.hidden_input);
    const z = np.add(np.dot(this.weights_output, this.hidden_output), this.bias_output);
    const e = np.exp(np.subtract(z, np.max(z)));
    return np.divide(e, np.sum(e));
  }

  step(x: np.NDArray, y: np.NDArray): void {
    const error = np.subtract(this.forward(x), y);
    const hidden_error = np.multiply(np.dot(this.weights_output.T, error), np.where(np.greater(this.hidden_input, 0), 1, 0));
    const lr = this.learning_rate;
    np.subtract(this.weights_output, np.multiply(lr, np.outer(error, this.hidden_output)), { out: this.weights_output });
    np.subtract(this.bias_output, np.multiply(lr, error), { out: this.bias_output });
    np.subtract(this.weights_hidden, np.multiply(lr, np.outer(hidden_error, x)), { out: this.weights_hidden });
    np.subtract(this.bias_hidden, np.multiply(lr, hidden_error), { out: this.bias_hidden });
  }
}

const INPUT = np.array([2.0, 3.0]);
const TRUE_CLASS = np.array([1, 0, 0]);

/** The largest change of an output weight in one step at `learning_rate`. */
function largestChange(learning_rate: number): number {
  const net = new Network(learning_rate);
  const before = net.weights_output.copy();
  net.step(INPUT, TRUE_CLASS);
  return np.max(np.abs(np.subtract(net.weights_output, before))) as number;
}

const near = (a: number, b: number) => close([a], [b]);

/**
 * Exercise 1: how many times larger is the largest change of an output weight after one step at
 * learning rate 0.1 than at 0.01?
 * @param ratio the change at 0.1 divided by the change at 0.01 (one number).
 */
export function exercise1(ratio: np.ArrayLike | null): Verdict {
  const answer = numbers(ratio, "the ratio");
  if (!("values" in answer)) return answer;
  if (answer.values.length !== 1) return wrong(`pass one number, the change at 0.1 divided by the change at 0.01; got an array of shape ${shapeText(answer.shape)}.`);
  const r = answer.values[0];
  const expected = largestChange(0.1) / largestChange(0.01);
  if (near(r, expected)) return right("one step moves each weight by learning_rate × gradient, and the gradient is the same at both rates, so ten times the rate moves it ten times as far.");
  if (near(r, 1 / expected)) return wrong("that is the ratio the other way round (the change at 0.01 over the change at 0.1). Which rate makes the larger step?");
  if (near(r, expected * expected)) return wrong("the step is learning_rate × gradient: it grows in proportion to the learning rate, not with its square.");
  if (near(r, 1)) return wrong("the gradient is the same at both rates (same starting weights, same input), but the step is the gradient times the learning rate: compare the changes, not the gradients.");
  return wrong("compare np.max(np.abs(np.subtract(after, before))) of weights_output at the two rates, one step each from a new network.");
}

/**
 * Exercise 2: by how much does one step at learning rate 0.01 change the network's probability of
 * the true class (the first entry of the prediction)?
 * @param change the probability after the step minus the probability before (one number).
 */
export function exercise2(change: np.ArrayLike | null): Verdict {
  const answer = numbers(change, "the change");
  if (!("values" in answer)) return answer;
  const net = new Network(0.01);
  const before = net.forward(INPUT);
  net.step(INPUT, TRUE_CLASS);
  const after = net.forward(INPUT);
  const expected = after.get(0) - before.get(0);
  if (answer.values.length !== 1) {
    if (answer.values.length === 3 && close(answer.values, np.subtract(after, before).tolist() as number[])) return right("those are the changes of all three probabilities; the true class's is the first, and it is the only one that rises.");
    return wrong(`pass one number: the change of the first probability (the true class); got an array of shape ${shapeText(answer.shape)}.`);
  }
  const d = answer.values[0];
  if (near(d, expected)) return right("the step moves every weight against the gradient of the loss, so the probability of the true class rises, a little at this learning rate.");
  if (near(d, -expected)) return wrong("the sign is flipped: take the probability after the step minus the probability before.");
  if (near(d, after.get(0)) || near(d, before.get(0))) return wrong("that is a probability itself; the exercise asks for its change: after minus before.");
  if (near(d, expected * 10) || near(d, expected / 10)) return wrong("off by a factor of about ten: did the network train at a learning rate other than 0.01?");
  return wrong("make a new network, keep network.forward(input_data).get(0), take one backward step, then subtract the kept value from the new forward(input_data).get(0).");
}

/**
 * Exercise 3: predict, before you run the cell, which output biases one step raises and which it
 * lowers for the true class `y_real` (one-hot, e.g. np.array([0, 1, 0])).
 * @param y_real the true class of your input, one-hot.
 * @param signs one per output: +1 for a bias that rises, -1 for one that falls.
 */
export function exercise3(y_real: np.ArrayLike, signs: np.ArrayLike | null): Verdict {
  const truth = numbers(y_real, "y_real");
  if (!("values" in truth)) return truth;
  if (truth.values.length !== 3 || truth.values.filter((v) => v === 1).length !== 1 || truth.values.some((v) => v !== 0 && v !== 1)) {
    return wrong(`y_real should be one-hot with three entries (one 1, two 0), as np.array([0, 1, 0]); got ${listText(truth.values)}.`);
  }
  const answer = numbers(signs, "the signs");
  if (!("values" in answer)) return answer;
  if (answer.values.length !== 3) return wrong(`pass one sign per output bias, three in all; got ${answer.values.length}.`);
  if (answer.values.some((s) => s !== 1 && s !== -1)) return wrong(`each sign is +1 (the bias rises) or -1 (it falls); got ${listText(answer.values)}.`);
  // The bias's gradient is y_pred - y_real: y_pred is strictly between 0 and 1, so it is negative
  // for the true class only, and the step (minus the gradient) raises that bias alone.
  const expected = truth.values.map((v) => (v === 1 ? 1 : -1));
  if (close(answer.values, expected)) return right("the gradient of each output bias is y_pred − y_real, negative only for the true class, and the step goes against the gradient.");
  if (close(answer.values, expected.map((s) => -s))) return wrong("every sign is the other way round: the step subtracts learning_rate × gradient, and the gradient y_pred − y_real is negative for the true class.");
  const off = answer.values.map((s, i) => (s === expected[i] ? -1 : i)).filter((i) => i >= 0);
  return wrong(`look again at output ${off.join(" and ")}: its gradient is y_pred − y_real, and y_pred is between 0 and 1.`);
}

/** The single neuron of section 4.3 before its first update. */
const NEURON = { x: [1, -2, 3], w: [-3, -1, 2], b: 1, target: 0 };

/**
 * Exercise 4: the gradient of the single neuron of section 4.3 by hand, at iteration 1 (before
 * any update): ∂L/∂w and ∂L/∂b for L = (ReLU(w·x + b) − target)².
 * @param dL_dw one entry per weight.
 * @param dL_db one number (or a 0-d array).
 */
export function exercise4(dL_dw: np.ArrayLike | null, dL_db: np.ArrayLike | null): Verdict {
  const { x, w, b, target } = NEURON;
  const z = w.reduce((s, wi, i) => s + wi * x[i], b);
  const dL_dz = 2 * (Math.max(0, z) - target) * (z > 0 ? 1 : 0);
  const expected = { w: x.map((xi) => dL_dz * xi), b: dL_dz };
  const gw = numbers(dL_dw, "∂L/∂w");
  if (!("values" in gw)) return gw;
  if (gw.shape.length !== 1 || gw.shape[0] !== 3) return wrong(`∂L/∂w has one entry per weight, shape (3,); yours has shape ${shapeText(gw.shape)}.`);
  const gb = numbers(dL_db, "∂L/∂b");
  if (!("values" in gb)) return gb;
  if (gb.values.length !== 1) return wrong(`∂L/∂b is one number (there is one bias); yours has shape ${shapeText(gb.shape)}.`);
  const wRight = close(gw.values, expected.w);
  const bRight = near(gb.values[0], expected.b);
  if (wRight && bRight) return right("∂L/∂w = 2(ŷ − y)·ReLU′(z)·x and ∂L/∂b = 2(ŷ − y)·ReLU′(z), with z = w·x + b at the starting values.");
  const hint = (got: readonly number[], want: readonly number[], name: string, plural = false): string | undefined => {
    const scaled = (k: number) => close(got, want.map((v) => v * k));
    const [has, is] = plural ? ["have", "are"] : ["has", "is"];
    if (scaled(-1)) return `${name} ${has} the wrong sign: L = (ŷ − y)², so ∂L/∂ŷ = 2(ŷ − y), and ŷ is above the target.`;
    if (scaled(0.5)) return `${name} ${is} half of what ${plural ? "they" : "it"} should be: the derivative of (ŷ − y)² is 2(ŷ − y).`;
    if (scaled(0.001)) return `${name} ${is} the step learning_rate × gradient, not the gradient: leave out the learning rate.`;
    if (scaled(-0.001)) return `${name} ${is} the change of the parameter in the update (−learning_rate × gradient), not the gradient.`;
    return undefined;
  };
  if (!wRight) {
    // Both wrong the same way (the sign, a factor): one message for both.
    const both = hint(gw.values, expected.w, "∂L/∂w and ∂L/∂b", true);
    if (both !== undefined && both === hint(gb.values, [expected.b], "∂L/∂w and ∂L/∂b", true)) return wrong(both);
    const specific = hint(gw.values, expected.w, "∂L/∂w");
    if (specific !== undefined) return wrong(specific);
    if (close(gw.values, w.map((wi) => dL_dz * wi))) return wrong("∂z/∂w is the input x, not the weights: z = w·x + b.");
    return wrong(`∂L/∂w: follow the chain rule, ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w, with z = w·x + b computed from the starting values${bRight ? " (your ∂L/∂b is right)" : ""}.`);
  }
  const specific = hint(gb.values, [expected.b], "∂L/∂b");
  if (specific !== undefined) return wrong(`${specific} (your ∂L/∂w is right)`);
  return wrong("∂L/∂w is right; ∂L/∂b follows the same chain with ∂z/∂b = 1.");
}
