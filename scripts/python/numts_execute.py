"""nbconvert's ExecutePreprocessor, with a fix for notebooks that hold an Output widget.

nbclient mimics a frontend's Output widget: when output is captured into one (interact does
that), nbclient sends the widget's new state to the kernel on the shell channel while it waits
on that same channel for the cell's execute_reply. A send can take in the reply's arrival, so
the asyncio poll that waits for it is never woken, and the cell waits out the whole execution
timeout (600 s in npm run notebooks) before the reply is seen. This is nbclient's open issue
jupyter/nbclient#312 (0.7 to 0.10); ipywidgets' interact meets it too. Waiting in slices of
0.1 s bounds the stall: at the end of each slice the channel is read again.

Used by scripts/notebooks.mjs and the handouts' --execute (scripts/jupyter.mjs nbconvertExecute).
"""
from time import monotonic
from queue import Empty

from nbclient.util import run_sync
from nbconvert.preprocessors import ExecutePreprocessor

SLICE = 0.1  # seconds


class NumtsExecutePreprocessor(ExecutePreprocessor):
    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        channel = kc.shell_channel
        wait = channel.get_msg

        async def get_msg(timeout=None, **kwargs):
            deadline = None if timeout is None else monotonic() + timeout
            while True:
                left = SLICE if deadline is None else max(0.0, min(SLICE, deadline - monotonic()))
                try:
                    return await wait(timeout=left, **kwargs)
                except Empty:
                    if deadline is not None and monotonic() >= deadline:
                        raise

        channel.get_msg = get_msg
        return kc

    # nbclient binds the synchronous form to its own coroutine: bind it to this one.
    start_new_kernel_client = run_sync(async_start_new_kernel_client)
