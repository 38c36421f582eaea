"""Runs cells in a kernel started in a folder (argv[1]) and prints each cell's result as JSON.

For test/kernel/preload.test.ts: the numts kernelspec through jupyter_client (Debian's Python).
Each further argument is a cell; a cell's result is its text/plain, or its error's ename.
"""
import json
import sys

import jupyter_client

km = jupyter_client.KernelManager(kernel_name="numts")
km.start_kernel(cwd=sys.argv[1])
kc = km.client()
kc.start_channels()
kc.kernel_info(reply=True, timeout=60)
results = []
for code in sys.argv[2:]:
    msg_id = kc.execute(code)
    result = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "execute_result":
            result = content["data"]["text/plain"]
        elif kind == "error":
            result = content["ename"]
        elif kind == "status" and content["execution_state"] == "idle":
            break
    results.append(result)
kc.stop_channels()
km.shutdown_kernel(now=True)
print(json.dumps(results))
