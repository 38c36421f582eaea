"""Golden values for lib/libm/float32: NumPy's float32 math functions, bit for bit (glibc's libm).

NumPy computes float32 exp, log, sin, ... with its own SIMD code on AVX2/AVX-512 machines and
calls the C library's float functions (expf, logf, sinf, ...) otherwise; numts's reference is
glibc's, so NumPy's SIMD code is turned off (golden.with_glibc_math: NPY_DISABLE_CPU_FEATURES)
and the first values of every case are checked against glibc's float functions called directly
(ctypes on libm.so.6).

Covered: exp, exp2, log, log2, log10, sin, cos, tan, tanh, expm1, log1p, sinh, cosh, arcsin,
arccos, arctan, arcsinh, arccosh, arctanh, power, arctan2, hypot, each on inputs reaching every
branch (tiny, subnormal, near multiples of pi/2, huge arguments, domain edges, overflow and
underflow, every float32 bit pattern). Inputs are test/golden.ts `hashedFloats`, which TypeScript
reproduces exactly, so only a SHA-256 of the outputs and a few explicit values are stored.
Run: python3 test/golden/make_libm32.py
"""
import ctypes
import hashlib

import numpy as np

from golden import hashed_floats, with_glibc_math, write

with_glibc_math()

COUNT = 100_000
LIBM = ctypes.CDLL("libm.so.6")

NUMPY = {"exp": np.exp, "exp2": np.exp2, "log": np.log, "log2": np.log2, "log10": np.log10, "sin": np.sin, "cos": np.cos,
         "tan": np.tan, "tanh": np.tanh, "expm1": np.expm1, "log1p": np.log1p, "sinh": np.sinh, "cosh": np.cosh,
         "arcsin": np.arcsin, "arccos": np.arccos, "arctan": np.arctan, "arcsinh": np.arcsinh, "arccosh": np.arccosh,
         "arctanh": np.arctanh, "power": np.power, "arctan2": np.arctan2, "hypot": np.hypot}
C_NAMES = {"arcsin": "asinf", "arccos": "acosf", "arctan": "atanf", "arcsinh": "asinhf", "arccosh": "acoshf", "arctanh": "atanhf",
           "power": "powf", "arctan2": "atan2f"}
UNARY = [fn for fn in NUMPY if fn not in ("power", "arctan2", "hypot")]
ANY = ["bits32", "small", "tiny"]  # every function also sees every bit pattern, activations and tiny values
KINDS = {
    "exp": ["exp32", "unit"], "exp2": ["e2_32", "unit"], "expm1": ["exp32", "swide32"], "sinh": ["exp32"], "cosh": ["exp32"],
    "log": ["unit", "near1", "wide32"], "log2": ["unit", "near1", "wide32"], "log10": ["unit", "near1", "wide32"],
    "log1p": ["unit", "wide32", "near1b"], "sin": ["mid", "halfpi", "swide32"], "cos": ["mid", "halfpi", "swide32"],
    "tan": ["mid", "halfpi", "swide32"], "tanh": ["swide32", "unit"], "arcsin": ["asin", "near1b"], "arccos": ["asin", "near1b"],
    "arctan": ["mid", "swide32"], "arcsinh": ["swide32", "mid"], "arccosh": ["pos", "near1", "wide32"],
    "arctanh": ["asin", "near1b"],
}
PAIRS = {
    "power": [("pos", "powy"), ("near1", "bigy"), ("small", "inty"), ("wide32", "powy"), ("pos", "edge32"), ("bits32", "bits32")],
    "arctan2": [("small", "small"), ("swide32", "swide32"), ("tiny", "small"), ("bits32", "bits32")],
    "hypot": [("small", "small"), ("swide32", "swide32"), ("wide32", "tiny"), ("bits32", "bits32")],
}


def glibc(fn, *args):
    f = getattr(LIBM, C_NAMES.get(fn, fn + "f"))
    f.restype = ctypes.c_float
    f.argtypes = [ctypes.c_float] * len(args)
    return np.array([f(*v) for v in zip(*(a.tolist() for a in args))], dtype=np.float32)


