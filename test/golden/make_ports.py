"""Runs the Python programs in test/ports and records what they print, for the numts ports beside
them (test/ports/ports.test.ts runs each port and compares).

For each test/ports/<name>.py this writes
- <name>.txt: what the program prints under NumPy, with OpenBLAS doing the matrix products, as a
  student running it would see it;
- <name>.exact.json: what it prints, and the full-precision values of the arrays the port
  returns, when every matrix product (`np.dot`, `np.matmul`, the `a.dot(b)` method and `a @ b`)
  sums in index order, one multiply and one add at a time (what numts and the reference BLAS
  do). NumPy's methods and operators cannot be patched, so for this run the program's source is
  rewritten (`a.dot(b)` to `np.dot(a, b)`, `a @ b` to `np.matmul(a, b)`) before it runs. OpenBLAS sums in blocks with fused
  multiply-adds, so its last bits differ, and training amplifies that; with index-order products
  a correct port agrees with NumPy to the last bit, which is what the test checks.

NumPy runs with its own SIMD loops off (golden.with_glibc_math): glibc's exp/log/sin/... are the
reference. Run: python3 test/golden/make_ports.py (or `npm run golden`).
"""
import ast
import contextlib
import io
import json
import math
import os
import runpy
import sys

import numpy as np

from golden import with_glibc_math

with_glibc_math()

PORTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ports")

# The variables each port returns, by program (attributes and dict items after dots): these are
# compared to the last bit.
RESULTS = {
    "cs231n_fc_net": ["best_params", "adam_W1", "adam_loss_history", "running_var"],
    "cs231n_knn_softmax": ["dists", "dists_two", "grad_naive", "grad_vectorized", "best_softmax.W", "softmax.W", "loss_hist"],
    "nnfs_adam": ["dense1.weights", "dense1.biases", "dense2.weights", "dense2.biases"],
    "planar": ["parameters"],
    "spiral_softmax": ["W", "b", "W2", "b2"],
}

blas_dot, blas_matmul = np.dot, np.matmul


def index_order_matmul(a, b):
    """a @ b for 1-D and 2-D float operands, each sum in index order: acc + a[i, p] * b[p, j]."""
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim == 0 or b.ndim == 0 or a.dtype.kind != "f" and b.dtype.kind != "f":
        return blas_dot(a, b)
    a2 = a.reshape(1, -1) if a.ndim == 1 else a
    b2 = b.reshape(-1, 1) if b.ndim == 1 else b
    if a2.ndim != 2 or b2.ndim != 2:
        raise NotImplementedError("index-order products are 1-D and 2-D only")
    if a2.shape[1] != b2.shape[0]:
        return blas_dot(a, b)  # NumPy's own error
    m, k, n = a2.shape[0], a2.shape[1], b2.shape[1]
    if m * k * n <= 1 << 24:
        # All products at once, then a running sum along p (np.cumsum adds one term at a time);
        # + 0.0 turns a -0.0 sum into the 0.0 that a sum starting from 0.0 gives.
        products = a2[:, :, None] * b2[None, :, :]
        acc = np.cumsum(products, axis=1)[:, -1, :] + 0.0 if k > 0 else np.zeros((m, n))
    else:
        acc = np.zeros((m, n), dtype=np.result_type(a2, b2))
        for p in range(k):
            acc = acc + a2[:, p, None] * b2[None, p, :]  # two roundings, never fused
    if a.ndim == 1 and b.ndim == 1:
        return acc[0, 0]
    return acc[0] if a.ndim == 1 else acc[:, 0] if b.ndim == 1 else acc


