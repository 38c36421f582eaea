// The lectures' code (../shared/seeds), written with numts line for line, must print what the
// Python originals print (../shared/reference). Each function below is the port of one Python
// script in ../shared/reference/python, and collects what it prints.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "numts";
import { describe, expect, it } from "vitest";

const reference = (name: string): string => readFileSync(join(__dirname, "../../../shared/reference", name), "utf8");

/** Python's print: arguments as str(), separated by spaces. */
function printer(lines: string[]) {
  return (...args: unknown[]): void => {
    lines.push(args.map(String).join(" "));
  };
}

/** ../shared/reference/python/lecture04_cell1.py: backpropagation on a single ReLU neuron. */
function lecture04Cell1(): string[] {
  const out: string[] = [];
  const print = printer(out);

  const weights = np.array([-3.0, -1.0, 2.0]);
  let bias: np.ArrayLike = 1.0;
  const inputs = np.array([1.0, -2.0, 3.0]);
  const target_output = 0.0;
  const learning_rate = 0.001;

  const relu = (x: np.ArrayLike) => np.maximum(0, x);
  const relu_derivative = (x: np.ArrayLike) => np.where(np.greater(x, 0), 1.0, 0.0);

  for (let iteration = 0; iteration < 200; iteration++) {
    // Forward pass
    const linear_output = np.add(np.dot(weights, inputs), bias);
    const output = relu(linear_output);
    const loss = np.power(np.subtract(output, target_output), 2);

    // Backward pass
    const dloss_doutput = np.multiply(2, np.subtract(output, target_output));
    const doutput_dlinear = relu_derivative(linear_output);
    const dlinear_dweights = inputs;
    const dlinear_dbias = 1.0;

    const dloss_dlinear = np.multiply(dloss_doutput, doutput_dlinear);
    const dloss_dweights = np.multiply(dloss_dlinear, dlinear_dweights);
    const dloss_dbias = np.multiply(dloss_dlinear, dlinear_dbias);

    // Update weights and bias
    np.subtract(weights, np.multiply(learning_rate, dloss_dweights), { out: weights });
    bias = np.subtract(bias, np.multiply(learning_rate, dloss_dbias));

    print(`Iteration ${iteration + 1}, Loss: ${loss}`);
  }

  print("Final weights:", weights);
  print("Final bias:", bias);
  return out;
}

/** ../shared/reference/python/lecture04_cell2.py: one backprop step through a 2-3-3 network. */
function lecture04Cell2(): string[] {
  const out: string[] = [];
  const print = printer(out);

  const relu = (x: np.ArrayLike) => np.maximum(0, x);
  const relu_derivative = (x: np.ArrayLike) => np.where(np.greater(x, 0), 1, 0);
  function softmax(x: np.NDArray) {
    const exp_values = np.exp(np.subtract(x, np.max(x)));
    return np.divide(exp_values, np.sum(exp_values));
  }

  class NeuralNetworkWithBackprop {
    weights_hidden = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]);
    bias_hidden = np.array([0.1, -0.1, 0.05]);
    weights_output = np.array([[0.7, 0.8, 0.9], [-0.1, -0.2, -0.3], [0.3, 0.2, 0.1]]);
    bias_output = np.array([0.1, -0.1, 0.05]);
    hidden_layer_input = np.zeros(3);
    hidden_layer_output = np.zeros(3);
    output_layer_input = np.zeros(3);

    constructor(public learning_rate = 0.01) {}

    forward(input_data: np.NDArray) {
      this.hidden_layer_input = np.add(np.dot(this.weights_hidden, input_data), this.bias_hidden);
      this.hidden_layer_output = relu(this.hidden_layer_input);
      this.output_layer_input = np.add(np.dot(this.weights_output, this.hidden_layer_output), this.bias_output);
      const output = softmax(this.output_layer_input);
      return output;
    }

    backward(input_data: np.NDArray, y_pred: np.NDArray, y_real: np.NDArray) {
      const output_error = np.subtract(y_pred, y_real);
      const grad_weights_output = np.outer(output_error, this.hidden_layer_output);
      const grad_bias_output = output_error;
      const hidden_error = np.multiply(np.dot(this.weights_output.T, output_error), relu_derivative(this.hidden_layer_input));
      const grad_weights_hidden = np.outer(hidden_error, input_data);
      const grad_bias_hidden = hidden_error;
      np.subtract(this.weights_output, np.multiply(this.learning_rate, grad_weights_output), { out: this.weights_output });
      np.subtract(this.bias_output, np.multiply(this.learning_rate, grad_bias_output), { out: this.bias_output });
      np.subtract(this.weights_hidden, np.multiply(this.learning_rate, grad_weights_hidden), { out: this.weights_hidden });
      np.subtract(this.bias_hidden, np.multiply(this.learning_rate, grad_bias_hidden), { out: this.bias_hidden });
    }
  }

  const network = new NeuralNetworkWithBackprop(0.01);
  const input_data = np.array([2.0, 3.0]);
  const y_real = np.array([1, 0, 0], "int64");
  const y_pred = network.forward(input_data);
  network.backward(input_data, y_pred, y_real);
  print("Adjusted hidden layer weights:\n", network.weights_hidden);
  print("Adjusted hidden layer biases:\n", network.bias_hidden);
  print("Adjusted output layer weights:\n", network.weights_output);
  print("Adjusted output layer biases:\n", network.bias_output);
  return out;
}

