"""Regenerates every golden file: runs each make_*.py script in this folder, each in its own
Python process (make_libm.py must set NumPy's environment before NumPy is first imported)."""
import glob
import os
import subprocess
import sys

from golden import with_glibc_math

with_glibc_math()
HERE = os.path.dirname(os.path.abspath(__file__))
for script in sorted(glob.glob(os.path.join(HERE, "make_*.py"))):
    if os.path.basename(script) != "make_all.py":
        subprocess.run([sys.executable, script], cwd=HERE, check=True)
