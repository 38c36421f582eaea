"""Shared helpers for the scripts that make the golden files in this folder.

Every golden file is written by a script beside it, from NumPy itself (`python3` with NumPy 2.x):
`npm run golden` runs them all. Floats are stored as JSON numbers (Python writes the shortest
repr, which JavaScript parses back to the same double); nan and infinities, which JSON lacks,
are stored as the strings "nan", "inf" and "-inf" (test/golden.ts turns them back).
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


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
