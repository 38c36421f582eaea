"""Jupyter's own kernel conformance suite (jupyter_kernel_test, Debian python3-jupyter-kernel-test)
run against the numts kernel. test/kernel/protocol.test.ts runs it with the kernelspec installed
into a temporary JUPYTER_PATH. Every test that applies to a TypeScript kernel is filled in.
"""
import time
import unittest

import jupyter_kernel_test


class NumtsKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "numts"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("oops")'
    completion_samples = [
        {"text": "Math.P", "matches": {"PI"}},
        {"text": "const alpha = 1, alphabet = 2;\nalph", "matches": {"alpha", "alphabet"}},
    ]
    complete_code_samples = ["1", "const x = 1;", "function f() { return 1; }", "for (let i = 0; i < 3; i++) {}"]
    incomplete_code_samples = ["function f() {", "const x = [1, 2,", "if (true) {"]
    invalid_code_samples = ["1 +* 2", "const = 5;", "let x = );"]
    code_generate_error = 'throw new Error("expected failure")'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"a" + "b"', "result": "'ab'"},
        {"code": 'import * as np from "numts"; np.arange(3)', "result": "array([0., 1., 2.])"},
    ]
    code_display_data = [
        {"code": 'import { display, html } from "numts-kernel"; display(html`<b>hi</b>`);', "mime": "text/html"},
        {"code": 'import { display } from "numts-kernel"; display({ "image/svg+xml": "<svg/>" }, { raw: true });', "mime": "image/svg+xml"},
    ]
    code_history_pattern = "6*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = 'import { clear_output } from "numts-kernel"; clear_output();'

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The first cell loads TypeScript and numts' declarations: seconds, and on a machine busy
        # with other work more than the suite's 15 s per reply, after which every later reply
        # would be taken for the wrong request. Load them before the suite's tests (silently:
        # the history tests count the cells they run).
        cls.kc.execute_interactive('import * as np from "numts"; import { display } from "numts-kernel";', silent=True, store_history=False, timeout=120)

    def test_interrupt_message_mode(self):
        """interrupt_request on the control channel stops `while (true) {}`; the kernel lives."""
        self.flush_channels()
        msg_id = self.kc.execute("while (true) {}")
        time.sleep(0.5)
        request = self.kc.session.msg("interrupt_request", {})
        started = time.time()
        self.kc.control_channel.send(request)
        execute_reply = self.kc.get_shell_msg(timeout=5)
        stopped_after = time.time() - started
        self.assertEqual(execute_reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(execute_reply["content"]["status"], "error")
        self.assertLess(stopped_after, 0.2)
        reply = self.kc.get_control_msg(timeout=5)
        self.assertEqual(reply["header"]["msg_type"], "interrupt_reply")
        self.assertEqual(reply["parent_header"]["msg_id"], request["header"]["msg_id"])
        while True:  # drain the interrupted cell's outputs, up to its idle status
            msg = self.kc.get_iopub_msg(timeout=5)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        reply, outputs = self.execute_helper(code="1 + 1")
        self.assertEqual(reply["content"]["status"], "ok")


if __name__ == "__main__":
    unittest.main()