class ProductsThroughNp(ast.NodeTransformer):
    """Rewrites `a.dot(b)` to `np.dot(a, b)` and `a @ b` to `np.matmul(a, b)` (`np` the program's numpy)."""

    @staticmethod
    def np_call(name, args, node):
        func = ast.Attribute(value=ast.Name(id="np", ctx=ast.Load()), attr=name, ctx=ast.Load())
        return ast.copy_location(ast.Call(func=func, args=args, keywords=[]), node)

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "dot" and not (isinstance(f.value, ast.Name) and f.value.id == "np"):
            if len(node.args) != 1 or node.keywords:
                raise NotImplementedError(f"line {node.lineno}: a.dot with other than one argument")
            return self.np_call("dot", [f.value, node.args[0]], node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        return self.np_call("matmul", [node.left, node.right], node) if isinstance(node.op, ast.MatMult) else node

    def visit_AugAssign(self, node):
        if isinstance(node.op, ast.MatMult):
            raise NotImplementedError(f"line {node.lineno}: @= is not rewritten")
        return self.generic_visit(node)


def run(path, products_through_np=False):
    """What the program prints, and its namespace when it ends; with products_through_np its
    source rewritten by ProductsThroughNp."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if not products_through_np:
            namespace = runpy.run_path(path, run_name="__main__")
        else:
            with open(path) as f:
                tree = ast.fix_missing_locations(ProductsThroughNp().visit(ast.parse(f.read(), path)))
            namespace = {"__name__": "__main__", "__file__": path}
            exec(compile(tree, path, "exec"), namespace)
    return out.getvalue(), namespace


def lookup(namespace, dotted):
    """namespace["a"].b["c"]... for "a.b.c"."""
    first, *rest = dotted.split(".")
    value = namespace[first]
    for part in rest:
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return np.asarray(value, dtype=np.float64).ravel().tolist()


def python_formatting():
    """Golden values for test/ports/python.ts: Python's str, f"{x:.Nf}", "%d" and str(tuple)."""
    values = [0.0, -0.0, 36.0, 1e16, 1e-5, 1.5e-5, 0.0001, 0.00012345, 0.1, 1 / 3, 2 / 3, 123456789012345.6,
              9999999999999998.0, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 2.675, 0.125,
              -0.125, 0.375, 1.005, -0.0001, -0.004, 2.5, 3.5, -2.5, 0.5, 1.5, 1e300, 12345.5, 1.0986122886681098,
              67.5, 90.0, 0.04999752512250644, 9.9999996e-7, 9.99999949e5, 1.059445e-06, 1.25e-5, 2.5e10, 4503599627370497.0, 1e21, 123e18, float("nan"), float("inf"), float("-inf")]
    digits = [0, 1, 2, 3, 4, 6, 8, 17]
    return {
        "values": [repr(v) for v in values],
        "str": [str(v) for v in values],
        "fixed": {str(d): [f"{v:.{d}f}" for v in values] for d in digits},
        "sci": {str(d): ["%.*e" % (d, v) for v in values] for d in digits},
        "percent_d": ["%d" % v if math.isfinite(v) else None for v in values],
        "tuples": [[list(t), str(t)] for t in [(), (3,), (300, 2), (2, 400, 1)]],
    }


with open(os.path.join(PORTS, "python_format.json"), "w") as f:
    json.dump(python_formatting(), f, indent=1)
    f.write("\n")

for name in sorted(f[:-3] for f in os.listdir(PORTS) if f.endswith(".py")):
    path = os.path.join(PORTS, name + ".py")
    printed, _ = run(path)
    with open(os.path.join(PORTS, name + ".txt"), "w") as f:
        f.write(printed)
    np.dot = np.matmul = index_order_matmul
    try:
        exact, namespace = run(path, products_through_np=True)
    finally:
        np.dot, np.matmul = blas_dot, blas_matmul
    values = {key: plain(lookup(namespace, key)) for key in RESULTS.get(name, [])}
    with open(os.path.join(PORTS, name + ".exact.json"), "w") as f:
        json.dump({"numpy": np.__version__, "printed": exact.splitlines(), "values": values}, f)
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(PORTS, name)) + ".txt, .exact.json")
