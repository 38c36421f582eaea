"""Golden values for np.random (array inputs are float lists: JS numbers are float64 in numts): NumPy's legacy RandomState stream (seed, then calls).

Each case seeds the generator, makes a list of calls and records what NumPy returns (see
random_cases.py; make_random_dists.py has the other distributions). Legacy
RandomState is frozen across NumPy versions, so these hold for NumPy 1.x and 2.x alike.
Large outputs (randn of a million) are stored as a SHA-256 of their float64 bytes.
Run: python3 test/golden/make_random.py
"""
import numpy as np

from golden import write
from random_cases import hashed, sequence

cases = []


def case(seed, calls):
    """calls: [(name, args, kwargs)], run in order after np.random.seed(seed)."""
    cases.append(sequence("legacy", seed, calls))


case(42, [("randn", [500, 2], {})])
case(0, [("rand", [5, 3], {}), ("random", [[7]], {}), ("random_sample", [], {}), ("rand", [], {})])
case(1, [("randn", [], {}), ("rand", [], {}), ("randn", [], {}), ("randn", [3], {})])  # the cached gauss survives rand()
case(7, [("uniform", [-2, 3, [4]], {}), ("uniform", [], {}), ("uniform", [[0, 10, 100], [[1], [20]]], {}),
         ("normal", [1, 2, [5]], {}), ("normal", [], {}), ("normal", [[0, 100], [1, 0.5]], {}),
         ("standard_normal", [[2, 2]], {})])
case(2024, [("randint", [0, 10, 20], {}), ("randint", [5], {"size": 6}), ("randint", [-3, 4, 10], {}),
            ("randint", [0, 1, 5], {}), ("randint", [0, 2 ** 31, 5], {}), ("randint", [0, 2 ** 32, 5], {}),
            ("randint", [0, 2 ** 32 + 5, 5], {}), ("randint", [-2 ** 40, 2 ** 40, 5], {}), ("randint", [3, 9], {}),
            ("randint", [0, 10, [2, 3]], {})])
case(3, [("permutation", [10], {}), ("permutation", [[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]], {}), ("shuffle", [[float(i) for i in range(10)]], {}),
         ("shuffle", [[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]], {}), ("permutation", [[5.5, 6.5, 7.5]], {})])
case(5, [("choice", [5, 3], {}), ("choice", [[10.0, 20.0, 30.0, 40.0], [2, 2]], {}), ("choice", [5, 3], {"replace": False}),
         ("choice", [5, 10], {"p": [0.1, 0.2, 0.3, 0.2, 0.2]}), ("choice", [5, 4], {"replace": False, "p": [0.05, 0.05, 0.3, 0.3, 0.3]}),
         ("choice", [5], {}), ("choice", [[1.5, 2.5]], {}), ("choice", [100, 60], {"replace": False, "p": np.arange(100) / 4950}),
         ("choice", [3, 0], {})])
case([1, 2, 3], [("randn", [5], {}), ("randint", [0, 100, 5], {})])
case(2 ** 32 - 1, [("rand", [3], {})])

write("random", {"sequences": cases, "hashed": [hashed("legacy", s, "randn", [10 ** 6], {}) for s in (0, 42, 2 ** 32 - 1)]})
