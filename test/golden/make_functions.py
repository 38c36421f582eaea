"""Golden values for numts's array functions (issue 14): joining and splitting, sorting and
counting, function forms of the shape methods, running totals, grids, NaN-aware reductions,
floating-point tests and rounding, np.linalg.norm and svd, keyword-argument binding.

Each case names a function, its arguments and keyword arguments (numts passes them as the
trailing options object), and NumPy's answer: an array (with its str and repr), a number, a
list of answers, or the error NumPy raises. test/lib/functions.golden.test.ts replays every case.

NumPy runs with its own SIMD loops off (golden.with_glibc_math): the reference for power and
log10 is glibc's. Cases marked "tol" (singular values: LAPACK) are compared within a tolerance.
Run: python3 test/golden/make_functions.py
"""
import numpy as np

from golden import arr, build, plain, with_glibc_math, write

with_glibc_math()

rng = np.random.default_rng(20261214)
_seed = [5000]


def floats(shape, view=None, scale=1.0, specials=False):
    """A generated float64 input (test/golden.ts `generated`), a new seed each time, seen through `view`."""
    _seed[0] += 1
    return arr({"shape": list(shape), "seed": _seed[0], "scale": scale, "specials": specials}, view)


def ints(low, high, shape, dtype="int64"):
    return arr(rng.integers(low, high, shape).astype(dtype))


def method(name):
    def call(a, *args, **kwargs):
        b = a.copy()
        out = getattr(b, name)(*args, **kwargs)
        return b if out is None else out
    return call


FUNCS = {"ndindex": lambda *a: [list(t) for t in np.ndindex(*(tuple(x) if isinstance(x, list) else x for x in a))], "linalg.norm": np.linalg.norm, "linalg.svd": np.linalg.svd, "r_": lambda *a: np.r_[a], "c_": lambda *a: np.c_[a]}
for name in ["sort", "argsort", "cumsum", "cumprod", "repeat", "round", "reshape", "ravel", "flatten", "copy", "sum", "argmax", "std"]:
    FUNCS["method:" + name] = method(name)


def to_python(value):
    """Slice strings of r_/c_ ("0:5", "0:1:5j") as Python slices."""
    if isinstance(value, str) and ":" in value:
        parts = [p.strip() for p in value.split(":")]
        conv = [None if p == "" else complex(0, float(p[:-1])) if p.endswith("j") else float(p) if "." in p else int(p) for p in parts]
        return slice(*conv)
    return value


def encode(result):
    if isinstance(result, (list, tuple)):
        return {"list": [encode(r) for r in result]}
    if isinstance(result, np.ndarray):
        return {"array": plain(result), "str": str(result), "repr": repr(result)}
    return {"scalar": plain(result)}


cases = []


def case(fn, *args, tol=None, as_float=False, **kwargs):
    entry = {"fn": fn, "args": list(args), "kwargs": kwargs}
    built = [to_python(build(a)) if not isinstance(a, list) else [build(x) for x in a] for a in args]
    func = FUNCS.get(fn) or getattr(np, fn)
    try:
        kw = {k: tuple(v) if isinstance(v, list) and k in ("axis", "axes", "shift") else build(v) for k, v in kwargs.items()}
        result = func(*built, **kw)
        if as_float:  # numts's numbers are float64 where Python's are ints (README: "Numbers are float64")
            result = result.astype(np.float64)
        entry["result"] = encode(result)
    except Exception as e:  # noqa: BLE001 - the error itself is the golden value
        entry["error"] = {"type": type(e).__name__, "message": str(e)}
    if tol is not None:
        entry["tol"] = tol
    cases.append(entry)


