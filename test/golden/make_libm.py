"""Golden values for lib/libm (log and exp bit-identical to the C library NumPy calls).

On x86-64 Linux without AVX-512, np.log and np.exp call glibc's log and exp; numts ports them.
Inputs are made by a counter hash that TypeScript reproduces exactly (test/golden.ts
`hashedDoubles`), so only a SHA-256 of the outputs and a few explicit values are stored.
Run: python3 test/golden/make_libm.py
"""
import hashlib

import numpy as np

from golden import write

M32 = 0xFFFFFFFF


def mix32(x):
    x = x & M32
    x ^= x >> 16
    x = (x * 0x45D9F3B) & M32
    x ^= x >> 16
    x = (x * 0x45D9F3B) & M32
    x ^= x >> 16
    return x


def words(count, seed):
    i = np.arange(2 * count, dtype=np.uint64)
    return mix32(i * np.uint64(2654435761) + np.uint64(seed)).astype(np.float64)


def inputs(kind, count, seed):
    """The same doubles as test/golden.ts hashedDoubles(kind, count, seed)."""
    w = words(count, seed)
    m, e = w[0::2] / 2.0 ** 32, w[1::2]
    if kind == "unit":  # [0, 1): the polar method's r2
        return m
    if kind == "near1":  # within 0.07 of 1
        return 1 + (m - 0.5) * 0.14
    if kind == "wide":  # positive, exponents -1074..1023
        return (1 + m) * np.exp2(e % 2098 - 1075)
    if kind == "exp":  # exp's whole range, overflow and underflow included
        return (m - 0.5) * 1500
    if kind == "small":  # typical activations
        return (m - 0.5) * 40
    raise ValueError(kind)


cases = []
for fn, kinds in (("log", ["unit", "near1", "wide"]), ("exp", ["exp", "small"])):
    for kind in kinds:
        x = inputs(kind, 400_000, 17)
        with np.errstate(all="ignore"):
            y = getattr(np, fn)(x)
        cases.append({
            "fn": fn, "kind": kind, "count": len(x), "seed": 17,
            "sha256": hashlib.sha256(y.astype("<f8").tobytes()).hexdigest(),
            "first": [[float(a), float(b)] for a, b in zip(x[:50], y[:50])],
        })
specials = [0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, 1.0, 5e-324, 1.7976931348623157e308, 1 - 2 ** -4, 1 + 265 / 4096,
            709.782712893384, 709.79, -745.1332191019411, -745.14, 1024.0, -1024.0, 512.0, -512.0, 2.0 ** -54, -(2.0 ** -54)]
with np.errstate(all="ignore"):
    cases.append({"fn": "specials", "x": specials, "log": np.log(specials).tolist(), "exp": np.exp(specials).tolist()})
write("libm", cases)
