// numts port of cs231n_fc_net.py, line for line: cs231n's assignment 2, its fully connected
// network parts (layers.py, layer_utils.py, fc_net.py, optim.py, solver.py, gradient_check.py and
// the FullyConnectedNets, Dropout and BatchNormalization notebooks' checks).
import * as np from "numts";
import { fixed, pyfloat, sci, tuple } from "./python";

type NDArray = np.NDArray;
type Params = Record<string, NDArray>;

/** Runs the program; `print` receives each line it prints. Returns what is compared to the last bit. */
export function main(print: (line: string) => void = console.log) {
  np.random.seed(231);
  const [num_classes, dim] = [5, 20];
  const centres = np.multiply(np.random.randn(num_classes, dim), 2);

  function make_data(n: number): [NDArray, NDArray] {
    const y = np.random.randint(num_classes, { size: n });
    const X = np.add(centres.slice(y), np.multiply(np.random.randn(n, dim), 1.5));
    return [X, y];
  }

  const [X_train, y_train] = make_data(500);
  const [X_val, y_val] = make_data(100);
  const data = { X_train, y_train, X_val, y_val };
  for (const [k, v] of Object.entries(data)) {
    print(`('${k}: ', ${tuple(v.shape)})`);
  }

  // layers.py
  type AffineCache = [NDArray, NDArray, NDArray];

  function affine_forward(x: NDArray, w: NDArray, b: NDArray): [NDArray, AffineCache] {
    const out = np.add(x.reshape(x.shape[0], -1).dot(w) as NDArray, b);
    const cache: AffineCache = [x, w, b];
    return [out, cache];
  }

  function affine_backward(dout: NDArray, cache: AffineCache): [NDArray, NDArray, NDArray] {
    const [x, w] = cache;
    const dx = (dout.dot(w.T) as NDArray).reshape(x.shape);
    const dw = x.reshape(x.shape[0], -1).T.dot(dout) as NDArray;
    const db = np.sum(dout, { axis: 0 });
    return [dx, dw, db];
  }

  function relu_forward(x: NDArray): [NDArray, NDArray] {
    const out = np.maximum(0, x);
    const cache = x;
    return [out, cache];
  }

  function relu_backward(dout: NDArray, cache: NDArray): NDArray {
    const x = cache;
    const dx = np.multiply(dout, x.gt(0));
    return dx;
  }

  function softmax_loss(x: NDArray, y: NDArray): [number, NDArray] {
    const shifted_logits = np.subtract(x, np.max(x, { axis: 1, keepdims: true }));
    const Z = np.sum(np.exp(shifted_logits), { axis: 1, keepdims: true });
    const log_probs = np.subtract(shifted_logits, np.log(Z));
    const probs = np.exp(log_probs);
    const N = x.shape[0];
    const loss = -np.sum(log_probs.slice(np.arange(N), y)) / N;
    const dx = probs.copy();
    dx.set(np.arange(N), y, np.subtract(dx.slice(np.arange(N), y), 1));
    np.divide(dx, N, { out: dx });
    return [loss, dx];
  }

  // Python's bn_param dict
  interface BNParam {
    mode: "train" | "test";
    eps?: number;
    momentum?: number;
    running_mean?: NDArray;
    running_var?: NDArray;
  }
  type BNCache = [NDArray, NDArray, NDArray] | null;

  function batchnorm_forward(x: NDArray, gamma: NDArray, beta: NDArray, bn_param: BNParam): [NDArray, BNCache] {
    const mode = bn_param.mode;
    const eps = bn_param.eps ?? 1e-5;
    const momentum = bn_param.momentum ?? 0.9;

    const [, D] = x.shape;
    let running_mean = bn_param.running_mean ?? np.zeros(D, x.dtype);
    let running_var = bn_param.running_var ?? np.zeros(D, x.dtype);

    let out: NDArray;
    let cache: BNCache;
    if (mode === "train") {
      const sample_mean = x.mean({ axis: 0 });
      const sample_var = x.var({ axis: 0 });
      const inv_std = np.divide(1.0, np.sqrt(np.add(sample_var, eps)));
      const x_hat = np.multiply(np.subtract(x, sample_mean), inv_std);
      out = np.add(np.multiply(gamma, x_hat), beta);
      cache = [x_hat, gamma, inv_std];
      running_mean = np.add(np.multiply(momentum, running_mean), np.multiply(1 - momentum, sample_mean));
      running_var = np.add(np.multiply(momentum, running_var), np.multiply(1 - momentum, sample_var));
    } else if (mode === "test") {
      const x_hat = np.divide(np.subtract(x, running_mean), np.sqrt(np.add(running_var, eps)));
      out = np.add(np.multiply(gamma, x_hat), beta);
      cache = null;
    } else {
      throw new Error(`Invalid forward batchnorm mode "${String(mode)}"`);
    }

    bn_param.running_mean = running_mean;
    bn_param.running_var = running_var;
    return [out, cache];
  }

  function batchnorm_backward_alt(dout: NDArray, cache: BNCache): [NDArray, NDArray, NDArray] {
    const [x_hat, gamma, inv_std] = cache!;
    const N = dout.shape[0];
    const dbeta = dout.sum({ axis: 0 });
    const dgamma = np.sum(np.multiply(dout, x_hat), { axis: 0 });
    const dx_hat = np.multiply(dout, gamma);
    const dx = np.multiply(
      np.divide(inv_std, N),
      np.subtract(np.subtract(np.multiply(N, dx_hat), dx_hat.sum({ axis: 0 })), np.multiply(x_hat, np.sum(np.multiply(dx_hat, x_hat), { axis: 0 }))),
    );
    return [dx, dgamma, dbeta];
  }

  // Python's dropout_param dict
  interface DropoutParam {
    mode?: "train" | "test";
    p?: number;
    seed?: number;
  }
  type DropoutCache = [DropoutParam, NDArray | null];

  function dropout_forward(x: NDArray, dropout_param: DropoutParam): [NDArray, DropoutCache] {
    const [p, mode] = [dropout_param.p!, dropout_param.mode];
    if (dropout_param.seed !== undefined) {
      np.random.seed(dropout_param.seed);
    }

    let mask: NDArray | null = null;
    let out = x;
    if (mode === "train") {
      mask = np.divide(np.random.rand(...x.shape).lt(p), p);
      out = np.multiply(x, mask);
    } else if (mode === "test") {
      out = x;
    }
    const cache: DropoutCache = [dropout_param, mask];
    return [out, cache];
  }

  function dropout_backward(dout: NDArray, cache: DropoutCache): NDArray {
    const [dropout_param, mask] = cache;
    const mode = dropout_param.mode;
    let dx = dout;
    if (mode === "train") {
      dx = np.multiply(dout, mask!);
    } else if (mode === "test") {
      dx = dout;
    }
    return dx;
  }

  // fc_net.py (keyword arguments with defaults: an options object)
  interface NetOptions {
    input_dim?: number;
    num_classes?: number;
    dropout?: number;
    normalization?: "batchnorm" | null;
    reg?: number;
    weight_scale?: number;
    dtype?: np.DType;
    seed?: number | null;
  }
  type LayerCache = [AffineCache, BNCache, NDArray, DropoutCache | null];

  class FullyConnectedNet {
    normalization: "batchnorm" | null;
    use_dropout: boolean;
    reg: number;
    num_layers: number;
    dtype: np.DType;
    params: Params = {};
    dropout_param: DropoutParam = {};
    bn_params: BNParam[] = [];

    constructor(
      hidden_dims: number[],
      { input_dim = 3 * 32 * 32, num_classes = 10, dropout = 1, normalization = null, reg = 0.0, weight_scale = 1e-2, dtype = "float64", seed = null }: NetOptions = {},
    ) {
      this.normalization = normalization;
      this.use_dropout = dropout !== 1;
      this.reg = reg;
      this.num_layers = 1 + hidden_dims.length;
      this.dtype = dtype;
      this.params = {};

      const dims = [input_dim, ...hidden_dims, num_classes];
      for (let i = 0; i < this.num_layers; i++) {
        this.params[`W${i + 1}`] = np.multiply(weight_scale, np.random.randn(dims[i], dims[i + 1]));
        this.params[`b${i + 1}`] = np.zeros(dims[i + 1]);
        if (this.normalization === "batchnorm" && i < this.num_layers - 1) {
          this.params[`gamma${i + 1}`] = np.ones(dims[i + 1]);
          this.params[`beta${i + 1}`] = np.zeros(dims[i + 1]);
        }
      }

      this.dropout_param = {};
      if (this.use_dropout) {
        this.dropout_param = { mode: "train", p: dropout };
        if (seed !== null) {
          this.dropout_param.seed = seed;
        }
      }

      this.bn_params = [];
      if (this.normalization === "batchnorm") {
        this.bn_params = Array.from({ length: this.num_layers - 1 }, (): BNParam => ({ mode: "train" }));
      }

      for (const [k, v] of Object.entries(this.params)) {
        this.params[k] = v.astype(dtype);
      }
    }

    // Python's loss(X, y=None): the scores without labels, the loss and gradients with them
    loss(X: NDArray): NDArray;
    loss(X: NDArray, y: NDArray): [number, Params];
    loss(X: NDArray, y: NDArray | null = null): NDArray | [number, Params] {
      X = X.astype(this.dtype);
      const mode = y === null ? "test" : "train";

      if (this.use_dropout) {
        this.dropout_param.mode = mode;
      }
      for (const bn_param of this.bn_params) {
        bn_param.mode = mode;
      }

      const caches: LayerCache[] = [];
      let out = X;
      for (let i = 1; i < this.num_layers; i++) {
        let fc_cache: AffineCache;
        [out, fc_cache] = affine_forward(out, this.params[`W${i}`], this.params[`b${i}`]);
        let bn_cache: BNCache = null;
        if (this.normalization === "batchnorm") {
          [out, bn_cache] = batchnorm_forward(out, this.params[`gamma${i}`], this.params[`beta${i}`], this.bn_params[i - 1]);
        }
        let relu_cache: NDArray;
        [out, relu_cache] = relu_forward(out);
        let do_cache: DropoutCache | null = null;
        if (this.use_dropout) {
          [out, do_cache] = dropout_forward(out, this.dropout_param);
        }
        caches.push([fc_cache, bn_cache, relu_cache, do_cache]);
      }
      const L = this.num_layers;
      const [scores, last_cache] = affine_forward(out, this.params[`W${L}`], this.params[`b${L}`]);

      if (mode === "test") {
        return scores;
      }

      const grads: Params = {};
      let [loss, dscores] = softmax_loss(scores, y!);
      for (let i = 1; i < L + 1; i++) {
        const W = this.params[`W${i}`];
        loss += 0.5 * this.reg * np.sum(np.multiply(W, W));
      }

      let dout: NDArray;
      [dout, grads[`W${L}`], grads[`b${L}`]] = affine_backward(dscores, last_cache);
      np.add(grads[`W${L}`], np.multiply(this.reg, this.params[`W${L}`]), { out: grads[`W${L}`] });
      for (let i = L - 1; i > 0; i--) {
        const [fc_cache, bn_cache, relu_cache, do_cache] = caches[i - 1];
        if (this.use_dropout) {
          dout = dropout_backward(dout, do_cache!);
        }
        dout = relu_backward(dout, relu_cache);
        if (this.normalization === "batchnorm") {
          [dout, grads[`gamma${i}`], grads[`beta${i}`]] = batchnorm_backward_alt(dout, bn_cache);
        }
        [dout, grads[`W${i}`], grads[`b${i}`]] = affine_backward(dout, fc_cache);
        np.add(grads[`W${i}`], np.multiply(this.reg, this.params[`W${i}`]), { out: grads[`W${i}`] });
      }

      return [loss, grads];
    }
  }

  // optim.py: each rule's config dict
  interface Config {
    learning_rate?: number;
    momentum?: number;
    velocity?: NDArray;
    decay_rate?: number;
    epsilon?: number;
    cache?: NDArray;
    beta1?: number;
    beta2?: number;
    m?: NDArray;
    v?: NDArray;
    t?: number;
  }
  type UpdateRule = (w: NDArray, dw: NDArray, config?: Config) => [NDArray, Config];

  // config.setdefault(key, value) is `config.key ??= value`
  const sgd: UpdateRule = (w, dw, config = {}) => {
    config.learning_rate ??= 1e-2;
    np.subtract(w, np.multiply(config.learning_rate, dw), { out: w });
    return [w, config];
  };

  const sgd_momentum: UpdateRule = (w, dw, config = {}) => {
    config.learning_rate ??= 1e-2;
    config.momentum ??= 0.9;
    let v = config.velocity ?? np.zeros_like(w);
    v = np.subtract(np.multiply(config.momentum, v), np.multiply(config.learning_rate, dw));
    const next_w = np.add(w, v);
    config.velocity = v;
    return [next_w, config];
  };

  const rmsprop: UpdateRule = (w, dw, config = {}) => {
    config.learning_rate ??= 1e-2;
    config.decay_rate ??= 0.99;
    config.epsilon ??= 1e-8;
    config.cache ??= np.zeros_like(w);
    config.cache = np.add(np.multiply(config.decay_rate, config.cache), np.multiply(1 - config.decay_rate, np.power(dw, 2)));
    const next_w = np.subtract(w, np.divide(np.multiply(config.learning_rate, dw), np.add(np.sqrt(config.cache), config.epsilon)));
    return [next_w, config];
  };

  const adam: UpdateRule = (w, dw, config = {}) => {
    config.learning_rate ??= 1e-3;
    config.beta1 ??= 0.9;
    config.beta2 ??= 0.999;
    config.epsilon ??= 1e-8;
    config.m ??= np.zeros_like(w);
    config.v ??= np.zeros_like(w);
    config.t ??= 0;
    config.t += 1;
    config.m = np.add(np.multiply(config.beta1, config.m), np.multiply(1 - config.beta1, dw));
    config.v = np.add(np.multiply(config.beta2, config.v), np.multiply(1 - config.beta2, np.power(dw, 2)));
    // Python's float ** int is the C library's pow: np.power, not JavaScript's **
    const mt = np.divide(config.m, 1 - np.power(config.beta1, config.t).item());
    const vt = np.divide(config.v, 1 - np.power(config.beta2, config.t).item());
    const next_w = np.subtract(w, np.divide(np.multiply(config.learning_rate, mt), np.add(np.sqrt(vt), config.epsilon)));
    return [next_w, config];
  };

  const UPDATE_RULES = { sgd, sgd_momentum, rmsprop, adam };

  // solver.py
  interface SolverOptions {
    update_rule?: keyof typeof UPDATE_RULES;
    optim_config?: Config;
    lr_decay?: number;
    batch_size?: number;
    num_epochs?: number;
    num_train_samples?: number;
    num_val_samples?: number | null;
    print_every?: number;
    verbose?: boolean;
  }

  class Solver {
    model: FullyConnectedNet;
    X_train: NDArray;
    y_train: NDArray;
    X_val: NDArray;
    y_val: NDArray;
    update_rule: UpdateRule;
    optim_config: Config;
    lr_decay: number;
    batch_size: number;
    num_epochs: number;
    num_train_samples: number;
    num_val_samples: number | null;
    print_every: number;
    verbose: boolean;
    epoch = 0;
    best_val_acc = 0;
    best_params: Params = {};
    loss_history: number[] = [];
    train_acc_history: number[] = [];
    val_acc_history: number[] = [];
    optim_configs: Record<string, Config> = {};

    constructor(
      model: FullyConnectedNet,
      data: Record<"X_train" | "y_train" | "X_val" | "y_val", NDArray>,
      { update_rule = "sgd", optim_config = {}, lr_decay = 1.0, batch_size = 100, num_epochs = 10, num_train_samples = 1000, num_val_samples = null, print_every = 10, verbose = true }: SolverOptions = {},
    ) {
      this.model = model;
      [this.X_train, this.y_train] = [data.X_train, data.y_train];
      [this.X_val, this.y_val] = [data.X_val, data.y_val];
      this.update_rule = UPDATE_RULES[update_rule];
      this.optim_config = optim_config;
      this.lr_decay = lr_decay;
      this.batch_size = batch_size;
      this.num_epochs = num_epochs;
      this.num_train_samples = num_train_samples;
      this.num_val_samples = num_val_samples;
      this.print_every = print_every;
      this.verbose = verbose;
      this._reset();
    }

    _reset() {
      this.epoch = 0;
      this.best_val_acc = 0;
      this.best_params = {};
      this.loss_history = [];
      this.train_acc_history = [];
      this.val_acc_history = [];
      this.optim_configs = {};
      for (const p of Object.keys(this.model.params)) {
        const d = { ...this.optim_config };
        this.optim_configs[p] = d;
      }
    }

    _step() {
      const num_train = this.X_train.shape[0];
      const batch_mask = np.random.choice(num_train, this.batch_size);
      const X_batch = this.X_train.slice(batch_mask);
      const y_batch = this.y_train.slice(batch_mask);

      const [loss, grads] = this.model.loss(X_batch, y_batch);
      this.loss_history.push(loss);

      for (const [p, w] of Object.entries(this.model.params)) {
        const dw = grads[p];
        const config = this.optim_configs[p];
        const [next_w, next_config] = this.update_rule(w, dw, config);
        this.model.params[p] = next_w;
        this.optim_configs[p] = next_config;
      }
    }

    check_accuracy(X: NDArray, y: NDArray, num_samples: number | null = null, batch_size = 100) {
      let N = X.shape[0];
      if (num_samples !== null && N > num_samples) {
        const mask = np.random.choice(N, num_samples);
        N = num_samples;
        X = X.slice(mask);
        y = y.slice(mask);
      }

      let num_batches = Math.floor(N / batch_size);
      if (N % batch_size !== 0) {
        num_batches += 1;
      }
      const y_pred: NDArray[] = [];
      for (let i = 0; i < num_batches; i++) {
        const start = i * batch_size;
        const end = (i + 1) * batch_size;
        const scores = this.model.loss(X.slice(`${start}:${end}`));
        y_pred.push(np.argmax(scores, { axis: 1 }));
      }
      const acc = np.mean(np.hstack(y_pred).eq(y));
      return acc;
    }

    train() {
      const num_train = this.X_train.shape[0];
      const iterations_per_epoch = Math.max(Math.floor(num_train / this.batch_size), 1);
      const num_iterations = this.num_epochs * iterations_per_epoch;

      for (let t = 0; t < num_iterations; t++) {
        this._step();

        if (this.verbose && t % this.print_every === 0) {
          print(`(Iteration ${t + 1} / ${num_iterations}) loss: ${fixed(this.loss_history[this.loss_history.length - 1], 6)}`);
        }

        const epoch_end = (t + 1) % iterations_per_epoch === 0;
        if (epoch_end) {
          this.epoch += 1;
          for (const k of Object.keys(this.optim_configs)) {
            this.optim_configs[k].learning_rate! *= this.lr_decay;
          }
        }

        const first_it = t === 0;
        const last_it = t === num_iterations - 1;
        if (first_it || last_it || epoch_end) {
          const train_acc = this.check_accuracy(this.X_train, this.y_train, this.num_train_samples);
          const val_acc = this.check_accuracy(this.X_val, this.y_val, this.num_val_samples);
          this.train_acc_history.push(train_acc);
          this.val_acc_history.push(val_acc);

          if (this.verbose) {
            print(`(Epoch ${this.epoch} / ${this.num_epochs}) train acc: ${fixed(train_acc, 6)}; val_acc: ${fixed(val_acc, 6)}`);
          }

          if (val_acc > this.best_val_acc) {
            this.best_val_acc = val_acc;
            this.best_params = {};
            for (const [k, v] of Object.entries(this.model.params)) {
              this.best_params[k] = v.copy();
            }
          }
        }
      }

      this.model.params = this.best_params;
    }
  }

  // gradient_check.py: np.nditer's multi_index loop is a loop over np.ndindex
  function eval_numerical_gradient(f: (x: NDArray) => number, x: NDArray, verbose = true, h = 0.00001) {
    const grad = np.zeros_like(x);
    for (const ix of np.ndindex(x.shape)) {
      const oldval = x.get(...ix);
      x.set(...ix, oldval + h);
      const fxph = f(x);
      x.set(...ix, oldval - h);
      const fxmh = f(x);
      x.set(...ix, oldval);
      grad.set(...ix, (fxph - fxmh) / (2 * h));
      if (verbose) {
        print(`${tuple(ix)} ${pyfloat(grad.get(...ix))}`);
      }
    }
    return grad;
  }

  function eval_numerical_gradient_array(f: (x: NDArray) => NDArray, x: NDArray, df: NDArray, h = 1e-5) {
    const grad = np.zeros_like(x);
    for (const ix of np.ndindex(x.shape)) {
      const oldval = x.get(...ix);
      x.set(...ix, oldval + h);
      const pos = f(x).copy();
      x.set(...ix, oldval - h);
      const neg = f(x).copy();
      x.set(...ix, oldval);
      grad.set(...ix, np.sum(np.multiply(np.subtract(pos, neg), df)) / (2 * h));
    }
    return grad;
  }

  function rel_error(x: NDArray, y: NDArray): number {
    return np.max(np.divide(np.abs(np.subtract(x, y)), np.maximum(1e-8, np.add(np.abs(x), np.abs(y)))));
  }

  // FullyConnectedNets.ipynb: the layers' gradients
  np.random.seed(231);
  let x = np.random.randn(10, 2, 3);
  const w = np.random.randn(6, 5);
  const b = np.random.randn(5);
  let dout = np.random.randn(10, 5);
  let dx_num = eval_numerical_gradient_array((x) => affine_forward(x, w, b)[0], x, dout);
  const dw_num = eval_numerical_gradient_array((w) => affine_forward(x, w, b)[0], w, dout);
  const db_num = eval_numerical_gradient_array((b) => affine_forward(x, w, b)[0], b, dout);
  const [, affine_cache] = affine_forward(x, w, b);
  let [dx, dw, db] = affine_backward(dout, affine_cache);
  print("Testing affine_backward function:");
  print(`dx error:  ${pyfloat(rel_error(dx_num, dx))}`);
  print(`dw error:  ${pyfloat(rel_error(dw_num, dw))}`);
  print(`db error:  ${pyfloat(rel_error(db_num, db))}`);

  x = np.random.randn(10, 10);
  dout = np.random.randn(...x.shape);
  dx_num = eval_numerical_gradient_array((x) => relu_forward(x)[0], x, dout);
  const [, relu_cache] = relu_forward(x);
  dx = relu_backward(dout, relu_cache);
  print("Testing relu_backward function:");
  print(`dx error:  ${pyfloat(rel_error(dx_num, dx))}`);

  const [num_classes_check, num_inputs] = [10, 50];
  x = np.multiply(0.001, np.random.randn(num_inputs, num_classes_check));
  let y = np.random.randint(num_classes_check, { size: num_inputs });
  dx_num = eval_numerical_gradient((x) => softmax_loss(x, y)[0], x, false);
  let loss: number;
  [loss, dx] = softmax_loss(x, y);
  print("\nTesting softmax_loss:");
  print(`loss:  ${pyfloat(loss)}`);
  print(`dx error:  ${pyfloat(rel_error(dx_num, dx))}`);

  // The network's gradients, with regularisation, dropout and batchnorm (the notebooks' check,
  // which they repeat for each, as a function)
  function check_gradients(model: FullyConnectedNet, X: NDArray, y: NDArray) {
    const [loss, grads] = model.loss(X, y);
    print(`Initial loss:  ${pyfloat(loss)}`);
    for (const name of Object.keys(grads).sort()) {
      const f = () => model.loss(X, y)[0];
      const grad_num = eval_numerical_gradient(f, model.params[name], false, 1e-5);
      print(`${name} relative error: ${sci(rel_error(grad_num, grads[name]), 2)}`);
    }
  }

  np.random.seed(231);
  const [N, D, H1, H2, C] = [2, 15, 20, 30, 10];
  let X = np.random.randn(N, D);
  y = np.random.randint(C, { size: [N] });
  for (const reg of [0, 3.14]) {
    print(`Running check with reg =  ${reg}`);
    const model = new FullyConnectedNet([H1, H2], { input_dim: D, num_classes: C, reg, weight_scale: 5e-2, dtype: "float64" });
    check_gradients(model, X, y);
  }

  for (const dropout_keep_ratio of [1, 0.75, 0.5]) {
    print(`Running check with dropout =  ${dropout_keep_ratio}`);
    const model = new FullyConnectedNet([H1, H2], { input_dim: D, num_classes: C, weight_scale: 5e-2, dtype: "float64", dropout: dropout_keep_ratio, seed: 123 });
    check_gradients(model, X, y);
  }

  np.random.seed(231);
  X = np.random.randn(N, D);
  y = np.random.randint(C, { size: [N] });
  for (const reg of [0, 3.14]) {
    print(`Running check with reg =  ${reg}`);
    const model = new FullyConnectedNet([H1, H2], { input_dim: D, num_classes: C, reg, weight_scale: 5e-2, dtype: "float64", normalization: "batchnorm" });
    check_gradients(model, X, y);
  }

  // Training with each update rule
  const solvers: Record<string, Solver> = {};
  for (const update_rule of ["sgd", "sgd_momentum", "rmsprop", "adam"] as const) {
    print(`Running with  ${update_rule}`);
    np.random.seed(0);
    const model = new FullyConnectedNet([50, 50], { input_dim: dim, num_classes, weight_scale: 5e-2 });
    const learning_rate = { sgd: 5e-2, sgd_momentum: 5e-2, rmsprop: 1e-3, adam: 1e-3 }[update_rule];
    const solver = new Solver(model, data, { num_epochs: 3, batch_size: 50, update_rule, optim_config: { learning_rate }, print_every: 10, verbose: true });
    solvers[update_rule] = solver;
    solver.train();
    print("");
  }

  // Dropout and batch normalisation in training
  np.random.seed(231);
  let model!: FullyConnectedNet;
  let solver!: Solver;
  for (const [dropout_keep_ratio, normalization] of [[1, null], [0.5, null], [1, "batchnorm"], [0.5, "batchnorm"]] as const) {
    model = new FullyConnectedNet([100, 100], { input_dim: dim, num_classes, weight_scale: 2e-2, dropout: dropout_keep_ratio, normalization });
    solver = new Solver(model, data, { num_epochs: 4, batch_size: 50, update_rule: "adam", optim_config: { learning_rate: 5e-4 }, verbose: true, print_every: 20 });
    solver.train();
    print(`dropout ${dropout_keep_ratio}, normalization ${normalization ?? "None"}: best val acc ${fixed(solver.best_val_acc, 6)}`);
    print("");
  }

  const best_params = solver.best_params;
  print(`best model running mean: ${model.bn_params[0].running_mean!.slice(":5")}`);

  const [adam_W1, adam_loss_history] = [solvers.adam.model.params.W1, solvers.adam.loss_history];
  const running_var = model.bn_params[1].running_var!;

  return { best_params, adam_W1, adam_loss_history, running_var };
}