# ---- joining and splitting -------------------------------------------------------------------
a23, b23, c13 = floats((2, 3)), floats((2, 3)), floats((1, 3))
case("concatenate", [a23, b23])
case("concatenate", [a23, b23], 1)
case("concatenate", [a23, c13], axis=0)
case("concatenate", [a23, b23], axis=-1)
case("concatenate", [a23, floats((4,))], axis=None)
case("concatenate", [ints(0, 9, (3,)), floats((2,))])
case("concatenate", [ints(0, 9, (3,)), arr(np.array([True, False]))])
case("concatenate", [arr(np.array([True])), arr(np.array([False, True]))])
case("concatenate", [a23, floats((2, 2))])
case("concatenate", [a23, floats((3,))])
case("concatenate", [a23, b23], axis=2)
case("concatenate", [arr(np.array(1.0)), arr(np.array(2.0))])
case("concatenate", [a23, b23], axis=1, dtype="int64")
case("concatenate", [arr(np.zeros((0, 3))), a23])
case("concatenate", [floats((3, 4), [["T"]]), floats((2, 3))], 0)
case("stack", [floats((3,)), floats((3,))])
case("stack", [floats((3,)), floats((3,))], axis=1)
case("stack", [a23, b23], axis=-1)
case("stack", [a23, b23], 2)
case("stack", [a23, floats((3, 3))])
case("stack", [a23, b23], axis=3)
case("vstack", [floats((3,)), floats((3,))])
case("vstack", [a23, floats((3,))])
case("vstack", [floats((3,)), floats((4,))])
case("hstack", [floats((3,)), floats((2,))])
case("hstack", [a23, floats((2, 1))])
case("hstack", [floats((2, 3)), floats((3, 3))])
case("hstack", [arr(np.array(1.0)), floats((2,))])
case("dstack", [floats((3,)), floats((3,))])
case("dstack", [a23, b23])
case("column_stack", [floats((3,)), floats((3,))])
case("column_stack", [floats((3,)), floats((3, 2))])
seven = arr(np.arange(7.0))
case("array_split", seven, 3)
case("array_split", seven, [2, 5])
case("array_split", seven, [-2, 10])
case("array_split", seven, 9)
case("array_split", floats((4, 5)), 2, axis=1)
case("array_split", seven, 0)
case("split", arr(np.arange(10.0)), 5)
case("split", arr(np.arange(10.0)), 3)
case("split", arr(np.arange(10.0)), [3, 8])
case("split", floats((6, 4)), 2, 1)
case("split", floats((6, 4)), 2, axis=2)
case("hsplit", floats((2, 4)), 2)
case("vsplit", floats((4, 2)), [1])
case("dsplit", floats((2, 2, 4)), 2)

# ---- sorting ---------------------------------------------------------------------------------
ties = arr(np.array([3.0, 1.0, 2.0, 1.0, 3.0, np.nan, 2.0, 1.0, np.nan, 0.0]))
case("sort", floats((10,), specials=True))
case("sort", floats((4, 5)))
case("sort", floats((4, 5)), axis=0)
case("sort", floats((4, 5)), 0)
case("sort", floats((3, 4, 5)), axis=1)
case("sort", floats((4, 5)), axis=None)
case("sort", floats((5, 4), [["T"]]))
case("sort", ints(-5, 5, (12,)))
case("sort", arr(rng.integers(0, 2, (7,)).astype(bool)))
case("sort", ties, kind="stable")
case("sort", ties, kind="mergesort")
case("sort", ties, kind="bogus")
case("sort", floats((3, 4)), axis=2)
case("sort", arr(np.zeros((0,))))
case("sort", floats((300,)))
case("argsort", floats((10,)))
case("argsort", floats((4, 5)), axis=0)
case("argsort", floats((4, 5)), axis=None)
case("argsort", ties, kind="stable")
case("argsort", ties, stable=True)
case("argsort", ints(0, 4, (40,)), kind="stable")
case("argsort", floats((2000,)))
case("argsort", floats((3, 4)), kind="stable", stable=True)
case("method:sort", floats((4, 5)))
case("method:sort", floats((4, 5)), 0)
case("method:sort", floats((4, 5)), axis=0, kind="stable")
case("method:argsort", floats((4, 5)))
case("method:sort", floats((4, 5)), axis=None)

