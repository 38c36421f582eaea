// numts port of nnfs_adam.py, line for line: nnfs's layer, activation, loss and optimizer
// classes (chapters 9 and 10) and the spiral data trained with Adam.
import * as np from "numts";
import { fixed, pyfloat } from "./python";

/** Runs the program; `print` receives each line it prints. Returns the trained layers' parameters. */
export function main(print: (line: string) => void = console.log) {
  np.random.seed(0); // nnfs.init()

  // nnfs.datasets.spiral_data
  function spiral_data(samples: number, classes: number): [np.NDArray, np.NDArray] {
    const X = np.zeros([samples * classes, 2]);
    const y = np.zeros(samples * classes, "int64"); // the original's uint8
    for (let class_number = 0; class_number < classes; class_number++) {
      const ix = np.arange(samples * class_number, samples * (class_number + 1));
      const r = np.linspace(0.0, 1, samples);
      const t = np.add(np.linspace(class_number * 4, (class_number + 1) * 4, samples), np.multiply(np.random.randn(samples), 0.2));
      X.set(ix, np.c_(np.multiply(r, np.sin(np.multiply(t, 2.5))), np.multiply(r, np.cos(np.multiply(t, 2.5)))));
      y.set(ix, class_number);
    }
    return [X, y];
  }

  // Dense layer
  class Layer_Dense {
    weights: np.NDArray;
    biases: np.NDArray;
    inputs!: np.NDArray;
    output!: np.NDArray;
    dweights!: np.NDArray;
    dbiases!: np.NDArray;
    dinputs!: np.NDArray;
    // Adam's state, created by its first update (Python adds these attributes on the fly)
    weight_momentums?: np.NDArray;
    weight_cache?: np.NDArray;
    bias_momentums?: np.NDArray;
    bias_cache?: np.NDArray;

    // Layer initialization
    constructor(n_inputs: number, n_neurons: number) {
      // Initialize weights and biases
      this.weights = np.multiply(0.01, np.random.randn(n_inputs, n_neurons));
      this.biases = np.zeros([1, n_neurons]);
    }

    // Forward pass
    forward(inputs: np.NDArray) {
      // Remember input values
      this.inputs = inputs;
      // Calculate output values from inputs, weights and biases
      this.output = np.add(np.dot(inputs, this.weights), this.biases);
    }

    // Backward pass
    backward(dvalues: np.NDArray) {
      // Gradients on parameters
      this.dweights = np.dot(this.inputs.T, dvalues) as np.NDArray;
      this.dbiases = np.sum(dvalues, { axis: 0, keepdims: true });
      // Gradient on values
      this.dinputs = np.dot(dvalues, this.weights.T) as np.NDArray;
    }
  }

  // ReLU activation
  class Activation_ReLU {
    inputs!: np.NDArray;
    output!: np.NDArray;
    dinputs!: np.NDArray;

    // Forward pass
    forward(inputs: np.NDArray) {
      // Remember input values
      this.inputs = inputs;
      // Calculate output values from inputs
      this.output = np.maximum(0, inputs);
    }

    // Backward pass
    backward(dvalues: np.NDArray) {
      // Since we need to modify original variable,
      // let's make a copy of values first
      this.dinputs = dvalues.copy();

      // Zero gradient where input values were negative
      this.dinputs.set(this.inputs.le(0), 0);
    }
  }

  // Softmax activation
  class Activation_Softmax {
    inputs!: np.NDArray;
    output!: np.NDArray;
    dinputs!: np.NDArray;

    // Forward pass
    forward(inputs: np.NDArray) {
      // Remember input values
      this.inputs = inputs;

      // Get unnormalized probabilities
      const exp_values = np.exp(np.subtract(inputs, np.max(inputs, { axis: 1, keepdims: true })));
      // Normalize them for each sample
      const probabilities = np.divide(exp_values, np.sum(exp_values, { axis: 1, keepdims: true }));

      this.output = probabilities;
    }

    // Backward pass
    backward(dvalues: np.NDArray) {
      // Create uninitialized array
      this.dinputs = np.empty_like(dvalues);

      // Enumerate outputs and gradients (Python's zip over the rows of two arrays)
      for (let index = 0; index < this.output.shape[0]; index++) {
        let single_output = this.output.slice(index);
        const single_dvalues = dvalues.slice(index);
        // Flatten output array
        single_output = single_output.reshape(-1, 1);
        // Calculate Jacobian matrix of the output
        const jacobian_matrix = np.subtract(np.diagflat(single_output), np.dot(single_output, single_output.T));
        // Calculate sample-wise gradient
        // and add it to the array of sample gradients
        this.dinputs.set(index, np.dot(jacobian_matrix, single_dvalues));
      }
    }
  }

  // Common loss class
  abstract class Loss {
    abstract forward(output: np.NDArray, y: np.NDArray): np.NDArray;

    // Calculates the data and regularization losses
    // given model output and ground truth values
    calculate(output: np.NDArray, y: np.NDArray) {
      // Calculate sample losses
      const sample_losses = this.forward(output, y);
      // Calculate mean loss
      const data_loss = np.mean(sample_losses);
      // Return loss
      return data_loss;
    }
  }

  // Cross-entropy loss
  class Loss_CategoricalCrossentropy extends Loss {
    dinputs!: np.NDArray;

    // Forward pass
    forward(y_pred: np.NDArray, y_true: np.NDArray) {
      // Number of samples in a batch
      const samples = y_pred.shape[0];

      // Clip data to prevent division by 0
      // Clip both sides to not drag mean towards any value
      const y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7);

      // Probabilities for target values -
      // only if categorical labels
      let correct_confidences: np.NDArray;
      if (y_true.shape.length === 1) {
        correct_confidences = y_pred_clipped.slice(np.arange(samples), y_true);
      }

      // Mask values - only for one-hot encoded labels
      else {
        correct_confidences = np.sum(np.multiply(y_pred_clipped, y_true), { axis: 1 });
      }

      // Losses
      const negative_log_likelihoods = np.negative(np.log(correct_confidences));
      return negative_log_likelihoods;
    }

    // Backward pass
    backward(dvalues: np.NDArray, y_true: np.NDArray) {
      // Number of samples
      const samples = dvalues.shape[0];
      // Number of labels in every sample
      // We'll use the first sample to count them
      const labels = dvalues.slice(0).shape[0];

      // If labels are sparse, turn them into one-hot vector
      if (y_true.shape.length === 1) {
        y_true = np.eye(labels).slice(y_true);
      }

      // Calculate gradient
      this.dinputs = np.divide(np.negative(y_true), dvalues);
      // Normalize gradient
      this.dinputs = np.divide(this.dinputs, samples);
    }
  }

  // Softmax classifier - combined Softmax activation
  // and cross-entropy loss for faster backward step
  class Activation_Softmax_Loss_CategoricalCrossentropy {
    activation: Activation_Softmax;
    loss: Loss_CategoricalCrossentropy;
    output!: np.NDArray;
    dinputs!: np.NDArray;

    // Creates activation and loss function objects
    constructor() {
      this.activation = new Activation_Softmax();
      this.loss = new Loss_CategoricalCrossentropy();
    }

    // Forward pass
    forward(inputs: np.NDArray, y_true: np.NDArray) {
      // Output layer's activation function
      this.activation.forward(inputs);
      // Set the output
      this.output = this.activation.output;
      // Calculate and return loss value
      return this.loss.calculate(this.output, y_true);
    }

    // Backward pass
    backward(dvalues: np.NDArray, y_true: np.NDArray) {
      // Number of samples
      const samples = dvalues.shape[0];

      // If labels are one-hot encoded,
      // turn them into discrete values
      if (y_true.shape.length === 2) {
        y_true = np.argmax(y_true, { axis: 1 });
      }

      // Copy so we can safely modify
      this.dinputs = dvalues.copy();
      // Calculate gradient
      this.dinputs.set(np.arange(samples), y_true, np.subtract(this.dinputs.slice(np.arange(samples), y_true), 1));
      // Normalize gradient
      this.dinputs = np.divide(this.dinputs, samples);
    }
  }

  // Adam optimizer
  class Optimizer_Adam {
    current_learning_rate: number;
    iterations = 0;

    // Initialize optimizer - set settings
    constructor(
      public learning_rate = 0.001,
      public decay = 0,
      public epsilon = 1e-7,
      public beta_1 = 0.9,
      public beta_2 = 0.999,
    ) {
      this.current_learning_rate = learning_rate;
    }

    // Call once before any parameter updates
    pre_update_params() {
      if (this.decay) {
        this.current_learning_rate = this.learning_rate * (1 / (1 + this.decay * this.iterations));
      }
    }

    // Update parameters
    update_params(layer: Layer_Dense) {
      // If layer does not contain cache arrays,
      // create them filled with zeros
      if (layer.weight_cache === undefined) {
        layer.weight_momentums = np.zeros_like(layer.weights);
        layer.weight_cache = np.zeros_like(layer.weights);
        layer.bias_momentums = np.zeros_like(layer.biases);
        layer.bias_cache = np.zeros_like(layer.biases);
      }

      // Update momentum  with current gradients
      layer.weight_momentums = np.add(np.multiply(this.beta_1, layer.weight_momentums!), np.multiply(1 - this.beta_1, layer.dweights));
      layer.bias_momentums = np.add(np.multiply(this.beta_1, layer.bias_momentums!), np.multiply(1 - this.beta_1, layer.dbiases));
      // Get corrected momentum
      // self.iteration is 0 at first pass
      // and we need to start with 1 here
      // (np.power: Python's float ** is the C library's pow, which JavaScript's ** is not)
      const weight_momentums_corrected = np.divide(layer.weight_momentums, np.subtract(1, np.power(this.beta_1, this.iterations + 1)));
      const bias_momentums_corrected = np.divide(layer.bias_momentums, np.subtract(1, np.power(this.beta_1, this.iterations + 1)));
      // Update cache with squared current gradients
      layer.weight_cache = np.add(np.multiply(this.beta_2, layer.weight_cache), np.multiply(1 - this.beta_2, np.power(layer.dweights, 2)));
      layer.bias_cache = np.add(np.multiply(this.beta_2, layer.bias_cache!), np.multiply(1 - this.beta_2, np.power(layer.dbiases, 2)));
      // Get corrected cache
      const weight_cache_corrected = np.divide(layer.weight_cache, np.subtract(1, np.power(this.beta_2, this.iterations + 1)));
      const bias_cache_corrected = np.divide(layer.bias_cache, np.subtract(1, np.power(this.beta_2, this.iterations + 1)));

      // Vanilla SGD parameter update + normalization
      // with square rooted cache
      np.add(layer.weights, np.divide(np.multiply(-this.current_learning_rate, weight_momentums_corrected), np.add(np.sqrt(weight_cache_corrected), this.epsilon)), { out: layer.weights });
      np.add(layer.biases, np.divide(np.multiply(-this.current_learning_rate, bias_momentums_corrected), np.add(np.sqrt(bias_cache_corrected), this.epsilon)), { out: layer.biases });
    }

    // Call once after any parameter updates
    post_update_params() {
      this.iterations += 1;
    }
  }

  // Chapter 9: the combined gradient equals the chained one
  const softmax_outputs = np.array([[0.7, 0.1, 0.2],
                                    [0.1, 0.5, 0.4],
                                    [0.02, 0.9, 0.08]]);
  const class_targets = np.array([0, 1, 1], "int64");

  const softmax_loss = new Activation_Softmax_Loss_CategoricalCrossentropy();
  softmax_loss.backward(softmax_outputs, class_targets);
  const dvalues1 = softmax_loss.dinputs;

  const activation = new Activation_Softmax();
  activation.output = softmax_outputs;
  const loss = new Loss_CategoricalCrossentropy();
  loss.backward(softmax_outputs, class_targets);
  activation.backward(loss.dinputs);
  const dvalues2 = activation.dinputs;

  print("Gradients: combined loss and activation:");
  print(`${dvalues1}`);
  print("Gradients: separate loss and activation:");
  print(`${dvalues2}`);

  // Chapter 10: Adam
  // Create dataset
  let [X, y] = spiral_data(100, 3);

  // Create Dense layer with 2 input features and 64 output values
  const dense1 = new Layer_Dense(2, 64);

  // Create ReLU activation (to be used with Dense layer):
  const activation1 = new Activation_ReLU();

  // Create second Dense layer with 64 input features (as we take output
  // of previous layer here) and 3 output values (output values)
  const dense2 = new Layer_Dense(64, 3);

  // Create Softmax classifier's combined loss and activation
  const loss_activation = new Activation_Softmax_Loss_CategoricalCrossentropy();

  // Create optimizer
  const optimizer = new Optimizer_Adam(0.05, 5e-7);

  // Train in loop (the book trains 10001 epochs; 1001 keep the port's test short)
  for (let epoch = 0; epoch < 1001; epoch++) {
    // Perform a forward pass of our training data through this layer
    dense1.forward(X);

    // Perform a forward pass through activation function
    // takes the output of first dense layer here
    activation1.forward(dense1.output);

    // Perform a forward pass through second Dense layer
    // takes outputs of activation function of first layer as inputs
    dense2.forward(activation1.output);

    // Perform a forward pass through the activation/loss function
    // takes the output of second dense layer here and returns loss
    const loss = loss_activation.forward(dense2.output, y);

    // Calculate accuracy from output of activation2 and targets
    // calculate values along first axis
    const predictions = np.argmax(loss_activation.output, { axis: 1 });
    if (y.shape.length === 2) {
      y = np.argmax(y, { axis: 1 });
    }
    const accuracy = np.mean(predictions.eq(y));

    if (!(epoch % 100)) {
      print(`epoch: ${epoch}, ` +
            `acc: ${fixed(accuracy, 3)}, ` +
            `loss: ${fixed(loss, 3)}, ` +
            `lr: ${pyfloat(optimizer.current_learning_rate)}`);
    }

    // Backward pass
    loss_activation.backward(loss_activation.output, y);
    dense2.backward(loss_activation.dinputs);
    activation1.backward(dense2.dinputs);
    dense1.backward(activation1.dinputs);

    // Update weights and biases
    optimizer.pre_update_params();
    optimizer.update_params(dense1);
    optimizer.update_params(dense2);
    optimizer.post_update_params();
  }
  return { dense1: { weights: dense1.weights, biases: dense1.biases }, dense2: { weights: dense2.weights, biases: dense2.biases } };
}
