// Runs Jupyter's conformance suite, jupyter_kernel_test, against the kernel (test_protocol.py).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { installKernelspec, JUPYTER_PYTHON, ROOT } from "./kernelspec";

it("passes jupyter_kernel_test (kernel_info, execute, streams, errors, display, completion, inspect, is_complete, history) and message-mode interrupt", () => {
  const jupyterPath = installKernelspec();
  const run = spawnSync(JUPYTER_PYTHON, [join(__dirname, "test_protocol.py"), "-v"], {
    cwd: ROOT,
    env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    encoding: "utf8",
    timeout: 180_000,
  });
  const report = `${run.stdout}\n${run.stderr}`;
  expect(run.status, report).toBe(0);
  expect(report).toMatch(/Ran 13 tests/);
  // Only the IPython pager test may be skipped: TypeScript has no pager payloads.
  expect(report).toMatch(/OK \(skipped=1\)/);
}, 200_000);
