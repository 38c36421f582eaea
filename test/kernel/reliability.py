"""The kernel under faults, through jupyter_client (Debian's Python), as issue 17 asks.

    reliability.py exits N        every exit path, with N restarts: exit statuses, no abort
    reliability.py interrupts N   N interrupts at random delays 0-1 s after execute_input
    reliability.py messages       malformed frames, replays, lone surrogates, thrown values,
                                  timer output, stream order, late tracebacks
    reliability.py memory N [W]   heap and RSS growth over N cells after W (default N) warm-up cells

Each prints one JSON object (the figures and what was seen) as its last line, and its progress
on stderr; test/kernel/
exits.test.ts and faults.test.ts assert on it; bench/kernel_reliability.mjs runs the full-size counts.
The kernelspec "numts" must be on JUPYTER_PATH.
"""
import ctypes
import json
import os
import queue
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time

import jupyter_client
import nbformat

from iopub import iopub_until_idle  # the kernel tests' shared helper (this folder)

KERNEL = "numts"
# Kernels that import numts-kernel run in the repository, where its packages resolve.
HERE = os.path.dirname(os.path.abspath(__file__))


def start(cwd, **kw):
    km = jupyter_client.KernelManager(kernel_name=KERNEL)
    km.start_kernel(cwd=cwd, **kw)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=90)
    return km, kc


def wait_exit(process, timeout=60):
    """The exit status of the kernel's process (negative: killed by that signal)."""
    try:
        return process.wait(timeout)
    except subprocess.TimeoutExpired:
        return "still running"


def run(kc, code, timeout=90, **kw):
    """Executes `code`; returns (reply content, iopub messages of the request but status)."""
    messages = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: messages.append(m) if m["msg_type"] != "status" else None, **kw)
    return reply["content"], messages


def reply_to(kc, msg_id, timeout):
    deadline = time.time() + timeout
    while True:
        reply = kc.get_shell_msg(timeout=max(0.01, deadline - time.time()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def await_iopub(kc, msg_id, msg_type, timeout=90):
    """Waits for the iopub message `msg_type` of request `msg_id`."""
    deadline = time.time() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.01, deadline - time.time()))
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == msg_type:
            return msg


def progress(what, done, total):
    """A line on stderr now and then: the full-size runs (bench/kernel_reliability.mjs) take minutes."""
    step = max(1, total // 10)
    if done == total or done % step == 0:
        print(f"  {what}: {done}/{total}", file=sys.stderr, flush=True)


def core_files(folder):
    return sorted(f for f in os.listdir(folder) if f == "core" or f.startswith("core."))


# --- exits -------------------------------------------------------------------------------------


def orphaned_status(cwd, code):
    """The exit status of a kernel whose Jupyter client process is killed (SIGKILL) while the
    kernel runs `code`. This process becomes the orphan's parent (a subreaper), so it can wait
    for it."""
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT_SCRIPT, cwd, code],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ,
    )
    line = parent.stdout.readline()
    while line and not line.startswith("kernel pid "):
        line = parent.stdout.readline()
    kernel_pid = int(line.split()[-1])
    parent.kill()
    parent.wait()
    deadline = time.time() + 15
    while time.time() < deadline:
        pid, status = os.waitpid(kernel_pid, os.WNOHANG)
        if pid == kernel_pid:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(kernel_pid, signal.SIGKILL)
    return "still running"


PARENT_SCRIPT = """
import sys, time, jupyter_client
km = jupyter_client.KernelManager(kernel_name="numts")
km.start_kernel(cwd=sys.argv[1])
kc = km.client(); kc.start_channels(); kc.wait_for_ready(timeout=90)
kc.execute_interactive("1", timeout=90, output_hook=lambda m: None)
kc.execute(sys.argv[2])
time.sleep(0.5)
print("kernel pid", km.provisioner.process.pid, flush=True)
time.sleep(60)
"""


RESTART_KINDS = ("idle", "loading", "looping")