# ---- counting ---------------------------------------------------------------------------------
labels = ints(0, 5, (30,))
case("bincount", labels)
case("bincount", labels, minlength=8)
case("bincount", labels, weights=floats((30,)))
case("bincount", labels, floats((30,)), 10)
case("bincount", arr(np.array([0.5, 2.0])))
case("bincount", arr(np.array([0, -1])))
case("bincount", arr(np.array([[0, 1]])))
case("bincount", arr(np.array(3)))
case("bincount", arr(np.array([0, 1])), minlength=-1)
case("bincount", arr(np.array([0, 1])), weights=arr(np.array([1.0, 2.0, 3.0])))
case("bincount", arr(np.array([], dtype=np.int64)))
case("bincount", arr(np.array([0, 1])), nope=1)
dup = arr(np.array([[3.0, 1.0, 2.0], [1.0, 3.0, np.nan], [np.nan, 2.0, 7.0]]))
case("unique", dup)
case("unique", dup, return_counts=True)
case("unique", dup, return_index=True)
case("unique", dup, return_inverse=True)
case("unique", dup, return_index=True, return_inverse=True, return_counts=True)
case("unique", dup, equal_nan=False)
case("unique", ints(0, 6, (20,)), return_counts=True)
case("unique", arr(np.array([True, False, True])))
case("unique", arr(np.array([[1.0, 2.0], [1.0, 2.0], [0.0, 5.0], [1.0, 1.0]])), axis=0, return_index=True, return_inverse=True, return_counts=True)
case("unique", arr(np.array([[1.0, 2.0, 1.0], [3.0, 4.0, 3.0]])), axis=1)
case("unique", arr(np.array([], dtype=np.float64)), return_counts=True)
case("unique", dup, axis=2)
case("count_nonzero", arr(np.array([[0.0, 1.0, 7.0], [0.0, 0.0, 3.0]])))
case("count_nonzero", arr(np.array([[0.0, 1.0, 7.0], [0.0, 0.0, 3.0]])), axis=0)
case("count_nonzero", arr(np.array([[0.0, 1.0, 7.0], [0.0, 0.0, 3.0]])), axis=1, keepdims=True)
case("count_nonzero", arr(np.array([[0.0, 1.0, 7.0], [0.0, 0.0, 3.0]])), axis=[0, 1])
case("count_nonzero", arr(np.array([True, False, True])))
case("count_nonzero", floats((3, 4)), axis=3)
case("flatnonzero", arr(np.array([[0.0, 2.0], [3.0, 0.0]])))
case("flatnonzero", arr(np.array([[0.0, 2.0], [3.0, 0.0]]), [["T"]]))
case("flatnonzero", arr(np.zeros(4)))

