"""A two-layer softmax network on spiral data, trained with minibatch gradient descent.

The cs231n case study ("Putting it together: minimal neural network case study") and nnfs's
spiral data, as students meet them: ReLU hidden layer, softmax with the max subtracted,
cross-entropy of the picked probabilities, L2 regularisation, minibatches from a permutation.
test/ports/spiral_softmax.ts is its numts port, line for line.
"""
import numpy as np

np.random.seed(0)
N = 100  # points per class
D = 2  # dimensionality
K = 3  # number of classes
X = np.zeros((N * K, D))  # data matrix (each row = single example)
y = np.zeros(N * K, dtype='uint8')  # class labels
for j in range(K):
    ix = range(N * j, N * (j + 1))
    r = np.linspace(0.0, 1, N)  # radius
    t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * 0.2  # theta
    X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
    y[ix] = j
print(f"X: {X.shape}, y: {y.shape}, classes: {np.bincount(y)}")

# initialize parameters randomly
h = 100  # size of hidden layer
W = 0.01 * np.random.randn(D, h)
b = np.zeros((1, h))
W2 = 0.01 * np.random.randn(h, K)
b2 = np.zeros((1, K))

# some hyperparameters
step_size = 1.0
reg = 1e-3  # regularization strength
batch_size = 50
num_examples = X.shape[0]


def forward(X):
    hidden_layer = np.maximum(0, np.dot(X, W) + b)  # ReLU activation
    scores = np.dot(hidden_layer, W2) + b2
    return hidden_layer, scores


def softmax(scores):
    exp_scores = np.exp(scores - np.max(scores, axis=1, keepdims=True))
    return exp_scores / np.sum(exp_scores, axis=1, keepdims=True)


def loss_of(probs, y):
    n = probs.shape[0]
    correct_logprobs = -np.log(probs[range(n), y])
    data_loss = np.sum(correct_logprobs) / n
    reg_loss = 0.5 * reg * np.sum(W * W) + 0.5 * reg * np.sum(W2 * W2)
    return data_loss + reg_loss


for epoch in range(301):
    perm = np.random.permutation(num_examples)
    for start in range(0, num_examples, batch_size):
        idx = perm[start:start + batch_size]
        Xb, yb = X[idx], y[idx]
        n = Xb.shape[0]

        # forward pass
        hidden_layer, scores = forward(Xb)
        probs = softmax(scores)

        # gradient on scores
        dscores = probs
        dscores[range(n), yb] -= 1
        dscores /= n

        # backpropagate the gradient to the parameters
        dW2 = np.dot(hidden_layer.T, dscores)
        db2 = np.sum(dscores, axis=0, keepdims=True)
        dhidden = np.dot(dscores, W2.T)
        dhidden[hidden_layer <= 0] = 0  # backprop the ReLU non-linearity
        dW = np.dot(Xb.T, dhidden)
        db = np.sum(dhidden, axis=0, keepdims=True)

        # add regularization gradient contribution
        dW2 += reg * W2
        dW += reg * W

        # perform a parameter update
        W += -step_size * dW
        b += -step_size * db
        W2 += -step_size * dW2
        b2 += -step_size * db2

    if epoch % 20 == 0:
        hidden_layer, scores = forward(X)
        loss = loss_of(softmax(scores), y)
        accuracy = np.mean(np.argmax(scores, axis=1) == y)
        print(f"epoch {epoch}: loss {loss:.6f}, accuracy {accuracy:.4f}")

# evaluate training set accuracy
hidden_layer, scores = forward(X)
predicted_class = np.argmax(scores, axis=1)
print('training accuracy: %.2f' % (np.mean(predicted_class == y)))
