"""Golden values for numts's core: element-wise ops, reductions, products, creation, indexing.

Each case names a function, its arguments and NumPy's answer (an array, a number, or the error
NumPy raises). test/lib/core.golden.test.ts replays every case through numts. Inputs are built
as NumPy arrays, optionally turned into views (transposed, reversed, strided) so that strides
other than C order are exercised. Run: python3 test/golden/make_core.py
"""
import math
import os

# NumPy's SIMD exp/log/tanh/sin/... can differ from glibc's libm, numts's reference, in the last bit.
os.environ["NPY_DISABLE_CPU_FEATURES"] = "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"
import numpy as np  # noqa: E402  (after the environment variable, which NumPy reads on import)

from golden import arr, build, generated, plain, to_index, write  # noqa: E402

rng = np.random.default_rng(20261122)
_seed = [0]


def seq_dot(a, b):
    """np.dot with every sum taken in index order, one multiply and one add at a time (reference BLAS)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    b_axis = 0 if b.ndim == 1 else b.ndim - 2
    bm = np.moveaxis(b, b_axis, 0).reshape(b.shape[b_axis], b.size // max(b.shape[b_axis], 1) if b.shape[b_axis] else
                                            int(np.prod([n for k, n in enumerate(b.shape) if k != b_axis])))
    am = a.reshape(int(np.prod(a.shape[:-1])), a.shape[-1])
    out = np.zeros((am.shape[0], bm.shape[1]))
    for i in range(am.shape[0]):
        for j in range(bm.shape[1]):
            acc = 0.0
            for p in range(am.shape[1]):
                acc += float(am[i, p]) * float(bm[p, j])
            out[i, j] = acc
    shape = a.shape[:-1] + tuple(n for k, n in enumerate(b.shape) if k != b_axis)
    return out.reshape(shape)


def seq_matmul(a, b):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.ndim <= 2 and b.ndim <= 2:
        return seq_dot(a, b)
    expected = np.matmul(a, b)
    a2 = a[np.newaxis] if a.ndim == 1 else a
    b2 = b[..., np.newaxis] if b.ndim == 1 else b
    batch = np.broadcast_shapes(a2.shape[:-2], b2.shape[:-2])
    a2 = np.broadcast_to(a2, batch + a2.shape[-2:])
    b2 = np.broadcast_to(b2, batch + b2.shape[-2:])
    out = np.zeros(batch + (a2.shape[-2], b2.shape[-1]))
    for idx in np.ndindex(*batch):
        out[idx] = seq_dot(a2[idx], b2[idx])
    return out.reshape(expected.shape)


def seq_inner(a, b):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    # inner contracts b's last axis: a dot with b's last two axes swapped.
    return seq_dot(a, b if b.ndim == 1 else np.swapaxes(b, -1, -2))


FUNCS = {
    name: getattr(np, name)
    for name in [
        "add", "subtract", "multiply", "divide", "power", "maximum", "minimum",
        "greater", "greater_equal", "less", "less_equal", "equal", "not_equal",
        "logical_and", "logical_or", "logical_xor", "logical_not", "negative",
        "exp", "log", "sqrt", "abs", "tanh", "square", "sign", "floor", "ceil", "sin", "cos",
        "where", "clip", "sum", "mean", "max", "min", "prod", "std", "var", "all", "any",
        "argmax", "argmin", "outer", "arange", "linspace", "eye", "zeros", "ones", "full",
        "reshape", "transpose",
    ]
}
FUNCS["dot"] = seq_dot
FUNCS["matmul"] = seq_matmul
FUNCS["inner"] = seq_inner
FUNCS["getitem"] = lambda a, *idx: a[tuple(to_index(i) for i in idx)]
FUNCS["astype"] = lambda a, dtype: a.astype(dtype)
FUNCS["ravel"] = lambda a: a.ravel()


def setitem(a, value, *idx):
    a = a.copy()
    a[tuple(to_index(i) for i in idx)] = build(value)
    return a


FUNCS["setitem"] = setitem
# Which NumPy function checks shapes and dtypes of the sequential products.
SHAPE_CHECK = {"dot": np.dot, "matmul": np.matmul, "inner": np.inner}

cases = []


def case(fn, *args, **kwargs):
    built = [build(a) for a in args]
    entry = {"fn": fn, "args": list(args), "kwargs": kwargs}
    try:
        check = np.asarray(SHAPE_CHECK[fn](*built)) if fn in SHAPE_CHECK else None  # NumPy's own errors first
        result = FUNCS[fn](*built, **{k: tuple(v) if isinstance(v, list) else v for k, v in kwargs.items()})
        if check is not None:
            result = np.asarray(result).astype(check.dtype).reshape(check.shape)
            assert np.allclose(result, check, equal_nan=True), (fn, result, check)
            if check.ndim == 0:
                result = check.dtype.type(result)
        entry["result"] = plain(result if isinstance(result, np.ndarray) else np.asarray(result)) \
            if isinstance(result, np.ndarray) else {"scalar": plain(result)}
    except Exception as e:  # noqa: BLE001 - the error itself is the golden value
        entry["error"] = {"type": type(e).__name__, "message": str(e)}
    cases.append(entry)


def floats(shape, scale=1.0, specials=False):
    """A generated float64 input (see `generated`), a new seed each time."""
    _seed[0] += 1
    return {"shape": list(shape), "seed": _seed[0], "scale": scale, "specials": specials}


# ---- element-wise --------------------------------------------------------------------------
BINARY = ["add", "subtract", "multiply", "divide", "maximum", "minimum", "greater", "greater_equal",
          "less", "less_equal", "equal", "not_equal", "logical_and", "logical_or", "logical_xor"]
SHAPES = [((5,), (5,)), ((500, 4), (4,)), ((3, 1), (1, 4)), ((2, 3, 4), (3, 1)), ((), (3,)), ((0,), (0,)),
          ((0, 3), (3,)), ((4,), ())]
for op in BINARY:
    for sa, sb in SHAPES:
        case(op, arr(floats(sa, specials=True)), arr(floats(sb)))
    case(op, arr(floats((3, 4))), 0.5)
    case(op, -1.5, arr(floats((3, 4))))
    case(op, arr(rng.integers(-5, 5, (3, 4))), arr(rng.integers(-5, 5, (4,))))
    case(op, arr(rng.integers(0, 2, (6,)).astype(bool)), arr(rng.integers(0, 2, (6,)).astype(bool)))
    case(op, arr(rng.integers(-5, 5, (6,))), arr(rng.integers(0, 2, (6,)).astype(bool)))
    case(op, arr(floats((4, 3)), [["T"]]), arr(floats((6, 4)), [["slice", ["::-2"]]]))
    case(op, arr(floats((3,))), arr(floats((4,))))
case("power", arr(floats((3, 4), specials=True)), 2.0)
case("power", arr(np.abs(generated((3, 4), 907))), 0.5)
case("power", arr(rng.integers(0, 5, (5,))), arr(rng.integers(0, 4, (5,))))
case("power", arr(rng.integers(0, 5, (5,))), arr(np.array([1, -1, 2, 0, 1])))
for op in ["negative", "abs", "square", "sign", "floor", "ceil", "logical_not", "sqrt", "exp", "log", "tanh", "sin", "cos"]:
    case(op, arr(floats((4, 5), 3.0, specials=True)))
    case(op, arr(rng.integers(-5, 5, (7,))))
    # NumPy gives float16/int8 for these on bools; numts has no such dtypes (float64/int64 instead).
    if op in ("negative", "abs", "sign", "floor", "ceil", "logical_not"):
        case(op, arr(np.array([True, False, True])))
    case(op, arr(floats((5, 3)), [["T"], ["slice", ["::-1"]]]))
    case(op, arr(np.zeros((0, 2))))
    case(op, arr(np.array(2.5)))
case("where", arr(generated((3, 4), 901) > 0), arr(floats((3, 4))), arr(floats((4,))))
case("where", arr(generated((5,), 902) > 0), 1.0, 0.0)
case("where", arr(generated((2, 1), 903) > 0), arr(rng.integers(0, 9, (3,))), arr(rng.integers(0, 9, (2, 3))))
case("where", arr(generated((3,), 904) > 0), arr(floats((2,))), 1.0)
case("clip", arr(floats((4, 4), specials=True)), -0.5, 0.5)
case("clip", arr(floats((4, 4))), arr(floats((4,))), None)
case("clip", arr(floats((4, 4))), None, 0.0)
case("clip", arr(rng.integers(-9, 9, (6,))), arr(np.array([-2, -2, -2, -2, -2, -2])), arr(np.array([3, 3, 3, 3, 3, 3])))

# ---- reductions ----------------------------------------------------------------------------
LAYOUTS = [
    (floats((150, 140)), []),
    (floats((140, 150)), [["T"]]),
    (floats((150, 300)), [["slice", [":", "::2"]]]),
    (floats((7, 1000)), [["slice", ["::-1", "::-1"]]]),
    (floats((4, 5, 6)), []),
    (floats((6, 5, 4)), [["T"]]),
    (floats((10000,)), []),
    (floats((129,)), []),
    (floats((7,)), []),
    (floats((3, 1, 200)), []),
]
for data, view in LAYOUTS:
    for fn in ["sum", "mean", "std", "var", "max", "min", "prod", "argmax", "argmin"]:
        a = arr(data, view)
        nd = build(a).ndim
        case(fn, a)
        for axis in range(-1, nd):
            case(fn, a, axis=axis)
        if fn not in ("argmax", "argmin"):
            if nd >= 2:
                case(fn, a, axis=[0, nd - 1])
                case(fn, a, axis=0, keepdims=True)
            case(fn, a, keepdims=True)
        else:
            case(fn, a, axis=0, keepdims=True)
for fn in ["sum", "mean", "max", "min", "prod", "argmax", "argmin", "all", "any", "std", "var"]:
    case(fn, arr(floats((3, 4), specials=True)))
    case(fn, arr(floats((3, 4), specials=True)), axis=1)
    case(fn, arr(rng.integers(-9, 9, (3, 4))), axis=0)
    case(fn, arr(rng.integers(-9, 9, (3, 4))))
    case(fn, arr(rng.integers(0, 2, (3, 4)).astype(bool)), axis=1)
    case(fn, arr(rng.integers(0, 2, (3, 4)).astype(bool)))
    case(fn, arr(np.zeros((0,))))
    case(fn, arr(np.zeros((0, 3))), axis=0)
    case(fn, arr(np.zeros((0, 3))), axis=1)
    case(fn, arr(np.array(3.5)))
    case(fn, arr(floats((3, 4))), axis=2)
case("sum", arr(floats((3, 4))), axis=[0, 0])
case("std", arr(floats((5, 4))), axis=0, ddof=1)
case("var", arr(floats((5, 4))), ddof=1)
case("all", arr(generated((3, 4), 905) > -3), axis=[0, 1])
case("any", arr(generated((2, 3, 4), 906) > 0.01), axis=-1, keepdims=True)

# ---- products ------------------------------------------------------------------------------
for sa, sb in [((3,), (3,)), ((2, 3), (3, 4)), ((4, 3), (3,)), ((3,), (3, 5)), ((2, 3, 4), (4,)),
               ((2, 3, 4), (5, 4, 2)), ((500, 2), (2, 4)), ((4, 500), (500, 1)), ((0, 3), (3, 2)),
               ((3, 0), (0, 2)), ((3, 2), (3,)), ((3,), (4,)), ((), (3,)), ((2, 2), ())]:
    for fn in ["dot", "matmul", "inner"]:
        case(fn, arr(floats(sa)), arr(floats(sb)))
case("dot", arr(floats((3, 4)), [["T"]]), arr(floats((6, 3)), [["slice", ["::2", "::-1"]]]))
case("matmul", arr(floats((5, 2, 3))), arr(floats((3, 4))))
case("matmul", arr(floats((1, 2, 3))), arr(floats((4, 3, 2))))
case("matmul", arr(floats((2, 3))), arr(floats((4, 2))))
case("inner", arr(floats((2, 3))), arr(floats((4, 3))))
case("dot", arr(rng.integers(-5, 5, (3, 4))), arr(rng.integers(-5, 5, (4, 2))))
case("outer", arr(floats((3,))), arr(floats((4,))))
case("outer", arr(floats((2, 2))), arr(floats((3,))))
case("outer", arr(rng.integers(0, 5, (3,))), arr(np.array([True, False])))

# ---- creation ------------------------------------------------------------------------------
for args in [(5.0,), (1.0, 2.0, 0.25), (0.0, 1.0, 0.1), (10.0, 0.0, -3.0), (0.1, 0.9, 0.2), (-2.5, 2.5, 0.7), (3.0, 1.0)]:
    case("arange", *args)
case("arange", 5, dtype="int64")
for args, kw in [((0.0, 1.0, 5), {}), ((0.0, 1.0, 4), {"endpoint": False}), ((2.0, 3.0, 1), {}), ((-1.0, 1.0, 0), {}),
                 ((0.0, 10.0, 7), {}), ((1.0, 1.0, 4), {}), ((0.1, 0.7, 13), {}), ((0.0, 1.0, -1), {})]:
    case("linspace", *args, **kw)
case("eye", 3)
case("eye", 3, 4, 1)
case("eye", 4, 3, -2)
case("zeros", [2, 3], dtype="int64")
case("ones", [0, 2])
case("full", [2, 2], 7.5)
case("full", [3], True)

# ---- shape manipulation and indexing -------------------------------------------------------
base = arr(np.arange(24.0).reshape(2, 3, 4))
for shape in [[4, 6], [-1, 3], [24], [2, -1, 2], [4, 4], [-1, -1], [5, -1]]:
    case("reshape", base, shape)
case("reshape", arr(np.arange(24.0).reshape(4, 6), [["T"]]), [6, 4])
case("transpose", base, [1, 0, 2])
case("transpose", base, [0, 1])
case("transpose", base, [0, 0, 1])
case("ravel", arr(np.arange(12.0).reshape(3, 4), [["T"]]))
case("astype", arr(np.array([-1.7, -0.5, 0.0, 0.5, 2.9])), "int64")
case("astype", arr(np.array([-1.7, 0.0, np.nan])), "bool")
for idx in [
    [0], [-1], [0, 1], [1, -1, 2], ["1:"], ["::-1"], [":", 0], [":", ":", "::2"], ["...", 1], [0, "...", None],
    [None, 0], [":", "1:3", "-1:0:-1"], [[0, 1, 1]], [":", [2, 0]], [[0, 1], [1, 2]], [[0, 1], ":", [1, 3]],
    [":", [0, 2], [1, 3]], [[[0, 1], [1, 0]]], [[True, False]], [":", [True, False, True]], [[-1, 0]],
    [0, [0, 2], "1:3"], [[0], ":", 0], [3], [0, 5], [0, 0, 0, 0], [[0, 2]], [[True, False, True]], ["::0"],
    [[[True, False, True, False], [False] * 4, [True] * 4]],
]:
    case("getitem", base, *idx)
case("getitem", arr(np.arange(24.0).reshape(2, 3, 4)), [[[True] * 4, [False] * 4, [True, False] * 2]] * 2)
case("getitem", arr(np.arange(10.0), [["slice", ["::-1"]]]), "2:8:3")
value = arr(np.array([-1.0, -2.0, -3.0, -4.0]))
for idx in [[0], [":", 1], ["::-1", 0, "::2"], [[0, 1], 1, [0, 3]], [[True, False]], ["...", [1, 3]]]:
    case("setitem", base, value, *idx)
case("setitem", base, 9.0, [[[True] * 4, [False] * 4, [True, False] * 2]] * 2)
case("setitem", base, arr(np.array([1.0, 2.0])), 0)

write("core", cases, compact=True)
