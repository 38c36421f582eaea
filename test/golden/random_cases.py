"""Shared by make_random_dists.py and make_generator.py: runs calls on a NumPy generator and records them.

A case seeds a generator (np.random.RandomState(seed) for "legacy", np.random.default_rng(seed)
for "generator"), makes calls in order and records each result: an array, a scalar, or the error
NumPy raised (type and message). Long draws are stored as the SHA-256 of their float64 bytes.
The test (test/lib/random/*.test.ts) replays the same calls on numts, keyword arguments as a
trailing options object. Values JSON cannot hold: nan/inf as strings (golden.py), big integers
as {"bigint": "..."}.
"""
import hashlib

import numpy as np

from golden import plain


def encode(value):
    """A call argument as JSON: arrays as golden arrays, big ints as {"bigint": ...}."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2 ** 53:
        return {"bigint": str(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return plain(value)


def make(kind, seed):
    return np.random.RandomState(seed) if kind == "legacy" else np.random.default_rng(seed)


def run(gen, name, args, kwargs):
    """One call; `shuffle` records the shuffled array, `state` the bit generator's state."""
    if name == "shuffle":
        x = np.array(args[0])
        gen.shuffle(x, *args[1:], **kwargs)
        return x
    if name == "state":
        s = gen.bit_generator.state
        return {"state": str(s["state"]["state"]), "inc": str(s["state"]["inc"]), "has_uint32": s["has_uint32"], "uinteger": s["uinteger"]}
    if name == "spawn_random":  # spawn(n), then one random() from each child
        return np.array([child.random() for child in gen.spawn(args[0])])
    return getattr(gen, name)(*args, **kwargs)


def result(gen, name, args, kwargs):
    try:
        r = run(gen, name, args, kwargs)
    except Exception as e:  # noqa: BLE001 -- NumPy's error is the expected result
        return {"error": type(e).__name__, "message": str(e)}
    if isinstance(r, np.ndarray):
        return plain(r)
    if isinstance(r, dict):
        return {"state": r}
    return {"scalar": plain(r)}


def sequence(kind, seed, calls):
    """calls: [(name, args, kwargs)] made in order on one freshly seeded generator."""
    gen = make(kind, seed)
    results = [result(gen, name, list(args), kwargs) for name, args, kwargs in calls]
    return {"kind": kind, "seed": encode(seed), "calls": [[n, encode(list(a)), encode(k)] for n, a, k in calls], "results": results}


def hashed(kind, seed, name, args, kwargs):
    """A long draw: its SHA-256 (float64 bytes, little-endian), first and last values."""
    x = np.asarray(run(make(kind, seed), name, list(args), kwargs))
    flat = x.ravel()
    return {"kind": kind, "seed": encode(seed), "call": [name, encode(list(args)), encode(kwargs)],
            "dtype": str(x.dtype), "shape": list(x.shape),
            "sha256": hashlib.sha256(flat.astype("<f8").tobytes()).hexdigest(),
            "first": plain(flat[:3].tolist()), "last": plain(flat[-3:].tolist())}
