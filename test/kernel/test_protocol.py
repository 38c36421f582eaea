"""Jupyter's own kernel conformance suite (jupyter_kernel_test, Debian python3-jupyter-kernel-test)
run against the numts kernel. test/kernel/protocol.test.ts runs it with the kernelspec installed
into a temporary JUPYTER_PATH. Every test that applies to a TypeScript kernel is filled in.
"""
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


if __name__ == "__main__":
    unittest.main()