# ---- function forms of the shape methods ---------------------------------------------------------
base = arr(np.arange(24.0).reshape(2, 3, 4))
case("reshape", base, [4, 6])
case("reshape", base, [-1, 4], order="F")
case("reshape", base, [4, 4])
case("reshape", base, shape=[6, -1])
case("reshape", arr(np.arange(12.0).reshape(3, 4), [["T"]]), [2, 6])
case("method:reshape", base, 6, 4, order="F")
case("method:ravel", arr(np.arange(12.0).reshape(3, 4), [["T"]]), order="K")
case("method:ravel", base, order="F")
case("method:flatten", base, order="F")
case("method:copy", base, order="F")
case("squeeze", arr(np.zeros((1, 3, 1))))
case("squeeze", arr(np.zeros((1, 3, 1))), axis=0)
case("squeeze", arr(np.zeros((1, 3, 1))), axis=[0, 2])
case("squeeze", arr(np.zeros((1, 3, 1))), 1)
case("transpose", base)
case("transpose", base, [2, 0, 1])
case("transpose", base, axes=[1, 0, 2])
case("transpose", base, [0, 1])
case("swapaxes", base, 0, 2)
case("moveaxis", base, 0, -1)
case("moveaxis", base, [0, 1], [-1, -2])
case("moveaxis", base, [0, 1], [2])
case("copy", arr(np.arange(6.0).reshape(2, 3), [["T"]]))
case("ravel", arr(np.arange(6.0).reshape(2, 3), [["T"]]))
case("ravel", base, "F")
case("ravel", base, order="A")
case("expand_dims", floats((3,)), 0)
case("expand_dims", floats((3,)), 1)
case("expand_dims", floats((2, 3)), [0, 3])
case("expand_dims", floats((2, 3)), -1)
case("expand_dims", floats((3,)), 3)
case("expand_dims", floats((3,)), [0, 0])
case("flip", base)
case("flip", base, 1)
case("flip", base, axis=[0, 2])
case("flip", base, axis=3)
case("roll", arr(np.arange(10.0)), 2)
case("roll", arr(np.arange(10.0)), -3)
case("roll", base, 1)
case("roll", base, 1, axis=1)
case("roll", base, [1, -1], axis=[0, 2])
case("roll", base, 5, axis=[0, 1])
case("roll", base, [1, 2], axis=[0, 1, 2])
case("roll", base, 1, axis=3)
case("tile", floats((3,)), 2)
case("tile", floats((3,)), [2, 2])
case("tile", floats((2, 2)), 3)
case("tile", floats((2, 3)), [2, 1, 2])
case("tile", ints(0, 9, (2,)), [0, 2])
case("repeat", floats((3,)), 2)
case("repeat", floats((2, 2)), 2)
case("repeat", floats((2, 2)), [1, 2], axis=0)
case("repeat", floats((2, 3)), 2, axis=1)
case("repeat", floats((3,)), [1, 2])
case("repeat", floats((3,)), [1, -1, 2])
case("method:repeat", floats((2, 2)), 3, axis=1)
case("diag", floats((3,)))
case("diag", floats((3,)), 1)
case("diag", floats((3,)), k=-2)
case("diag", floats((3, 4)))
case("diag", floats((3, 4)), 1)
case("diag", floats((3, 4)), -2)
case("diag", floats((3, 4)), 5)
case("diag", floats((4, 3), [["T"]]), 1)
case("diag", floats((2, 2, 2)))
case("diagflat", floats((2, 2)))
case("diagflat", floats((3,)), -1)
case("atleast_2d", floats((3,)))
case("atleast_3d", floats((2, 3)))

# ---- running totals and differences ---------------------------------------------------------------
case("cumsum", floats((300,)))
case("cumsum", floats((4, 5)))
case("cumsum", floats((4, 5)), axis=0)
case("cumsum", floats((4, 5)), 1)
case("cumsum", floats((5, 4), [["T"]]), axis=1)
case("cumsum", ints(-5, 5, (6,)))
case("cumsum", arr(np.array([True, True, False])))
case("cumsum", floats((4, 5)), axis=2)
case("cumsum", floats((4, 5)), dtype="int64")
case("cumprod", floats((20,), scale=4.0))
case("cumprod", floats((3, 4), scale=4.0), axis=0)
case("cumprod", ints(1, 4, (6,)))
case("method:cumsum", floats((3, 4)), 1)
case("method:cumprod", floats((3, 4), scale=3.0))
case("diff", floats((10,)))
case("diff", floats((10,)), 2)
case("diff", floats((10,)), n=3)
case("diff", floats((4, 5)))
case("diff", floats((4, 5)), axis=0)
case("diff", floats((4, 5)), 1, 0)
case("diff", ints(-9, 9, (6,)))
case("diff", arr(np.array([True, False, False, True])))
case("diff", floats((5,)), prepend=0.0)
case("diff", floats((5,)), append=arr(np.array([1.0, 2.0])))
case("diff", floats((3, 4)), axis=0, prepend=0.0, append=1.0)
case("diff", floats((5,)), n=0)
case("diff", floats((5,)), n=-1)
case("diff", floats((5,)), 9)

