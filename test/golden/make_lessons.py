"""Golden answers of the lessons' exercises, from NumPy: what the checks of lessons/ must accept.

Lecture 4's 2-3-3 network (section 4.4) and single neuron (section 4.3), written as the Python
original writes them. test/lessons/checks.test.ts reads lessons.json.
Run: python3 test/golden/make_lessons.py
"""
import numpy as np

from golden import write


def relu(x):
    return np.maximum(0, x)


def softmax(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e)


def network(learning_rate, x, y, steps):
    """The probabilities before and after `steps` steps, and the output weights before and after."""
    wh = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
    bh = np.array([0.1, -0.1, 0.05])
    wo = np.array([[0.7, 0.8, 0.9], [-0.1, -0.2, -0.3], [0.3, 0.2, 0.1]])
    bo = np.array([0.1, -0.1, 0.05])
    before, wo0 = None, wo.copy()
    for _ in range(steps):
        hi = np.dot(wh, x) + bh
        ho = relu(hi)
        p = softmax(np.dot(wo, ho) + bo)
        before = p if before is None else before
        e = p - y
        he = np.dot(wo.T, e) * np.where(hi > 0, 1, 0)
        wo = wo - learning_rate * np.outer(e, ho)
        bo = bo - learning_rate * e
        wh = wh - learning_rate * np.outer(he, x)
        bh = bh - learning_rate * he
    after = softmax(np.dot(wo, relu(np.dot(wh, x) + bh)) + bo)
    return before, after, np.max(np.abs(wo - wo0))


x, y = np.array([2.0, 3.0]), np.array([1, 0, 0])
before, after, _ = network(0.01, x, y, 1)
x4, w4, b4 = np.array([1.0, -2.0, 3.0]), np.array([-3.0, -1.0, 2.0]), 1.0
z = np.dot(w4, x4) + b4
dz = 2 * (relu(z) - 0.0) * (1.0 if z > 0 else 0.0)
write("lessons", {
    "lecture4": {
        "exercise1_ratio": network(0.1, x, y, 1)[2] / network(0.01, x, y, 1)[2],
        "exercise2_change": after[0] - before[0],
        "exercise4_dw": (dz * x4).tolist(),
        "exercise4_db": dz,
    }
})
