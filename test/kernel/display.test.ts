// Rich output through a real server: display(), updates, clear_output, the Jupyter.display protocol.
import type { KernelMessage } from "@jupyterlab/services";
import { beforeAll, describe, expect, it } from "vitest";
import { runCell } from "./outputs";
import { useJupyterKernel } from "./server";

const fixture = useJupyterKernel();
const kernelNow = fixture.kernel;

const outputs = (code: string) => runCell(kernelNow(), code);

beforeAll(async () => {
  await outputs('import { display, clear_output, html, markdown } from "numts-kernel";');
});

describe("display API", () => {
  it("display() sends any MIME bundle with metadata and a display id", async () => {
    const r = await outputs('display({ "text/html": "<b>x</b>", "text/plain": "x" }, { raw: true, metadata: { "text/html": { isolated: true } }, display_id: "d1" });');
    expect(r.status).toBe("ok");
    expect(r.messages).toHaveLength(1);
    const msg = r.messages[0] as KernelMessage.IDisplayDataMsg;
    expect(msg.header.msg_type).toBe("display_data");
    expect(msg.content.data).toEqual({ "text/html": "<b>x</b>", "text/plain": "x" });
    expect(msg.content.metadata).toEqual({ "text/html": { isolated: true } });
    expect(msg.content.transient).toEqual({ display_id: "d1" });
  });

  it("handles update an output in place (update_display_data)", async () => {
    const r = await outputs('const h = display(html`<i>0</i>`);\nh.update(html`<i>1</i>`);');
    expect(r.messages.map((m) => m.header.msg_type)).toEqual(["display_data", "update_display_data"]);
    const [first, second] = r.messages as KernelMessage.IDisplayDataMsg[];
    expect(second.content.transient).toEqual(first.content.transient);
    expect(second.content.data["text/html"]).toBe("<i>1</i>");
  });

  it("clear_output(wait) is forwarded", async () => {
    const r = await outputs('console.log("before"); clear_output(true);');
    expect(r.messages.map((m) => m.header.msg_type)).toEqual(["stream", "clear_output"]);
    expect((r.messages[1].content as { wait: boolean }).wait).toBe(true);
  });

  it("an object with [Symbol.for('Jupyter.display')] displays richly as a cell's value and through display()", async () => {
    const code = 'const rich = { [Symbol.for("Jupyter.display")]() { return { "text/markdown": "**rich**", "text/plain": "rich" }; } };';
    await outputs(code);
    const asValue = await outputs("rich");
    expect(asValue.messages[0].header.msg_type).toBe("execute_result");
    expect((asValue.messages[0].content as { data: Record<string, string> }).data).toEqual({ "text/markdown": "**rich**", "text/plain": "rich" });
    const shown = await outputs("display(rich);");
    expect((shown.messages[0].content as { data: Record<string, string> }).data["text/markdown"]).toBe("**rich**");
    const md = await outputs("markdown`$x^2$`");
    expect((md.messages[0].content as { data: Record<string, string> }).data["text/markdown"]).toBe("$x^2$");
  });

  it("interceptDisplays: a value the interceptor takes is not published, updates are not offered, and it stops when released", async () => {
    const r = await outputs(`import { interceptDisplays } from "numts-kernel";
const taken: string[] = [];
const release = interceptDisplays((value, options) => { if (options.raw) return false; taken.push(String(value)); return String(value).startsWith("take"); });
display("take me");
display("leave me");
const kept = display({ "text/plain": "raw" }, { raw: true });
kept.update({ "text/plain": "raw 2" }, { raw: true });
release();
display("take me too");
console.log(JSON.stringify(taken));`);
    expect(r.messages.map((m) => m.header.msg_type)).toEqual(["display_data", "display_data", "update_display_data", "display_data", "stream"]);
    expect(r.messages.slice(0, 4).map((m) => (m.content as { data: Record<string, string> }).data["text/plain"])).toEqual(["'leave me'", "raw", "raw 2", "'take me too'"]);
    expect((r.messages[4].content as { text: string }).text).toBe('["take me","leave me"]\n');
  });

  it("outputCount counts what the running cell printed and displayed (not clear_output)", async () => {
    const r = await outputs(`import { outputCount } from "numts-kernel";
const start = outputCount();
console.log("one");
display(html\`<b>two</b>\`);
clear_output(true);
const counted = outputCount() - start;
console.log(counted);`);
    expect(r.messages.filter((m) => m.header.msg_type === "stream").map((m) => (m.content as { text: string }).text).join("")).toBe("one\n2\n");
  });

  it("stdout and displays keep their order", async () => {
    const r = await outputs('console.log("a"); display(html`b`); console.log("c");');
    expect(r.messages.map((m) => m.header.msg_type)).toEqual(["stream", "display_data", "stream"]);
  });
});

describe("bad input: a clear error, and the next cell works", () => {
  it("a syntax error", async () => {
    const r = await outputs("const x = ;");
    expect(r.status).toBe("error");
    const error = r.messages.find((m) => m.header.msg_type === "error")?.content as KernelMessage.IErrorMsg["content"];
    expect(error.traceback[0]).toMatch(/^1:11 - error TS1109: Expression expected\./);
    expect((await outputs("1")).status).toBe("ok");
  });

  it("a rejected promise that is awaited, and one that is not", async () => {
    const awaited = await outputs('await Promise.reject(new Error("nope"));');
    expect(awaited.status).toBe("error");
    expect((awaited.messages.find((m) => m.header.msg_type === "error")?.content as { evalue: string }).evalue).toBe("nope");
    const dangling = await outputs('Promise.reject(new Error("unawaited")); await new Promise((r) => setTimeout(r, 50)); "after"');
    const kinds = dangling.messages.map((m) => m.header.msg_type);
    expect(kinds).toContain("error");
    expect((dangling.messages.find((m) => m.header.msg_type === "error")?.content as { evalue: string }).evalue).toBe("unawaited");
  });

  it("an allocation that cannot succeed", async () => {
    const r = await outputs("new Float64Array(2 ** 40)");
    expect(r.status).toBe("error");
    expect((r.messages.find((m) => m.header.msg_type === "error")?.content as { ename: string }).ename).toBe("RangeError");
    expect((await outputs("2")).status).toBe("ok");
  });

  it("100,000 lines of output arrive whole, in few messages", async () => {
    const r = await outputs('for (let i = 0; i < 100000; i++) console.log("line " + i);');
    const streams = r.messages.filter((m) => m.header.msg_type === "stream");
    const text = streams.map((m) => (m.content as { text: string }).text).join("");
    expect(text.split("\n")).toHaveLength(100001);
    expect(text.startsWith("line 0\nline 1\n")).toBe(true);
    expect(text.endsWith("line 99999\n")).toBe(true);
    expect(streams.length).toBeLessThan(200);
  }, 60_000);

  it("a restart in the middle of a cell", async () => {
    void kernelNow().requestExecute({ code: "while (true) {}", stop_on_error: false }).done.catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await kernelNow().restart();
    await outputs('import { display } from "numts-kernel";');
    expect((await outputs("4")).status).toBe("ok");
  }, 60_000);
});
