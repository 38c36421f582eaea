// Test helper: runs a cell and keeps its outputs as a notebook would store them (nbformat),
// applying update_display_data and clear_output as JupyterLab's output area does.
import type { Kernel, KernelMessage } from "@jupyterlab/services";

export interface StoredOutput {
  output_type: string;
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  name?: string;
  text?: string;
  ename?: string;
  evalue?: string;
  traceback?: string[];
  execution_count?: number | null;
}

export interface CellRun {
  status: string;
  outputs: StoredOutput[];
  /**
   * Every iopub message the request caused but status and execute_input, in order, including
   * updates of outputs of earlier cells (which @jupyterlab/services routes to those cells).
   */
  messages: KernelMessage.IIOPubMessage[];
}

export async function runCell(kernel: Kernel.IKernelConnection, code: string): Promise<CellRun> {
  const messages: KernelMessage.IIOPubMessage[] = [];
  const outputs: StoredOutput[] = [];
  const ids = new Map<number, string>();
  let clearOnNext = false;
  const future = kernel.requestExecute({ code, stop_on_error: false });
  const collect = (_: unknown, msg: KernelMessage.IIOPubMessage) => {
    if (msg.parent_header.msg_id === future.msg.header.msg_id && !["status", "execute_input"].includes(msg.header.msg_type)) messages.push(msg);
  };
  kernel.iopubMessage.connect(collect);
  future.onIOPub = (msg) => {
    const type = msg.header.msg_type;
    // Comm messages (widgets) are no outputs: notebooks keep widgets in their metadata.
    if (type === "status" || type === "execute_input" || type.startsWith("comm_")) return;
    const content = msg.content as Record<string, unknown> & { transient?: { display_id?: string } };
    if (type === "clear_output") {
      if (content.wait) clearOnNext = true;
      else outputs.length = 0;
      return;
    }
    if (type === "update_display_data") {
      for (const [index, id] of ids) if (id === content.transient?.display_id) outputs[index] = { output_type: "display_data", data: content.data as Record<string, unknown>, metadata: content.metadata as Record<string, unknown> };
      return;
    }
    if (clearOnNext) {
      outputs.length = 0;
      ids.clear();
      clearOnNext = false;
    }
    // Consecutive text on one stream is one output, as notebooks store it.
    const last = outputs[outputs.length - 1];
    if (type === "stream" && last?.output_type === "stream" && last.name === content.name) {
      last.text = `${last.text ?? ""}${String(content.text)}`;
      return;
    }
    const { transient, ...stored } = content;
    if (transient?.display_id !== undefined) ids.set(outputs.length, transient.display_id);
    outputs.push({ output_type: type, ...stored });
  };
  const reply = await future.done;
  kernel.iopubMessage.disconnect(collect);
  return { status: reply.content.status, outputs, messages };
}
