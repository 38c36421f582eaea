"""Golden strings for numts's printing: NumPy's str, repr and array2string under many options.

Each case stores an array (dtype, shape, values) and the print options in force, with NumPy's
texts. test/lib/print/print.golden.test.ts rebuilds the arrays and compares every character.
Run: python3 test/golden/make_print.py
"""
import numpy as np

from golden import plain, write

rng = np.random.default_rng(7)
cases = []


def case(a, **options):
    a = np.asarray(a)
    with np.printoptions(**options):
        cases.append({
            "array": plain(a),
            "options": options,
            "str": str(a),
            "repr": repr(a),
            "array2string": np.array2string(a, separator=", ", prefix="  "),
        })


def values(n, kind):
    if kind == "mixed":
        mags = 10.0 ** rng.integers(-12, 13, n)
        return rng.standard_normal(n) * mags
    if kind == "normal":
        return rng.standard_normal(n)
    if kind == "uniform":
        return rng.uniform(-100, 100, n)
    if kind == "specials":
        v = rng.standard_normal(n)
        v[rng.integers(0, n, max(1, n // 3))] = rng.choice([np.nan, np.inf, -np.inf, -0.0, 0.0], max(1, n // 3))
        return v
    if kind == "ints":
        return rng.integers(-10 ** rng.integers(1, 15), 10 ** rng.integers(1, 15), n).astype(np.int64)
    if kind == "bools":
        return rng.integers(0, 2, n).astype(bool)
    if kind == "round":
        return np.round(rng.standard_normal(n) * 10, rng.integers(0, 4))
    raise ValueError(kind)


# The examples of ../shared/design/numpy-facts.md and other landmarks.
for a in [
    np.array([1., 2., 3.]), np.array([-1.5, 0., 2.]), np.array([1 / 3, 2 / 3, 123.456789012]), np.array([0.0001, 1.]),
    np.array([[np.nan, 1.25], [2.5, -np.inf]]), np.array([True, False, True]), np.arange(1001), np.arange(1001.),
    np.zeros((500, 2)) + 0.5, np.array([0.1 + 0.2]), np.array([0.1, 0.123456789]), np.array([0.05, 0.]),
    np.array([1.5, 2.25, 3.125]), np.array([1.0, 1000.5]), np.array([1e-10, 1.5e-300, 1e300]), np.array(36.0),
    np.array(1e16), np.array(1e-5), np.array(-0.0), np.array(np.nan), np.array(-np.inf), np.array(True), np.array(False),
    np.array(7), np.zeros((2, 0)), np.zeros(0), np.zeros(0, np.int64), np.zeros((0, 3), bool), np.zeros((1, 0, 2)),
    np.array([np.nan]), np.array([np.inf, -np.inf]), np.array([-0.0, 0.0]), np.array([2 ** 53, -(2 ** 53)], np.int64),
    np.array([1 / 512, 0.125, 0.375, 2.5, 0.15, 0.45]), np.arange(24).reshape(2, 3, 4), np.arange(120.).reshape(2, 3, 4, 5) / 7,
    np.array([[True, False], [False, True]]), np.linspace(0, 1, 40), np.linspace(-1e9, 1e9, 7), np.array([1e8]),
    np.array([99999999.99]), np.array([1e-4, 1e-4]), np.array([9.9999999e-5]), np.array([123456789012345678.0]),
    np.array([0.5, 1e-9]), np.arange(2000.).reshape(40, 50), np.arange(3000).reshape(10, 10, 30), np.array([5e-324, 1.0]),
    np.array([1.7976931348623157e308, -1.0]), np.array([[1e-20, 1], [1, 1e20]]),
]:
    case(a)
    if a.ndim > 0 and a.size > 0 and a.dtype.kind == "f":
        case(a[::-1])

OPTIONS = [
    {}, {"precision": 3}, {"precision": 0}, {"precision": 12}, {"suppress": True}, {"suppress": True, "precision": 2},
    {"linewidth": 30}, {"linewidth": 120}, {"threshold": 10}, {"threshold": 10, "edgeitems": 1}, {"sign": "+"},
    {"sign": " "}, {"floatmode": "fixed"}, {"floatmode": "unique"}, {"floatmode": "maxprec_equal"},
    {"floatmode": "fixed", "precision": 4}, {"nanstr": "NaN", "infstr": "Inf"}, {"threshold": 5, "edgeitems": 4},
]
KINDS = ["mixed", "normal", "uniform", "specials", "ints", "bools", "round"]
SHAPES = [(1,), (5,), (17,), (3, 4), (2, 3, 2), (2, 2, 2, 2), (12, 9), (1, 30), (30, 1), (2, 1, 3)]
for i in range(500):
    kind = KINDS[i % len(KINDS)]
    shape = SHAPES[rng.integers(0, len(SHAPES))]
    a = values(int(np.prod(shape)), kind).reshape(shape)
    case(a, **OPTIONS[rng.integers(0, len(OPTIONS))])

write("print", cases, compact=True)
