"""The kernel's comms checked with jupyter_client against the messaging protocol (5.3, "Custom
messages"): comm_open / comm_msg / comm_close in both directions with binary buffers, comm_info
with and without a target name, unknown targets, errors in handlers, and a restart closing every
comm. test/kernel/comms.test.ts runs it with the kernelspec in a temporary JUPYTER_PATH.
"""
import struct
import unittest
import uuid

from jsonschema import Draft4Validator
from jupyter_client.manager import start_new_kernel
from jupyter_kernel_test.msgspec_v5 import msg_structure_validator, validate_message

from iopub import iopub_until_idle

TIMEOUT = 60

# The content of each comm message, as https://jupyter-client.readthedocs.io/en/latest/messaging.html#custom-messages specifies it.
COMM_SCHEMAS = {
    "comm_open": {
        "type": "object",
        "properties": {"comm_id": {"type": "string"}, "target_name": {"type": "string"}, "data": {"type": "object"}, "target_module": {"type": ["string", "null"]}},
        "required": ["comm_id", "target_name", "data"],
        "additionalProperties": False,
    },
    "comm_msg": {
        "type": "object",
        "properties": {"comm_id": {"type": "string"}, "data": {"type": "object"}},
        "required": ["comm_id", "data"],
        "additionalProperties": False,
    },
    "comm_close": {
        "type": "object",
        "properties": {"comm_id": {"type": "string"}, "data": {"type": "object"}},
        "required": ["comm_id", "data"],
        "additionalProperties": False,
    },
}

ECHO_TARGET = """
import { comm_manager, Comm } from "numts-kernel";
comm_manager.register_target("numts.test.echo", (comm, open) => {
  comm.send({ opened_with: open.data });
  comm.on_msg((msg) => {
    if (msg.data.fail) throw new Error("the handler failed on purpose");
    if (msg.data.print) console.log("printed by the handler");
    const sizes = msg.buffers.map((b) => b.byteLength);
    comm.send({ echo: msg.data, sizes }, { buffers: msg.buffers, metadata: { from: "echo" } });
  });
  comm.on_close((msg) => console.log("closed with", JSON.stringify(msg.data)));
});
"""


def check_comm(msg, msg_type):
    msg_structure_validator.validate(msg)
    assert msg["header"]["msg_type"] == msg_type, msg["header"]["msg_type"]
    Draft4Validator(COMM_SCHEMAS[msg_type]).validate(msg["content"])


class CommTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="numts", startup_timeout=TIMEOUT)
        reply = cls.kc.execute_interactive(ECHO_TARGET, timeout=120)
        assert reply["content"]["status"] == "ok", reply["content"]

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def send_shell(self, msg_type, content, buffers=None):
        msg = self.kc.session.msg(msg_type, content)
        self.kc.shell_channel.send(msg) if buffers is None else self.kc.session.send(self.kc.shell_channel.socket, msg, buffers=buffers)
        return msg["header"]["msg_id"]


    def comm_info(self, target_name=None):
        msg_id = self.kc.comm_info(target_name) if target_name is not None else self.kc.comm_info()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        validate_message(reply, "comm_info_reply", msg_id)
        iopub_until_idle(self.kc, msg_id)
        return reply["content"]["comms"]

    def open_echo(self, data=None):
        comm_id = uuid.uuid4().hex
        msg_id = self.send_shell("comm_open", {"comm_id": comm_id, "target_name": "numts.test.echo", "data": data or {}})
        [opened] = iopub_until_idle(self.kc, msg_id)
        check_comm(opened, "comm_msg")
        self.assertEqual(opened["content"], {"comm_id": comm_id, "data": {"opened_with": data or {}}})
        return comm_id

    def test_frontend_opens_and_sends_buffers(self):
        comm_id = self.open_echo({"x": 1})
        payload = struct.pack("<3d", 0.5, -1.25, 3.0)
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"method": "ping", "n": 2}}, buffers=[payload, b"\x00\xff"])
        [echo] = iopub_until_idle(self.kc, msg_id)
        check_comm(echo, "comm_msg")
        self.assertEqual(echo["parent_header"]["msg_id"], msg_id)
        self.assertEqual(echo["content"]["comm_id"], comm_id)
        self.assertEqual(echo["content"]["data"], {"echo": {"method": "ping", "n": 2}, "sizes": [24, 2]})
        self.assertEqual(echo["metadata"], {"from": "echo"})
        self.assertEqual([bytes(b) for b in echo["buffers"]], [payload, b"\x00\xff"])

    def test_comm_info_lists_open_comms_by_target(self):
        comm_id = self.open_echo()
        self.assertEqual(self.comm_info("numts.test.echo")[comm_id], {"target_name": "numts.test.echo"})
        self.assertIn(comm_id, self.comm_info())
        self.assertEqual(self.comm_info("no.such.target"), {})

    def test_frontend_closes(self):
        comm_id = self.open_echo()
        msg_id = self.send_shell("comm_close", {"comm_id": comm_id, "data": {"why": "done"}})
        [printed] = iopub_until_idle(self.kc, msg_id)
        self.assertEqual(printed["msg_type"], "stream")
        self.assertEqual(printed["content"]["text"], 'closed with {"why":"done"}\n')
        self.assertNotIn(comm_id, self.comm_info())
        # A message for a closed comm is ignored; the kernel goes on.
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {}})
        self.assertEqual(iopub_until_idle(self.kc, msg_id), [])

    def test_unknown_target_is_closed(self):
        comm_id = uuid.uuid4().hex
        msg_id = self.send_shell("comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}})
        [closed] = iopub_until_idle(self.kc, msg_id)
        check_comm(closed, "comm_close")
        self.assertEqual(closed["content"]["comm_id"], comm_id)
        self.assertNotIn(comm_id, self.comm_info())

    def test_handler_output_and_errors_belong_to_the_message(self):
        comm_id = self.open_echo()
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"print": True}})
        printed, echo = iopub_until_idle(self.kc, msg_id)
        self.assertEqual((printed["msg_type"], printed["content"]["text"]), ("stream", "printed by the handler\n"))
        check_comm(echo, "comm_msg")
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"fail": True}})
        [error] = iopub_until_idle(self.kc, msg_id)
        self.assertEqual(error["msg_type"], "error")
        self.assertEqual(error["content"]["evalue"], "the handler failed on purpose")
        reply = self.kc.execute_interactive("1 + 1", timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok")

    def test_kernel_opens_with_buffers_and_receives(self):
        code = """
const k = new Comm("numts.test.frontend", { data: { hello: "page" }, metadata: { v: 1 }, buffers: [new Float64Array([1.5, 2.5])] });
k.on_msg((msg) => k.send({ got: msg.data, bytes: msg.buffers.map((b) => Array.from(new Uint8Array((b as Uint8Array).buffer, (b as Uint8Array).byteOffset, b.byteLength))) }));
k.send({ second: true });
"""
        msg_id = self.kc.execute(code)
        opened = sent = None
        for msg in iopub_until_idle(self.kc, msg_id):
            if msg["msg_type"] == "comm_open":
                opened = msg
            elif msg["msg_type"] == "comm_msg":
                sent = msg
        check_comm(opened, "comm_open")
        self.assertEqual(opened["content"]["target_name"], "numts.test.frontend")
        self.assertEqual(opened["content"]["data"], {"hello": "page"})
        self.assertEqual(opened["metadata"], {"v": 1})
        self.assertEqual([bytes(b) for b in opened["buffers"]], [struct.pack("<2d", 1.5, 2.5)])
        comm_id = opened["content"]["comm_id"]
        check_comm(sent, "comm_msg")
        self.assertEqual(sent["content"], {"comm_id": comm_id, "data": {"second": True}})
        self.assertEqual(self.kc.get_shell_msg(timeout=TIMEOUT)["content"]["status"], "ok")
        self.assertEqual(self.comm_info("numts.test.frontend"), {comm_id: {"target_name": "numts.test.frontend"}})
        # The frontend answers on the comm the kernel opened.
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"answer": 42}}, buffers=[b"\x01\x02\x03"])
        [reply] = iopub_until_idle(self.kc, msg_id)
        self.assertEqual(reply["content"]["data"], {"got": {"answer": 42}, "bytes": [[1, 2, 3]]})


class RestartTests(unittest.TestCase):
    def test_restart_closes_every_comm(self):
        """A restart closes every comm on the kernel's side: their on_close handlers run before the
        shutdown_reply, and the restarted kernel has none open. No comm_close is sent (as ipykernel):
        the frontend keeps the widgets' last state, disconnected."""
        km, kc = start_new_kernel(kernel_name="numts", startup_timeout=TIMEOUT)
        try:
            code = ECHO_TARGET + 'const a = new Comm("numts.test.a"); a.on_close(() => console.log("a closed"));'
            reply = kc.execute_interactive(code, timeout=120)
            self.assertEqual(reply["content"]["status"], "ok")
            comm_id = uuid.uuid4().hex
            kc.shell_channel.send(kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "numts.test.echo", "data": {}}))
            kc.comm_info()
            opened = kc.get_shell_msg(timeout=TIMEOUT)["content"]["comms"]
            self.assertEqual(len(opened), 2)
            self.assertIn(comm_id, opened)
            request = kc.session.msg("shutdown_request", {"restart": True})
            kc.control_channel.send(request)
            printed = []
            while True:
                msg = kc.get_iopub_msg(timeout=TIMEOUT)
                if msg["parent_header"].get("msg_id") != request["header"]["msg_id"]:
                    continue
                self.assertNotEqual(msg["msg_type"], "comm_close")
                if msg["msg_type"] == "stream":
                    printed.append(msg["content"]["text"])
                if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    break
            self.assertEqual(sorted("".join(printed).splitlines()), ["a closed", "closed with {}"])
            reply = kc.get_control_msg(timeout=TIMEOUT)
            validate_message(reply, "shutdown_reply", request["header"]["msg_id"])
            self.assertEqual(reply["content"]["restart"], True)
            # The manager starts the kernel again (as a restart does): no comm is open in it.
            km.restart_kernel(now=True)
            kc.wait_for_ready(timeout=TIMEOUT)
            msg_id = kc.comm_info()
            while True:
                reply = kc.get_shell_msg(timeout=TIMEOUT)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            validate_message(reply, "comm_info_reply", msg_id)
            self.assertEqual(reply["content"]["comms"], {})
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
