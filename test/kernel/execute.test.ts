// execute_request options and the other requests, through a real server.
import type { KernelMessage } from "@jupyterlab/services";
import { describe, expect, it } from "vitest";
import { hasFma } from "../lib/libm/cpu";
import { useJupyterKernel } from "./server";

const fixture = useJupyterKernel();
const kernelNow = fixture.kernel;

async function execute(code: string, options: Partial<KernelMessage.IExecuteRequestMsg["content"]> = {}) {
  const messages: KernelMessage.IIOPubMessage[] = [];
  const future = kernelNow().requestExecute({ code, ...options });
  future.onIOPub = (msg) => {
    if (msg.header.msg_type !== "status") messages.push(msg);
  };
  const reply = await future.done;
  return { reply: reply.content as KernelMessage.IExecuteReplyMsg["content"] & Record<string, unknown>, messages };
}

describe("execute_request options", () => {
  it("counts executions; silent runs publish nothing and do not count; store_history false does not count", async () => {
    const first = await execute("const base = 10; base");
    const count = first.reply.execution_count;
    const silent = await execute('console.log("hidden"); base', { silent: true });
    expect(silent.messages).toEqual([]);
    expect(silent.reply.status).toBe("ok");
    const unstored = await execute("base + 1", { store_history: false });
    expect(unstored.messages.map((m) => m.header.msg_type)).toEqual(["execute_input", "execute_result"]);
    const next = await execute("base + 2");
    expect(next.reply.execution_count).toBe((count ?? 0) + 1);
    const history = await kernelNow().requestHistory({ hist_access_type: "tail", n: 2, output: false, raw: true });
    expect((history.content as { history: [number, number, string][] }).history.map((h) => h[2])).toEqual(["const base = 10; base", "base + 2"]);
  });

  it("evaluates user_expressions after the cell", async () => {
    const r = await execute("const w = 3;", { user_expressions: { twice: "w * 2", bad: "nope()" } });
    const expressions = r.reply.user_expressions as Record<string, { status: string; data?: Record<string, string>; ename?: string }>;
    expect(expressions.twice).toEqual({ status: "ok", data: { "text/plain": "6" }, metadata: {} });
    expect(expressions.bad.status).toBe("error");
  });

  it("stop_on_error aborts only the requests queued behind the failed one", async () => {
    const failing = kernelNow().requestExecute({ code: 'await new Promise((r) => setTimeout(r, 200)); throw new Error("stop")', stop_on_error: true });
    const queued1 = kernelNow().requestExecute({ code: "1", stop_on_error: true });
    const queued2 = kernelNow().requestExecute({ code: "2", stop_on_error: true });
    expect((await failing.done).content.status).toBe("error");
    expect((await queued1.done).content.status).toBe("aborted");
    expect((await queued2.done).content.status).toBe("aborted");
    expect((await execute("3")).reply.status).toBe("ok");
    const tolerant = kernelNow().requestExecute({ code: 'throw new Error("go on")', stop_on_error: false });
    const after = kernelNow().requestExecute({ code: "4" });
    expect((await tolerant.done).content.status).toBe("error");
    expect((await after.done).content.status).toBe("ok");
  });
});

