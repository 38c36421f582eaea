// The numts side of `npm run bench` (and numpy-ts, the other peer, where it runs): the same
// workloads as bench/numpy_bench.py, printed as JSON lines. Usage: node bench/numts_bench.mjs [--quick] [--section matmul]
// Run with --expose-gc for the memory workload.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const np = require("../lib/dist/index.js");
const QUICK = process.argv.includes("--quick");

function medianTime(fn, repeat, number = 1) {
  const times = [];
  for (let r = 0; r < repeat; r++) {
    const t = performance.now();
    for (let i = 0; i < number; i++) fn();
    times.push((performance.now() - t) / 1000 / number);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function report(workload, name, seconds, extra = {}, library = "numts") {
  console.log(JSON.stringify({ library, workload, name, seconds, ...extra }));
}

// ---- workload 1: lecture 9's training loop, as notebooks/09-backpropagation.ipynb writes it ----
const sigmoid = (z) => np.divide(1, np.add(1, np.exp(np.negative(z))));
const sigmoid_derivative = (z) => np.multiply(z, np.subtract(1, z));
const mse = (y_true, y_pred) => np.mean(np.power(np.subtract(y_true, y_pred), 2));
const mse_derivative = (y_true, y_pred) => np.subtract(y_pred, y_true);

function lecture9(epochs) {
  np.random.seed(42);
  const data = np.random.randn(500, 2);
  const labels = np.greater(np.add(data.slice(":", 0), data.slice(":", 1)), 0);
  const W1 = np.random.randn(2, 4);
  const b1 = np.zeros(4);
  const W2 = np.random.randn(4, 1);
  const b2 = np.zeros(1);
  const learning_rate = 0.1;
  let loss = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const hidden = sigmoid(np.add(np.dot(data, W1), b1));
    const output = sigmoid(np.add(np.dot(hidden, W2), b2));
    loss = mse(labels.reshape(-1, 1), output);
    const d_output = np.multiply(mse_derivative(labels.reshape(-1, 1), output), sigmoid_derivative(output));
    const d_hidden = np.multiply(np.dot(d_output, W2.T), sigmoid_derivative(hidden));
    np.subtract(W2, np.multiply(learning_rate, np.dot(hidden.T, d_output)), { out: W2 });
    np.subtract(b2, np.multiply(learning_rate, np.sum(d_output, { axis: 0 })), { out: b2 });
    np.subtract(W1, np.multiply(learning_rate, np.dot(data.T, d_hidden)), { out: W1 });
    np.subtract(b1, np.multiply(learning_rate, np.sum(d_hidden, { axis: 0 })), { out: b1 });
  }
  return loss;
}

// ---- workload 2: lecture 4's single neuron, as notebooks/04-gradient-descent-backprop.ipynb writes it ----
const relu = (x) => np.maximum(0, x);
const relu_derivative = (x) => np.where(np.greater(x, 0), 1.0, 0.0);

function lecture4() {
  const weights = np.array([-3.0, -1.0, 2.0]);
  let bias = 1.0;
  const inputs = np.array([1.0, -2.0, 3.0]);
  const target_output = 0.0;
  const learning_rate = 0.001;
  let loss;
  for (let iteration = 0; iteration < 200; iteration++) {
    const linear_output = np.add(np.dot(weights, inputs), bias);
    const output = relu(linear_output);
    loss = np.power(np.subtract(output, target_output), 2);
    const dloss_doutput = np.multiply(2, np.subtract(output, target_output));
    const doutput_dlinear = relu_derivative(linear_output);
    const dloss_dlinear = np.multiply(dloss_doutput, doutput_dlinear);
    const dloss_dweights = np.multiply(dloss_dlinear, inputs);
    const dloss_dbias = np.multiply(dloss_dlinear, 1.0);
    np.subtract(weights, np.multiply(learning_rate, dloss_dweights), { out: weights });
    bias = np.subtract(bias, np.multiply(learning_rate, dloss_dbias));
  }
  return loss;
}

const rssMiB = () => process.memoryUsage().rss / 2 ** 20;

// Workload 5 alone with --section matmul (run.mjs runs it again with NUMTS_NUM_THREADS=1, the one-thread column).
function matmul() {
  np.random.seed(0);
  for (const n of [64, 256, 1024]) {
    const p = np.random.randn(n, n);
    const q = np.random.randn(n, n);
    const t = medianTime(() => np.matmul(p, q), QUICK ? 1 : n === 1024 ? 3 : 7, QUICK ? 1 : Math.max(1, Math.floor(2e8 / (2 * n ** 3))));
    report(5, `matmul ${n}`, t, { gflops: (2 * n ** 3) / t / 1e9 });
  }
}

function numts() {
  report(1, "lecture 9 training, 1000 epochs", medianTime(() => lecture9(QUICK ? 20 : 1000), QUICK ? 3 : 5));
  report(2, "lecture 4 neuron, 200 iterations x 1000", medianTime(() => { for (let i = 0; i < (QUICK ? 2 : 1000); i++) lecture4(); }, QUICK ? 3 : 5));

  const a = np.array([1.0, -2.0, 3.0]);
  const b = np.array([0.5, 0.25, -1.0]);
  const cond = np.greater(a, 0);
  const calls = QUICK ? 1000 : 100_000;
  for (const [name, fn] of [["dot", () => np.dot(a, b)], ["add", () => np.add(a, b)], ["maximum", () => np.maximum(0, a)], ["where", () => np.where(cond, a, b)], ["exp", () => np.exp(a)]]) {
    report(3, `${name} of 3 elements (per call)`, medianTime(fn, 5, calls));
  }

  np.random.seed(0);
  const x = np.random.randn(10 ** 6);
  const y = np.random.randn(10 ** 6);
  const m = np.random.randn(10_000, 100);
  const row = np.random.randn(100);
  const sq = np.random.randn(1000, 1000);
  const repeat = QUICK ? 3 : 15;
  report(4, "exp of 10^6", medianTime(() => np.exp(x), repeat));
  report(4, "10^4x100 + row of 100", medianTime(() => np.add(m, row), repeat));
  report(4, "10^6 > 10^6", medianTime(() => np.greater(x, y), repeat));
  report(4, "sum axis 0 of 1000x1000", medianTime(() => np.sum(sq, { axis: 0 }), repeat));
  report(4, "sum axis 1 of 1000x1000", medianTime(() => np.sum(sq, { axis: 1 }), repeat));

  matmul();

  globalThis.gc?.();
  const before = rssMiB();
  for (let i = 0; i < (QUICK ? 10_000 : 1_000_000); i++) np.add(a, b);
  globalThis.gc?.();
  report(6, "RSS growth over 10^6 small adds (MiB)", 0, { mib: rssMiB() - before });
}

/** numpy-ts (npm), the WebAssembly NumPy port, on the workloads its API runs unchanged. */
async function numpyTs() {
  let nt;
  try {
    nt = await import("numpy-ts");
  } catch {
    return;
  }
  const lib = "numpy-ts";
  const a = nt.array([1.0, -2.0, 3.0]);
  const b = nt.array([0.5, 0.25, -1.0]);
  const cond = nt.greater(a, 0);
  const calls = QUICK ? 1000 : 100_000;
  for (const [name, fn] of [["dot", () => nt.dot(a, b)], ["add", () => nt.add(a, b)], ["maximum", () => nt.maximum(a, 0)], ["where", () => nt.where(cond, a, b)], ["exp", () => nt.exp(a)]]) {
    report(3, `${name} of 3 elements (per call)`, medianTime(fn, 5, calls), {}, lib);
  }
  for (const n of [64, 256, 1024]) {
    const p = nt.random.randn(n, n);
    const q = nt.random.randn(n, n);
    const t = medianTime(() => nt.matmul(p, q), QUICK ? 1 : n === 1024 ? 3 : 7, QUICK ? 1 : Math.max(1, Math.floor(2e8 / (2 * n ** 3))));
    report(5, `matmul ${n}`, t, { gflops: (2 * n ** 3) / t / 1e9 }, lib);
  }
}

if (process.argv.includes("--memory")) {
  // Workload 6's peak: a process that runs only the lecture's training.
  lecture9(QUICK ? 20 : 1000);
  report(6, "peak RSS of lecture 9 training alone (MiB)", 0, { mib: process.resourceUsage().maxRSS / 1024 });
} else if (process.argv.includes("--section") && process.argv[process.argv.indexOf("--section") + 1] === "matmul") {
  matmul();
} else {
  numts();
  await numpyTs();
}