def first_cell(kc):
    """The status and value of `6 * 7` run in a kernel (its first cell after a restart)."""
    try:
        reply, outputs = run(kc, "6 * 7", timeout=60)
    except TimeoutError:
        return "no reply", []
    return reply["status"], [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]


def exits(restarts):
    cwd = tempfile.mkdtemp(prefix="numts-exits-")
    log = open(os.path.join(cwd, "kernel.log"), "w")
    streams = dict(stdout=log, stderr=log)
    result = {}

    # Restarts of three kinds in turn: of an idle kernel, of one still loading TypeScript (it
    # starts 0.3 s after the first reply) and of one running `while (true) {}`. Each new kernel
    # that gets a cell must run it: the first cell after a restart while looping is the next
    # "idle" turn's.
    km, kc = start(cwd, **streams)
    statuses = {kind: [] for kind in RESTART_KINDS}
    seconds = {kind: [] for kind in RESTART_KINDS}
    first_cells = []
    after = None  # the kind of the restart that started the running kernel
    for i in range(restarts):
        kind = RESTART_KINDS[i % len(RESTART_KINDS)]
        if kind == "loading":
            time.sleep(0.35)
        else:
            first_cells.append([after, *first_cell(kc)])
        if kind == "looping":
            await_iopub(kc, kc.execute("while (true) {}"), "execute_input")
            time.sleep(0.3)
        old = km.provisioner.process
        started = time.time()
        km.restart_kernel(now=False)
        seconds[kind].append(round(time.time() - started, 2))
        kc.wait_for_ready(timeout=90)
        statuses[kind].append(old.returncode)
        after = kind
        progress("restarts", i + 1, restarts)
    result["restart_statuses"] = statuses
    result["restart_seconds_max"] = {kind: max(s) for kind, s in seconds.items() if s}
    result["first_cells"] = first_cells

    # process.exit in a cell (TypeScript loaded first: its load counts against no exit's time).
    first_cells.append([after, *first_cell(kc)])
    kc.execute("process.exit(3)")
    result["process_exit_3"] = wait_exit(km.provisioner.process)
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=90)

    # SIGTERM while idle.
    run(kc, "1")
    km.provisioner.process.send_signal(signal.SIGTERM)
    result["sigterm"] = wait_exit(km.provisioner.process)
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=90)

    # A shutdown request.
    run(kc, "1")
    process = km.provisioner.process
    km.shutdown_kernel(now=False)
    result["shutdown"] = wait_exit(process)
    kc.stop_channels()

    # The server (the client process) killed while a cell loops forever.
    result["parent_killed_while_looping"] = orphaned_status(cwd, "while (true) {}")

    # The I/O thread failing: a port of the connection file is taken.
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    km = jupyter_client.KernelManager(kernel_name=KERNEL)
    km.cache_ports = False
    km.shell_port = taken.getsockname()[1]
    km.start_kernel(cwd=cwd, **streams)
    result["port_taken"] = wait_exit(km.provisioner.process)
    taken.close()

    # An unexpected error in the I/O thread (thrown there by a preloaded test module) while a
    # cell loops forever: the main thread must be stopped to hear of it.
    trigger = os.path.join(cwd, "fail-now")
    env = dict(os.environ, NODE_OPTIONS=f"--require {os.path.join(HERE, 'io-failure.js')}", NUMTS_TEST_IO_FAILURE=trigger)
    km, kc = start(cwd, env=env, **streams)
    run(kc, "1")
    await_iopub(kc, kc.execute("while (true) {}"), "execute_input")
    time.sleep(0.3)
    open(trigger, "w").close()
    result["io_thread_error_while_looping"] = wait_exit(km.provisioner.process)
    kc.stop_channels()

    log.close()
    text = open(os.path.join(cwd, "kernel.log")).read()
    result["aborts"] = text.count("terminate called") + text.count("Aborted")
    result["io_thread_failure_logged"] = "the I/O thread failed" in text and "already in use" in text and "io-failure.js" in text
    result["core_files"] = core_files(cwd)
    return result


