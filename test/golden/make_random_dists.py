"""Golden values for np.random's legacy distributions (RandomState): exponential, gamma, beta, binomial, poisson, multinomial and the rest, with keyword arguments.

Each sequence seeds np.random.RandomState(seed) and makes calls in order (see random_cases.py);
edge parameters are chosen where NumPy's algorithms switch (binomial's inversion and BTPE at
n*p = 30, Poisson's multiplication and PTRS at lam = 10, gamma's two methods at shape = 1,
beta's Johnk and gamma ratio at a, b = 1). Long draws are stored as SHA-256 hashes. Errors are
NumPy's own (type and message). RandomState is frozen across NumPy versions.
Run: python3 test/golden/make_random_dists.py
"""
import numpy as np

from golden import write
from random_cases import hashed, sequence

L = "legacy"
nan, inf = float("nan"), float("inf")

sequences = [
    sequence(L, 0, [("standard_exponential", [], {}), ("standard_exponential", [5], {}), ("standard_exponential", [], {"size": [2, 2]}),
                    ("exponential", [], {}), ("exponential", [2.5, 4], {}), ("exponential", [[[1.0], [10.0]]], {"size": [2, 3]}),
                    ("exponential", [], {"scale": 0.0, "size": 2})]),
    sequence(L, 1, [("standard_gamma", [1.0, 3], {}), ("standard_gamma", [0.0, 2], {}), ("standard_gamma", [0.5, 6], {}),
                    ("standard_gamma", [2.5, 6], {}), ("standard_gamma", [1e-3, 4], {}), ("standard_gamma", [1e6, 3], {}),
                    ("standard_gamma", [[0.1, 1.0, 10.0]], {}), ("standard_gamma", [3.0], {}), ("standard_gamma", [nan], {})]),
    sequence(L, 2, [("gamma", [2.0], {}), ("gamma", [2.0, 3.0, 5], {}), ("gamma", [0.3], {"scale": 2.0, "size": [2, 2]}),
                    ("gamma", [[0.5, 5.0], [[1.0], [0.1]]], {}), ("gamma", [], {"shape": 9.0, "scale": 0.5, "size": 3})]),
    sequence(L, 3, [("beta", [0.5, 0.5, 8], {}), ("beta", [2.0, 3.0, 8], {}), ("beta", [0.3, 5.0, 5], {}), ("beta", [1.0, 1.0, 5], {}),
                    ("beta", [1e-3, 1e-3, 6], {}), ("beta", [1e-200, 1e-200, 4], {}), ("beta", [1e-50, 1e-50, 4], {}), ("beta", [1e-3, 1e-50, 4], {}), ("beta", [2.0, 0.5], {}),
                    ("beta", [[0.5, 2.0], [[0.5], [3.0]]], {}), ("beta", [], {"a": 4.0, "b": 4.0, "size": 2})]),
    sequence(L, 4, [("binomial", [1, 0.5, 10], {}), ("binomial", [0, 0.5, 3], {}), ("binomial", [10, 0.0, 3], {}), ("binomial", [10, 1.0, 3], {}),
                    ("binomial", [10, 0.3, 8], {}), ("binomial", [100, 0.3, 8], {}), ("binomial", [1000, 0.3, 8], {}),
                    ("binomial", [100, 0.9, 8], {}), ("binomial", [40, 0.75, 8], {}), ("binomial", [10 ** 6, 0.5, 5], {}),
                    ("binomial", [10 ** 9, 1e-3, 5], {}), ("binomial", [10.7, 0.5, 3], {}), ("binomial", [20, 0.4], {}),
                    ("binomial", [[1, 10, 100], [[0.1], [0.5]]], {}), ("binomial", [1], {"p": 0.8, "size": [3, 4]})]),
    sequence(L, 5, [("poisson", [], {}), ("poisson", [0.0, 3], {}), ("poisson", [0.5, 8], {}), ("poisson", [5.0, 8], {}), ("poisson", [9.99, 8], {}),
                    ("poisson", [10.0, 8], {}), ("poisson", [50.0, 8], {}), ("poisson", [1e6, 4], {}), ("poisson", [1e12, 4], {}),
                    ("poisson", [[[1.0, 100.0]]], {"size": [3, 1, 2]}), ("poisson", [], {"lam": 3.0, "size": 4})]),
    sequence(L, 6, [("multinomial", [10, [0.2, 0.3, 0.5]], {}), ("multinomial", [20, [1 / 6.0] * 6], {"size": 3}),
                    ("multinomial", [100, [0.1, 0.0, 0.9]], {"size": [2, 2]}), ("multinomial", [0, [0.5, 0.5]], {}),
                    ("multinomial", [10, [0.2, 0.2]], {}), ("multinomial", [1000, [0.3, 0.7]], {}), ("multinomial", [10, []], {}),
                    ("multinomial", [10.5, [0.5, 0.5]], {}), ("multinomial", [], {"n": 5, "pvals": [0.5, 0.5]})]),
    # The binomial constants NumPy caches per generator are shared by binomial and multinomial.
    sequence(L, 7, [("binomial", [10, 0.3], {}), ("multinomial", [10, [0.3, 0.7]], {}), ("binomial", [10, 0.3, 3], {}),
                    ("multinomial", [50, [0.2, 0.8]], {}), ("binomial", [50, 0.2, 3], {})]),
    sequence(L, 8, [("normal", [0.0, 1.0], {"size": 3}), ("normal", [], {"size": 2}), ("normal", [5.0], {"scale": 0.1}),
                    ("normal", [], {"loc": [1.0, 2.0], "scale": 0.5}), ("uniform", [], {"low": -1.0, "high": 1.0, "size": 3}),
                    ("uniform", [3.0, 2.0, 2], {}), ("standard_normal", [], {"size": [2, 2]}), ("random", [], {"size": 3}),
                    ("random_sample", [], {"size": [1, 2]}), ("rand", [3], {}), ("randint", [5], {"size": [2, 3]}),
                    ("randint", [0, [5, 10, 2 ** 40]], {}), ("randint", [[0, 100], 200], {"size": [3, 2]}), ("randint", [2.5], {}),
                    ("randint", [], {"low": 1, "high": 7, "size": 6}), ("randint", [5, 5], {"size": 0})]),
    sequence(L, 9, [("choice", [20, 5], {"replace": False}), ("choice", [20], {"size": 5, "replace": False}),
                    ("choice", [[1.5, 2.5, 3.5]], {"size": [2, 2]}), ("choice", [4, 3], {"replace": False, "p": [0.1, 0.2, 0.3, 0.4]}),
                    ("choice", [4], {"p": [0.1, 0.2, 0.3, 0.4]}), ("choice", [6, [2, 2]], {"replace": False}),
                    ("choice", [1000, 900], {"replace": False}), ("permutation", [], {"x": 6}), ("choice", [5, 3, True, [0.0, 0.0, 1.0, 0.0, 0.0]], {})]),
    # NumPy's errors, each after a fresh seed (messages are what students search for).
    sequence(L, 10, [("binomial", [10, 1.5], {}), ("binomial", [10, nan], {}), ("binomial", [-1, 0.5], {}), ("binomial", [[1, -1], 0.5], {}),
                     ("binomial", [10, [0.5, 1.5]], {}), ("binomial", [nan, 0.5], {}), ("binomial", [5], {}), ("binomial", [], {"p": 0.5}),
                     ("binomial", [1, 2, 3, 4], {}), ("poisson", [-1.0], {}), ("poisson", [1e19], {}), ("poisson", [[1.0, -1.0]], {}),
                     ("poisson", [nan], {}), ("poisson", [[nan]], {}), ("exponential", [-1.0], {}), ("exponential", [-0.0], {}),
                     ("exponential", [[1.0, -1.0]], {}), ("gamma", [-1.0], {}), ("gamma", [1.0, -1.0], {}), ("standard_gamma", [[1.0, -1.0]], {}),
                     ("beta", [0.0, 1.0], {}), ("beta", [[0.0], 1.0], {}), ("beta", [1.0, -1.0], {}),
                     ("multinomial", [10, [0.5, 0.6, 0.1]], {}), ("multinomial", [10, 0.5], {}), ("multinomial", [-1, [0.5, 0.5]], {}),
                     ("multinomial", [10, [[0.5, 0.5]]], {}), ("multinomial", [10, [-0.5, 1.5]], {}),
                     ("normal", [0.0, -1.0], {}), ("normal", [0.0, -0.0], {}), ("normal", [[0.0, 1.0], [1.0, 2.0, 3.0]], {}),
                     ("normal", [[[0.0], [1.0]], [1.0, 2.0, 3.0]], {"size": [3]}), ("uniform", [[0.0, 1.0], [2.0, 3.0]], {"size": 3}),
                     ("uniform", [[0.0, 1.0], [2.0, 3.0]], {"size": [3, 1]}), ("uniform", [0.0, inf], {}), ("normal", [0.0, -1.0], {"size": -1}),
                     ("normal", [0.0, 1.0], {"size": -1}), ("randint", [5], {"sise": 3}), ("randint", [5, 5], {}), ("randint", [0], {}),
                     ("randint", [[0, 5], [3, 5]], {}), ("randint", [[0, 1], 5], {"size": 3}), ("randint", [], {"high": 5}), ("randint", [0, 10, 3, "float64"], {}),
                     ("normal", [0.0, 1.0, 3, 4], {}), ("normal", [0.0], {"loc": 1.0}), ("random", [1, 2], {}),
                     ("choice", [20], {"size": 5, "replace": False, "q": 3}), ("choice", [5, 6], {"replace": False}), ("choice", [2.5], {}),
                     ("choice", [5], {"p": [0.2] * 4}), ("choice", [3], {"p": [[0.5, 0.5, 0.0]]}), ("choice", [2], {"p": [0.5, 0.6]}),
                     ("choice", [2], {"p": [inf, 0.5]}), ("choice", [2], {"p": [nan, 1.0]}), ("choice", [3, 3, False, [0.0, 0.5, 0.5]], {}),
                     ("permutation", [], {}), ("shuffle", [[1.0, 2.0], 2], {})]),
]

hashes = [hashed(L, s, name, args, kw) for s, name, args, kw in [
    (0, "standard_exponential", [10 ** 6], {}),
    (1, "standard_gamma", [0.5, 10 ** 5], {}),
    (2, "standard_gamma", [3.0, 10 ** 5], {}),
    (3, "beta", [0.5, 0.5, 10 ** 5], {}),
    (4, "beta", [2.0, 5.0, 10 ** 5], {}),
    (5, "binomial", [1000, 0.3, 10 ** 5], {}),
    (6, "binomial", [20, 0.4, 10 ** 5], {}),
    (7, "poisson", [3.0, 10 ** 5], {}),
    (8, "poisson", [1e4, 10 ** 5], {}),
    (9, "multinomial", [100, [0.1, 0.2, 0.3, 0.4]], {"size": 10 ** 4}),
    (10, "gamma", [[0.2, 1.0, 7.0], 1.0], {"size": [30000, 3]}),
    (11, "binomial", [[5, 50, 5000], [[0.01], [0.5], [0.99]]], {"size": [10000, 3, 3]}),
]]

write("random_dists", {"sequences": sequences, "hashed": hashes})
