// Charts in a real kernel through a real Jupyter server: plotly.js once per notebook, the chart
// output, deterministic bytes, live charts, bad input.
import { beforeAll, describe, expect, it } from "vitest";
import { runCell, type StoredOutput } from "../kernel/outputs";
import { useJupyterKernel } from "../kernel/server";

const fixture = useJupyterKernel();
const run = (code: string) => runCell(fixture.kernel(), code);

type ChartJson = { data: { x?: number[]; x0?: number; dx?: number; y: number[] }[] };
const chart = (o: StoredOutput) => o.data?.["application/vnd.plotly.v1+json"] as ChartJson | undefined;

beforeAll(async () => {
  expect((await run('import { plot } from "numts-plot";\nimport * as np from "numts";')).status).toBe("ok");
}, 60_000);

describe("charts in the kernel", () => {
  const first = "plot.loss([4, 2, 1], { title: 'First' })";

  it("the first chart of a session brings plotly.js in one extra output before it", async () => {
    const r = await run(first);
    expect(r.status).toBe("ok");
    expect(r.outputs.map((o) => o.output_type)).toEqual(["display_data", "execute_result"]);
    const [loader, result] = r.outputs;
    expect(loader.metadata).toEqual({ numts: { plotly: expect.stringMatching(/^\d+\.\d+\.\d+$/) } });
    expect(String(loader.data?.["text/html"]).length).toBeGreaterThan(4_000_000);
    expect(chart(result)?.data[0].y).toEqual([4, 2, 1]);
    expect(String(result.data?.["text/html"])).toContain("data:image/svg+xml;base64,");
  }, 60_000);

  it("running the same cell again stores the same bytes; other cells do not repeat plotly.js", async () => {
    const before = await run(first);
    const again = await run(first);
    expect(JSON.stringify(again.outputs.map((o) => [o.output_type, o.data, o.metadata]))).toBe(JSON.stringify(before.outputs.map((o) => [o.output_type, o.data, o.metadata])));
    const other = await run("plot.scatter([1, 2], [3, 4], { color: [0, 1] }).show();\nplot.line([1, 2, 3])");
    expect(other.outputs.map((o) => o.output_type)).toEqual(["display_data", "execute_result"]);
    expect(other.outputs.every((o) => chart(o) !== undefined)).toBe(true);
  }, 60_000);

  it("a live chart pushed 1000 times in a loop ends with all 1000 points and a picture, in a few updates", async () => {
    const r = await run("const live = plot.live({ title: 'Live' });\nfor (let i = 0; i < 1000; i++) live.push(Math.exp(-i / 300));");
    expect(r.status).toBe("ok");
    expect(r.outputs).toHaveLength(1);
    const final = chart(r.outputs[0]);
    expect(final?.data[0].y).toHaveLength(1000);
    expect(final?.data[0]).toMatchObject({ x0: 0, dx: 1 });
    expect(String(r.outputs[0].data?.["text/html"])).toContain("data:image/svg+xml;base64,");
    const updates = r.messages.filter((m) => m.header.msg_type === "update_display_data").length;
    expect(updates).toBeGreaterThanOrEqual(1);
    expect(updates).toBeLessThan(20);
  }, 60_000);

  it("a live chart created in one cell is updated by pushes in later cells", async () => {
    const created = await run("const later = plot.live({ start: 1 });");
    expect(created.outputs).toHaveLength(1);
    const pushed = await run("later.push({ train: 0.5, validation: 0.7 });\nlater.push({ train: 0.4, validation: 0.6 }, 5);");
    expect(pushed.outputs).toEqual([]);
    const updates = pushed.messages.filter((m) => m.header.msg_type === "update_display_data");
    const last = updates[updates.length - 1].content as { data: Record<string, ChartJson> };
    expect(last.data["application/vnd.plotly.v1+json"].data.map((t) => [t.x, t.y])).toEqual([
      [[1, 5], [0.5, 0.4]],
      [[1, 5], [0.7, 0.6]],
    ]);
  }, 60_000);

  it("bad input is a clear error, and the next cell works", async () => {
    const empty = await run("plot.loss([])");
    expect(empty.status).toBe("error");
    expect(empty.outputs[0]).toMatchObject({ output_type: "error", ename: "ValueError", evalue: "plot.loss: values is empty: a chart needs at least one value" });
    const mismatch = await run("plot.scatter(np.arange(3), np.arange(4))");
    expect(mismatch.outputs[0].evalue).toBe("plot.scatter: x has 3 values but y has 4; they must have the same length");
    expect((await run("plot.loss([1, NaN, 2])")).status).toBe("ok");
  }, 60_000);
});
