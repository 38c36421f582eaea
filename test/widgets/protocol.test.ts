// numts-widgets against ipywidgets 8's widget protocol, with jupyter_client (test_protocol.py).
import { join } from "node:path";
import { expect, it } from "vitest";
import { runPythonSuite } from "../kernel/kernelspec";

it("speaks the widget protocol 2.1: state, update/echo_update, request_state, clicks, Output capture, interact, control comm, buffers, FigureWidget", () => {
  const { status, report } = runPythonSuite(join(__dirname, "test_protocol.py"));
  expect(status, report).toBe(0);
  expect(report).toMatch(/Ran 17 tests/);
  expect(report).toMatch(/\nOK\n/);
}, 200_000);
