"""Golden values for numts's dtypes (issue 14): NumPy 2's promotion and casting rules, weak Python
scalars (NEP 50), integer wrap-around and OverflowErrors, astype's casts, creation functions'
dtypes, reductions' result dtypes, float32 arithmetic and math at the ufunc level, products, and
printing (str and repr) of every dtype.

Each case is a call (a NumPy function, method or scalar type, its arguments and keyword
arguments) with NumPy's answer: an array (dtype, shape, values, str, repr), a NumPy scalar (its
value, dtype and str), a plain value, or the error NumPy raises; plus the promotion and casting
tables. test/lib/dtypes.golden.test.ts replays every case through numts.

JavaScript numbers stand for Python's: a whole number for a Python int, any other for a Python
float (so cases use only non-integer floats as Python floats). Where NumPy computes in float16
(math functions of bool and 8-bit integers), which numts lacks, numts computes in float32: such
cases hold NumPy's float32 answer (the same function of the inputs cast to float32) and are
marked "float16". Values beyond 2**53 of int64/uint64, which numts stores in doubles, are left
out, as are float -> uint32 casts of values outside uint32's range, which NumPy's own loops give
differently depending on the element's position (C leaves them undefined).

NumPy runs with its own SIMD loops off (golden.with_glibc_math): float32 math is glibc's.
Run: python3 test/golden/make_dtypes.py
"""
import warnings

import numpy as np

from golden import plain, with_glibc_math, write

with_glibc_math()
warnings.simplefilter("ignore")

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"]
CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]

cases = []


class Transposed:
    """An argument passed as `base.T`, a view whose memory order is not C order (base is C-contiguous)."""

    def __init__(self, base):
        self.base = base


def enc(value):
    """An argument as the test decodes it: arrays with their dtype (and view), NumPy's scalar types by
    name, numbers and strings as they are."""
    if isinstance(value, Transposed):
        return {"array": plain(value.base), "view": [["T"]]}
    if isinstance(value, np.ndarray):
        return {"array": plain(value), "view": []}
    if isinstance(value, type) and issubclass(value, np.generic):
        return {"scalar_type": value.__name__}
    if isinstance(value, (list, tuple)):
        return [enc(v) for v in value]
    if isinstance(value, dict):
        return {k: enc(v) for k, v in value.items()}
    return plain(value)


def result(value):
    if isinstance(value, np.ndarray):
        return {"array": plain(value), "str": str(value), "repr": repr(value)}
    if isinstance(value, np.generic):
        return {"scalar": plain(value.item()), "dtype": str(value.dtype), "str": str(value)}
    if isinstance(value, (list, tuple)):
        return {"list": [result(v) for v in value]}
    if isinstance(value, np.dtype):
        return {"dtype_name": str(value)}
    if isinstance(value, (np.iinfo, np.finfo)):
        return {"dtype_name": str(value.dtype)}
    return {"scalar": plain(value)}


def too_big(value):
    """Whether a result holds 64-bit integers beyond 2**53 (numts keeps them in doubles)."""
    if isinstance(value, (list, tuple)):
        return any(too_big(v) for v in value)
    a = np.asarray(value)
    return a.dtype.kind in "iu" and a.dtype.itemsize == 8 and any(abs(int(v)) > 2**53 for v in a.ravel().tolist())


def call(fn, args, kwargs):
    args = [a.base.T if isinstance(a, Transposed) else a for a in args]
    if fn.startswith("method:"):
        a = args[0].copy()
        out = getattr(a, fn[7:])(*args[1:], **kwargs)
        return a if out is None else out
    if fn == "setitem":
        a = args[0].copy()
        a[args[1]] = args[2]
        return a
    return getattr(np, fn)(*args, **kwargs)


def float16_inputs(args):
    """The arguments as NumPy's float32 loop would see them: arrays of bool and 8-bit ints cast to float32."""
    return [a.astype(np.float32) if isinstance(a, np.ndarray) and a.dtype.kind in "biu" else a for a in args]


