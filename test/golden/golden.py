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
