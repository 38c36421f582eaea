// numts port of planar.py, line for line: the Deep Learning Specialization's planar data
// classification with one hidden layer (course 1, week 3).
import * as np from "numts";
import { pyfloat, pyint, fixed, tuple } from "./python";

type Parameters = Record<"W1" | "b1" | "W2" | "b2", np.NDArray>;

/** Runs the program; `print` receives each line it prints. Returns the last model's parameters. */
export function main(print: (line: string) => void = console.log) {
  function load_planar_dataset(): [np.NDArray, np.NDArray] {
    np.random.seed(1);
    const m = 400; // number of examples
    const N = Math.trunc(m / 2); // number of points per class
    const D = 2; // dimensionality
    let X = np.zeros([m, D]); // data matrix where each row is a single example
    let Y = np.zeros([m, 1], "int64"); // labels vector (0 for red, 1 for blue); the original's uint8
    const a = 4; // maximum ray of the flower

    for (let j = 0; j < 2; j++) {
      const ix = np.arange(N * j, N * (j + 1));
      const t = np.add(np.linspace(j * 3.12, (j + 1) * 3.12, N), np.multiply(np.random.randn(N), 0.2)); // theta
      const r = np.add(np.multiply(a, np.sin(np.multiply(4, t))), np.multiply(np.random.randn(N), 0.2)); // radius
      X.set(ix, np.c_(np.multiply(r, np.sin(t)), np.multiply(r, np.cos(t))));
      Y.set(ix, j);
    }

    X = X.T;
    Y = Y.T;

    return [X, Y];
  }

  function sigmoid(x: np.ArrayLike) {
    const s = np.divide(1, np.add(1, np.exp(np.negative(x))));
    return s;
  }

  function decision_boundary(model: (x: np.NDArray) => np.NDArray, X: np.NDArray) {
    // plot_decision_boundary's grid: the model's prediction at every point, 0.01 apart
    const [x_min, x_max] = [X.slice(0, ":").min() - 1, X.slice(0, ":").max() + 1];
    const [y_min, y_max] = [X.slice(1, ":").min() - 1, X.slice(1, ":").max() + 1];
    const h = 0.01;
    const [xx, yy] = np.meshgrid(np.arange(x_min, x_max, h), np.arange(y_min, y_max, h));
    let Z = model(np.c_(xx.ravel(), yy.ravel()));
    Z = Z.reshape(xx.shape);
    return [xx, yy, Z];
  }

  const [X, Y] = load_planar_dataset();

  const shape_X = X.shape;
  const shape_Y = Y.shape;
  const m = shape_X[1]; // training set size

  print("The shape of X is: " + tuple(shape_X));
  print("The shape of Y is: " + tuple(shape_Y));
  print(`I have m = ${m} training examples!`);

  function layer_sizes(X: np.NDArray, Y: np.NDArray): [number, number, number] {
    const n_x = X.shape[0];
    const n_h = 4;
    const n_y = Y.shape[0];
    return [n_x, n_h, n_y];
  }

  function initialize_parameters(n_x: number, n_h: number, n_y: number): Parameters {
    const W1 = np.multiply(np.random.randn(n_h, n_x), 0.01);
    const b1 = np.zeros([n_h, 1]);
    const W2 = np.multiply(np.random.randn(n_y, n_h), 0.01);
    const b2 = np.zeros([n_y, 1]);

    const parameters = { W1: W1, b1: b1, W2: W2, b2: b2 };

    return parameters;
  }

  function forward_propagation(X: np.NDArray, parameters: Parameters): [np.NDArray, Record<string, np.NDArray>] {
    const W1 = parameters["W1"];
    const b1 = parameters["b1"];
    const W2 = parameters["W2"];
    const b2 = parameters["b2"];

    const Z1 = np.add(np.dot(W1, X), b1);
    const A1 = np.tanh(Z1);
    const Z2 = np.add(np.dot(W2, A1), b2);
    const A2 = sigmoid(Z2);

    console.assert(A2.shape[0] === 1 && A2.shape[1] === X.shape[1]);

    const cache = { Z1: Z1, A1: A1, Z2: Z2, A2: A2 };

    return [A2, cache];
  }

  function compute_cost(A2: np.NDArray, Y: np.NDArray): number {
    const m = Y.shape[1]; // number of examples

    const logprobs = np.add(np.multiply(np.log(A2), Y), np.multiply(np.log(np.subtract(1, A2)), np.subtract(1, Y)));
    let cost = -np.sum(logprobs) / m;

    cost = np.squeeze(cost).item(); // makes sure cost is the dimension we expect.

    return cost;
  }

  function backward_propagation(parameters: Parameters, cache: Record<string, np.NDArray>, X: np.NDArray, Y: np.NDArray) {
    const m = X.shape[1];

    const W2 = parameters["W2"]; // (the original also takes W1, which it never uses)

    const A1 = cache["A1"];
    const A2 = cache["A2"];

    const dZ2 = np.subtract(A2, Y);
    const dW2 = np.multiply(1 / m, np.dot(dZ2, A1.T));
    const db2 = np.multiply(1 / m, np.sum(dZ2, { axis: 1, keepdims: true }));
    const dZ1 = np.multiply(np.dot(W2.T, dZ2), np.subtract(1, np.power(A1, 2)));
    const dW1 = np.multiply(1 / m, np.dot(dZ1, X.T));
    const db1 = np.multiply(1 / m, np.sum(dZ1, { axis: 1, keepdims: true }));

    const grads = { dW1: dW1, db1: db1, dW2: dW2, db2: db2 };

    return grads;
  }

  function update_parameters(parameters: Parameters, grads: Record<string, np.NDArray>, learning_rate = 1.2): Parameters {
    let W1 = parameters["W1"].copy();
    let b1 = parameters["b1"];
    let W2 = parameters["W2"].copy();
    let b2 = parameters["b2"];

    const dW1 = grads["dW1"];
    const db1 = grads["db1"];
    const dW2 = grads["dW2"];
    const db2 = grads["db2"];

    W1 = np.subtract(W1, np.multiply(learning_rate, dW1));
    b1 = np.subtract(b1, np.multiply(learning_rate, db1));
    W2 = np.subtract(W2, np.multiply(learning_rate, dW2));
    b2 = np.subtract(b2, np.multiply(learning_rate, db2));

    parameters = { W1: W1, b1: b1, W2: W2, b2: b2 };

    return parameters;
  }

  function nn_model(X: np.NDArray, Y: np.NDArray, n_h: number, num_iterations = 10000, print_cost = false): Parameters {
    np.random.seed(3);
    const n_x = layer_sizes(X, Y)[0];
    const n_y = layer_sizes(X, Y)[2];

    let parameters = initialize_parameters(n_x, n_h, n_y);

    for (let i = 0; i < num_iterations; i++) {
      const [A2, cache] = forward_propagation(X, parameters);
      const cost = compute_cost(A2, Y);
      const grads = backward_propagation(parameters, cache, X, Y);
      parameters = update_parameters(parameters, grads);

      if (print_cost && i % 1000 === 0) print(`Cost after iteration ${i}: ${fixed(cost, 6)}`);
    }

    return parameters;
  }

  function predict(parameters: Parameters, X: np.NDArray) {
    const [A2] = forward_propagation(X, parameters);
    const predictions = A2.gt(0.5);

    return predictions;
  }

  // Build a model with a n_h-dimensional hidden layer
  let parameters = nn_model(X, Y, 4, 10000, true);

  const [, , Z] = decision_boundary((x) => predict(parameters, x.T), X);
  print(`Decision boundary grid: ${tuple(Z.shape)}, predicted blue: ${fixed(np.mean(Z), 4)}`);

  // Print accuracy
  let predictions = predict(parameters, X);
  print("Accuracy: " + pyint(np.squeeze(np.add(np.dot(Y, predictions.T), np.dot(np.subtract(1, Y), np.subtract(1, predictions.T)))).item() / Y.size * 100) + "%");

  // Tuning hidden layer size (the assignment goes on to 20 and 50 hidden units; left out here to
  // keep the port's test short)
  const hidden_layer_sizes = [1, 2, 3, 4, 5];
  for (const n_h of hidden_layer_sizes) { // the original's enumerate index numbers its subplots
    parameters = nn_model(X, Y, n_h, 5000);
    predictions = predict(parameters, X);
    const accuracy = (np.squeeze(np.add(np.dot(Y, predictions.T), np.dot(np.subtract(1, Y), np.subtract(1, predictions.T)))).item() / Y.size) * 100;
    print(`Accuracy for ${n_h} hidden units: ${pyfloat(accuracy)} %`);
  }
  return { parameters };
}