# --- interrupts --------------------------------------------------------------------------------

# 5000 lines: type-checked in about 1 s on an idle machine (the 1500 lines took 0.3 s here), so that
# interrupts at 0-1 s land inside the check, which the kernel stops once it has run 250 ms past one.
LONG_CELL = "\n".join(f"const long{i}: number = {i} * 2;" for i in range(5000)) + "\nwhile (true) {}"
CELLS = {
    "loop": "while (true) {}",
    "await": "await new Promise(() => {});",
    "long": LONG_CELL,
}


def interrupt_plan(n):
    """(kind, delay) of n trials: every kind once right after execute_input (0-25 ms, where
    interrupts used to be lost), then delays spread evenly over 0-1 s (one in each of n - 3
    equal slots, at random within it), the kinds taking turns, so that each phase is hit
    however few the trials; the order is shuffled."""
    early = [(kind, random.uniform(0, 0.025)) for kind in ("loop", "await", "long")]
    rest = n - len(early)
    spread = [(("loop", "await", "long")[i % 3], random.uniform(i / rest, (i + 1) / rest)) for i in range(rest)]
    plan = early[:n] + spread
    random.shuffle(plan)
    return plan


def interrupts(n):
    km, kc = start(HERE)
    run(kc, "const kept = 41;")
    trials = []
    for i, (kind, delay) in enumerate(interrupt_plan(n)):
        msg_id = kc.execute(CELLS[kind])
        await_iopub(kc, msg_id, "execute_input")
        time.sleep(delay)
        started = time.time()
        km.interrupt_kernel()
        # "early" marks the planned 0-25 ms trials: the rounded delay alone cannot (0.0249 shows as 0.025).
        trial = {"kind": kind, "delay": round(delay, 3), "early": delay < 0.025}
        try:
            reply = reply_to(kc, msg_id, 10)
            trial["seconds"] = round(time.time() - started, 3)
            trial["status"] = reply["content"]["status"]
            trial["ename"] = reply["content"].get("ename")
            # Which phase the interrupt stopped: the reply says (queued, type check, run, await).
            trial["evalue"] = reply["content"].get("evalue")
            _, outputs = run(kc, "kept + 1")
            trial["after"] = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
        except queue.Empty:
            trial["status"] = "no reply"
            km.restart_kernel(now=True)
            kc.wait_for_ready(timeout=90)
            run(kc, "const kept = 41;")
        trial["honoured"] = trial.get("status") == "error" and trial.get("ename") == "KeyboardInterrupt" and trial.get("after") == ["42"]
        trials.append(trial)
        progress("interrupts", i + 1, n)
    alive = km.is_alive()
    km.shutdown_kernel(now=False)
    return {"honoured": sum(t["honoured"] for t in trials), "of": n, "alive": alive, "trials": trials}


# --- messages ----------------------------------------------------------------------------------


def send_raw(kc, channel, parts):
    """Sends the four JSON parts (bytes) signed with the session key, as a client's frames."""
    session = kc.session
    signature = session.sign(parts)
    getattr(kc, f"{channel}_channel").socket.send_multipart([b"<IDS|MSG>", signature, *parts])


