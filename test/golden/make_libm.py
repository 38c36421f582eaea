"""Golden values for lib/libm: NumPy's float64 math functions, bit for bit (glibc's libm).

Covered: exp, log, sin, cos, tan, tanh, expm1, log1p, log2, log10, exp2, arctan, arcsin, arccos, arctan2,
sinh, cosh, arcsinh, arccosh, arctanh, power and hypot, each on 1-2 million inputs chosen to reach every
branch (tiny, subnormal, near multiples of pi/2, huge arguments, domain edges, overflow and underflow).

The reference is glibc's libm, which NumPy calls on most x86-64 Linux machines. NumPy 2.x on a
machine with AVX2/AVX-512 uses its own SIMD code for some functions (exp, log, tanh, power, expm1,
sinh, ...), which can differ in the last bit; so this script turns it off (NPY_DISABLE_CPU_FEATURES,
set before NumPy is imported), checks that it is off, and checks the first values of every case
against glibc called directly (ctypes on libm.so.6).

Inputs are made by a counter hash that TypeScript reproduces exactly (test/golden.ts
`hashedDoubles`), so only a SHA-256 of the outputs and a few explicit values are stored.
Run: python3 test/golden/make_libm.py
"""
import ctypes
import hashlib
import os

os.environ["NPY_DISABLE_CPU_FEATURES"] = "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"
import numpy as np  # noqa: E402  (after the environment variable, which NumPy reads on import)
from numpy._core._multiarray_umath import __cpu_features__  # noqa: E402

from golden import hashed_inputs, write  # noqa: E402

for feature in ("X86_V3", "X86_V4", "AVX512_ICL", "AVX512_SPR"):
    assert not __cpu_features__.get(feature), f"NumPy's {feature} code is still on: golden values would not be glibc's"

COUNT = 400_000
LIBM = ctypes.CDLL("libm.so.6")
inputs = hashed_inputs


# (function, x kind, y kind or None); pow's "edge" cases use y = target / log(x).
CASES = [
    ("log", "unit", None), ("log", "near1", None), ("log", "wide", None),
    ("exp", "exp", None), ("exp", "small", None),
    ("sin", "small", None), ("sin", "mid", None), ("sin", "halfpi", None), ("sin", "swide", None),
    ("cos", "small", None), ("cos", "mid", None), ("cos", "halfpi", None), ("cos", "swide", None),
    ("tanh", "small", None), ("tanh", "tiny", None), ("tanh", "swide", None),
    ("expm1", "small", None), ("expm1", "tiny", None), ("expm1", "exp", None), ("expm1", "swide", None),
    ("pow", "pos", "powy"), ("pow", "near1", "bigy"), ("pow", "small", "inty"), ("pow", "wide", "powy"),
    ("pow", "pos", "edge"),
    ("tan", "small", None), ("tan", "mid", None), ("tan", "halfpi", None), ("tan", "swide", None),
    ("log1p", "unit", None), ("log1p", "tiny", None), ("log1p", "small", None), ("log1p", "wide", None),
    ("log2", "unit", None), ("log2", "near1", None), ("log2", "wide", None),
    ("log10", "unit", None), ("log10", "near1", None), ("log10", "wide", None),
    ("exp2", "e2", None), ("exp2", "small", None), ("exp2", "tiny", None),
    ("atan", "small", None), ("atan", "tiny", None), ("atan", "mid", None), ("atan", "swide", None),
    ("asin", "asin", None), ("asin", "near1b", None), ("asin", "tiny", None),
    ("acos", "asin", None), ("acos", "near1b", None), ("acos", "tiny", None),
    ("sinh", "small", None), ("sinh", "tiny", None), ("sinh", "exp", None),
    ("cosh", "small", None), ("cosh", "tiny", None), ("cosh", "exp", None),
    ("asinh", "small", None), ("asinh", "tiny", None), ("asinh", "swide", None),
    ("acosh", "pos", None), ("acosh", "near1", None), ("acosh", "wide", None),
    ("atanh", "asin", None), ("atanh", "near1b", None), ("atanh", "tiny", None),
    ("atan2", "small", "small"), ("atan2", "swide", "swide"), ("atan2", "tiny", "small"),
    ("hypot", "small", "small"), ("hypot", "swide", "swide"), ("hypot", "wide", "tiny"),
]
NUMPY = {"log": np.log, "exp": np.exp, "sin": np.sin, "cos": np.cos, "tanh": np.tanh, "expm1": np.expm1, "pow": np.power,
         "tan": np.tan, "log1p": np.log1p, "log2": np.log2, "log10": np.log10, "exp2": np.exp2, "atan": np.arctan,
         "asin": np.arcsin, "acos": np.arccos, "sinh": np.sinh, "cosh": np.cosh, "asinh": np.arcsinh, "acosh": np.arccosh,
         "atanh": np.arctanh, "atan2": np.arctan2, "hypot": np.hypot}
