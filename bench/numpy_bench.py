"""The NumPy side of `npm run bench`: the same workloads as bench/numts_bench.mjs, printed as JSON.

Usage: python3 bench/numpy_bench.py [--quick] [--section all|matmul|memory]
Run it with OPENBLAS_NUM_THREADS=1 (and friends) for single-threaded BLAS figures.
"""
import json
import resource
import sys
import time

import numpy as np

QUICK = "--quick" in sys.argv
SECTION = sys.argv[sys.argv.index("--section") + 1] if "--section" in sys.argv else "all"


def median_time(fn, repeat, number=1):
    """Median seconds per call of fn() over `repeat` runs of `number` calls each."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t) / number)
    times.sort()
    return times[len(times) // 2]


# ---- workload 1: lecture 9's training loop (the lecture's own code) ----
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_derivative(z):
    return z * (1 - z)


def mse(y_true, y_pred):
    return np.mean((y_true - y_pred) ** 2)


def mse_derivative(y_true, y_pred):
    return y_pred - y_true


def lecture9(epochs):
    np.random.seed(42)
    data = np.random.randn(500, 2)
    labels = (data[:, 0] + data[:, 1]) > 0
    W1 = np.random.randn(2, 4)
    b1 = np.zeros(4)
    W2 = np.random.randn(4, 1)
    b2 = np.zeros(1)
    learning_rate = 0.1
    for epoch in range(epochs):
        hidden = sigmoid(np.dot(data, W1) + b1)
        output = sigmoid(np.dot(hidden, W2) + b2)
        loss = mse(labels.reshape(-1, 1), output)
        d_output = mse_derivative(labels.reshape(-1, 1), output) * sigmoid_derivative(output)
        d_hidden = np.dot(d_output, W2.T) * sigmoid_derivative(hidden)
        W2 -= learning_rate * np.dot(hidden.T, d_output)
        b2 -= learning_rate * np.sum(d_output, axis=0)
        W1 -= learning_rate * np.dot(data.T, d_hidden)
        b1 -= learning_rate * np.sum(d_hidden, axis=0)
    return loss


# ---- workload 2: lecture 4's single neuron, 200 iterations ----
def relu(x):
    return np.maximum(0, x)


def relu_derivative(x):
    return np.where(x > 0, 1.0, 0.0)


def lecture4():
    weights = np.array([-3.0, -1.0, 2.0])
    bias = 1.0
    inputs = np.array([1.0, -2.0, 3.0])
    target_output = 0.0
    learning_rate = 0.001
    for iteration in range(200):
        linear_output = np.dot(weights, inputs) + bias
        output = relu(linear_output)
        loss = (output - target_output) ** 2
        dloss_doutput = 2 * (output - target_output)
        doutput_dlinear = relu_derivative(linear_output)
        dloss_dlinear = dloss_doutput * doutput_dlinear
        dloss_dweights = dloss_dlinear * inputs
        dloss_dbias = dloss_dlinear * 1.0
        weights -= learning_rate * dloss_dweights
        bias -= learning_rate * dloss_dbias
    return loss


def report(workload, name, seconds, **extra):
    print(json.dumps({"workload": workload, "name": name, "seconds": seconds, **extra}), flush=True)


def main():
    if SECTION == "memory":
        # Workload 6's peak: a process that runs only the lecture's training.
        lecture9(20 if QUICK else 1000)
        report(6, "peak RSS of lecture 9 training alone (MiB)", 0, mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        return
    if SECTION == "matmul":
        for n in (64, 256, 1024):
            a = np.random.randn(n, n)
            b = np.random.randn(n, n)
            number = max(1, int(2e8 // (2 * n**3)))
            t = median_time(lambda: np.matmul(a, b), 3 if QUICK else 7, 1 if QUICK else number)
            report(5, f"matmul {n}", t, gflops=2 * n**3 / t / 1e9)
        return
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    print(json.dumps({"numpy": np.__version__, "blas": f"{blas.get('name')} {blas.get('version')}"}), flush=True)

    report(1, "lecture 9 training, 1000 epochs", median_time(lambda: lecture9(20 if QUICK else 1000), 3 if QUICK else 5))
    report(2, "lecture 4 neuron, 200 iterations x 1000", median_time(lambda: [lecture4() for _ in range(2 if QUICK else 1000)], 3 if QUICK else 5))

    a = np.array([1.0, -2.0, 3.0])
    b = np.array([0.5, 0.25, -1.0])
    cond = a > 0
    calls = 1000 if QUICK else 100_000
    for name, fn in (
        ("dot", lambda: np.dot(a, b)),
        ("add", lambda: np.add(a, b)),
        ("maximum", lambda: np.maximum(0, a)),
        ("where", lambda: np.where(cond, a, b)),
        ("exp", lambda: np.exp(a)),
    ):
        report(3, f"{name} of 3 elements (per call)", median_time(fn, 5, calls))

    rng = np.random.RandomState(0)
    x = rng.randn(10**6)
    y = rng.randn(10**6)
    m = rng.randn(10_000, 100)
    row = rng.randn(100)
    sq = rng.randn(1000, 1000)
    repeat = 3 if QUICK else 15
    report(4, "exp of 10^6", median_time(lambda: np.exp(x), repeat))
    report(4, "10^4x100 + row of 100", median_time(lambda: m + row, repeat))
    report(4, "10^6 > 10^6", median_time(lambda: x > y, repeat))
    report(4, "sum axis 0 of 1000x1000", median_time(lambda: sq.sum(axis=0), repeat))
    report(4, "sum axis 1 of 1000x1000", median_time(lambda: sq.sum(axis=1), repeat))

    # Workload 6: memory. Peak resident memory after workload 1 (this process ran it above), and
    # the growth of resident memory over 10^6 small operations.
    before = rss_mib()
    for _ in range(10_000 if QUICK else 1_000_000):
        np.add(a, b)
    report(6, "RSS growth over 10^6 small adds (MiB)", 0, mib=rss_mib() - before)


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


if __name__ == "__main__":
    main()
