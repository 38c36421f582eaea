// The kernel through a real Jupyter server, as JupyterLab talks to it (@jupyterlab/services).
import type { KernelMessage } from "@jupyterlab/services";
import { describe, expect, it } from "vitest";
import { useJupyterKernel } from "./server";

interface Run {
  status: string;
  outputs: KernelMessage.IIOPubMessage[];
  content: KernelMessage.IExecuteReplyMsg["content"];
}

async function run(code: string, options: Partial<KernelMessage.IExecuteRequestMsg["content"]> = {}): Promise<Run> {
  const outputs: KernelMessage.IIOPubMessage[] = [];
  const future = kernelNow().requestExecute({ code, stop_on_error: false, ...options });
  future.onIOPub = (msg) => {
    if (msg.header.msg_type !== "status" && msg.header.msg_type !== "execute_input") outputs.push(msg);
  };
  const reply = await future.done;
  return { status: reply.content.status, outputs, content: reply.content };
}

const text = (r: Run) =>
  r.outputs
    .map((m) => {
      const c = m.content as { text?: string; data?: Record<string, string>; evalue?: string };
      return c.text ?? c.data?.["text/plain"] ?? c.evalue ?? "";
    })
    .join("");

const fixture = useJupyterKernel();
const kernelNow = fixture.kernel;

describe("the kernel through a Jupyter server", () => {
  it("answers kernel_info with the protocol version and the TypeScript it checks cells with", async () => {
    const info = await kernelNow().info;
    expect(info.protocol_version).toBe("5.3");
    expect(info.language_info.name).toBe("typescript");
    expect(info.language_info.version).toBe("5.0.4");
    expect(info.language_info.file_extension).toBe(".ts");
  });

  it("shows a cell's last value as execute_result, with NumPy's repr for arrays", async () => {
    const r = await run('import * as np from "numts";\nconst a = np.arange(4).reshape(2, 2);\na.T');
    expect(r.status).toBe("ok");
    const result = r.outputs.find((m) => m.header.msg_type === "execute_result");
    expect((result?.content as { data: Record<string, string> }).data["text/plain"]).toBe("array([[0., 2.],\n       [1., 3.]])");
    expect((await run("a.shape")).outputs.length).toBe(1);
  });

  it("reports thrown errors and type errors as error messages, and the next cell works", async () => {
    const thrown = await run('function fail() { throw new RangeError("too far"); }\nfail();');
    expect(thrown.status).toBe("error");
    const error = thrown.outputs.find((m) => m.header.msg_type === "error")?.content as KernelMessage.IErrorMsg["content"];
    expect(error.ename).toBe("RangeError");
    expect(error.evalue).toBe("too far");
    expect(error.traceback.join("\n")).toContain("at fail (cell");
    expect(error.traceback.join("\n")).not.toContain("node:internal");
    const typed = await run('const n: number = "x";');
    expect(typed.status).toBe("error");
    expect((typed.content as { ename?: string }).ename).toBe("TypeScriptError");
    expect((typed.content as { traceback?: string[] }).traceback?.[0]).toMatch(/^1:7 - error TS2322/);
    expect((await run("1 + 1")).status).toBe("ok");
  });

  it("delivers every message of 2000 cells (no lost idle, reply or output)", async () => {
    await run("let counter = 0;");
    for (let i = 0; i < 2000; i++) {
      const r = await run(`console.log("line", ++counter);\ncounter`);
      expect(r.status).toBe("ok");
      expect(text(r)).toBe(`line ${i + 1}\n${i + 1}`);
    }
  }, 300_000);

  it("interrupts `while (true) {}` within 200 ms, keeping earlier variables", async () => {
    await run("const kept = 41;");
    const future = kernelNow().requestExecute({ code: "while (true) {}", stop_on_error: false });
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    await kernelNow().interrupt();
    const reply = await future.done;
    const elapsed = Date.now() - started;
    expect(reply.content.status).toBe("error");
    expect(elapsed).toBeLessThan(200 + 300); // interrupt's HTTP round trip through the server included
    expect(text(await run("kept + 1"))).toBe("42");
  });

  it("reports an error thrown later by a timer, naming the cell that started it", async () => {
    const errors: KernelMessage.IErrorMsg[] = [];
    const listen = (_: unknown, msg: KernelMessage.IIOPubMessage) => {
      if (msg.header.msg_type === "error") errors.push(msg as KernelMessage.IErrorMsg);
    };
    kernelNow().iopubMessage.connect(listen);
    const first = await run('setTimeout(() => { throw new Error("late failure"); }, 100); "scheduled"');
    expect(first.status).toBe("ok");
    await new Promise((r) => setTimeout(r, 400));
    kernelNow().iopubMessage.disconnect(listen);
    const late = errors.find((e) => e.content.evalue === "late failure");
    expect(late, "the timer's error was published").toBeDefined();
    expect(late?.content.traceback[0]).toMatch(/^A callback \(timer or event\) from cell \[\d+\] threw after that cell had finished:/);
    expect(late?.parent_header).toMatchObject({ msg_type: "execute_request" });
    expect((await run("2")).status).toBe("ok");
  });

  it("restarts: a fresh kernel without the old variables", async () => {
    await kernelNow().restart();
    await kernelNow().info;
    const r = await run("kept");
    expect(r.status).toBe("error");
    expect(text(r)).toContain("Cannot find name 'kept'");
  }, 60_000);
});
