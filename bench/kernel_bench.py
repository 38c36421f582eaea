"""Kernel timings, as a Jupyter client sees them (jupyter_client, Debian's Python).

For each kernelspec named on the command line: the time from starting the kernel process to its
kernel_info_reply, and the warm round trip of a small cell (execute_request to its
execute_reply; iopub is not waited on, since tslab's kernel does not always publish its idle
status), as medians. Prints one JSON object per kernel. Used by bench/run.mjs.
"""
import json
import statistics
import sys
import time

import jupyter_client

STARTS = 5
ROUND_TRIPS = 50


def roundtrip(kc, code):
    msg_id = kc.execute(code)
    while kc.get_shell_msg(timeout=60)["parent_header"].get("msg_id") != msg_id:
        pass


def measure(name, cwd):
    starts, trips = [], []
    for _ in range(STARTS):
        started = time.perf_counter()
        km = jupyter_client.KernelManager(kernel_name=name)
        km.start_kernel(cwd=cwd)
        kc = km.client()
        kc.start_channels()
        kc.kernel_info(reply=True, timeout=60)
        starts.append(time.perf_counter() - started)
        roundtrip(kc, "1")  # the engine warms up
        for i in range(ROUND_TRIPS // STARTS):
            t = time.perf_counter()
            roundtrip(kc, f"{i} + 1")
            trips.append(time.perf_counter() - t)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {"kernel": name, "start_s": statistics.median(starts), "round_trip_ms": 1000 * statistics.median(trips)}


if __name__ == "__main__":
    cwd = sys.argv[1]
    for name in sys.argv[2:]:
        print(json.dumps(measure(name, cwd)), flush=True)
