/**
 * numts-widgets: sliders, buttons and other controls in notebooks, and `interact`, which re-runs
 * a function when its controls move (ipywidgets 8's protocol and names, drawn by JupyterLab's
 * widget manager).
 *
 * ```ts
 * import { interact, FloatLogSlider, Button, Output } from "numts-widgets";
 * interact(({ learning_rate, hidden }) => plot.loss(train(learning_rate, hidden)),
 *          { learning_rate: [0.001, 1, "log"], hidden: [1, 16] });
 * ```
 */
import { comm_manager } from "numts-kernel";
import { allStates, removeBuffers } from "./widget";

export { Box, Button, type ButtonOptions, type ButtonStyle, Checkbox, type CheckboxOptions, type DescriptionOptions, type DOMOptions, Dropdown, FloatLogSlider, FloatSlider, HBox, HTML, IntSlider, Label, type LogSliderOptions, SliderStyle, type SliderStyleOptions, type SelectionOptions, type SliderOptions, type StringOptions, Text, type TextOptions, ToggleButtons, VBox, type BoxOptions } from "./controls";
export { type Abbreviation, type Arguments, type InteractOptions, interact, Interactive, interactive, type RunContext, type ValueOf, type ValueWidget } from "./interact";
export { type Chart, FIGURE_MODULE, FigureWidget, type ShowOptions } from "./figure";
export { Output, type OutputJSON } from "./output";
export { type Change, PROTOCOL_VERSION, Widget, WIDGET_STATE_MIME, WIDGET_VIEW_MIME } from "./widget";

// The page asks, on its control comm, for the state of every widget when it (re)connects to a
// kernel that already has widgets (a reloaded page, a second view of the notebook).
try {
  comm_manager.register_target("jupyter.widget.control", (comm) => {
    comm.on_msg((msg) => {
      if (msg.data.method !== "request_states") return;
      const { state, buffer_paths, buffers } = removeBuffers(allStates());
      comm.send({ method: "update_states", states: state, buffer_paths }, { buffers });
    });
  });
} catch {
  // Outside a kernel (a script, a test): there is no page to answer.
}
