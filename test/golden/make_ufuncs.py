"""Golden values for numts's math ufuncs at the NumPy level: values to the bit, dtypes, shapes,
str and repr, and NumPy's errors, for every element-wise math function (the libm ones and
floor_divide, remainder, fmax, heaviside, ...), on floats with nan/inf/-0, ints, bools, 0-d
inputs, broadcasting and views. Where NumPy gives int8 (bool operands of floor_divide, power, ...)
numts gives int64 with the same values: it has no int8.

NumPy's own SIMD code (AVX2/AVX-512 builds of exp, log, tanh, sin, power, ...) is turned off so
that NumPy calls glibc's libm, numts's reference (see make_libm.py). Inputs are the LCG values of
test/golden.ts `generated` or small explicit arrays. Run: python3 test/golden/make_ufuncs.py
"""
import os

os.environ["NPY_DISABLE_CPU_FEATURES"] = "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"
import numpy as np  # noqa: E402  (after the environment variable, which NumPy reads on import)

from golden import lcg_values, plain, write  # noqa: E402


_seed = [100]


def gen(shape, scale=1.0, specials=False, transpose=False):
    """An encoded generated float64 input (and the NumPy array it stands for)."""
    _seed[0] += 1
    n = int(np.prod(shape))
    a = lcg_values(n, _seed[0], scale, specials).reshape(shape)
    enc = {"gen": {"n": n, "seed": _seed[0], "scale": scale, "specials": specials}, "shape": list(shape), "T": transpose}
    return enc, (a.T if transpose else a)


def lit(values, dtype="float64"):
    a = np.array(values, dtype=dtype)
    return {"array": plain(a)}, a


UNARY = {
    "sin": np.sin, "cos": np.cos, "tan": np.tan, "arcsin": np.arcsin, "arccos": np.arccos, "arctan": np.arctan,
    "sinh": np.sinh, "cosh": np.cosh, "tanh": np.tanh, "arcsinh": np.arcsinh, "arccosh": np.arccosh, "arctanh": np.arctanh,
    "exp": np.exp, "exp2": np.exp2, "expm1": np.expm1, "log": np.log, "log2": np.log2, "log10": np.log10,
    "log1p": np.log1p, "reciprocal": np.reciprocal,
}
BINARY = {
    "power": np.power, "arctan2": np.arctan2, "hypot": np.hypot, "floor_divide": np.floor_divide,
    "remainder": np.remainder, "mod": np.mod, "true_divide": np.true_divide, "fmax": np.fmax, "fmin": np.fmin,
    "heaviside": np.heaviside,
}
SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, np.inf, -np.inf, np.nan, 1e-310, 1e300, 710.0, -800.0, 3.0, 1e22]

cases = []


def case(fn, *inputs):
    entry = {"fn": fn, "args": [enc for enc, _ in inputs]}
    arrays = [a for _, a in inputs]
    try:
        with np.errstate(all="ignore"):
            result = (UNARY.get(fn) or BINARY[fn])(*arrays)
        result = np.asarray(result)
        if result.dtype == np.float16:
            return  # NumPy computes float16 from bools; numts has no float16 (it gives float64)
        entry["result"] = plain(result)
        entry["str"] = str(result) if result.ndim > 0 else None
        entry["repr"] = repr(result) if result.ndim > 0 else None
    except Exception as e:  # noqa: BLE001 - the error itself is the golden value
        entry["error"] = {"type": type(e).__name__, "message": str(e)}
    cases.append(entry)


def number(x):
    return {"number": plain(float(x))}, np.float64(x)


for fn in UNARY:
    case(fn, gen((4, 5), 3.0, specials=True))
    case(fn, gen((3, 4), 40.0, transpose=True))
    case(fn, lit(SPECIALS))
    case(fn, lit([-3, -1, 0, 1, 2, 5, 1000], "int64"))
    case(fn, lit([True, False], "bool"))  # kept only where NumPy's result is not float16
    case(fn, number(0.75))
    case(fn, lit(np.zeros((0, 3))))
for fn in BINARY:
    case(fn, gen((3, 4), 4.0, specials=True), gen((4,), 4.0))
    case(fn, gen((2, 3), 10.0, transpose=True), number(-2.5))
    case(fn, lit(SPECIALS), lit(SPECIALS[::-1]))
    px, py = np.meshgrid(SPECIALS, SPECIALS, indexing="ij")
    case(fn, lit(px.ravel()), lit(py.ravel()))
    case(fn, lit([7, -7, 7, -7, 0, 5, 3], "int64"), lit([2, 2, -2, -2, 3, 0, 1], "int64"))
    case(fn, lit([True, False, True, False], "bool"), lit([True, True, False, False], "bool"))
    case(fn, lit([1.5, -2.0, 0.0]), lit([2, 0, -3], "int64"))
    case(fn, gen((3,)), gen((4,)))  # shapes that do not broadcast: NumPy's error
# NumPy's power skips C's pow for one exponent of 2, 0.5, -1, 1 or 0 (x*x, sqrt, 1/x, ...).
for y in (2.0, 0.5, -1.0, 1.0, 0.0, 3.0, -0.5):
    case("power", gen((50,), 8.0, specials=True), number(y))
    case("power", gen((50,), 8.0), lit([y]))
case("power", gen((1,), 8.0), lit([2.0]))
# ... but only for one exponent: an exponent per row or column, (m, 1) or (1, n), goes through pow
# for every element, 2.0 and 0.5 included (NumPy's inner loop is not given a constant exponent).
case("power", gen((4, 50), 8.0), lit([[2.0], [0.5], [-1.0], [1.0]]))
case("power", gen((3, 4), 8.0), lit([[2.0, 0.5, 2.0, -1.0]]))
case("power", lit([2, 3, -4], "int64"), lit([-1, 2, 3], "int64"))
case("power", lit([2, 3, -4, 0], "int64"), lit([10, 0, 3, 0], "int64"))
case("power", lit([0.9]), number(4.0))
write("ufuncs", cases, compact=True)