def messages():
    km, kc = start(HERE)
    result = {}
    session = kc.session
    pack = session.pack

    # Malformed frames on shell and control, some while a cell runs; then normal requests.
    run(kc, "1")
    running = kc.execute("await new Promise((r) => setTimeout(r, 300)); 'done'")
    bad = {}
    for channel in ("shell", "control"):
        for part in ("header", "parent_header", "metadata", "content"):
            for value in (None, [], 7, "x"):
                msg = session.msg("kernel_info_request" if channel == "control" else "execute_request", {"code": "1"} if channel == "shell" else {})
                parts = [pack(msg["header"]), pack({}), pack({}), pack(msg["content"])]
                parts[["header", "parent_header", "metadata", "content"].index(part)] = pack(value)
                send_raw(kc, channel, parts)
                bad[msg["header"]["msg_id"]] = (channel, part)
    # Requests whose header was readable get error replies; the running cell still finishes.
    errors = []
    for channel in ("shell", "control"):
        while True:
            try:
                msg = getattr(kc, f"get_{channel}_msg")(timeout=2)
            except queue.Empty:
                break
            if msg["parent_header"].get("msg_id") in bad:
                errors.append([*bad[msg["parent_header"]["msg_id"]], msg["content"].get("status"), msg["content"].get("ename")])
            elif msg["parent_header"].get("msg_id") == running:
                result["running_cell_finished"] = msg["content"]["status"]
    result["error_replies"] = sorted(errors)
    # Nothing of the malformed requests shows in the cell that ran meanwhile (a TypeError did).
    result["running_cell_outputs"] = [
        [m["msg_type"], m["content"].get("ename") or m["content"].get("text") or m["content"].get("data", {}).get("text/plain")]
        for m in iopub_until_idle(kc, running)
        if m["msg_type"] in ("stream", "error", "execute_result", "display_data")
    ]
    _, outputs = run(kc, "6 * 7", timeout=30)
    result["shell_after"] = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
    result["control_after"] = control_kernel_info(kc)
    result["alive_after_malformed"] = km.is_alive()

    # A replayed signed request is not executed twice.
    run(kc, "let replays = 0;")
    msg = session.msg("execute_request", {"code": "++replays", "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    parts = [pack(msg["header"]), pack({}), pack({}), pack(msg["content"])]
    send_raw(kc, "shell", parts)
    send_raw(kc, "shell", parts)
    time.sleep(1)
    replies = 0
    while True:
        try:
            if kc.get_shell_msg(timeout=1)["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                replies += 1
        except queue.Empty:
            break
    _, outputs = run(kc, "replays")
    result["replay"] = {"replies": replies, "runs": [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]}

    # Lone surrogates in every kind of output; the notebook is saved by nbformat.
    code = 'import { display } from "numts-kernel";\nconst half = "\\u{1F600}".slice(0, 1);\nconsole.log(half);\nconsole.error("x" + "\\u{1F600}".slice(1));\ndisplay({ "text/plain": half, "text/html": "<b>" + half + "</b>" }, { raw: true });\nhalf'
    _, first = run(kc, code)
    _, second = run(kc, 'throw new Error("bad " + "\\u{1F600}".slice(0, 1))')
    cell_outputs = [nbformat.v4.output_from_msg(m) for m in first + second if m["msg_type"] in ("stream", "display_data", "execute_result", "error")]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source=code, outputs=cell_outputs)])
    path = os.path.join(tempfile.mkdtemp(prefix="numts-surrogates-"), "surrogates.ipynb")
    try:
        nbformat.write(notebook, path)
        saved = json.dumps(nbformat.read(path, as_version=4).cells[0].outputs, ensure_ascii=False)
        result["surrogates"] = {"saved": True, "kinds": sorted({o["output_type"] for o in cell_outputs}), "replacements": saved.count("\ufffd")}
    except Exception as e:  # noqa: BLE001 - the failure is the finding
        result["surrogates"] = {"saved": False, "error": repr(e)}

    # Thrown values that are not Errors.
    thrown = {}
    for code in ('throw { code: 7, reason: "disk full" }', 'throw "oops"', "await Promise.reject({ code: 8 })"):
        reply, _ = run(kc, code)
        thrown[code] = reply.get("traceback")
    result["thrown"] = thrown

    # Timer output belongs to the cell that started the timer.
    run(kc, 'let ticks = 0;\nconst timer = setInterval(() => console.log("tick", ++ticks), 20);')
    first_msg = kc.execute("1")
    iopub_until_idle(kc, first_msg)
    later = kc.execute('await new Promise((r) => setTimeout(r, 300));\nconsole.log("later cell text");')
    streams = []
    deadline = time.time() + 30
    while time.time() < deadline:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["msg_type"] == "stream":
            streams.append((msg["parent_header"].get("msg_id"), msg["content"]["text"]))
        if msg["parent_header"].get("msg_id") == later and msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    run(kc, "clearInterval(timer);")
    later_text = "".join(text for parent, text in streams if parent == later)
    tick_parents = {parent for parent, text in streams if "tick" in text}
    result["timers"] = {"later_text": later_text, "tick_messages": sum("tick" in t for _, t in streams), "tick_parents_are_later": later in tick_parents, "tick_parent_count": len(tick_parents)}

    # stderr and stdout arrive in the order written.
    _, outputs = run(kc, 'console.error("first"); console.log("second"); console.error("third");')
    result["order"] = [[m["content"]["name"], m["content"]["text"]] for m in outputs if m["msg_type"] == "stream"]

    # A late error's traceback shows the cell's line, not Node's internals.
    late = kc.execute('function boom(): void {\n  throw new Error("late failure");\n}\nsetTimeout(boom, 50);')
    iopub_until_idle(kc, late)
    deadline = time.time() + 10
    traceback = None
    while time.time() < deadline and traceback is None:
        msg = kc.get_iopub_msg(timeout=10)
        if msg["msg_type"] == "error" and msg["content"]["evalue"] == "late failure":
            traceback = msg["content"]["traceback"]
    result["late_traceback"] = traceback

    result["alive"] = km.is_alive()
    km.shutdown_kernel(now=False)
    return result


