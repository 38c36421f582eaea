"""The coverage audit in docs/porting.md: which NumPy names course material calls, and which numts has.

Two steps, so that the second needs neither the courses nor the network:

  python3 scripts/porting_audit.py scan REPO=GITDIR ...
      Reads the course files listed in SOURCES (each pinned to a commit) from local git
      repositories (`git --git-dir=GITDIR show COMMIT:PATH`) and numts's own ports
      (test/ports/*.py), parses them with Python's ast, and writes the NumPy names each course
      uses, with counts, to docs/porting-audit.json. Nothing of the courses' code is stored.
  python3 scripts/porting_audit.py table
      Lists what numts exports (node loads lib/dist: run `npm run build` first), and rewrites the
      table between the audit markers in docs/porting.md from docs/porting-audit.json.

What counts as a NumPy name: every `np.X`, `np.random.X` and `np.linalg.X` (np being whatever
name the file imports numpy as), and every attribute `.X` of anything else whose name is a public
attribute of np.ndarray (`.T`, `.reshape`, `.sum`, ...). The latter over-counts a little: a dict's
`.copy()` or a list's `.index` look the same to a parser.
"""
import ast
import json
import os
import re
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USAGE = os.path.join(ROOT, "docs", "porting-audit.json")
GUIDE = os.path.join(ROOT, "docs", "porting.md")
START, END = "<!-- audit:start (scripts/porting_audit.py table) -->", "<!-- audit:end -->"

# The course material audited: the code students run and write (filled-in solutions where the
# repository has them), without framework (PyTorch/TensorFlow/Keras) notebooks.
SOURCES = {
    "cs231n": {
        "title": "cs231n assignments 1-2 (2019, with solutions)",
        "repo": "Yorko/stanford_cs231n_2019",
        "commit": "a8cc3bff356579f5eafa80b69ad4d953b25b4c1a",
        "paths": [f"cs231n/classifiers/{f}.py" for f in ["k_nearest_neighbor", "linear_classifier", "linear_svm", "softmax", "neural_net", "fc_net", "cnn"]]
        + [f"cs231n/{f}.py" for f in ["gradient_check", "layers", "layer_utils", "optim", "solver", "data_utils", "vis_utils"]]
        + [f"assignment1/{f}_solution_yorko.ipynb" for f in ["knn", "svm", "softmax", "two_layer_net", "features"]]
        + [f"assignment2/{f}_solution_yorko.ipynb" for f in ["FullyConnectedNets", "BatchNormalization", "Dropout", "ConvolutionalNetworks"]],
    },
    "dls": {
        "title": "Deep Learning Specialization, course 1 (and course 2's NumPy assignments)",
        "repo": "amanchadha/coursera-deep-learning-specialization",
        "commit": "e9de0f4d1549b5a974c7f5cba013097fe162a798",
        "paths": [
            "C1 - Neural Networks and Deep Learning/Week 2/Python Basics with Numpy/Python_Basics_With_Numpy_v3a.ipynb",
            "C1 - Neural Networks and Deep Learning/Week 2/Logistic Regression as a Neural Network/Logistic.ipynb",
            "C1 - Neural Networks and Deep Learning/Week 3/Planar data classification with one hidden layer/Planar_data_classification_with_onehidden_layer_v6c.ipynb",
            "C1 - Neural Networks and Deep Learning/Week 3/Planar data classification with one hidden layer/planar_utils.py",
            "C1 - Neural Networks and Deep Learning/Week 4/Building your Deep Neural Network - Step by Step/Building_your_Deep_Neural_Network_Step_by_Step_v8a.ipynb",
            "C1 - Neural Networks and Deep Learning/Week 4/Building your Deep Neural Network - Step by Step/dnn_utils_v2.py",
            "C1 - Neural Networks and Deep Learning/Week 4/Deep Neural Network Application_ Image Classification/Deep Neural Network - Application v8.ipynb",
            "C1 - Neural Networks and Deep Learning/Week 4/Deep Neural Network Application_ Image Classification/dnn_app_utils_v3.py",
        ]
        + [
            f"C2 - Improving Deep Neural Networks Hyperparameter tuning, Regularization and Optimization/Week {p}"
            for p in [
                "1/Initialization/Initialization.ipynb",
                "1/Initialization/init_utils.py",
                "1/Regularization/Regularization_v2a.ipynb",
                "1/Regularization/reg_utils.py",
                "1/Gradient Checking/Gradient Checking v1.ipynb",
                "1/Gradient Checking/gc_utils.py",
                "2/Optimization_methods_v1b.ipynb",
                "2/opt_utils_v1a.py",
            ]
        ],
    },
    "nnfs": {
        "title": "Neural Networks from Scratch (nnfs), the book's chapter code",
        "repo": "Sentdex/nnfs_book",
        "commit": "9cf2fc482985d5bc68c736a49aa0624b6ab13fb1",
        "paths": [f"Chapter_{n}/Ch{n}_{'final' if n == 6 else 'Final'}.py" for n in [2, 3, 4, 5, 6, 9, 10, 11, 14, 15, 16, 17, 18, 19, 22]],
    },
    "micrograd": {
        "title": "micrograd's demo (Karpathy)",
        "repo": "karpathy/micrograd",
        "commit": "c911406e5ace8742e5841a7e0df113ecb5d54685",
        "paths": ["demo.ipynb"],
    },
}
PORTS = "numts ports (test/ports/*.py)"

