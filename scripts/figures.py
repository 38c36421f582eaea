#!/usr/bin/python3
"""Renders the SVG figures attached to the lessons' markdown cells to PNG, stored beside the SVG.

    /usr/bin/python3 scripts/figures.py [NOTEBOOK.ipynb ...]     (default: every notebook in notebooks/)

Why both: JupyterLab (and JupyterLite) show an attachment only in a raster type (its resolver
refuses image/svg+xml: "Cannot render unknown image mime type"), and JupyterLab, the classic
Notebook and VS Code all show an attachment's *first* MIME type. nbformat writes keys sorted, so
image/png comes first and every viewer shows the PNG, while nbconvert (the handouts) prefers
image/svg+xml and prints the figure as vectors. The PNG is drawn at twice the SVG's size by
Chromium (Debian's `chromium`, or $NUMTS_CHROMIUM), for sharp text on high-density screens.

Run it after editing a figure's SVG; it rewrites a notebook only when a picture changed.
Needs Debian's python3-nbformat (the Python that runs Jupyter here).
"""

import base64
import glob
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHROMIUM = os.environ.get("NUMTS_CHROMIUM", "/usr/bin/chromium")
SCALE = 2


def render(svg: bytes) -> bytes:
    """The SVG drawn by Chromium at SCALE times its width and height attributes, as PNG."""
    root = ET.fromstring(svg)
    width, height = (int(float(root.get(a, "0"))) for a in ("width", "height"))
    if width <= 0 or height <= 0:
        raise ValueError("the SVG needs width and height attributes in pixels")
    with tempfile.TemporaryDirectory() as tmp:
        source, picture = os.path.join(tmp, "figure.svg"), os.path.join(tmp, "figure.png")
        with open(source, "wb") as f:
            f.write(svg)
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--force-device-scale-factor={SCALE}",
             f"--window-size={width},{height}", f"--screenshot={picture}", f"file://{source}"],
            check=True, capture_output=True,
        )
        with open(picture, "rb") as f:
            return f.read()


def update(path: str) -> int:
    """Adds or refreshes the PNG of every SVG attachment of the notebook; returns how many changed."""
    nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    changed = 0
    for cell in nb.cells:
        for name, bundle in (cell.get("attachments") or {}).items():
            if "image/svg+xml" not in bundle:
                continue
            svg = base64.b64decode("".join(bundle["image/svg+xml"]))
            png = base64.b64encode(render(svg)).decode("ascii")
            if bundle.get("image/png") != png:
                bundle["image/png"] = png
                changed += 1
                print(f"  {os.path.basename(path)}: {name}")
    if changed:
        nbformat.write(nb, path)
    return changed


def main() -> None:
    if not os.access(CHROMIUM, os.X_OK):
        sys.exit(f"Chromium was not found at {CHROMIUM}: apt-get install chromium, or set NUMTS_CHROMIUM")
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    total = sum(update(p) for p in paths)
    print(f"{total} picture(s) rendered anew in {len(paths)} notebook(s)")


if __name__ == "__main__":
    main()
