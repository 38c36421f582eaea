// numts port of spiral_softmax.py, line for line: a two-layer softmax network on spiral data,
// trained with minibatch gradient descent (cs231n's case study, nnfs's spiral data).
import * as np from "numts";
import { fixed, tuple } from "./python";

/** Runs the program; `print` receives each line it prints. Returns the trained parameters. */
export function main(print: (line: string) => void = console.log) {
  np.random.seed(0);
  const N = 100; // points per class
  const D = 2; // dimensionality
  const K = 3; // number of classes
  const X = np.zeros([N * K, D]); // data matrix (each row = single example)
  const y = np.zeros(N * K, "int64"); // class labels
  for (let j = 0; j < K; j++) {
    const ix = np.arange(N * j, N * (j + 1));
    const r = np.linspace(0.0, 1, N); // radius
    const t = np.add(np.linspace(j * 4, (j + 1) * 4, N), np.multiply(np.random.randn(N), 0.2)); // theta
    X.set(ix, np.c_(np.multiply(r, np.sin(t)), np.multiply(r, np.cos(t))));
    y.set(ix, j);
  }
  print(`X: ${tuple(X.shape)}, y: ${tuple(y.shape)}, classes: ${np.bincount(y)}`);

  // initialize parameters randomly
  const h = 100; // size of hidden layer
  const W = np.multiply(0.01, np.random.randn(D, h));
  const b = np.zeros([1, h]);
  const W2 = np.multiply(0.01, np.random.randn(h, K));
  const b2 = np.zeros([1, K]);

  // some hyperparameters
  const step_size = 1.0;
  const reg = 1e-3; // regularization strength
  const batch_size = 50;
  const num_examples = X.shape[0];

  function forward(X: np.NDArray): [np.NDArray, np.NDArray] {
    const hidden_layer = np.maximum(0, np.add(np.dot(X, W), b)); // ReLU activation
    const scores = np.add(np.dot(hidden_layer, W2), b2);
    return [hidden_layer, scores];
  }

  function softmax(scores: np.NDArray): np.NDArray {
    const exp_scores = np.exp(np.subtract(scores, np.max(scores, { axis: 1, keepdims: true })));
    return np.divide(exp_scores, np.sum(exp_scores, { axis: 1, keepdims: true }));
  }

  function loss_of(probs: np.NDArray, y: np.NDArray): number {
    const n = probs.shape[0];
    const correct_logprobs = np.negative(np.log(probs.slice(np.arange(n), y)));
    const data_loss = np.sum(correct_logprobs) / n;
    const reg_loss = 0.5 * reg * np.sum(np.multiply(W, W)) + 0.5 * reg * np.sum(np.multiply(W2, W2));
    return data_loss + reg_loss;
  }

  for (let epoch = 0; epoch < 301; epoch++) {
    const perm = np.random.permutation(num_examples);
    for (let start = 0; start < num_examples; start += batch_size) {
      const idx = perm.slice(`${start}:${start + batch_size}`);
      const [Xb, yb] = [X.slice(idx), y.slice(idx)];
      const n = Xb.shape[0];

      // forward pass
      const [hidden_layer, scores] = forward(Xb);
      const probs = softmax(scores);

      // gradient on scores
      const dscores = probs;
      dscores.set(np.arange(n), yb, np.subtract(dscores.slice(np.arange(n), yb), 1));
      np.divide(dscores, n, { out: dscores });

      // backpropagate the gradient to the parameters (np.dot's type is NDArray | number, a number
      // for two vectors; these are matrices)
      const dW2 = np.dot(hidden_layer.T, dscores) as np.NDArray;
      const db2 = np.sum(dscores, { axis: 0, keepdims: true });
      const dhidden = np.dot(dscores, W2.T) as np.NDArray;
      dhidden.set(hidden_layer.le(0), 0); // backprop the ReLU non-linearity
      const dW = np.dot(Xb.T, dhidden) as np.NDArray;
      const db = np.sum(dhidden, { axis: 0, keepdims: true });

      // add regularization gradient contribution
      np.add(dW2, np.multiply(reg, W2), { out: dW2 });
      np.add(dW, np.multiply(reg, W), { out: dW });

      // perform a parameter update
      np.add(W, np.multiply(-step_size, dW), { out: W });
      np.add(b, np.multiply(-step_size, db), { out: b });
      np.add(W2, np.multiply(-step_size, dW2), { out: W2 });
      np.add(b2, np.multiply(-step_size, db2), { out: b2 });
    }

    if (epoch % 20 === 0) {
      const [, scores] = forward(X);
      const loss = loss_of(softmax(scores), y);
      const accuracy = np.mean(np.argmax(scores, { axis: 1 }).eq(y));
      print(`epoch ${epoch}: loss ${fixed(loss, 6)}, accuracy ${fixed(accuracy, 4)}`);
    }
  }

  // evaluate training set accuracy
  const [, scores] = forward(X);
  const predicted_class = np.argmax(scores, { axis: 1 });
  print(`training accuracy: ${fixed(np.mean(predicted_class.eq(y)), 2)}`);
  return { W, b, W2, b2 };
}
