"""Golden values for np.random.default_rng: NumPy's Generator on PCG64, seeded through SeedSequence.

Each sequence makes calls in order on np.random.default_rng(seed) (see random_cases.py): the
PCG64 state after seeding and after 32-bit draws, random, the ziggurat normal and exponential
(long draws hashed, so every layer and both tails are crossed), Lemire's bounded integers
(32-bit halves, 64-bit ranges, endpoint, arrays), choice (Floyd's algorithm, the tail shuffle,
probabilities, axis), permutation, shuffle, and the distributions Generator shares with
RandomState. Also glibc's log1p, which the ziggurats' tails call: its inputs come from
default_rng too, outputs from Python's math.log1p (the C library's, as NumPy's npy_log1p).
Run: python3 test/golden/make_generator.py
"""
import hashlib
import math

import numpy as np

from golden import write
from random_cases import hashed, sequence

G = "generator"
nan, inf = float("nan"), float("inf")
X = np.arange(12.0).reshape(3, 4)

sequences = [
    sequence(G, 42, [("state", [], {}), ("random", [], {}), ("random", [5], {}), ("random", [], {"size": [2, 2]}), ("state", [], {})]),
    sequence(G, 0, [("standard_normal", [], {}), ("standard_normal", [8], {}), ("normal", [], {"size": 3}), ("normal", [5.0, 0.1, 3], {}),
                    ("normal", [[0.0, 10.0], [[1.0], [0.0]]], {}), ("standard_exponential", [6], {}),
                    ("standard_exponential", [], {"size": 4, "method": "inv"}), ("exponential", [2.0, 4], {}),
                    ("uniform", [-1.0, 1.0, 4], {}), ("uniform", [], {"low": [0.0, 10.0], "high": 20.0}), ("uniform", [2.0, 2.0, 2], {})]),
    sequence(G, 1, [("integers", [10], {}), ("state", [], {}), ("integers", [10], {}), ("state", [], {}), ("integers", [0, 10, 7], {}),
                    ("random", [], {}), ("integers", [5], {"size": 3}), ("integers", [1, 6], {"size": 10, "endpoint": True}),
                    ("integers", [0, 2 ** 32 - 1, 4], {}), ("integers", [0, 2 ** 32, 4], {}), ("integers", [0, 2 ** 32 + 7, 4], {}),
                    ("integers", [-2 ** 40, 2 ** 40, 4], {}), ("integers", [0, [5, 10, 2 ** 40]], {}), ("integers", [[0, 100], 200], {"size": [3, 2]}),
                    ("integers", [7, 7], {"endpoint": True, "size": 3}), ("integers", [5, 5], {"size": 0}), ("integers", [2.5], {}), ("state", [], {})]),
    sequence(G, 2, [("choice", [5, 3], {}), ("choice", [5], {}), ("choice", [20, 5], {"replace": False}), ("choice", [20], {"size": 5, "replace": False, "shuffle": False}),
                    ("choice", [[1.5, 2.5, 3.5]], {"size": [2, 2]}), ("choice", [4, 3], {"replace": False, "p": [0.1, 0.2, 0.3, 0.4]}),
                    ("choice", [4], {"size": 6, "p": [0.1, 0.2, 0.3, 0.4]}), ("choice", [20000, 1000], {"replace": False}),
                    ("choice", [20000, 5], {"replace": False}), ("choice", [20000, 1000], {"replace": False, "shuffle": False}),
                    ("choice", [X, 2], {}), ("choice", [X, 2], {"axis": 1, "replace": False}), ("choice", [X], {}), ("choice", [[7.0, 8.0]], {"size": []}),
                    ("choice", [6, [2, 2]], {"replace": False}), ("choice", [3, 0], {})]),
    sequence(G, 3, [("permutation", [10], {}), ("permutation", [[5.5, 6.5, 7.5]], {}), ("permutation", [X], {}), ("permutation", [X], {"axis": 1}),
                    ("shuffle", [[float(i) for i in range(10)]], {}), ("shuffle", [X.tolist()], {}), ("shuffle", [X.tolist()], {"axis": 1}),
                    ("permutation", [], {"x": 4})]),
    sequence(G, 4, [("binomial", [1, 0.5, 10], {}), ("binomial", [0, 0.5, 3], {}), ("binomial", [10, 0.0, 3], {}), ("binomial", [10, 1.0, 3], {}),
                    ("binomial", [10, 0.3, 8], {}), ("binomial", [1000, 0.3, 8], {}), ("binomial", [100, 0.9, 8], {}), ("binomial", [10 ** 6, 0.5, 4], {}),
                    ("binomial", [[1, 10, 100], [[0.1], [0.5]]], {}), ("binomial", [1], {"p": 0.8, "size": [3, 4]}),
                    ("poisson", [], {}), ("poisson", [0.0, 3], {}), ("poisson", [5.0, 8], {}), ("poisson", [10.0, 8], {}), ("poisson", [1e6, 4], {}),
                    ("poisson", [[1.0, 100.0]], {"size": [3, 2]})]),
    sequence(G, 5, [("standard_gamma", [1.0, 3], {}), ("standard_gamma", [0.0, 2], {}), ("standard_gamma", [0.5, 6], {}), ("standard_gamma", [2.5, 6], {}),
                    ("gamma", [2.0, 3.0, 5], {}), ("gamma", [[0.5, 5.0]], {"scale": 2.0}), ("beta", [0.5, 0.5, 6], {}), ("beta", [2.0, 3.0, 6], {}),
                    ("beta", [1e-3, 1e-3, 6], {}), ("beta", [1e-200, 1e-200, 6], {}), ("beta", [1e-120, 1e-120, 4], {}), ("beta", [1e-50, 1e-50, 4], {}), ("beta", [1e-3, 1e-50, 4], {})]),
    sequence(G, 7, [("multinomial", [10, [0.2, 0.3, 0.5]], {}), ("multinomial", [20, [1 / 6.0] * 6], {"size": 3}), ("multinomial", [10.5, [0.5, 0.5]], {}),
                    ("multinomial", [[10, 20], [0.5, 0.5]], {}), ("multinomial", [10, [[0.5, 0.5], [0.2, 0.8]]], {"size": [3, 2]}),
                    ("multinomial", [[[10], [20]], [[0.5, 0.5], [0.2, 0.8]]], {"size": [2, 2]}), ("multinomial", [10, [[0.5, 0.6], [0.5, 0.5]]], {}),
                    ("multinomial", [0, [0.5, 0.5]], {}), ("multinomial", [1000, [0.3, 0.0, 0.7]], {}), ("multinomial", [10, []], {}),
                    ("multinomial", [-1, [0.5, 0.5]], {}), ("multinomial", [[-1], [0.5, 0.5]], {}), ("multinomial", [10, 0.5], {}),
                    ("multinomial", [10, [0.9, 0.2, 0.1]], {}), ("multinomial", [10, [[0.5, 0.5], [0.9, 0.2]]], {}), ("multinomial", [10, [-0.1, 1.1]], {}),
                    ("multinomial", [[10, 20], [0.5, 0.5]], {"size": 3})]),
    sequence(G, [1, 2, 3], [("state", [], {}), ("random", [3], {})]),
    sequence(G, [], [("random", [2], {})]),
    sequence(G, 2 ** 64 + 5, [("state", [], {}), ("random", [], {})]),
    sequence(G, [1, 2 ** 40], [("random", [], {})]),
    sequence(G, 0, [("spawn_random", [3], {}), ("spawn_random", [2], {}), ("random", [], {})]),
    sequence(G, 6, [("integers", [5], {"sise": 2}), ("integers", [], {}), ("integers", [5, 5], {}), ("integers", [0], {}), ("integers", [5, 4], {"endpoint": True}),
                    ("integers", [[0, 5], [3, 5]], {}), ("integers", [[0, 1], 5], {"size": 3}), ("normal", [1.0, 2.0, 3, 4], {}), ("normal", [0.0, -1.0], {}), ("uniform", [2.0, 1.0], {}),
                    ("uniform", [[2.0], 1.0], {}), ("uniform", [0.0, inf], {}), ("binomial", [10, 1.5], {}), ("binomial", [-1, 0.5], {}),
                    ("poisson", [-1.0], {}), ("poisson", [1e19], {}), ("beta", [0.0, 1.0], {}), ("gamma", [-1.0], {}),
                    ("choice", [5, 6], {"replace": False}), ("choice", [2.5], {}), ("choice", [0, 3], {}), ("choice", [[]], {"size": 2}),
                    ("choice", [5], {"p": [0.2] * 4}), ("choice", [3], {"p": [[0.5, 0.5, 0.0]]}), ("choice", [2], {"p": [0.5, 0.6]}),
                    ("choice", [2], {"p": [nan, 1.0]}), ("choice", [2], {"p": [-0.5, 1.5]}), ("choice", [X], {"axis": 2}),
                    ("permutation", [X], {"axis": 2}), ("random", [3], {"dtype": "int64"}), ("standard_normal", [-1], {})]),
]