def same(a, b):
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def check_glibc(fn, y, *args):
    """The first 2000 values NumPy gave are glibc's, bit for bit (any NaN for a NaN: JavaScript has one)."""
    n = 2000
    assert same(y[:n], glibc(fn, *(a[:n] for a in args))).all(), f"NumPy's float32 {fn} is not glibc's here"


def digest(out):
    out = np.where(np.isnan(out), np.float32(np.nan), out)  # one NaN for all (JavaScript keeps no NaN payloads or signs)
    return hashlib.sha256(out.astype("<f4").tobytes()).hexdigest()


cases = []
with np.errstate(all="ignore"):
    for fn in UNARY:
        for kind in KINDS[fn] + ANY:
            x = hashed_floats(kind, COUNT, 23)
            out = NUMPY[fn](x)
            assert out.dtype == np.float32
            check_glibc(fn, out, x)
            cases.append({"fn": fn, "kind": kind, "count": COUNT, "seed": 23, "sha256": digest(out),
                          "first": [[float(a), float(b)] for a, b in zip(x[:20], out[:20])]})
    for fn, pairs in PAIRS.items():
        for xkind, ykind in pairs:
            x = hashed_floats(xkind, COUNT, 23)
            y = hashed_floats(ykind, COUNT, 24)
            if ykind == "edge32":  # y·log2(x) aimed at powf's overflow and underflow thresholds
                y = (y.astype(np.float64) / np.log2(x.astype(np.float64))).astype(np.float32)
            out = NUMPY[fn](x, y)  # an array exponent: power calls powf for every element
            assert out.dtype == np.float32
            check_glibc(fn, out, x, y)
            cases.append({"fn": fn, "kind": xkind, "ykind": ykind, "count": COUNT, "seed": 23, "yseed": 24, "sha256": digest(out),
                          "first": [[float(a), float(b), float(c)] for a, b, c in zip(x[:20], y[:20], out[:20])]})

    f32 = np.float32
    specials = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1.1754944e-38,
                         3.4028235e38, -3.4028235e38, 88.72283, 88.7229, -103.97207, -103.972084, -103.27892, -87.33655,
                         128.0, -149.0, -150.0, -149.5, 127.99999, 2.0 ** -12, 2.0 ** -13, 2.0 ** -25, 2.0 ** -26,
                         2.0 ** -28, 2.0 ** -29, 2.0 ** 25, 2.0 ** 28, 120.0, 119.99999, 0.7853982, 0.78539807,
                         1.5707964, 3.1415927, 0.6744, 0.67443, 0.41422, -0.2929, 22.0, -22.0, 21.999998, 0.34657359,
                         1.0397208, 0.975, 0.97500004, 0.4375, 1.1875, 2.4375, 16384.0, 16384.002, 1e10, -1e10,
                         1e30, 1.0000001, 0.99999994, 2.0 ** 14, 2.0 ** -14], dtype=f32)
    cases.append({"fn": "specials", "x": specials.tolist(), **{fn: NUMPY[fn](specials).tolist() for fn in UNARY}})
    for fn in UNARY:
        check_glibc(fn, NUMPY[fn](specials), specials)

    # Every pair of special values for the binary functions: C99's table of special cases, and more.
    pair_values = np.array([0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, np.inf, -np.inf, np.nan, 1e-45, -1e-45,
                            1e-40, 3.4028235e38, 2.0 ** 24, -(2.0 ** 24), 2.0 ** 24 + 2, 2.0 ** 63, 2.0 ** -70, 1.0000001,
                            0.99999994, 127.0, 150.0, -150.0, 0.1, 10.0, 7.0, 1 / 3], dtype=f32)
    px, py = (a.ravel() for a in np.meshgrid(pair_values, pair_values, indexing="ij"))
    pairs = {"x": px.tolist(), "y": py.tolist()}
    for fn in PAIRS:
        pz = NUMPY[fn](px, py)
        check_glibc(fn, pz, px, py)
        pairs[fn] = pz.tolist()
    cases.append({"fn": "pairspecials", **pairs})
write("libm32", cases)
