"""Regenerates every golden file: runs each make_*.py script in this folder."""
import glob
import os
import runpy

from golden import with_glibc_math

with_glibc_math()
HERE = os.path.dirname(os.path.abspath(__file__))
for script in sorted(glob.glob(os.path.join(HERE, "make_*.py"))):
    if os.path.basename(script) != "make_all.py":
        runpy.run_path(script, run_name="__main__")
