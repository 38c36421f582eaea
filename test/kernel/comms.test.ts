// The kernel's comms against the messaging protocol, with jupyter_client (test_comms.py).
import { join } from "node:path";
import { expect, it } from "vitest";
import { runPythonSuite } from "./kernelspec";

it("speaks comm_open, comm_msg, comm_close and comm_info both ways, with buffers; a restart closes every comm", () => {
  const { status, report } = runPythonSuite(join(__dirname, "test_comms.py"));
  expect(status, report).toBe(0);
  expect(report).toMatch(/Ran 7 tests/);
  expect(report).toMatch(/\nOK\n/);
}, 200_000);