SUBMODULES = {"random", "linalg"}


def array_attributes():
    """np.ndarray's public attributes; `.data` left out: in course code it is micrograd's
    Value.data or a tensor's, never NumPy's buffer."""
    import numpy as np  # only the scan needs NumPy

    return {a for a in dir(np.ndarray) if not a.startswith("_")} - {"data"}


ARRAY_ATTRS = set()  # filled by scan()

# Beside the names numts lacks: what to write instead, or why it is absent.
NOTES = {
    "int": "NumPy 1.x's alias of Python's int, removed in NumPy 2: `\"int64\"` or `np.int64`",
    "float": "NumPy 1.x's alias of Python's float, removed in NumPy 2: `\"float64\"` or `np.float64`",
    "nditer": "`for (const ix of np.ndindex(x.shape))` (the multi_index loop of gradient checks)",
    "load": "no .npy/.npz files: read data in TypeScript and call `np.array`",
    "ndarray.resize": "here PIL's `Image.resize` (DLS course 1), not NumPy's",
    "ndarray.dump": "here `pickle.dump`, not NumPy's",
}


class Names:
    """The NumPy names used in a program, fed one piece (a file, or a notebook's cells in order) at a time."""

    def __init__(self):
        self.numpy = set()  # names numpy is imported as
        self.modules = set()  # names other modules are imported as (plt.show, pickle.dump are not arrays')
        self.found = Counter()

    def add(self, tree):
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    (self.numpy if a.name == "numpy" else self.modules).add(a.asname or a.name.split(".")[0])
            elif isinstance(node, ast.ImportFrom):
                if node.module in ("numpy", "numpy.random", "numpy.linalg"):
                    prefix = "" if node.module == "numpy" else node.module.split(".")[1] + "."
                    self.found.update(prefix + a.name for a in node.names if a.name != "*")
                else:
                    self.modules |= {a.asname or a.name for a in node.names}
        inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Attribute)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or id(node) in inner:
                continue
            chain = []
            value = node
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            chain.reverse()
            root = value.id if isinstance(value, ast.Name) else None
            if root in self.numpy:
                sub = chain[0] in SUBMODULES and len(chain) > 1
                self.found[".".join(chain[:2]) if sub else chain[0]] += 1
                chain = chain[2 if sub else 1:]  # np.random.randn(3).T: the rest are array attributes
            elif root in self.modules:
                continue
            self.found.update("ndarray." + attr for attr in chain if attr in ARRAY_ATTRS)


def python_of(text, path):
    """A .py file's text, or a notebook's code cells, IPython's magics and shell lines left out."""
    if not path.endswith(".ipynb"):
        return [text]
    cells = []
    for cell in json.loads(text)["cells"]:
        if cell["cell_type"] == "code":
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            cells.append("\n".join("" if re.match(r"\s*[%!]", line) else line for line in src.split("\n")))
    return cells


def parse(code, where, unparsed):
    """The ast of `code`; lines that are not Python (a pasted `>>>` prompt, a broken edit) are
    blanked one at a time, up to five, and listed in `unparsed`."""
    lines = code.split("\n")
    for _ in range(6):
        try:
            return ast.parse("\n".join(lines))
        except SyntaxError as e:
            if e.lineno is None or len(unparsed) > 1000:
                break
            unparsed.append(f"{where}, line {e.lineno}: {lines[e.lineno - 1].strip()[:60]}")
            lines[e.lineno - 1] = ""
    unparsed.append(f"{where}: left out")
    return ast.Module(body=[], type_ignores=[])


def scan_text(text, path, unparsed):
    names = Names()
    for i, code in enumerate(python_of(text, path)):
        names.add(parse(code, f"{path} (cell {i})" if path.endswith(".ipynb") else path, unparsed))
    return names.found


