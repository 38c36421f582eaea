// The kernel's comms against the messaging protocol, with jupyter_client (test_comms.py).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { installKernelspec, JUPYTER_PYTHON, ROOT } from "./kernelspec";

it("speaks comm_open, comm_msg, comm_close and comm_info both ways, with buffers; a restart closes every comm", () => {
  const jupyterPath = installKernelspec();
  const run = spawnSync(JUPYTER_PYTHON, [join(__dirname, "test_comms.py"), "-v"], {
    cwd: ROOT,
    env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    encoding: "utf8",
    timeout: 180_000,
  });
  const report = `${run.stdout}\n${run.stderr}`;
  expect(run.status, report).toBe(0);
  expect(report).toMatch(/Ran 7 tests/);
  expect(report).toMatch(/\nOK\n/);
}, 200_000);
