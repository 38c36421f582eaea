// Runs Jupyter's conformance suite, jupyter_kernel_test, against the kernel (test_protocol.py).
import { join } from "node:path";
import { expect, it } from "vitest";
import { runPythonSuite } from "./kernelspec";

it("passes jupyter_kernel_test (kernel_info, execute, streams, errors, display, completion, inspect, is_complete, history) and message-mode interrupt", () => {
  const { status, report } = runPythonSuite(join(__dirname, "test_protocol.py"));
  expect(status, report).toBe(0);
  expect(report).toMatch(/Ran 13 tests/);
  // Only the IPython pager test may be skipped: TypeScript has no pager payloads.
  expect(report).toMatch(/OK \(skipped=1\)/);
}, 200_000);