# ---- grids and sequences -----------------------------------------------------------------------
case("meshgrid", floats((3,)), floats((2,)))
case("meshgrid", floats((3,)), floats((2,)), indexing="ij")
case("meshgrid", floats((3,)), floats((2,)), floats((4,)))
case("meshgrid", floats((3,)), floats((2,)), sparse=True)
case("meshgrid", floats((3,)), floats((2,)), indexing="bad")
case("meshgrid", floats((2, 2)), floats((3,)))
for args, kw in [((0.0, 3.0, 4), {}), ((-4.0, -1.0, 4), {}), ((0.0, 1.0), {}), ((0.0, 3.0, 4), {"base": 2.0}),
                 ((1.0, 2.0, 7), {"endpoint": False}), ((-3.0, 3.0, 25), {}), ((0.5, 8.5, 9), {"base": 3.0}), ((0.0, 2.0, 5), {"dtype": "int64"})]:
    case("logspace", *args, **kw)
for args, kw in [((1.0, 1000.0, 4), {}), ((-1.0, -8.0, 4), {}), ((1.0, 256.0, 9), {}), ((1.0, 2.0), {}), ((0.001, 10.0, 30), {}),
                 ((1.0, 1000.0, 4), {"endpoint": False}), ((3.0, 7.0, 1), {}), ((1.0, 1000.0, 0), {}), ((0.0, 10.0, 3), {}),
                 ((2.0, 100.0, 6), {"dtype": "int64"})]:
    case("geomspace", *args, **kw)
case("r_", floats((2,)), 0.0, floats((3,)))
case("r_", "0:5", as_float=True)
case("r_", "0:1:5j", floats((2,)))
case("r_", "1:2:0.25")
case("r_", "-1", floats((2, 2)), floats((2, 1)))
case("r_", "0,2", floats((3,)), floats((3,)))
case("r_", floats((2, 2)), floats((3, 3)))
case("c_", floats((3,)), floats((3,)))
case("c_", floats((3,)), floats((3, 2)), floats((3,)))
case("c_", floats((2,)), floats((3,)))
case("c_", floats((2, 2)), floats((2, 2)))

# ---- NaN-aware reductions -------------------------------------------------------------------------
withnan = arr(np.array([[1.5, np.nan, 2.0, -4.0], [np.nan, np.nan, np.nan, np.nan], [3.0, 0.5, np.nan, 8.0]]))
big = floats((300, 7), specials=True)
for fn in ["nansum", "nanprod", "nanmean", "nanvar", "nanstd", "nanmax", "nanmin", "nanargmax", "nanargmin"]:
    case(fn, withnan)
    case(fn, withnan, axis=1)
    case(fn, withnan, axis=0)
    case(fn, big)
    case(fn, big, axis=0)
    case(fn, floats((5, 300), specials=True), 1)
    case(fn, ints(-9, 9, (3, 4)), axis=0)
    case(fn, arr(np.zeros((0, 3))), axis=0)
    if fn not in ("nanargmax", "nanargmin"):
        case(fn, withnan, axis=0, keepdims=True)
        case(fn, floats((6, 5), [["T"]], specials=True), axis=[0, 1])
    else:
        case(fn, floats((3, 4)), axis=1, keepdims=True)
case("nanvar", withnan, axis=1, ddof=1)
case("nanstd", big, ddof=1)
case("nanstd", withnan, 1, keepdims=True, ddof=2)
case("nanmean", withnan, bogus=True)

# ---- floating-point tests and rounding ---------------------------------------------------------
specials = arr(np.array([0.0, -0.0, 1.5, np.nan, np.inf, -np.inf, 1e308, -2.0]))
for fn in ["isnan", "isinf", "isfinite"]:
    case(fn, specials)
    case(fn, ints(-3, 3, (4,)))
    case(fn, arr(np.array([True, False])))
    case(fn, arr(np.array(np.nan)))
