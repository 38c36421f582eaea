// The Output widget: an output area inside a widget. Code run in `out.capture(...)` prints and
// displays into it: the kernel sets the model's msg_id to the request whose code runs (a cell,
// or the comm message of a slider's move), and the page sends every output of that request there.
import { clear_output, displayBundle, parentMessageId } from "numts-kernel";
import { type DOMOptions, type DOMState, domState } from "./controls";
import { Widget } from "./widget";

/** One output, as notebooks store them (nbformat 4). */
export type OutputJSON =
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string }
  | { output_type: "display_data"; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: "execute_result"; data: Record<string, unknown>; metadata: Record<string, unknown>; execution_count: number | null }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

type OutputState = DOMState & { msg_id: string; outputs: OutputJSON[] };

/**
 * An area that shows prints, displays and charts (ipywidgets' Output): run code in
 * `out.capture(() => ...)` to send its output there, from a cell or from a widget's callback.
 *
 * @example
 * const out = new Output();
 * const button = new Button({ description: "Say hi" });
 * button.on_click(() => out.capture(() => console.log("hi")));
 * new VBox([button, out])
 */
export class Output extends Widget<OutputState> {
  /** @param options tooltip, _dom_classes */
  constructor(options: DOMOptions = {}) {
    super({ model: "OutputModel", view: "OutputView", module: "output" }, { ...domState(options), msg_id: "", outputs: [] });
    this.unechoed.add("outputs");
  }

  /** The outputs shown now (the page reports each one it captures). */
  get outputs(): readonly OutputJSON[] {
    return this.state.outputs;
  }

  /**
   * Runs `fn` with its prints, displays, charts and errors shown in this area (Python's
   * `with out:`). Returns what `fn` returns; for an async `fn`, output is captured until its
   * promise settles.
   *
   * @param fn the code whose output goes here
   * @throws Error outside a Jupyter kernel
   * @example
   * out.capture(() => {
   *   console.log("loss:", 0.25);
   *   plot.loss(losses).show();
   * });
   */
  capture<R>(fn: () => R): R {
    const id = parentMessageId();
    if (id === undefined) throw new Error("Output.capture needs a Jupyter kernel: run it in a notebook on the TypeScript (numts) kernel");
    const previous = this.state.msg_id;
    const restore = () => this.set({ msg_id: previous });
    this.set({ msg_id: id });
    let pending = false;
    try {
      const result = fn();
      pending = result instanceof Promise;
      return pending ? ((result as Promise<unknown>).finally(restore) as R) : result;
    } finally {
      if (!pending) restore();
    }
  }

  /**
   * Clears the area; with `wait`, only when the next output arrives (no flicker).
   *
   * @param options `wait`: keep the old output until new output comes
   * @example
   * out.clear_output({ wait: true });
   */
  clear_output(options: { wait?: boolean } = {}): void {
    if (this.state.msg_id !== "" && this.state.msg_id === parentMessageId()) clear_output(options.wait ?? false);
    else this.set({ outputs: [] });
  }

  /**
   * Adds text to the area, as if printed (from anywhere, no capture needed).
   *
   * @param text the text, with its newlines
   * @example
   * out.append_stdout("done\n");
   */
  append_stdout(text: string): void {
    this.set({ outputs: [...this.state.outputs, { output_type: "stream", name: "stdout", text }] });
  }

  /**
   * Adds text to the area as error output (shown in red).
   *
   * @param text the text, with its newlines
   * @example
   * out.append_stderr("diverged\n");
   */
  append_stderr(text: string): void {
    this.set({ outputs: [...this.state.outputs, { output_type: "stream", name: "stderr", text }] });
  }

  /**
   * Adds a displayed value to the area: a chart, a widget, HTML (from anywhere, no capture needed).
   *
   * @param value anything `display()` shows
   * @example
   * out.append_display_data(plot.loss(losses));
   */
  append_display_data(value: unknown): void {
    this.set({ outputs: [...this.state.outputs, { output_type: "display_data", data: displayBundle(value), metadata: {} }] });
  }

  protected override describe(): string {
    return `outputs=${this.state.outputs.length}`;
  }
}