/** ../shared/reference/python/lecture09.py: a 2-4-1 sigmoid network trained on 500 points. */
function lecture09(): string[] {
  const out: string[] = [];
  const print = printer(out);

  np.random.seed(42);
  const data = np.random.randn(500, 2);
  const labels = np.greater(np.add(data.slice(":", 0), data.slice(":", 1)), 0);
  print(data.slice("0:5"));
  print(labels.slice("0:5"));
  print("=====CELL");

  const sigmoid = (z: np.ArrayLike) => np.divide(1, np.add(1, np.exp(np.negative(z))));
  const sigmoid_derivative = (z: np.ArrayLike) => np.multiply(z, np.subtract(1, z));
  const mse = (y_true: np.ArrayLike, y_pred: np.ArrayLike) => np.mean(np.power(np.subtract(y_true, y_pred), 2));
  const mse_derivative = (y_true: np.ArrayLike, y_pred: np.ArrayLike) => np.subtract(y_pred, y_true);
  const input_size = 2;
  const hidden_size = 4;
  const output_size = 1;
  const W1 = np.random.randn(input_size, hidden_size);
  const b1 = np.zeros(hidden_size);
  const W2 = np.random.randn(hidden_size, output_size);
  const b2 = np.zeros(output_size);
  print("=====CELL");

  const epochs = 1000;
  const learning_rate = 0.1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const hidden = sigmoid(np.add(np.dot(data, W1), b1));
    const output = sigmoid(np.add(np.dot(hidden, W2), b2));
    const loss = mse(labels.reshape(-1, 1), output);
    const d_output = np.multiply(mse_derivative(labels.reshape(-1, 1), output), sigmoid_derivative(output));
    const d_hidden = np.multiply(np.dot(d_output, W2.T), sigmoid_derivative(hidden));
    np.subtract(W2, np.multiply(learning_rate, np.dot(hidden.T, d_output)), { out: W2 });
    np.subtract(b2, np.multiply(learning_rate, np.sum(d_output, { axis: 0 })), { out: b2 });
    np.subtract(W1, np.multiply(learning_rate, np.dot(data.T, d_hidden)), { out: W1 });
    np.subtract(b1, np.multiply(learning_rate, np.sum(d_hidden, { axis: 0 })), { out: b1 });
    if (epoch % 100 === 0) print(`Epoch ${epoch}, Loss: ${loss.toFixed(4)}`);
  }
  print("=====CELL");

  const test_data = np.array([[0.5, -0.5], [-0.5, 0.5], [0.5, 0.5], [-0.5, -0.5]]);
  const hidden = sigmoid(np.add(np.dot(test_data, W1), b1));
  const test_output = sigmoid(np.add(np.dot(hidden, W2), b2));
  const test_predictions = test_output.gt(0.5).astype("int").reshape(-1);
  print("Test predictions:", test_predictions);
  return out;
}

const lines = (text: string): string[] => text.replace(/\n$/, "").split("\n");

describe("the lectures, ported to numts, print what the Python originals print", () => {
  it("lecture 4, cell 1: the single neuron's 200 losses, final weights and bias, character for character", () => {
    const printed = lecture04Cell1();
    const expected = lines(reference("lecture04-cell1.txt"));
    expect(printed).toHaveLength(202);
    expect(printed).toEqual(expected);
  });

  it("lecture 4, cell 1: the 200 losses are the reference's numbers exactly", () => {
    const losses = (text: string[]) => text.filter((l) => l.startsWith("Iteration")).map((l) => Number(l.split("Loss: ")[1]));
    expect(losses(lecture04Cell1())).toEqual(losses(lines(reference("lecture04-cell1.txt"))));
  });

  it("lecture 4, cell 2: the 2-3-3 network after one backprop step, character for character", () => {
    expect(lecture04Cell2().join("\n").split("\n")).toEqual(lines(reference("lecture04-cell2.txt")));
  });

  it("lecture 9: data, labels, losses every 100 epochs and test predictions", () => {
    expect(lecture09().join("\n").split("\n")).toEqual(lines(reference("lecture09.txt")));
  });
});
