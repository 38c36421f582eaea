// Tracebacks through a real kernel: a numts or numts-plot error shows the error, the student's
// cell frames and their lines, not the library's internals; the student's own functions keep all
// their frames; NUMTS_FULL_TRACEBACK=1 keeps every frame, for library developers. And the hints
// for Python habits, as a student sees them under a type error.
import type { Kernel, KernelMessage } from "@jupyterlab/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanStack, type StackView } from "../../kernel/src/core/errors";
import { type JupyterServer, startJupyterServer, useJupyterKernel } from "./server";

async function execute(kernel: Kernel.IKernelConnection, code: string): Promise<KernelMessage.IErrorMsg["content"] | undefined> {
  let error: KernelMessage.IErrorMsg["content"] | undefined;
  const future = kernel.requestExecute({ code });
  future.onIOPub = (msg) => {
    if (msg.header.msg_type === "error") error = msg.content as KernelMessage.IErrorMsg["content"];
  };
  await future.done.catch(() => undefined);
  return error;
}

async function traceback(kernel: Kernel.IKernelConnection, code: string): Promise<string[]> {
  const error = await execute(kernel, code);
  if (error === undefined) throw new Error(`no error from ${code}`);
  return error.traceback;
}

const SETUP = 'import * as np from "numts";\nimport { plot } from "numts-plot";\nconst a = np.zeros([2, 3]);';
const FUNCTIONS = "function pick(m: np.NDArray) {\n  return m.get(9, 9);\n}\nfunction outer() {\n  return pick(a);\n}\nasync function later() {\n  await null;\n  return outer();\n}";

/** A frame in numts's, numts-plot's or the kernel's own files. */
const INTERNAL = /(lib|plot|lessons|kernel)[/\\]dist[/\\]|node_modules/;

describe("tracebacks show the student's code", () => {
  const fixture = useJupyterKernel();
  const run = (code: string) => traceback(fixture.kernel(), code);

  beforeAll(async () => {
    for (const code of [SETUP, FUNCTIONS]) expect(await execute(fixture.kernel(), code)).toBeUndefined();
  });

  it("a numts error: the error, the cell's frame and its line, no numts frames", async () => {
    expect(await run("const v = a.get(5, 0);")).toEqual(["IndexError: index 5 is out of bounds for axis 0 with size 2", expect.stringMatching(/^ {4}at cell\[\d+\] line 1$/), "        const v = a.get(5, 0);"]);
    expect(await run("const b = np.ones(3);\nconst c = np.dot(a, a);")).toEqual(["ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)", expect.stringMatching(/^ {4}at cell\[\d+\] line 2$/), "        const c = np.dot(a, a);"]);
  });

  it("a numts-plot error: the same", async () => {
    expect(await run("plot.scatter([1, 2, 3], [1, 2])")).toEqual(["ValueError: plot.scatter: x has 3 values but y has 2; they must have the same length", expect.stringMatching(/^ {4}at cell\[\d+\] line 1$/), "        plot.scatter([1, 2, 3], [1, 2])"]);
  });

  it("the student's own functions keep all their frames, by their names, across cells and callbacks", async () => {
    const frames = await run("[1].map(() => outer());");
    expect(frames.filter((f) => INTERNAL.test(f))).toEqual([]);
    expect(frames.filter((f) => f.startsWith("    at ")).map((f) => f.replace(/cell\[\d+\]/, "cell[n]"))).toEqual([
      "    at pick (cell[n] line 2)",
      "    at outer (cell[n] line 5)",
      "    at cell[n] line 1",
      "    at Array.map (<anonymous>)",
      "    at cell[n] line 1",
    ]);
    expect(frames.filter((f) => f.startsWith("        "))).toEqual(["        return m.get(9, 9);", "        return pick(a);", "        [1].map(() => outer());", "        [1].map(() => outer());"]);
    const awaited = await run("await later();");
    expect(awaited.filter((f) => f.startsWith("    at ")).map((f) => f.replace(/cell\[\d+\]/, "cell[n]"))).toEqual(["    at pick (cell[n] line 2)", "    at outer (cell[n] line 5)", "    at later (cell[n] line 9)", "    at cell[n] line 1"]);
  });

  it("a type error of a Python habit shows the hint under the compiler's message, in the traceback and the evalue", async () => {
    expect(await execute(fixture.kernel(), "const w = np.random.randn(3);")).toBeUndefined();
    const error = await execute(fixture.kernel(), "w * 2");
    const hint = "Hint: TypeScript's operators do not work on arrays: `w * 2` is `np.multiply(w, 2)` or `w.mul(2)` in numts.";
    expect(error?.traceback).toEqual(["1:1 - error TS2362: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.", "  w * 2", "  ^", hint]);
    expect(error?.evalue).toMatch(new RegExp(`^1:1 - The left-hand side .* enum type\\. ${hint.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    const sum = await execute(fixture.kernel(), "w + np.ones(3)");
    expect(sum?.traceback[0]).toBe("1:1 - error TS2365: Operator '+' cannot be applied to types 'NDArray' and 'NDArray'.");
  });
});

describe("NUMTS_FULL_TRACEBACK=1", () => {
  let server: JupyterServer;
  let kernel: Kernel.IKernelConnection;
  beforeAll(async () => {
    server = await startJupyterServer({ NUMTS_FULL_TRACEBACK: "1" });
    kernel = await server.kernels.startNew({ name: "numts" });
    await kernel.info;
    expect(await execute(kernel, SETUP)).toBeUndefined();
  }, 90_000);
  afterAll(async () => {
    await kernel?.shutdown().catch(() => {});
    await server?.stop();
  });

  it("keeps numts's frames, and the cell's frame at its line", async () => {
    const frames = await traceback(kernel, "const v = a.get(5, 0);");
    expect(frames[0]).toBe("IndexError: index 5 is out of bounds for axis 0 with size 2");
    expect(frames.some((f) => /lib[/\\]dist[/\\]core[/\\]/.test(f))).toBe(true);
    expect(frames).toContain("        const v = a.get(5, 0);");
  });
});

describe("cleanStack", () => {
  const stack = (...frames: string[]) => ["Error: boom", ...frames.map((f) => `    ${f}`)].join("\n");
  const view = (full = false): StackView => ({
    sources: () => undefined,
    inspect: String,
    internalFrame: (frame) => frame.includes("/kernel/dist/"),
    libraryFrame: (frame) => frame.includes("/lib/dist/"),
    full,
  });
  const LIBRARY = "at broadcast (/repo/lib/dist/core/broadcast.js:10:5)";
  const KERNEL = "at run (/repo/kernel/dist/core/engine.js:3:1)";
  const USER = "at helper (/home/student/helper.js:2:9)";

  it("leaves out numts's and the kernel's frames, keeps the user's modules", () => {
    expect(cleanStack(stack(LIBRARY, USER, KERNEL), view())).toEqual([`    ${USER}`]);
  });

  it("keeps numts's frames when nothing of the user's is left (an error in the library's own callback)", () => {
    expect(cleanStack(stack(LIBRARY, KERNEL), view())).toEqual([`    ${LIBRARY}`]);
  });

  it("keeps every frame in full mode", () => {
    expect(cleanStack(stack(LIBRARY, USER, KERNEL), view(true))).toEqual([`    ${LIBRARY}`, `    ${USER}`, `    ${KERNEL}`]);
  });
});