hashes = [hashed(G, s, name, args, kw) for s, name, args, kw in [
    (0, "random", [10 ** 6], {}),
    (1, "standard_normal", [10 ** 6], {}),
    (2, "standard_normal", [10 ** 6], {}),
    (3, "standard_exponential", [10 ** 6], {}),
    (4, "integers", [0, 1000, 10 ** 6], {}),
    (5, "integers", [0, 10 ** 12, 10 ** 5], {}),
    (6, "normal", [[0.0, 5.0], [1.0, 0.5]], {"size": [50000, 2]}),
    (7, "binomial", [1000, 0.3, 10 ** 5], {}),
    (8, "poisson", [[3.0, 30.0, 3000.0]], {"size": [30000, 3]}),
    (9, "standard_gamma", [[0.3, 1.0, 4.0]], {"size": [30000, 3]}),
    (10, "beta", [[0.5, 2.0], [[0.5], [3.0]]], {"size": [25000, 2, 2]}),
    (11, "permutation", [10 ** 5], {}),
    (12, "choice", [10 ** 5, 5 * 10 ** 4], {"replace": False}),
]]


def log1p_or_error(x):
    try:
        return math.log1p(x)
    except ValueError:  # Python raises where C returns -inf or nan
        return -inf if x == -1 else nan


def log1p_case(kind, n, seed):
    """glibc's log1p on inputs drawn with default_rng(seed).random(n), reshaped by kind."""
    u = np.random.default_rng(seed).random(n)
    x = {"neg": -u, "wide": (u - 0.25) * 4, "scaled": (u - 0.5) * np.exp2(np.floor(u * 1e6) % 120 - 60)}[kind]
    y = np.array([log1p_or_error(v) for v in x])
    return {"kind": kind, "n": n, "seed": seed, "sha256": hashlib.sha256(y.astype("<f8").tobytes()).hexdigest(),
            "first": [[float(a), float(b)] for a, b in zip(x[:20], y[:20])]}


log1p_specials = [0.0, -0.0, 1e-300, -1e-20, 2 ** -29, -2 ** -29, 1e-5, 0.41421, 0.41422, -0.2929, -0.293, 1.0, 2 ** 53, 1e300, inf, -1.0, -2.0, nan]
write("generator", {
    "sequences": sequences, "hashed": hashes,
    "log1p": [log1p_case(k, 200_000, s) for k, s in (("neg", 1), ("wide", 2), ("scaled", 3))],
    "log1p_specials": [[x, log1p_or_error(x)] for x in log1p_specials],
})