case("rint", arr(np.array([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e300, np.nan])))
halves = arr(np.array([0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1234.5678, -0.0]))
for d in [0, 1, 2, 3, -1, -2, 10, 15]:
    case("round", halves, d)
case("round", halves, decimals=2)
case("round", floats((4, 5), scale=1000.0), 3)
case("round", ints(-99, 99, (8,)), -1)
case("round", ints(-99, 99, (8,)), 1)
case("round", arr(np.array([15, 25, -35, 45])), -1)
case("round", arr(np.array([1e300, -1e300, 1e-300])), 5)
case("around", halves, 1)
case("method:round", halves, 2)
pairs = [
    (arr(np.array([1.0, 2.0, np.nan, np.inf, -np.inf, 1e-9])), arr(np.array([1.0 + 1e-6, 2.1, np.nan, np.inf, np.inf, 0.0]))),
    (floats((3, 4)), floats((4,))),
    (arr(np.array([1e10, 1e-7, 0.0])), arr(np.array([1.00001e10, 1e-8, 1e-9]))),
]
for x, y in pairs:
    case("isclose", x, y)
    case("isclose", x, y, equal_nan=True)
    case("isclose", x, y, rtol=0.1)
    case("isclose", x, y, 1e-3, 1e-3)
    case("allclose", x, y)
    case("allclose", x, y, atol=1.0, equal_nan=True)
case("isclose", 0.30000000000000004, 0.3)
case("isclose", ints(0, 3, (5,)), ints(0, 3, (5,)))
case("allclose", floats((3,)), floats((4,)))
case("nan_to_num", specials)
case("nan_to_num", specials, nan=-1.0, posinf=9.0, neginf=-9.0)
case("nan_to_num", ints(-3, 3, (4,)))
case("nan_to_num", arr(np.array(np.nan)))

# ---- np.linalg ---------------------------------------------------------------------------------
vec = floats((7,))
mat = floats((4, 3))
stack3 = floats((2, 3, 4))
for ord_ in [None, 1, 2, np.inf, -np.inf, 0, 3, -1, 0.5]:
    case("linalg.norm", vec, ord_)
case("linalg.norm", vec, "fro")
case("linalg.norm", vec, keepdims=True)
case("linalg.norm", floats((300,)))
case("linalg.norm", ints(-5, 5, (6,)))
case("linalg.norm", arr(np.array([3.0, 4.0])))
for ord_ in [None, "fro", 1, -1, np.inf, -np.inf]:
    case("linalg.norm", mat, ord_)
for ord_ in [2, -2, "nuc"]:
    case("linalg.norm", mat, ord_, tol=1e-14)
case("linalg.norm", mat, 3)
case("linalg.norm", mat, "bad")
case("linalg.norm", mat, axis=0)
case("linalg.norm", mat, axis=1, keepdims=True)
case("linalg.norm", mat, 1, 0)
case("linalg.norm", mat, np.inf, axis=1)
case("linalg.norm", mat, axis=[1, 0])
case("linalg.norm", mat, axis=[0, 0])
case("linalg.norm", mat, "fro", axis=[0, 1], keepdims=True)
case("linalg.norm", stack3)
case("linalg.norm", stack3, axis=[1, 2])
case("linalg.norm", stack3, 1, axis=[2, 0])
case("linalg.norm", stack3, "nuc", axis=[1, 2], tol=1e-14)
case("linalg.norm", stack3, 2, axis=[0, 2], keepdims=True, tol=1e-14)
case("linalg.norm", stack3, 1)
case("linalg.norm", stack3, axis=[0, 1, 2])
case("linalg.norm", arr(np.array([[1.0, 2.0], [3.0, 4.0]]), [["T"]]))
case("linalg.norm", floats((3, 4), [["T"]]), axis=[0, 1])
for shape in [(4, 3), (3, 4), (5, 5), (2, 3, 2), (1, 4), (6, 1)]:
    case("linalg.svd", floats(shape), tol=1e-13)
    case("linalg.svd", floats(shape), full_matrices=False, tol=1e-13)
    case("linalg.svd", floats(shape), compute_uv=False, tol=1e-13)