def case(fn, *args, **kwargs):
    entry = {"fn": fn, "args": enc(list(args)), "kwargs": enc(kwargs)}
    try:
        out = call(fn, list(args), kwargs)
        if getattr(out, "dtype", None) == np.float16:
            out = call(fn, float16_inputs(list(args)), kwargs).astype(np.float32)
            entry["float16"] = True
    except Exception as e:  # noqa: BLE001 - the error itself is the golden value
        entry["error"] = {"type": type(e).__name__, "message": str(e)}
    else:
        if too_big(out):
            return
        entry["result"] = result(out)
        if fn in ("empty", "empty_like"):  # whatever was in memory: only the dtype and shape are NumPy's
            entry["result"] = {"array": {**entry["result"]["array"], "data": None}}
    cases.append(entry)


def values(dtype, which=0):
    """Small test values of `dtype` (which: 0 first operand, 1 second, 2 exponents, 3 divisors)."""
    kind = np.dtype(dtype).kind
    table = {
        "b": [[True, False, True, True], [True, True, False, True], [True, False, True, False], [True, True, False, True]],
        "i": [[-3, 2, 100, 7], [2, -1, 3, 7], [2, 0, 3, 1], [2, -1, 3, 0]],
        "u": [[3, 2, 100, 7], [2, 1, 3, 7], [2, 0, 3, 1], [2, 1, 3, 0]],
        "f": [[1.5, -2.25, 100.0, 0.1], [0.5, 4.0, -3.0, 7.0], [0.5, 2.0, -3.0, 1.5], [0.5, -4.0, 3.0, 0.0]],
    }
    return np.array(table[kind][which], dtype=dtype)


# ---- the rules as tables ------------------------------------------------------------------------
cases.append({"table": "promote_types", "dtypes": DTYPES, "values": [[str(np.promote_types(a, b)) for b in DTYPES] for a in DTYPES]})
for casting in CASTINGS:
    cases.append({"table": "can_cast", "casting": casting, "dtypes": DTYPES,
                  "values": [[bool(np.can_cast(a, b, casting)) for b in DTYPES] for a in DTYPES]})
SCALARS = [3, -1, 0, 127, 128, 255, 256, -129, 300, 70000, 2**31, -(2**31) - 1, 2**32, 10**10, 2**63, 2.5, 0.1, -0.5]
cases.append({"table": "result_type", "dtypes": DTYPES, "scalars": SCALARS,
              "values": [[str(np.result_type(np.zeros(0, d), s)) for s in SCALARS] for d in DTYPES]})

# ---- every pair of dtypes through the binary ufuncs ---------------------------------------------
BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "maximum", "minimum", "fmax",
          "greater", "equal", "logical_and", "arctan2", "hypot", "heaviside"]
for fn in BINARY:
    which = 2 if fn == "power" else 3 if fn in ("floor_divide", "remainder", "divide") else 1
    for a in DTYPES:
        for b in DTYPES:
            case(fn, values(a), values(b, which))

# ---- unary ufuncs of every dtype ----------------------------------------------------------------
UNARY = ["negative", "absolute", "square", "sign", "floor", "ceil", "rint", "sqrt", "exp", "exp2", "log", "log10", "sin", "cos",
         "tan", "tanh", "expm1", "log1p", "arctan", "arcsinh", "reciprocal", "isnan", "isfinite", "logical_not"]
for fn in UNARY:
    for d in DTYPES:
        case(fn, values(d))
        case(fn, np.array([0, 1, 0], dtype=d))

# ---- weak scalars (NEP 50): JS numbers with arrays of every dtype ----------------------------------
WEAK = [3, -1, 300, -129, 70000, 2**31, 10**10, 2.5, 0.1, -0.5]
for fn in ["add", "subtract", "multiply", "divide", "floor_divide", "power", "maximum", "greater", "equal", "logical_and"]:
    for d in DTYPES:
        for s in WEAK:
            case(fn, values(d), s)
            if fn in ("subtract", "divide", "greater"):
                case(fn, s, values(d))
