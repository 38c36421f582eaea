// numts port of cs231n_knn_softmax.py, line for line: cs231n's assignment 1, its kNN and softmax
// parts (k_nearest_neighbor.py, softmax.py, linear_classifier.py, gradient_check.py and the two
// notebooks' cells), on the program's synthetic CIFAR-like images.
import * as np from "numts";
import { fixed, pyint, sci, tuple } from "./python";

/** Runs the program; `print` receives each line it prints. Returns what is compared to the last bit. */
export function main(print: (line: string) => void = console.log) {
  np.random.seed(231);
  const num_classes = 10;
  const prototypes = np.random.uniform(0, 255, { size: [num_classes, 3, 4, 4] });

  function make_images(n: number): [np.NDArray, np.NDArray] {
    const y = np.random.randint(num_classes, { size: n });
    let X = np.add(prototypes.slice(y), np.random.normal(0, 300, { size: [n, 3, 4, 4] }));
    X = np.clip(X, 0, 255).round().transpose(0, 2, 3, 1).astype("float");
    return [X, y];
  }

  let [X_train, y_train] = make_images(600);
  let [X_test, y_test] = make_images(60);
  print(`Training data shape:  ${tuple(X_train.shape)}`);
  print(`Training labels shape:  ${tuple(y_train.shape)}`);
  print(`Test data shape:  ${tuple(X_test.shape)}`);
  print(`Test labels shape:  ${tuple(y_test.shape)}`);

  // k_nearest_neighbor.py
  /** a kNN classifier with L2 distance */
  class KNearestNeighbor {
    X_train!: np.NDArray;
    y_train!: np.NDArray;

    train(X: np.NDArray, y: np.NDArray) {
      this.X_train = X;
      this.y_train = y;
    }

    compute_distances_two_loops(X: np.NDArray) {
      const num_test = X.shape[0];
      const num_train = this.X_train.shape[0];
      const dists = np.zeros([num_test, num_train]);
      for (let i = 0; i < num_test; i++) {
        for (let j = 0; j < num_train; j++) {
          dists.set(i, j, np.sqrt(np.sum(np.square(np.subtract(X.slice(i), this.X_train.slice(j))))));
        }
      }
      return dists;
    }

    compute_distances_one_loop(X: np.NDArray) {
      const num_test = X.shape[0];
      const num_train = this.X_train.shape[0];
      const dists = np.zeros([num_test, num_train]);
      for (let i = 0; i < num_test; i++) {
        dists.set(i, ":", np.sqrt(np.sum(np.square(np.subtract(this.X_train, X.slice(i))), { axis: 1 })));
      }
      return dists;
    }

    compute_distances_no_loops(X: np.NDArray) {
      const dists = np.sqrt(
        np.add(
          np.subtract(np.sum(np.power(X, 2), { axis: 1 }).reshape(-1, 1), np.multiply(2, X.dot(this.X_train.T))),
          np.sum(np.power(this.X_train, 2), { axis: 1 }),
        ),
      );
      return dists;
    }

    predict_labels(dists: np.NDArray, k = 1) {
      const num_test = dists.shape[0];
      const y_pred = np.zeros(num_test);
      for (let i = 0; i < num_test; i++) {
        const closest_y = this.y_train.slice(np.argsort(dists.slice(i)).slice(`:${k}`));
        y_pred.set(i, np.bincount(closest_y).argmax());
      }
      return y_pred;
    }
  }

  // knn.ipynb
  X_train = np.reshape(X_train, [X_train.shape[0], -1]);
  X_test = np.reshape(X_test, [X_test.shape[0], -1]);
  print(`${tuple(X_train.shape)} ${tuple(X_test.shape)}`);

  const classifier = new KNearestNeighbor();
  classifier.train(X_train, y_train);

  const dists = classifier.compute_distances_two_loops(X_test);
  print(tuple(dists.shape));

  const num_test = X_test.shape[0];
  for (const k of [1, 5]) {
    const y_test_pred = classifier.predict_labels(dists, k);
    const num_correct = np.sum(y_test_pred.eq(y_test));
    const accuracy = num_correct / num_test;
    print(`Got ${pyint(num_correct)} / ${pyint(num_test)} correct => accuracy: ${fixed(accuracy, 6)}`);
  }

  const dists_one = classifier.compute_distances_one_loop(X_test);
  let difference = np.linalg.norm(np.subtract(dists, dists_one), { ord: "fro" }) as number;
  print(`One loop difference was: ${fixed(difference, 6)}`);
  if (difference < 0.001) print("Good! The distance matrices are the same");
  else print("Uh-oh! The distance matrices are different");

  const dists_two = classifier.compute_distances_no_loops(X_test);
  difference = np.linalg.norm(np.subtract(dists, dists_two), { ord: "fro" }) as number;
  print(`No loop difference was: ${fixed(difference, 6)}`);
  if (difference < 0.001) print("Good! The distance matrices are the same");
  else print("Uh-oh! The distance matrices are different");

  const num_folds = 5;
  const k_choices = [1, 3, 5, 8, 10, 12, 15, 20, 50, 100];

  const X_train_folds = np.array_split(X_train, num_folds);
  const y_train_folds = np.array_split(y_train, num_folds);

  // Python's dict keyed by k; `sorted(k_to_accuracies)` is its keys in increasing order
  const k_to_accuracies = new Map<number, number[]>();
  for (const k of k_choices) {
    k_to_accuracies.set(k, []);
    for (let i = 0; i < num_folds; i++) {
      const X_tr = np.concatenate([...X_train_folds.slice(0, i), ...X_train_folds.slice(i + 1)]);
      const y_tr = np.concatenate([...y_train_folds.slice(0, i), ...y_train_folds.slice(i + 1)]);
      classifier.train(X_tr, y_tr);
      const dists_cv = classifier.compute_distances_no_loops(X_train_folds[i]);
      const y_pred = classifier.predict_labels(dists_cv, k);
      k_to_accuracies.get(k)!.push(np.mean(y_pred.eq(y_train_folds[i])));
    }
  }
  const sorted_ks = [...k_to_accuracies.keys()].sort((a, b) => a - b);

  for (const k of sorted_ks) {
    for (const accuracy of k_to_accuracies.get(k)!) {
      print(`k = ${pyint(k)}, accuracy = ${fixed(accuracy, 6)}`);
    }
  }

  const accuracies_mean = np.array(sorted_ks.map((k) => np.mean(k_to_accuracies.get(k)!)));
  const accuracies_std = np.array(sorted_ks.map((k) => np.std(k_to_accuracies.get(k)!)));
  print(`mean accuracy per k: ${accuracies_mean}`);
  print(`std per k: ${accuracies_std}`);
  const best_k = k_choices[np.argmax(accuracies_mean)];
  print(`best k: ${best_k}`);

  // softmax.py
  function softmax_loss_naive(W: np.NDArray, X: np.NDArray, y: np.NDArray, reg: number): [number, np.NDArray] {
    let loss = 0.0;
    let dW = np.zeros_like(W);
    const num_train = X.shape[0];
    const num_classes = W.shape[1];
    for (let i = 0; i < num_train; i++) {
      const scores = X.slice(i).dot(W) as np.NDArray;
      np.subtract(scores, np.max(scores), { out: scores });
      const exp_scores = np.exp(scores);
      const probs = np.divide(exp_scores, np.sum(exp_scores));
      loss += -np.log(probs.get(y.get(i))).item();
      for (let j = 0; j < num_classes; j++) {
        const column = dW.slice(":", j);
        np.add(column, np.multiply(probs.get(j) - Number(j === y.get(i)), X.slice(i)), { out: column });
      }
    }
    loss = loss / num_train + reg * np.sum(np.multiply(W, W));
    dW = np.add(np.divide(dW, num_train), np.multiply(2 * reg, W));
    return [loss, dW];
  }

  function softmax_loss_vectorized(W: np.NDArray, X: np.NDArray, y: np.NDArray, reg: number): [number, np.NDArray] {
    const num_train = X.shape[0];
    const scores = X.dot(W) as np.NDArray;
    np.subtract(scores, np.max(scores, { axis: 1, keepdims: true }), { out: scores });
    const exp_scores = np.exp(scores);
    const probs = np.divide(exp_scores, np.sum(exp_scores, { axis: 1, keepdims: true }));
    const loss = np.sum(np.negative(np.log(probs.slice(np.arange(num_train), y)))) / num_train + reg * np.sum(np.multiply(W, W));
    const dscores = probs;
    dscores.set(np.arange(num_train), y, np.subtract(dscores.slice(np.arange(num_train), y), 1));
    const dW = np.add(np.divide(X.T.dot(dscores), num_train), np.multiply(2 * reg, W));
    return [loss, dW];
  }

  // gradient_check.py
  function grad_check_sparse(f: (x: np.NDArray) => number, x: np.NDArray, analytic_grad: np.NDArray, num_checks = 10, h = 1e-5) {
    for (let i = 0; i < num_checks; i++) {
      const ix = x.shape.map((m) => np.random.randint(m));

      const oldval = x.get(...ix);
      x.set(...ix, oldval + h); // increment by h
      const fxph = f(x); // evaluate f(x + h)
      x.set(...ix, oldval - h); // increment by h
      const fxmh = f(x); // evaluate f(x - h)
      x.set(...ix, oldval); // reset

      const grad_numerical = (fxph - fxmh) / (2 * h);
      const grad_analytic = analytic_grad.get(...ix);
      const rel_error = Math.abs(grad_numerical - grad_analytic) / (Math.abs(grad_numerical) + Math.abs(grad_analytic));
      print(`numerical: ${fixed(grad_numerical, 6)} analytic: ${fixed(grad_analytic, 6)}, relative error: ${sci(rel_error)}`);
    }
  }

  // linear_classifier.py (Python's keyword arguments with defaults: an options object)
  interface TrainOptions {
    learning_rate?: number;
    reg?: number;
    num_iters?: number;
    batch_size?: number;
    verbose?: boolean;
  }

  abstract class LinearClassifier {
    W: np.NDArray | null = null;

    abstract loss(X_batch: np.NDArray, y_batch: np.NDArray, reg: number): [number, np.NDArray];

    train(X: np.NDArray, y: np.NDArray, { learning_rate = 1e-3, reg = 1e-5, num_iters = 100, batch_size = 200, verbose = false }: TrainOptions = {}) {
      const [num_train, dim] = X.shape;
      const num_classes = np.max(y) + 1; // assume y takes values 0...K-1 where K is number of classes
      if (this.W === null) {
        // lazily initialize W
        this.W = np.multiply(0.001, np.random.randn(dim, num_classes));
      }

      // Run stochastic gradient descent to optimize W
      const loss_history: number[] = [];
      for (let it = 0; it < num_iters; it++) {
        const batch_indices = np.random.choice(num_train, batch_size, { replace: true });
        const X_batch = X.slice(batch_indices);
        const y_batch = y.slice(batch_indices);

        // evaluate loss and gradient
        const [loss, grad] = this.loss(X_batch, y_batch, reg);
        loss_history.push(loss);

        // perform parameter update
        np.subtract(this.W, np.multiply(learning_rate, grad), { out: this.W });

        if (verbose && it % 100 === 0) {
          print(`iteration ${pyint(it)} / ${pyint(num_iters)}: loss ${fixed(loss, 6)}`);
        }
      }

      return loss_history;
    }

    predict(X: np.NDArray) {
      const y_pred = np.argmax(X.dot(this.W!) as np.NDArray, { axis: 1 });
      return y_pred;
    }
  }

  /** A subclass that uses the Softmax + Cross-entropy loss function */
  class Softmax extends LinearClassifier {
    loss(X_batch: np.NDArray, y_batch: np.NDArray, reg: number) {
      return softmax_loss_vectorized(this.W!, X_batch, y_batch, reg);
    }
  }

  // softmax.ipynb: preprocessing
  const num_training = 500;
  const num_validation = 100;
  const num_dev = 100;

  let mask = np.arange(num_training, num_training + num_validation); // Python's list(range(...))
  let X_val = X_train.slice(mask);
  const y_val = y_train.slice(mask);

  mask = np.arange(num_training);
  X_train = X_train.slice(mask);
  y_train = y_train.slice(mask);

  mask = np.random.choice(num_training, num_dev, { replace: false });
  let X_dev = X_train.slice(mask);
  const y_dev = y_train.slice(mask);

  const mean_image = np.mean(X_train, { axis: 0 });
  print(`${mean_image.slice(":10")}`); // print a few of the elements

  np.subtract(X_train, mean_image, { out: X_train });
  np.subtract(X_val, mean_image, { out: X_val });
  np.subtract(X_test, mean_image, { out: X_test });
  np.subtract(X_dev, mean_image, { out: X_dev });

  X_train = np.hstack([X_train, np.ones([X_train.shape[0], 1])]);
  X_val = np.hstack([X_val, np.ones([X_val.shape[0], 1])]);
  X_test = np.hstack([X_test, np.ones([X_test.shape[0], 1])]);
  X_dev = np.hstack([X_dev, np.ones([X_dev.shape[0], 1])]);
  print(`${tuple(X_train.shape)} ${tuple(X_val.shape)} ${tuple(X_test.shape)} ${tuple(X_dev.shape)}`);

  // Generate a random softmax weight matrix and use it to compute the loss.
  const W = np.multiply(np.random.randn(49, 10), 0.0001);
  let [loss, grad] = softmax_loss_naive(W, X_dev, y_dev, 0.0);

  // As a rough sanity check, our loss should be something close to -log(0.1).
  print(`loss: ${fixed(loss, 6)}`);
  print(`sanity check: ${fixed(-np.log(0.1).item(), 6)}`);

  let f = (w: np.NDArray) => softmax_loss_naive(w, X_dev, y_dev, 0.0)[0];
  grad_check_sparse(f, W, grad, 10);

  [loss, grad] = softmax_loss_naive(W, X_dev, y_dev, 5e1);
  f = (w: np.NDArray) => softmax_loss_naive(w, X_dev, y_dev, 5e1)[0];
  grad_check_sparse(f, W, grad, 10);

  const [loss_naive, grad_naive] = softmax_loss_naive(W, X_dev, y_dev, 0.000005);
  print(`naive loss: ${sci(loss_naive)}`);
  const [loss_vectorized, grad_vectorized] = softmax_loss_vectorized(W, X_dev, y_dev, 0.000005);
  print(`vectorized loss: ${sci(loss_vectorized)}`);

  const grad_difference = np.linalg.norm(np.subtract(grad_naive, grad_vectorized), { ord: "fro" }) as number;
  print(`Loss difference: ${fixed(Math.abs(loss_naive - loss_vectorized), 6)}`);
  print(`Gradient difference: ${fixed(grad_difference, 6)}`);

  // Tune the learning rate and regularization strength (Python's dict keyed by (lr, reg): a list
  // of entries, sorted by lr, then reg, as `sorted(results)` sorts the tuples)
  const results: { lr: number; reg: number; train_accuracy: number; val_accuracy: number }[] = [];
  let best_val = -1;
  let best_softmax: Softmax | null = null;
  const learning_rates = [1e-7, 1e-6];
  const regularization_strengths = [2.5e3, 5e3];
  for (const lr of learning_rates) {
    for (const reg of regularization_strengths) {
      const softmax = new Softmax();
      softmax.train(X_train, y_train, { learning_rate: lr, reg, num_iters: 300, batch_size: 100 });
      const train_accuracy = np.mean(y_train.eq(softmax.predict(X_train)));
      const val_accuracy = np.mean(y_val.eq(softmax.predict(X_val)));
      results.push({ lr, reg, train_accuracy, val_accuracy });
      if (val_accuracy > best_val) {
        best_val = val_accuracy;
        best_softmax = softmax;
      }
    }
  }

  results.sort((a, b) => a.lr - b.lr || a.reg - b.reg);
  for (const { lr, reg, train_accuracy, val_accuracy } of results) {
    print(`lr ${sci(lr)} reg ${sci(reg)} train accuracy: ${fixed(train_accuracy, 6)} val accuracy: ${fixed(val_accuracy, 6)}`);
  }

  print(`best validation accuracy achieved during cross-validation: ${fixed(best_val, 6)}`);

  const y_test_pred = best_softmax!.predict(X_test);
  const test_accuracy = np.mean(y_test.eq(y_test_pred));
  print(`softmax on raw pixels final test set accuracy: ${fixed(test_accuracy, 6)}`);

  const softmax = new Softmax();
  const loss_hist = softmax.train(X_train, y_train, { learning_rate: 1e-7, reg: 2.5e4, num_iters: 301, verbose: true });

  return { dists, dists_two, grad_naive, grad_vectorized, best_softmax: { W: best_softmax!.W! }, softmax: { W: softmax.W! }, loss_hist };
}
