"""Shared helpers for the scripts that make the golden files in this folder.

Every golden file is written by a script beside it, from NumPy itself (`python3` with NumPy 2.x):
`npm run golden` runs them all. Floats are stored as JSON numbers (Python writes the shortest
repr, which JavaScript parses back to the same double); nan and infinities, which JSON lacks,
are stored as the strings "nan", "inf" and "-inf" (test/golden.ts turns them back).
"""
import json
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def with_glibc_math():
    """Re-runs this script with NumPy's own SIMD loops switched off, unless they already are.

    On AVX-512 machines NumPy 2.x computes float64 exp, log, power, log10, ... with its own SIMD
    code, which differs from the C library (glibc) in the last bit; numts's reference is glibc,
    what NumPy gives on most machines. NPY_DISABLE_CPU_FEATURES makes NumPy call glibc again.
    """
    if "NPY_DISABLE_CPU_FEATURES" in os.environ:
        return
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
    found = [f for f in __cpu_dispatch__ if __cpu_features__.get(f)]
    if found:
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, NPY_DISABLE_CPU_FEATURES=" ".join(found)))


def plain(value):
    """NumPy values and containers as JSON-ready Python values."""
    if isinstance(value, np.ndarray):
        return {"dtype": str(value.dtype), "shape": list(value.shape), "data": plain(value.ravel().tolist())}
    if isinstance(value, (np.generic,)):
        return plain(value.item())
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def lcg_values(n, seed, scale, specials):
    """test/golden.ts `generated(n, seed, scale, specials)`, value for value: a 32-bit LCG, each value
    (u/2**32 - 0.5) * 2**(e-8) * scale; with specials, elements 1, 3, 5 are nan, inf, -0."""
    state = seed & 0xFFFFFFFF
    out = np.empty(n)
    for i in range(n):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        m = state
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        out[i] = (m / 2**32 - 0.5) * 2.0 ** (state % 16 - 8) * scale
    if specials and n >= 6:
        out[[1, 3, 5]] = [np.nan, np.inf, -0.0]
    return out


M32 = 0xFFFFFFFF


def mix32(x):
    """A murmur-style 32-bit finalizer: test/golden.ts mix32."""
    x = x & M32
    x ^= x >> 16
    x = (x * 0x45D9F3B) & M32
    x ^= x >> 16
    x = (x * 0x45D9F3B) & M32
    x ^= x >> 16
    return x


def hash_words(count, seed):
    """2·count hashed 32-bit words (as float64) of a counter: the raw material of hashed_inputs."""
    i = np.arange(2 * count, dtype=np.uint64)
    return mix32(i * np.uint64(2654435761) + np.uint64(seed)).astype(np.float64)


