"""Serves the lessons' JupyterLab (lab/build/, made by lab/build.mjs) from a Jupyter server.

jupyter_server runs the kernels and files; jupyterlab_server (Debian's python3-jupyterlab-server,
or the one that comes with a pip/conda JupyterLab) adds what JupyterLab's page needs: the page
itself at /lab and /lab/tree/<path>, settings, workspaces, themes and translations.

    python3 lab/server/launch.py [--ServerApp.root_dir=DIR] [--ServerApp.port=N] ...

The token comes from the environment (JUPYTER_TOKEN), never from the command line, where every
user of the machine could read it (`ps`); it is removed from the environment before any kernel
starts. Settings and workspaces are kept in JUPYTERLAB_SETTINGS_DIR and JUPYTERLAB_WORKSPACES_DIR
(JupyterLab's own variables), by default in the project's .jupyter/lab/.
"""

import json
import os
import sys

from jupyterlab_server import LabServerApp
from traitlets import Bool, default

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.path.dirname(HERE)
BUILD = os.path.join(LAB, "build")
STATE = os.path.join(os.path.dirname(LAB), ".jupyter", "lab")


def _jupyter_server_extension_points():
    return [{"module": __name__, "app": NumtsLab}]


def _release():
    """The JupyterLab release the application is built from (for Help > About)."""
    with open(os.path.join(LAB, "package.json"), encoding="utf-8") as f:
        return json.load(f)["dependencies"]["@jupyterlab/application"]


class NumtsLab(LabServerApp):
    name = "numts_lab"
    app_name = "JupyterLab"
    app_url = "/lab"
    default_url = "/lab"
    extension_url = "/lab"
    load_other_extensions = False
    app_settings_dir = os.path.join(BUILD, "settings")
    schemas_dir = os.path.join(BUILD, "schemas")
    static_dir = os.path.join(BUILD, "static")
    templates_dir = os.path.join(BUILD, "templates")
    themes_dir = os.path.join(BUILD, "themes")

    expose_app_in_browser = Bool(False, config=True, help="Expose the application as window.jupyterapp (tests, debugging).")

    @default("labextensions_path")
    def _labextensions_path_default(self):
        # The application is built whole, with its extensions: it loads no prebuilt ones.
        return []

    @default("app_version")
    def _app_version_default(self):
        return _release()

    @default("user_settings_dir")
    def _user_settings_dir_default(self):
        return os.environ.get("JUPYTERLAB_SETTINGS_DIR") or os.path.join(STATE, "user-settings")

    @default("workspaces_dir")
    def _workspaces_dir_default(self):
        return os.environ.get("JUPYTERLAB_WORKSPACES_DIR") or os.path.join(STATE, "workspaces")

    def initialize_settings(self):
        super().initialize_settings()
        # The server has its token now (its default reads JUPYTER_TOKEN); kernels need not see it.
        assert self.serverapp.token, "the server has no token"
        os.environ.pop("JUPYTER_TOKEN", None)
        self.serverapp.web_app.settings.setdefault("page_config_data", {})["exposeAppInBrowser"] = self.expose_app_in_browser


def main():
    if not os.path.exists(os.path.join(BUILD, "templates", "index.html")):
        sys.exit("lab/build/ is missing: build it with `node lab/build.mjs` (npm start does this).")
    if not os.environ.get("JUPYTER_TOKEN"):
        sys.exit("Set JUPYTER_TOKEN to the token the server should require (npm start makes a random one).")
    NumtsLab.launch_instance()


if __name__ == "__main__":
    main()