for d in DTYPES:
    for s in [0, 300, -1, 2.5]:
        case("where", np.array([True, False, True, False]), values(d), s)
    for lo, hi in [(0, 100), (-5, 300), (10, 50), (2.5, 50), (-(2**40), 2**40)]:
        case("clip", values(d), lo, hi)
    case("multiply", values(d), np.array(2.5, dtype=np.float32))  # a 0-d array is not weak

# ---- float32 arithmetic rounds every step ---------------------------------------------------------
rng = np.random.default_rng(32)
f32 = (rng.standard_normal(64) * 10.0 ** rng.integers(-3, 4, 64)).astype(np.float32)
g32 = (rng.standard_normal(64) * 10.0 ** rng.integers(-3, 4, 64)).astype(np.float32)
for fn in ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "arctan2", "hypot", "maximum"]:
    case(fn, f32, g32)
    case(fn, f32, 0.1)
    case(fn, f32, np.abs(g32) if fn == "power" else g32.astype(np.int16) + 1)
for fn in ["sqrt", "exp", "log", "sin", "cos", "tan", "tanh", "expm1", "log1p", "log2", "log10", "exp2", "arcsin", "arccos",
           "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "rint", "square", "reciprocal"]:
    case(fn, f32)
    case(fn, f32 / np.float32(100))
for y in (2.0, 0.5, -1.0, 1.0, 0.0, 3.0, -0.5):  # power's single-exponent shortcuts, in float32
    case("power", np.abs(f32), y)
case("add", f32, g32, out=np.zeros(64))  # computed in float32, stored as float64
case("add", values("int8") * np.int8(40), values("int8", 1) * np.int8(60), out=np.zeros(4, dtype=np.int64))  # wraps first
case("add", values("uint8") * np.uint8(80), values("uint8", 1) * np.uint8(90), out=np.zeros(4, dtype=np.int8))
case("add", values("float64"), values("float64", 1), out=np.zeros(4, dtype=np.float32))
case("add", values("int64"), values("int64", 1), out=np.zeros(4, dtype=np.uint8))  # same_kind refuses

# ---- astype: every cast, out-of-range values included ---------------------------------------------
FLOATS = [1.5, -1.5, 300.7, -300.7, 70000.5, -40000.5, 3e9, -3e9, 1e19, 1e20, np.nan, np.inf, -np.inf, 0.0, -0.0, 255.9,
          127.5, -128.5, 65535.5, 2.0**31, -(2.0**31), 2.0**32 - 1]
INTS = [-1, 0, 1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 2**31 - 1, 2**31, 2**32 - 1, 2**32, -(2**31),
        2**40 + 5, -(2**40) - 3]
for src in DTYPES:
    kind = np.dtype(src).kind
    if kind == "f":
        x = np.array(FLOATS, dtype=src)
    elif kind == "b":
        x = np.array([True, False, True])
    else:
        info = np.iinfo(src)
        x = np.array([v for v in INTS if info.min <= v <= info.max], dtype=src)
    for dst in DTYPES:
        keep = x
        if kind == "f" and dst == "uint32":  # undefined in C; NumPy's result depends on the position
            keep = x[np.isfinite(x) & (x > -(2.0**31)) & (x < 2.0**32)]
        if dst == "uint64" and kind in "if":  # negative values wrap beyond 2**53
            keep = keep[~(keep < 0)]
        case("method:astype", keep, dst)
for src, dst, casting in [("float64", "int64", "safe"), ("float64", "float32", "same_kind"), ("int64", "int32", "safe"),
                          ("int64", "int32", "same_kind"), ("float32", "float64", "safe"), ("uint8", "int8", "same_kind"),
                          ("int64", "uint64", "same_kind"), ("float64", "float64", "no"), ("int32", "int64", "no")]:
    case("method:astype", values(src), dst, casting=casting)

# ---- converting Python numbers: np.array, np.full, setitem, fill, the scalar types ------------------
for d in DTYPES:
    for v in [300, -1, 2.7, -2.7, 2**31, 2**63, 2**64, np.nan, np.inf, -0.5, 255, 127, 65535]:
        case("array", [v, 1], dtype=d)
        case("full", 2, v, dtype=d)
        case("setitem", np.zeros(3, dtype=d), 0, v)
        case("method:fill", np.zeros(2, dtype=d), v)
    for name, v in [("float32", 0.1), ("float32", 1 / 3), ("float32", 1e10 + 0.5), ("float32", 123456.789), ("float32", 1e-5 + 1e-20),
                    ("uint8", 300), ("uint8", -1), ("uint8", 255.7), ("int32", 2.7), ("int32", -2.7), ("int8", 200), ("int64", 7),
                    ("float64", 0.1), ("uint16", 65535), ("int16", -32769), ("bool", 2)]:
        if d == "float64":  # once
            case(name, v)
    case(d, np.array([0.5, 1.5, -1.5, 300.5]))
    case(d, np.array([True, False]))
    case(d, [1.5, 2.5])

# ---- creation functions with a dtype ----------------------------------------------------------------
for d in DTYPES:
    for fn, args in [("zeros", ([2, 3],)), ("ones", (3,)), ("empty", (2,)), ("eye", (3,)), ("identity", (2,))]:
        case(fn, *args, dtype=d)
    case("zeros_like", values(d))
    case("ones_like", values("float64"), dtype=d)
    case("full_like", values(d), 7)
    if d != "bool":
        case("arange", 5, dtype=d)
        case("arange", 2, 9, 3, dtype=d)
    case("linspace", -1, 1, 5, dtype=d)
    case("linspace", 0, 300, 3, dtype=d)
case("arange", 0, 1, 0.1, dtype="float32")
case("arange", -3, 3, 1.5, dtype="int8")
case("arange", 0.5, 5, dtype="int32")
case("arange", 250, 260, dtype="uint8")
case("arange", 0, 2.5, 0.5, dtype="int32")
case("arange", 10, dtype="bool")
case("arange", 2, dtype="bool")
case("arange", -1, 2, dtype="uint8")
case("arange", 1e10, 1e10 + 3, dtype="int32")
case("arange", 0.25, 3.0, 0.37, dtype="float32")

# ---- reductions: result dtypes, float32 sums in float32 --------------------------------------------
for d in DTYPES:
    a = np.array([[1, 2, 3, 0, 1], [4, 5, 6, 1, 1], [7, 8, 9, 1, 0]], dtype=d)
    for fn in ["sum", "prod", "mean", "max", "min", "argmax", "std", "var", "all", "any", "cumsum", "cumprod", "nansum"]:
        case(fn, a)
        case(fn, a, axis=0)
        case(fn, a, axis=1, keepdims=True)
    case("sum", a, dtype="int8")
    case("cumsum", a, dtype="int8")
long32 = (rng.standard_normal(1000) * 100).astype(np.float32)
for fn in ["sum", "mean", "std", "var", "cumsum", "prod", "max", "nansum", "nanmean"]:
    case(fn, long32 / np.float32(10) if fn == "prod" else long32)
    case(fn, long32.reshape(40, 25), axis=0)
    case(fn, long32.reshape(40, 25), axis=1)
case("sum", Transposed(long32.reshape(40, 25)), axis=1)  # rows added one after another, not pairwise
case("sum", Transposed(long32.reshape(40, 25)), axis=0)
case("mean", Transposed(long32.reshape(40, 25)), axis=1)
case("mean", np.array([1, 2, 3, 4], dtype=np.uint8))
# the dtype argument: cast first, then computed in that dtype
for fn in ["sum", "prod", "mean", "var", "std", "nansum", "nanmean"]:
    for d in ["float64", "float32", "int64", "int16", "int8", "uint8", "bool"]:
        if fn in ("var", "std") and d == "bool":
            continue  # NumPy refuses subtracting bools; numts's message differs
        case(fn, long32[:40] if fn != "prod" else long32[:40] / np.float32(50), dtype=d)
        case(fn, np.array([[100, 27, 3], [90, 8, 200]], dtype=np.uint8), axis=1, dtype=d)
case("sum", np.arange(1, 30, dtype=np.int32), dtype=np.float32)
case("prod", np.arange(1, 30, dtype=np.int32), dtype=np.int32)
case("prod", np.arange(1, 30, dtype=np.int64), dtype=np.uint16)
case("method:sum", long32.reshape(40, 25), 0, np.float64)
case("method:mean", long32.reshape(40, 25), dtype=np.float64)

# ---- products ----------------------------------------------------------------------------------
for a in DTYPES:
    for b in DTYPES:
        if a != b and "float" not in a + b and not (a == "bool" or b == "bool"):
            continue  # every dtype with itself, and the mixed ones through the float and bool rows
        case("dot", values(a), values(b, 1))
        case("matmul", values(a).reshape(2, 2), values(b, 1).reshape(2, 2))
case("dot", np.array([200, 100, 50], dtype=np.uint8), np.array([3, 2, 1], dtype=np.uint8))
case("matmul", np.array([[2**20, 3], [5, 7]], dtype=np.int32), np.array([[2**12, 1], [1, 2**20]], dtype=np.int32))
case("outer", values("int16"), values("float32", 1))

# ---- scalar types as dtype arguments, and dtype errors -----------------------------------------------
for t in [np.float32, np.float64, np.int64, np.int32, np.int16, np.int8, np.uint64, np.uint32, np.uint16, np.uint8, np.bool_]:
    case("zeros", 2, dtype=t)
    case("method:astype", values("float64"), t)
    case("array", [1.5, -2.5, 3], dtype=t)
    case("arange", 4, dtype=t)
    case("can_cast", t, np.float32)
    case("promote_types", t, np.uint8)
for bad in ["flaot32", "int", "i4", "u1", "f4", "?", "float", "double", "uint", "foo", "int63", "Float32"]:
    case("zeros", 2, dtype=bad)
    case("method:astype", values("float64"), bad)
for bad in [5, 2.5]:
    case("zeros", 2, dtype=bad)
case("dtype", "flaot32")
case("iinfo", np.float32)
case("finfo", np.int32)

# ---- printing --------------------------------------------------------------------------------------
for d in DTYPES:
    case("array", values(d).reshape(2, 2), dtype=d)
    case("array", np.array([], dtype=d))
    case("array", values(d)[0], dtype=d)
case("array", np.array([1 / 3, 2 / 3, 123.456789012], dtype=np.float32))
case("array", np.array([1e-5, 1.0], dtype=np.float32))
case("array", np.array([16777217.0, 1.0], dtype=np.float32))
case("array", np.array([1e8, 1.0], dtype=np.float32))
case("array", np.array([np.nan, np.inf, -0.0, 1.5], dtype=np.float32))
case("array", np.array([0.1, 0.2, 0.3], dtype=np.float32) + np.float32(0.0001))
case("array", np.arange(2000, dtype=np.float32) / np.float32(7))
case("array", np.array([-128, 127, 0], dtype=np.int8))
case("array", np.array([4294967295, 0], dtype=np.uint32))
for magnitude in range(-42, 39, 3):
    x = (rng.random(6) * 10.0**magnitude).astype(np.float32)
    case("array", x)
    for v in x[:3]:
        case("float32", float(v))

write("dtypes", cases, compact=True)