case("linalg.svd", arr(np.array([[3.0, 0.0], [4.0, 5.0]])), tol=1e-13)
case("linalg.svd", arr(np.array([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])), tol=1e-13)
case("linalg.svd", floats((3,)))
case("linalg.svd", arr(np.array([[1.0, np.nan], [0.0, 1.0]])))

# ---- keyword arguments everywhere (numts's options object) --------------------------------------
case("linspace", -5.0, 5.0, num=9)
case("linspace", 0.0, 1.0, nmu=3)
case("linspace", 0.0, 1.0, 5, retstep=True)
case("arange", 0.0, 1.0, step=0.25)
case("arange", 5, dtype="int64")
case("zeros", [2, 3], dtype="int64")
case("zeros", [2, 3], order="F")
case("full", [2, 2], 3.0, dtype="int64")
case("eye", 3, k=1)
case("eye", 3, M=4, k=-1)
case("identity", 2, dtype="int64")
case("ones_like", floats((2, 3)), shape=[3])
case("array", arr(np.array([1.0, 2.0])), ndmin=3)
case("sum", floats((3, 4)), 0)
case("sum", floats((3, 4)), 1, keepdims=True)
case("sum", floats((3, 4)), axes=0)
case("mean", floats((3, 4)), 1)
case("max", floats((3, 4)), -1)
case("argmax", floats((3, 4)), 0)
case("std", floats((5, 4)), 0, ddof=1)
case("method:sum", floats((3, 4)), 0)
case("method:argmax", floats((3, 4)), 1)
case("method:std", floats((3, 4)), axis=1, ddof=1)
case("add", floats((4, 3)), floats((4,)))
case("add", floats((2,)), floats((2,)), bogus=1)

# ---- np.pad and np.ndindex (after the others, so that their inputs stay as they were) --------
case("pad", floats((3,)), 2)
case("pad", floats((3,)), [1, 2])
case("pad", floats((2, 3)), [[1, 0], [2, 1]])
case("pad", floats((2, 3)), 1, constant_values=-1.5)
case("pad", floats((2, 3)), [[1, 1], [1, 1]], constant_values=[[1, 2], [3, 4]])
case("pad", floats((2, 3)), 1, constant_values=[7, 8])
case("pad", floats((2, 3)), 2, "edge")
case("pad", floats((2, 3)), [[0, 2], [1, 3]], mode="edge")
case("pad", floats((2, 3, 4), [["T"]]), 1)
case("pad", floats((2, 3, 2, 2)), [[0, 0], [0, 0], [1, 1], [1, 1]], mode="constant")
case("pad", ints(0, 9, (2, 3)), 1, constant_values=2.7)
case("pad", arr(np.array([True, False])), 1)
case("pad", arr(np.zeros((0, 2))), 1)
case("pad", arr(np.array(5.0)), 3)
case("pad", floats((3,)), -1)
case("pad", floats((3,)), 1.5)
case("pad", floats((3,)), 1, mode="nonsense")
case("pad", arr(np.zeros((0, 2))), 1, mode="edge")
case("pad", floats((3,)), 1, mode="edge", constant_values=0)
case("ndindex", 2, 3)
case("ndindex", [3, 1, 2])
case("ndindex")
case("ndindex", 2, 0)
case("ndindex", -1)
# Sums along an outer axis of more rows than numts adds at a time (8), in NumPy's order: row after row.
case("sum", floats((37, 5)), 0)
case("sum", floats((9, 3, 4)), 0)
case("sum", floats((3, 17, 4)), 1)
case("mean", floats((500, 4)), 0)
case("sum", floats((12, 6), [["T"]]), 1)

write("functions", cases, compact=True)