def scan(gitdirs):
    import numpy as np

    ARRAY_ATTRS.update(array_attributes())
    unparsed = []
    courses = {}
    for key, source in SOURCES.items():
        gitdir = gitdirs.get(source["repo"])
        if gitdir is None:
            sys.exit(f"scan needs {source['repo']}=GITDIR (a clone of it holding commit {source['commit']})")
        total = Counter()
        for path in source["paths"]:
            text = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{source['commit']}:{path}"], check=True, capture_output=True, text=True).stdout
            total += scan_text(text, path, unparsed)
        courses[key] = dict(sorted(total.items()))
    ports = Counter()
    ports_dir = os.path.join(ROOT, "test", "ports")
    for name in sorted(os.listdir(ports_dir)):
        if name.endswith(".py"):
            with open(os.path.join(ports_dir, name)) as f:
                ports += scan_text(f.read(), name, unparsed)
    courses["ports"] = dict(sorted(ports.items()))
    sources = {k: {f: v for f, v in s.items()} for k, s in SOURCES.items()}
    sources["ports"] = {"title": PORTS}
    with open(USAGE, "w") as f:
        json.dump({"numpy": np.__version__, "sources": sources, "unparsed": unparsed, "usage": courses}, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(USAGE)}; cells that are not Python: {len(unparsed)}")


NUMTS_EXPORTS = r"""
const np = require(process.argv[1]);
const keys = (o) => Object.keys(o);
const proto = [];
for (let p = np.NDArray.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) proto.push(...Object.getOwnPropertyNames(p));
console.log(JSON.stringify({
  np: keys(np),
  random: keys(np.random),
  linalg: keys(np.linalg),
  ndarray: [...new Set([...proto, ...keys(np.zeros(1))])].filter((k) => k !== "constructor"),
}));
"""


def numts_names():
    dist = os.path.join(ROOT, "lib", "dist", "index.js")
    if not os.path.exists(dist):
        sys.exit("lib/dist is missing: run `npm run build` first")
    out = subprocess.run(["node", "-e", NUMTS_EXPORTS, dist], check=True, capture_output=True, text=True).stdout
    e = json.loads(out)
    return set(e["np"]) | {"random." + k for k in e["random"]} | {"linalg." + k for k in e["linalg"]} | {"ndarray." + k for k in e["ndarray"]}


def label(name):
    """How a name is written in the table: np.sum, np.random.randn, x.T."""
    return "x." + name[len("ndarray."):] if name.startswith("ndarray.") else "np." + name


def table():
    with open(USAGE) as f:
        audit = json.load(f)
    have = numts_names()
    usage = audit["usage"]
    keys = list(usage)
    names = sorted({n for u in usage.values() for n in u}, key=lambda n: (-sum(u.get(n, 0) for u in usage.values()), n))
    present = [n for n in names if n in have]
    missing = [n for n in names if n not in have]
    course_names = {n for k in keys if k != "ports" for n in usage[k]}
    def source_line(key):
        src = audit["sources"][key]
        link = f" ([{src['repo']}](https://github.com/{src['repo']}/tree/{src['commit']}), {len(src['paths'])} file{'s' if len(src['paths']) != 1 else ''})" if "repo" in src else ""
        return f"- **{key}**: {src['title']}{link}"

    lines = [
        START,
        "",
        "Audited:",
        "",
        *[source_line(k) for k in keys],
        "",
        f"**{len(names)} NumPy names used, {len(present)} in numts, {len(missing)} not** "
        f"({len(course_names)} in the courses, {len([n for n in course_names if n in have])} of them in numts; "
        f"names the ports' Python uses that numts lacks: {', '.join(label(n) for n in usage.get('ports', {}) if n not in have) or 'none'}).",
        "",
        "| NumPy | " + " | ".join(keys) + " | numts |",
        "|---|" + "---:|" * len(keys) + "---|",
    ]
    for n in names:
        counts = " | ".join(str(usage[k].get(n, "")) for k in keys)
        status = "yes" if n in have else "**missing**"
        note = NOTES.get(n, "")
        lines.append(f"| `{label(n)}` | {counts} | {status}{' — ' + note if note else ''} |")
    lines += ["", END]
    with open(GUIDE) as f:
        text = f.read()
    if START not in text or END not in text:
        sys.exit(f"{os.path.relpath(GUIDE)} lacks the audit markers")
    text = text[: text.index(START)] + "\n".join(lines) + text[text.index(END) + len(END):]
    with open(GUIDE, "w") as f:
        f.write(text)
    print(f"{len(names)} names used, {len(present)} in numts, {len(missing)} missing: {', '.join(missing)}")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "scan":
        scan(dict(arg.split("=", 1) for arg in sys.argv[2:]))
    elif sys.argv[1:] == ["table"]:
        table()
    else:
        sys.exit(__doc__)
