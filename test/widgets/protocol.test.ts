// numts-widgets against ipywidgets 8's widget protocol, with jupyter_client (test_protocol.py).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { installKernelspec, JUPYTER_PYTHON, ROOT } from "../kernel/kernelspec";

it("speaks the widget protocol 2.1: state, update/echo_update, request_state, clicks, Output capture, interact, control comm, buffers", () => {
  const jupyterPath = installKernelspec();
  const run = spawnSync(JUPYTER_PYTHON, [join(__dirname, "test_protocol.py"), "-v"], {
    cwd: ROOT,
    env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    encoding: "utf8",
    timeout: 180_000,
  });
  const report = `${run.stdout}\n${run.stderr}`;
  expect(run.status, report).toBe(0);
  expect(report).toMatch(/Ran 10 tests/);
  expect(report).toMatch(/\nOK\n/);
}, 200_000);