UNARY = ["log", "exp", "sin", "cos", "tanh", "expm1", "tan", "log1p", "log2", "log10", "exp2", "atan", "asin", "acos", "sinh",
         "cosh", "asinh", "acosh", "atanh"]


def glibc(fn, *args):
    f = getattr(LIBM, fn)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double] * len(args)
    return np.array([f(*v) for v in zip(*(a.tolist() for a in args))])


def check_glibc(fn, y, *args):
    """The first 2000 values NumPy gave are glibc's, bit for bit (any NaN for a NaN: JavaScript has one)."""
    n = 2000
    ref = glibc(fn, *(a[:n] for a in args))
    same = (y[:n].view(np.uint64) == ref.view(np.uint64)) | (np.isnan(y[:n]) & np.isnan(ref))
    assert same.all(), f"NumPy's {fn} is not glibc's here"


cases = []
with np.errstate(all="ignore"):
    for fn, xkind, ykind in CASES:
        x = inputs(xkind, COUNT, 17)
        args = [x]
        if ykind is not None:
            y = inputs(ykind, COUNT, 18)
            args.append(y / np.log(x) if ykind == "edge" else y)
        # An array exponent, so that np.power calls pow for every element (no scalar fast path).
        out = NUMPY[fn](*args)
        check_glibc(fn, out, *args)
        out = np.where(np.isnan(out), np.nan, out)  # one NaN for all (JavaScript keeps no NaN payloads or signs)
        case = {"fn": fn, "kind": xkind, "count": COUNT, "seed": 17,
                "sha256": hashlib.sha256(out.astype("<f8").tobytes()).hexdigest(),
                "first": [[float(v) for v in row] for row in zip(*(a[:40] for a in args), out[:40])]}
        if ykind is not None:
            case.update({"ykind": ykind, "yseed": 18})
        cases.append(case)

    specials = [0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, 1.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                -1.7976931348623157e308, 1 - 2 ** -4, 1 + 265 / 4096, 709.782712893384, 709.79, -745.1332191019411, -745.14, 1024.0,
                -1024.0, 512.0, -512.0, 2.0 ** -54, -(2.0 ** -54), 2.0 ** -26, 2.0 ** -27, 0.126, 0.8554687500000001, 0.85546875,
                2.426265, 2.4262650000000003, 105414350.0, 105414357.0, 105414343.0, 1e22, 1e300, 3.141592653589793,
                1.5707963267948966, 4.71238898038469, 6.283185307179586, 22.0, -22.0, 21.999999999999996, 38.81624129999999,
                -38.82, 0.34657359027997264, 1.0397207708399179, 56 * 0.6931471805599453, 2.0 ** -55, 2.0 ** -61,
                0.0625, 0.0624999, 16.0, 15.999999999999998, 5805361265115136.0, 1.2904777690891933e-08, 0.125, 0.5, -0.5,
                0.96875, 0.9687499999999999, 0.41422, -0.2929, 2.0 ** 28, 2.0, 1 + 2 ** -52, -1 + 2 ** -53, 25.0, 25.000000000000004,
                1e8, 100000000.00000001, 0.7869997024536133, 0.060799986124038696, 710.4758600739439, 710.475860073944, -710.4758600739439,
                928.0, -1075.0, -1074.5, 1023.9999999999999, 2.0 ** 53, 1e-300, 0.7853981633974483, 2.356194490192345]
    unary = {fn: NUMPY[fn](np.array(specials)) for fn in UNARY}
    for fn, values in unary.items():
        check_glibc(fn, values, np.array(specials))
    cases.append({"fn": "specials", "x": specials, **{fn: v.tolist() for fn, v in unary.items()}})

    # pow of every pair of special bases and exponents: C99's table of special cases, and more.
    pow_values = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5, np.inf, -np.inf, np.nan, 5e-324, -5e-324,
                  1e-310, 1.7976931348623157e308, 2.0 ** 53, -(2.0 ** 53), 2.0 ** 53 + 2, 2.0 ** 63, -(2.0 ** 64), 2.0 ** -70,
                  1 + 2 ** -52, 1 - 2 ** -53, 1023.0, 1075.0, -1075.0, 0.1, 10.0, 7.0, 1 / 3]
    px, py = (a.ravel() for a in np.meshgrid(pow_values, pow_values, indexing="ij"))
    pairs = {"x": px.tolist(), "y": py.tolist()}
    for fn in ("pow", "atan2", "hypot"):
        pz = NUMPY[fn](px, py)
        check_glibc(fn, pz, px, py)
        pairs[fn] = pz.tolist()
    cases.append({"fn": "pairspecials", **pairs})
write("libm", cases)
