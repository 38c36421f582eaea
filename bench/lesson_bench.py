"""Whole lessons executed by `jupyter nbconvert --execute`, beside their Python originals.

For each lesson: the wall-clock time of `python3 -m nbconvert --execute --to notebook` on the
TypeScript notebook (numts kernel) with the arguments and environment npm run notebooks runs it
with (asked of scripts/nbconvert-execute.mjs, so that they cannot drift apart; cell timings
recorded besides), and on a notebook of its Python original (one cell per file of the reference
folder; Debian's ipykernel with python3-numpy), alternately, ROUNDS times each; and the time of
the lesson's first chart cell (the first whose outputs hold a Plotly figure), from the cell
timings nbclient records. Prints one JSON object per lesson (medians and ranges). Used by
bench/run.mjs; run it with Debian's Python (it has nbconvert; npm run notebooks's default too);
`node` must be on PATH.

usage: lesson_bench.py NOTEBOOKS_DIR REFERENCE_DIR [ROUNDS]
"""
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime

import nbformat

# Each lesson and the files of its Python original, one cell each.
LESSONS = {
    "04-gradient-descent-backprop.ipynb": ["lecture04_cell1.py", "lecture04_cell2.py"],
    "09-backpropagation.ipynb": ["lecture09.py"],
}
PLOTLY = "application/vnd.plotly.v1+json"
HERE = os.path.dirname(os.path.abspath(__file__))


def numts_execute():
    """npm run notebooks's nbconvert arguments and environment (scripts/jupyter.mjs), timings recorded."""
    script = os.path.join(HERE, "..", "scripts", "nbconvert-execute.mjs")
    run = subprocess.run(["node", script, "--record-timing"], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"{script} failed:\n{run.stderr}")
    return json.loads(run.stdout)


# The Python original: nbconvert's own --execute, on Debian's ipykernel.
PYTHON_EXECUTE = {
    "args": ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=python3",
             "--ExecutePreprocessor.record_timing=True", "--ExecutePreprocessor.timeout=600"],
    "env": dict(os.environ),
}


def nbconvert(source, output, execute, cwd):
    """Seconds for nbconvert, run with `execute`'s arguments and environment, to execute `source` into `output`."""
    started = time.perf_counter()
    run = subprocess.run([sys.executable, *execute["args"], "--output", output, source], cwd=cwd, env=execute["env"], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"nbconvert failed on {source}:\n{run.stderr[-3000:]}")
    return time.perf_counter() - started


def first_chart_seconds(path):
    """From execute_input to execute_reply of the first cell that shows a Plotly figure."""
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and any(PLOTLY in out.get("data", {}) for out in cell.outputs):
            timing = cell.metadata["execution"]
            start, end = (datetime.fromisoformat(timing[k].replace("Z", "+00:00")) for k in ("iopub.execute_input", "shell.execute_reply"))
            return (end - start).total_seconds()
    return None


def summary(values):
    values = [v for v in values if v is not None]
    return {"median": statistics.median(values), "min": min(values), "max": max(values)} if values else None


def main():
    notebooks, reference = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    numts = numts_execute()
    with tempfile.TemporaryDirectory(prefix="numts-lesson-bench-") as tmp:
        for lesson, files in LESSONS.items():
            python = None
            # Debian's python3 kernel runs this Python: without NumPy (python3-numpy) the originals cannot run.
            if importlib.util.find_spec("numpy") is not None and all(os.path.exists(os.path.join(reference, f)) for f in files):
                nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(open(os.path.join(reference, f)).read()) for f in files])
                nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
                python = os.path.join(tmp, lesson.replace(".ipynb", "-python.ipynb"))
                nbformat.write(nb, python)
            ts, py, chart = [], [], []
            for _ in range(rounds):
                out = os.path.join(tmp, "out-" + lesson)
                ts.append(nbconvert(os.path.join(notebooks, lesson), out, numts, notebooks))
                chart.append(first_chart_seconds(out))
                if python is not None:
                    py.append(nbconvert(python, os.path.join(tmp, "out-python.ipynb"), PYTHON_EXECUTE, tmp))
            print(json.dumps({"lesson": lesson, "rounds": rounds, "numts_s": summary(ts), "python_s": summary(py), "first_chart_s": summary(chart)}), flush=True)


if __name__ == "__main__":
    main()