def hashed_inputs(kind, count, seed):
    """The same doubles as test/golden.ts hashedDoubles(kind, count, seed): every step is exact, so
    only hashes of a function's outputs need storing (the libm golden files)."""
    w = hash_words(count, seed)
    m, e = w[0::2] / 2.0 ** 32, w[1::2]
    sign = np.where(e >= 2.0 ** 31, -1.0, 1.0)
    if kind == "unit":  # [0, 1): the polar method's r2
        return m
    if kind == "near1":  # within 0.07 of 1
        return 1 + (m - 0.5) * 0.14
    if kind == "wide":  # positive, exponents -1074..1023
        return (1 + m) * np.exp2(e % 2098 - 1075)
    if kind == "swide":  # either sign, exponents -1074..1023: sin/cos of huge arguments
        return sign * (1 + m) * np.exp2(e % 2098 - 1075)
    if kind == "exp":  # exp's whole range, overflow and underflow included
        return (m - 0.5) * 1500
    if kind == "small":  # typical activations
        return (m - 0.5) * 40
    if kind == "tiny":  # |x| from 2^-61 to 0.5: expm1/tanh's small-argument branches
        return (m - 0.5) * np.exp2(-(e % 60))
    if kind == "mid":  # |x| up to 2^39: both of sin/cos's argument reductions and the switch between them
        return (m - 0.5) * np.exp2(e % 40)
    if kind == "halfpi":  # near multiples of pi/2, where sin or cos is tiny
        return (e % 65536) * 1.5707963267948966 + (m - 0.5) * np.exp2(-(e % 50))
    if kind == "pos":  # positive, exponents -64..63: pow's bases
        return (1 + m) * np.exp2(e % 128 - 64)
    if kind == "powy":  # exponents of pow up to 512 either way
        return (m - 0.5) * np.exp2(e % 12 - 2)
    if kind == "bigy":  # large exponents (for bases near 1)
        return (m - 0.5) * np.exp2(e % 48)
    if kind == "inty":  # integer exponents -20..20 (for negative bases)
        return e % 41 - 20
    if kind == "edge":  # y*log(x) targets around exp's overflow and underflow thresholds
        return sign * (700 + m * 50)
    if kind == "e2":  # exp2's whole range, overflow and underflow included
        return (m - 0.5) * 2200
    if kind == "asin":  # [-1.1, 1.1]: asin/acos/atanh's domain and a little beyond
        return (m - 0.5) * 2.2
    if kind == "near1b":  # within 2^-40 .. 1 of +-1: asin/acos/atanh near the ends of their domain
        return sign * (1 - m * np.exp2(-(e % 40)))
    # float32 ranges (test/golden.ts hashedFloats rounds every kind to float32)
    if kind == "wide32":  # positive, float32's exponents -149..127
        return (1 + m) * np.exp2(e % 277 - 149)
    if kind == "swide32":  # either sign, float32's exponents
        return sign * (1 + m) * np.exp2(e % 277 - 149)
    if kind == "exp32":  # expf's whole range, overflow (88.7) and underflow (-104) included
        return (m - 0.5) * 240
    if kind == "e2_32":  # exp2f's whole range
        return (m - 0.5) * 320
    if kind == "edge32":  # y*log2(x) targets around powf's thresholds, 128 and -150
        return sign * (120 + m * 35)
    raise ValueError(kind)


def hashed_floats(kind, count, seed):
    """test/golden.ts hashedFloats: hashed_inputs rounded to float32, or ("bits32") float32s of
    hashed bit patterns, every exponent, infinities and NaNs included."""
    if kind == "bits32":
        return hash_words(count, seed)[0::2].astype(np.uint32).view(np.float32)
    return hashed_inputs(kind, count, seed).astype(np.float32)


def write(name, value, compact=False):
    """Writes test/golden/<name>.json with NumPy's version recorded (compact: one line per case)."""
    path = os.path.join(HERE, name + ".json")
    with open(path, "w") as f:
        if compact:
            cases = ",\n".join(json.dumps(c, separators=(",", ":")) for c in plain(value))
            f.write('{"numpy": "%s", "cases": [\n%s\n]}' % (np.__version__, cases))
        else:
            json.dump({"numpy": np.__version__, "cases": plain(value)}, f, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(path))


def generated(shape, seed, scale=1.0, specials=False):
    """Values both languages compute identically: a 32-bit LCG, each value (u/2**32 - 0.5) * 2**(e-8).

    Large inputs are made this way instead of being stored (test/golden.ts has the same generator).
    """
    return lcg_values(int(np.prod(shape)), seed, scale, specials).reshape(shape)


def arr(a, view=None):
    """An input: the array's values (or how to generate them) plus the view to take of it."""
    if isinstance(a, dict):
        return {"gen": a, "view": view or []}
    a = np.asarray(a)
    return {"array": plain(a), "view": view or []}


def build(value):
    """The NumPy value an encoded argument stands for."""
    if isinstance(value, dict) and ("array" in value or "gen" in value):
        if "gen" in value:
            g = value["gen"]
            a = generated(tuple(g["shape"]), g["seed"], g["scale"], g["specials"])
        else:
            spec = value["array"]
            data = [float(x) if isinstance(x, str) else x for x in spec["data"]]
            a = np.array(data, dtype=spec["dtype"]).reshape(spec["shape"])
        for step in value["view"]:
            if step[0] == "T":
                a = a.T
            elif step[0] == "slice":
                a = a[tuple(to_index(i) for i in step[1])]
        return a
    return value


def to_index(i):
    if i is None or isinstance(i, int):
        return i
    if i == "...":
        return Ellipsis
    if isinstance(i, str):
        parts = [int(p) if p.strip() else None for p in i.split(":")]
        return slice(*parts)
    return np.array(i)
