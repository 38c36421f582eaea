"""numts-widgets against ipywidgets 8's widget protocol (2.1), driven as JupyterLab's widget
manager drives it, with jupyter_client: comm_open with the whole state, update / echo_update,
request_state, custom messages (a button's click), the Output widget's capture by msg_id,
interact's re-run, the control comm's request_states, binary buffers at their state paths, and
FigureWidget: a chart's display bundle in the model, redrawn by state updates (interact's charts).
test/widgets/protocol.test.ts runs it with the kernelspec in a temporary JUPYTER_PATH.
https://github.com/jupyter-widgets/ipywidgets/blob/main/packages/schema/messages.md
"""
import os

import struct
import sys
import unittest
import uuid

from jupyter_client.manager import start_new_kernel

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "kernel"))
from iopub import iopub_until_idle  # noqa: E402 (the kernel tests' shared helper)

TIMEOUT = 60
NOTEBOOKS = os.path.join(os.path.dirname(__file__), "..", "..", "notebooks")

SETUP = """
import { IntSlider, FloatLogSlider, Dropdown, ToggleButtons, Button, Output, VBox, Widget, interact } from "numts-widgets";
const s = new IntSlider({ value: 3, max: 10, description: "n" });
s.observe(({ old, new: v }) => console.log("changed", old, v));
const d = new Dropdown({ options: [["one", 1], ["two", 2]], description: "d" });
d.observe(({ new: v }) => console.log("dropdown value", v));
// Every kind of control goes in a box (a selection's type once did not: its observe was its own).
const controls = new VBox([d, new ToggleButtons({ options: ["x", "y"] }), s]);
const out = new Output();
const b = new Button({ description: "go" });
b.on_click(() => out.capture(() => console.log("clicked")));
class Bin extends Widget<{ data: DataView | Float64Array }> {
  constructor() { super({ model: "WidgetModel", view: null, module: "base" }, { data: new Float64Array([1.5, -2]) }); }
}
const bin = new Bin();
bin.observe(({ new: v }) => console.log("bin", (v as DataView).getFloat64(0, true)), "data");
const w = interact(({ rate, hidden }) => { console.log("run", rate.toPrecision(3), hidden); return rate * hidden; }, { rate: [0.001, 1, "log"], hidden: [1, 16] });
"""

CHARTS = """
import { plot } from "numts-plot";
import { display } from "numts-kernel";
import { FigureWidget } from "numts-widgets";
const squares = (n: number) => Array.from({ length: n }, (_, i) => i * i);
const charts = interact(({ n }) => { if (n % 2 === 1) console.log("odd", n); plot.line(squares(n), { title: "shown" }).show(); return plot.line(squares(n + 1), { title: "returned" }); }, { n: [2, 10] });
const fw = new FigureWidget(plot.line([1, 2, 3], { title: "direct" }));
fw
"""


class WidgetProtocolTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="numts", startup_timeout=TIMEOUT, cwd=NOTEBOOKS)
        msg_id = cls.kc.execute(SETUP)
        cls.setup_messages = iopub_until_idle(cls.kc, msg_id)
        reply = cls.kc.get_shell_msg(timeout=TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]
        cls.chart_messages = iopub_until_idle(cls.kc, cls.kc.execute(CHARTS))
        reply = cls.kc.get_shell_msg(timeout=TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]
        cls.opened = {m["content"]["comm_id"]: m for m in cls.setup_messages + cls.chart_messages if m["msg_type"] == "comm_open"}
        cls.ids = {}
        for comm_id, m in cls.opened.items():
            cls.ids.setdefault(m["content"]["data"]["state"]["_model_name"], []).append(comm_id)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)


    def send(self, comm_id, data, buffers=None):
        msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
        self.kc.session.send(self.kc.shell_channel.socket, msg, buffers=buffers or [])
        return msg["header"]["msg_id"], iopub_until_idle(self.kc, msg["header"]["msg_id"])

    def model(self, name, i=0):
        return self.ids[name][i]

    def bundles(self, messages, comm_id):
        """The bundles a FigureWidget's model got, in order: at its comm_open, then in updates."""
        out = []
        for m in messages:
            if m["msg_type"] == "comm_open" and m["content"]["comm_id"] == comm_id:
                out.append(m["content"]["data"]["state"]["bundle"])
            if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id and "bundle" in m["content"]["data"].get("state", {}):
                out.append(m["content"]["data"]["state"]["bundle"])
        return out

    def chart_box(self):
        # Each chart joins the box as the first run shows it: the last update has them all.
        box = [m for m in self.chart_messages if m["msg_type"] == "comm_msg" and "children" in m["content"]["data"].get("state", {})][-1]
        return [ref[len("IPY_MODEL_"):] for ref in box["content"]["data"]["state"]["children"]]

    def direct_bundle(self, code):
        """The display bundle of a chart shown directly (as a cell's output)."""
        messages = iopub_until_idle(self.kc, self.kc.execute(f"display({code})"))
        self.kc.get_shell_msg(timeout=TIMEOUT)
        [shown] = [m for m in messages if m["msg_type"] == "display_data" and "application/vnd.plotly.v1+json" in m["content"]["data"]]
        return shown["content"]["data"]

    def printed(self, code):
        """What a cell of `code` prints (it must run without error)."""
        messages = iopub_until_idle(self.kc, self.kc.execute(code))
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        return "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream")

    def test_figure_widget_model_holds_the_charts_display_bundle_with_its_picture_once_the_cell_ends(self):
        [fw] = [i for i, m in self.opened.items() if m["content"]["data"]["state"]["_model_name"] == "FigureModel" and "direct" in m["content"]["data"]["state"]["bundle"]["text/plain"]]
        state = self.opened[fw]["content"]["data"]["state"]
        self.assertEqual((state["_model_module"], state["_model_module_version"], state["_view_name"], state["_view_module"], state["_view_module_version"]), ("numts-widgets", "^0.1.0", "FigureView", "numts-widgets", "^0.1.0"))
        draft, full = self.bundles(self.chart_messages, fw)
        self.assertEqual(set(draft), {"application/vnd.plotly.v1+json", "text/html", "text/plain"})
        self.assertNotIn("data:image/svg+xml;base64,", draft["text/html"])
        self.assertEqual(draft["application/vnd.plotly.v1+json"]["data"][0]["y"], [1, 2, 3])
        # At the cell's end: exactly the bundle the chart shows as an output, picture included.
        self.assertEqual(full, self.direct_bundle('plot.line([1, 2, 3], { title: "direct" })'))
        self.assertIn("data:image/svg+xml;base64,", full["text/html"])
        # Shown as a widget view, with the chart's text for text-only frontends.
        [view] = [m["content"]["data"] for m in self.chart_messages if m["msg_type"] == "execute_result"]
        self.assertEqual(view["application/vnd.jupyter.widget-view+json"]["model_id"], fw)
        self.assertIn("direct", view["text/plain"])

    def test_setting_figure_updates_the_same_model(self):
        [fw] = [i for i, m in self.opened.items() if m["content"]["data"]["state"]["_model_name"] == "FigureModel" and "direct" in m["content"]["data"]["state"]["bundle"]["text/plain"]]
        messages = iopub_until_idle(self.kc, self.kc.execute('const again = () => { fw.figure = plot.line([4, 5], { title: "again" }); };\nagain();'))
        self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual([m["msg_type"] for m in messages if m["msg_type"] not in ("status", "execute_input")], ["comm_msg", "comm_msg"])
        draft, full = self.bundles(messages, fw)
        self.assertEqual(draft["application/vnd.plotly.v1+json"]["data"][0]["y"], [4, 5])
        self.assertEqual(full, self.direct_bundle('plot.line([4, 5], { title: "again" })'))

    def test_interact_puts_each_chart_in_its_own_figure_widget_under_the_output(self):
        children = self.chart_box()
        names = [self.opened[c]["content"]["data"]["state"]["_model_name"] for c in children]
        self.assertEqual(names, ["IntSliderModel", "OutputModel", "FigureModel", "FigureModel"])
        shown, returned = children[2:]
        self.assertEqual(self.bundles(self.chart_messages, shown)[-1], self.direct_bundle('plot.line(squares(6), { title: "shown" })'))
        self.assertEqual(self.bundles(self.chart_messages, returned)[-1], self.direct_bundle('plot.line(squares(7), { title: "returned" })'))
        # No chart in the Output, and no output of the cell but the interact's view.
        # (numts-plot's copy of plotly.js, for other frontends, comes with the session's first chart.)
        outputs = [m for m in self.chart_messages if m["msg_type"] in ("display_data", "execute_result", "stream") and "numts" not in m["content"].get("metadata", {})]
        self.assertEqual([m["msg_type"] for m in outputs], ["display_data", "execute_result"])
        self.assertIn("application/vnd.jupyter.widget-view+json", outputs[0]["content"]["data"])

    def test_a_move_redraws_the_charts_in_place(self):
        slider, out, shown, returned = self.chart_box()
        msg_id, messages = self.send(slider, {"method": "update", "state": {"value": 3}, "buffer_paths": []})
        self.assertEqual([m for m in messages if m["msg_type"] in ("comm_open", "display_data")], [])
        for comm_id, n, title in ((shown, 3, "shown"), (returned, 4, "returned")):
            draft, full = self.bundles(messages, comm_id)
            self.assertEqual(draft["application/vnd.plotly.v1+json"]["data"][0]["y"], [i * i for i in range(n)])
            self.assertNotIn("data:image/svg+xml;base64,", draft["text/html"])
            self.assertEqual(full, self.direct_bundle(f'plot.line(squares({n}), {{ title: "{title}" }})'))
        # The Output, empty before: captured, no clearing, the print, released.
        to_output = lambda messages: [(m["msg_type"], m["content"].get("wait", m["content"].get("text", m["content"].get("data", {}).get("state")))) for m in messages if m["msg_type"] in ("clear_output", "stream") or (m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == out)]
        self.assertEqual(to_output(messages), [("comm_msg", {"msg_id": msg_id}), ("stream", "odd 3\n"), ("comm_msg", {"msg_id": ""})])
        # The next run prints nothing: the Output, cleared with wait as the run starts, is cleared at its end.
        msg_id, messages = self.send(slider, {"method": "update", "state": {"value": 4}, "buffer_paths": []})
        self.assertEqual(to_output(messages), [("comm_msg", {"msg_id": msg_id}), ("clear_output", True), ("clear_output", False), ("comm_msg", {"msg_id": ""})])
        # The box keeps its children: no new views.
        self.assertEqual([m for m in messages if m["msg_type"] == "comm_msg" and "children" in m["content"]["data"].get("state", {})], [])

    def test_a_chart_s_draft_is_built_once_per_show(self):
        # interact learns that a value is a chart from its draft bundle (only the bundle says so):
        # the FigureWidget it goes to takes that bundle rather than building it again.
        code = """
import { DRAFT_DISPLAY, JUPYTER_DISPLAY } from "numts-kernel";
let drafts = 0;
const counted = (chart: ReturnType<typeof plot.line>) => ({ [JUPYTER_DISPLAY]: () => chart[JUPYTER_DISPLAY](), [DRAFT_DISPLAY]: () => { drafts++; return chart[DRAFT_DISPLAY](); } });
const tally = interact(({ n }) => { display(counted(plot.line(squares(n), { title: "shown, counted" }))); return counted(plot.line(squares(n + 1), { title: "returned, counted" })); }, { n: [2, 10] });
"""
        messages = iopub_until_idle(self.kc, self.kc.execute(code))
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        self.assertEqual(self.printed("console.log(drafts)"), "2\n")
        [slider] = [m["content"]["comm_id"] for m in messages if m["msg_type"] == "comm_open" and m["content"]["data"]["state"]["_model_name"] == "IntSliderModel"]
        _, moved = self.send(slider, {"method": "update", "state": {"value": 3}, "buffer_paths": []})
        self.assertEqual(self.printed("console.log(drafts)"), "4\n")
        # What the move sent is unchanged: each chart's draft, then its full bundle.
        figures = [m["content"]["comm_id"] for m in messages if m["msg_type"] == "comm_open" and m["content"]["data"]["state"]["_model_name"] == "FigureModel"]
        self.assertEqual([len(self.bundles(moved, f)) for f in figures], [2, 2])

    def test_comm_open_carries_the_whole_state_and_the_protocol_version(self):
        opened = self.opened[self.model("IntSliderModel")]
        self.assertEqual(opened["content"]["target_name"], "jupyter.widget")
        self.assertEqual(opened["metadata"], {"version": "2.1.0"})
        state = opened["content"]["data"]["state"]
        for key, value in {
            "_model_module": "@jupyter-widgets/controls", "_model_module_version": "2.0.0", "_view_name": "IntSliderView",
            "_view_module": "@jupyter-widgets/controls", "_view_module_version": "2.0.0",
            "value": 3, "min": 0, "max": 10, "step": 1, "description": "n", "continuous_update": True, "readout_format": "d",
        }.items():
            self.assertEqual(state[key], value, key)
        self.assertEqual(opened["content"]["data"]["buffer_paths"], [])
        output = self.opened[self.model("OutputModel")]["content"]["data"]["state"]
        self.assertEqual((output["_model_module"], output["_model_module_version"], output["_view_name"]), ("@jupyter-widgets/output", "1.0.0", "OutputView"))

    def test_interact_shows_a_vbox_of_the_controls_and_output(self):
        displayed = [m for m in self.setup_messages if m["msg_type"] == "display_data" and "application/vnd.jupyter.widget-view+json" in m["content"]["data"]]
        [view] = [m["content"]["data"]["application/vnd.jupyter.widget-view+json"] for m in displayed]
        self.assertEqual((view["version_major"], view["version_minor"]), (2, 0))
        box = self.opened[view["model_id"]]["content"]["data"]["state"]
        self.assertEqual(box["_model_name"], "VBoxModel")
        names = [self.opened[ref[len("IPY_MODEL_"):]]["content"]["data"]["state"]["_model_name"] for ref in box["children"]]
        self.assertEqual(names, ["FloatLogSliderModel", "IntSliderModel", "OutputModel"])
        rate = self.opened[box["children"][0][len("IPY_MODEL_"):]]["content"]["data"]["state"]
        self.assertEqual((rate["min"], rate["max"], rate["base"], rate["description"]), (-3, 0, 10, "rate"))
        self.assertAlmostEqual(rate["value"], 10 ** -1.5)
        hidden = self.opened[box["children"][1][len("IPY_MODEL_"):]]["content"]["data"]["state"]
        self.assertEqual((hidden["min"], hidden["max"], hidden["value"]), (1, 16, 8))

    def test_update_is_echoed_and_observed(self):
        msg_id, messages = self.send(self.model("IntSliderModel"), {"method": "update", "state": {"value": 7}, "buffer_paths": []})
        echo, printed = messages
        self.assertEqual(echo["content"]["data"], {"method": "echo_update", "state": {"value": 7}, "buffer_paths": []})
        self.assertEqual(echo["parent_header"]["msg_id"], msg_id)
        self.assertRegex(printed["content"]["text"], r"^changed (3|10) 7\n$")

    def test_an_out_of_range_value_is_echoed_then_corrected(self):
        _, messages = self.send(self.model("IntSliderModel"), {"method": "update", "state": {"value": 50}, "buffer_paths": []})
        self.assertEqual([m["content"]["data"] for m in messages if m["msg_type"] == "comm_msg"], [
            {"method": "echo_update", "state": {"value": 50}, "buffer_paths": []},
            {"method": "update", "state": {"value": 10}, "buffer_paths": []},
        ])

    def test_request_state_sends_the_whole_state(self):
        _, [update] = self.send(self.model("IntSliderModel"), {"method": "request_state"})
        self.assertEqual(update["content"]["data"]["method"], "update")
        self.assertIn("max", update["content"]["data"]["state"])

    def test_dropdown_index_becomes_the_value(self):
        _, messages = self.send(self.model("DropdownModel"), {"method": "update", "state": {"index": 1}, "buffer_paths": []})
        self.assertEqual(messages[-1]["content"]["text"], "dropdown value 2\n")

    def test_button_click_runs_its_handler_into_an_output(self):
        out_id = self.model("OutputModel", 0)
        msg_id, messages = self.send(self.model("ButtonModel"), {"method": "custom", "content": {"event": "click"}})
        kinds = [(m["msg_type"], m["content"].get("comm_id"), m["content"].get("data", {}).get("state"), m["content"].get("text")) for m in messages]
        self.assertEqual(kinds, [
            ("comm_msg", out_id, {"msg_id": msg_id}, None),
            ("stream", None, None, "clicked\n"),
            ("comm_msg", out_id, {"msg_id": ""}, None),
        ])

    def test_interact_reruns_into_its_output_when_a_control_moves(self):
        box = [m for m in self.opened.values() if "widget-interact" in m["content"]["data"]["state"].get("_dom_classes", [])][0]
        rate_id, hidden_id, out_id = [ref[len("IPY_MODEL_"):] for ref in box["content"]["data"]["state"]["children"]]
        msg_id, messages = self.send(hidden_id, {"method": "update", "state": {"value": 4}, "buffer_paths": []})
        captured = [m for m in messages if m["msg_type"] != "comm_msg" or m["content"]["comm_id"] == out_id]
        self.assertEqual([m["msg_type"] for m in captured], ["comm_msg", "clear_output", "stream", "display_data", "comm_msg"])
        self.assertEqual(captured[0]["content"]["data"]["state"], {"msg_id": msg_id})
        self.assertEqual(captured[1]["content"], {"wait": True})
        self.assertEqual(captured[2]["content"]["text"], "run 0.0316 4\n")
        self.assertAlmostEqual(float(captured[3]["content"]["data"]["text/plain"]), 4 * 10 ** -1.5)
        self.assertEqual(captured[4]["content"]["data"]["state"], {"msg_id": ""})

    def test_buffers_travel_at_their_state_paths(self):
        opened = self.opened[self.model("WidgetModel")]
        self.assertEqual(opened["content"]["data"]["buffer_paths"], [["data"]])
        self.assertEqual(opened["content"]["data"]["state"]["data"], None)
        self.assertEqual(bytes(opened["buffers"][0]), struct.pack("<2d", 1.5, -2))
        payload = struct.pack("<d", 6.25)
        _, messages = self.send(self.model("WidgetModel"), {"method": "update", "state": {"data": None}, "buffer_paths": [["data"]]}, buffers=[payload])
        echo = messages[0]
        self.assertEqual(echo["content"]["data"], {"method": "echo_update", "state": {"data": None}, "buffer_paths": [["data"]]})
        self.assertEqual(bytes(echo["buffers"][0]), payload)
        self.assertEqual(messages[-1]["content"]["text"], "bin 6.25\n")

    def test_min_and_max_set_together_are_checked_as_the_new_range(self):
        code = """
const range = new IntSlider({ value: 5, min: 0, max: 10 });
range.set({ min: 20, max: 30, value: 25 }); console.log(range.min, range.max, range.value);
range.set({ min: 40, max: 50 }); console.log(range.min, range.max, range.value);
try { range.set({ min: 60, max: 55 }); } catch (e) { console.log((e as Error).message); }
console.log(range.min, range.max, range.value);
const rate = new FloatLogSlider({ value: 0.1, min: -3, max: 0 });
rate.set({ min: -6, max: -4 }); console.log(rate.value.toPrecision(3));
"""
        self.assertEqual(self.printed(code), "20 30 25\n40 50 40\nIntSlider.min (60) must not exceed max (55)\n40 50 40\n0.000100\n")

    def test_append_display_data_shows_what_display_shows(self):
        code = """
import * as np from "numts";
const shown = new Output();
shown.append_display_data(np.arange(3));
shown.append_display_data({ a: 1 });
console.log(JSON.stringify(shown.outputs.map((o) => (o.output_type === "display_data" ? o.data["text/plain"] : null))));
"""
        self.assertEqual(self.printed(code), '["array([0., 1., 2.])","{ a: 1 }"]\n')

    def test_control_comm_sends_every_state(self):
        comm_id = uuid.uuid4().hex
        msg = self.kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget.control", "data": {}})
        self.kc.shell_channel.send(msg)
        iopub_until_idle(self.kc, msg["header"]["msg_id"])
        _, [reply] = self.send(comm_id, {"method": "request_states"})
        data = reply["content"]["data"]
        self.assertEqual(data["method"], "update_states")
        self.assertTrue(set(self.opened) <= set(data["states"]))
        figure = data["states"][self.chart_box()[3]]
        self.assertEqual((figure["model_name"], figure["model_module"], figure["model_module_version"]), ("FigureModel", "numts-widgets", "^0.1.0"))
        self.assertIn("application/vnd.plotly.v1+json", figure["state"]["bundle"])
        slider = data["states"][self.model("IntSliderModel")]
        self.assertEqual((slider["model_name"], slider["model_module"], slider["model_module_version"]), ("IntSliderModel", "@jupyter-widgets/controls", "2.0.0"))
        self.assertIn([self.model("WidgetModel"), "state", "data"], data["buffer_paths"])
        self.assertEqual(len(reply["buffers"]), len(data["buffer_paths"]))


if __name__ == "__main__":
    unittest.main()