describe("other requests", () => {
  it("complete_request gives matches, the range they replace, and their kinds", async () => {
    await execute('import * as np from "numts";');
    const reply = (await kernelNow().requestComplete({ code: "np.lins", cursor_pos: 7 })).content as KernelMessage.ICompleteReplyMsg["content"] & Record<string, unknown>;
    expect(reply.matches).toEqual(["linspace"]);
    expect([reply.cursor_start, reply.cursor_end]).toEqual([3, 7]);
    expect(((reply.metadata as Record<string, unknown>)._jupyter_types_experimental as { type: string }[])[0].type).toBe("alias");
  });

  it("inspect_request shows the signature and the JSDoc, as text and markdown", async () => {
    const reply = (await kernelNow().requestInspect({ code: "np.linspace", cursor_pos: 5, detail_level: 0 })).content as KernelMessage.IInspectReplyMsg["content"] & Record<string, unknown>;
    expect(reply.found).toBe(true);
    const data = reply.data as Record<string, string>;
    expect(data["text/plain"]).toContain("linspace(start: number, stop: number");
    expect(data["text/plain"]).toContain("evenly spaced samples");
    expect(data["text/markdown"]).toMatch(/^```typescript\n/);
  });

  it("inspect_request inside a call's argument list documents the function being called, as ipykernel does", async () => {
    await execute('import * as np from "numts";\nconst ia = np.ones(3);');
    // JupyterLab's Shift-Tab sends the cursor where the student stands: here, at the end.
    const shown = async (code: string, cursor = [...code].length) => {
      const reply = (await kernelNow().requestInspect({ code, cursor_pos: cursor, detail_level: 0 })).content as KernelMessage.IInspectReply;
      return reply.found ? (reply.data as Record<string, string>)["text/plain"] : null;
    };
    const dot = "Dot product of two arrays";
    expect(await shown("np.dot(")).toContain(dot);
    expect(await shown("np.dot(")).toMatch(/^\(alias\) dot\(a: /); // its signature first
    expect(await shown("np.dot(ia, ")).toContain(dot);
    expect(await shown("np.dot(\n  ia,\n  ")).toContain(dot);
    expect(await shown("np.dot(ia, ia)", 10)).toContain(dot); // on the space before the second argument
    expect(await shown("np.dot(np.ones(")).toContain("An array of ones"); // the innermost call
    expect(await shown("np.dot(np.ones(3), ")).toContain(dot); // that call is closed: the outer one
    expect(await shown("const r = ia.reshape(")).toContain("The same elements in a new shape"); // a method
    expect(await shown("np.arange(6).reshape(3, ")).toContain("The same elements in a new shape");
    expect(await shown('// 😀 emoji before\nnp.dot(')).toContain(dot); // cursor_pos counts code points
    // The name under the cursor still comes first, in the arguments too.
    expect(await shown("np.dot", 6)).toContain(dot);
    expect(await shown("np.dot(np.linspace")).toContain("evenly spaced samples");
    // A ufunc or a scalar type: a callable constant, documented on its name, not on its call signature.
    expect(await shown("np.exp(")).toContain("e raised to each element");
    expect(await shown("np.exp(ia)", 5)).toContain("e raised to each element");
    // Not in an argument list: after the call, or writing a function body inside one.
    expect(await shown("np.dot(ia, ia) ")).toBeNull();
    expect(await shown("[1].map((x) => {\n  ")).toBeNull();
  });

  it("is_complete_request: complete, incomplete with an indent, invalid", async () => {
    const ask = async (code: string) => (await kernelNow().requestIsComplete({ code })).content as { status: string; indent?: string };
    expect(await ask("const a = 1;")).toEqual({ status: "complete" });
    expect(await ask("for (const x of [1]) {")).toEqual({ status: "incomplete", indent: "  " });
    expect((await ask("1 +* 2")).status).toBe("invalid");
  });

  it("shutdown_request without restart: the kernel is gone from the server", async () => {
    const spare = await fixture.server().kernels.startNew({ name: "numts" });
    await spare.info;
    await spare.shutdown();
    await fixture.server().kernels.refreshRunning();
    expect([...fixture.server().kernels.running()].map((k) => k.id)).not.toContain(spare.id);
  });

  it("comm_info_request answers with no comms", async () => {
    const reply = await kernelNow().requestCommInfo({});
    expect(reply.content).toEqual({ status: "ok", comms: {} });
  });
});

describe("names from earlier cells", () => {
  const value = (r: Awaited<ReturnType<typeof execute>>) => (r.messages.find((m) => m.header.msg_type === "execute_result")?.content as { data: Record<string, string> } | undefined)?.data["text/plain"];

  it("work in object shorthand, also as destructuring targets, and local names still win", async () => {
    await execute("const sh_x = 1;\nfunction sh_f() { return 2; }\nlet sh_y = 0;");
    expect(value(await execute("const sh_o = { sh_x, sh_f };\n[sh_o.sh_x, sh_o.sh_f()]"))).toBe("[ 1, 2 ]");
    expect(value(await execute("({ sh_y } = { sh_y: 7 });\nsh_y"))).toBe("7");
    expect(value(await execute("function sh_g(sh_x: number) { return { sh_x }; }\nsh_g(5).sh_x"))).toBe("5");
  });
});

describe("a Python habit that type-checks with another meaning", () => {
  it("`n // 2` runs as TypeScript reads it, with a note on stderr before the cell's own output", async () => {
    const r = await execute('const nh = 9;\nconsole.log("half:", nh // 2\n)');
    expect(r.reply.status).toBe("ok");
    const streams = r.messages.filter((m) => m.header.msg_type === "stream").map((m) => m.content as { name: string; text: string });
    expect(streams).toEqual([
      { name: "stderr", text: "Note: `//` starts a comment in TypeScript, so `nh // 2` is just `nh`. Python's integer division is `Math.floor(nh / 2)` for numbers, `np.floor_divide(nh, 2)` for arrays.\n" },
      { name: "stdout", text: "half: 9\n" },
    ]);
  });
});

describe("the kernel's process (kernel/src/node/tuning.ts)", () => {
  it("has relaxed SIMD, so np.exp fuses its multiply-adds where the CPU has FMA, and glibc's allocator settings", async () => {
    const r = await execute('import * as np from "numts";\nnp.exp(np.ones(100));\nconst { expKernel } = require("numts/dist/libm/exp-wasm.js");\nJSON.stringify([expKernel(), process.env.MALLOC_MMAP_THRESHOLD_])');
    expect(r.reply.status).toBe("ok");
    const [result] = r.messages.filter((m) => m.header.msg_type === "execute_result");
    expect((result.content as { data: Record<string, string> }).data["text/plain"]).toBe(`'${JSON.stringify([hasFma() ? "fused" : "checked", String(32 * 2 ** 20)])}'`);
  });
});