def control_kernel_info(kc):
    msg = kc.session.msg("kernel_info_request", {})
    kc.control_channel.send(msg)
    deadline = time.time() + 30
    while True:
        reply = kc.get_control_msg(timeout=max(0.01, deadline - time.time()))
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            return reply["content"]["status"]


# --- memory ------------------------------------------------------------------------------------


def memory(n, warmup):
    """Heap and RSS after full GCs, after `warmup` cells and after n more, not stored in history
    (whose growth is expected). Each cell has 20 KB of unique source (a kept compiled cell would
    show) and a 100 KB result (a kept output would)."""
    km, kc = start(HERE, env=dict(os.environ, NODE_OPTIONS="--expose-gc"))

    def measure():
        text = []
        kc.execute_interactive(
            "for (let i = 0; i < 4; i++) (globalThis as any).gc();\nconsole.log(JSON.stringify(process.memoryUsage()));",
            store_history=False,
            timeout=90,
            output_hook=lambda m: text.append(m["content"]["text"]) if m["msg_type"] == "stream" else None,
        )
        return json.loads("".join(text))

    def cells(what, start, count):
        for i in range(start, start + count):
            code = f'"{i} {"#" * 20000}".slice(0, 8) + "x".repeat(100000)'
            kc.execute_interactive(code, store_history=False, timeout=90, output_hook=lambda m: None)
            progress(what, i - start + 1, count)

    started = time.time()
    cells("warm-up cells", 0, warmup)
    before = measure()
    measured = time.time()
    cells("cells", warmup, n)
    after = measure()
    per_cell_ms = (time.time() - measured) / n * 1000
    km.shutdown_kernel(now=False)
    mib = 2**20
    return {
        "cells": n,
        "warmup": warmup,
        "seconds": round(time.time() - started, 1),
        "ms_per_cell": round(per_cell_ms, 1),
        "heap_before_mib": round(before["heapUsed"] / mib, 2),
        "heap_growth_mib": round((after["heapUsed"] - before["heapUsed"]) / mib, 3),
        "rss_before_mib": round(before["rss"] / mib, 1),
        "rss_growth_mib": round((after["rss"] - before["rss"]) / mib, 2),
    }


if __name__ == "__main__":
    what = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else count
    figures = {"exits": lambda: exits(count), "interrupts": lambda: interrupts(count), "messages": messages, "memory": lambda: memory(count, warmup)}[what]()
    print(json.dumps(figures), flush=True)
