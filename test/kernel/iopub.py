"""What the Python kernel tests share: reading a request's iopub messages with jupyter_client."""


def iopub_until_idle(kc, parent_id, timeout=60):
    """Every iopub message of the request `parent_id`, up to its idle status (which is left out)."""
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != parent_id:
            continue
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                return messages
            continue
        messages.append(msg)
