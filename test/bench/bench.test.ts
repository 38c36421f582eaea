// `npm run bench` is a benchmark, not a test: this only checks that it runs (in --quick mode)
// and reports every workload beside NumPy. It asserts no timing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- an ES module script without declarations
import { nbconvertExecute } from "../../scripts/jupyter.mjs";
import { JUPYTER_PYTHON, ROOT } from "../kernel/kernelspec";

interface Results {
  quick: boolean;
  numts_vs_numpy: { numpy: { numpy: string; blas: string }; rows: { workload: number; name: string }[] };
  libm: { name: string; numts_ns: number; math_ns: number | null }[];
}

describe("npm run bench", () => {
  it("runs every workload in numts and NumPy and writes the results", () => {
    const out = join(mkdtempSync(join(tmpdir(), "numts-bench-")), "results.json");
    const printed = execFileSync(process.execPath, [join(ROOT, "bench/run.mjs"), "--quick"], { encoding: "utf8", env: { ...process.env, NUMTS_BENCH_OUT: out } });
    expect(printed).toContain("| workload | numts | NumPy | ratio | target | numpy-ts |");
    const results = JSON.parse(readFileSync(out, "utf8")) as Results;
    expect(results.quick).toBe(true);
    expect(results.numts_vs_numpy.numpy.numpy).toMatch(/^\d+\.\d+/);
    const workloads = new Set(results.numts_vs_numpy.rows.map((r) => r.workload));
    expect([...workloads].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results.numts_vs_numpy.rows.filter((r) => r.workload === 3).map((r) => r.name.split(" ")[0])).toEqual(["dot", "add", "maximum", "where", "exp"]);
    expect(printed).toContain("| function | numts | Math.* loop | ratio |");
    expect(results.libm.map((r) => r.name)).toContain("sin");
    expect(results.libm.every((r) => r.numts_ns > 0)).toBe(true);
  }, 120_000);
});

describe("bench/lesson_bench.py", () => {
  it("executes the lessons with npm run notebooks's nbconvert arguments and environment (cell timings recorded)", () => {
    // What the bench runs nbconvert with, asked of its own code by Debian's Python, as run.mjs runs it.
    const printed = execFileSync(JUPYTER_PYTHON, ["-c", "import json, lesson_bench; print(json.dumps(lesson_bench.numts_execute()))"], { cwd: join(ROOT, "bench"), encoding: "utf8" });
    const bench = JSON.parse(printed) as { args: string[]; env: Record<string, string> };
    const notebooks = nbconvertExecute(process.env, { recordTiming: true }) as { args: string[]; env: Record<string, string> };
    expect(bench.args).toEqual(notebooks.args);
    expect(bench.args).toContain("--NotebookExporter.preprocessors=['numts_execute.NumtsExecutePreprocessor', 'nbconvert.preprocessors.coalesce_streams']");
    expect(bench.args).toContain("--ExecutePreprocessor.record_timing=True");
    expect(bench.env.PYTHONPATH).toBe(notebooks.env.PYTHONPATH);
  });
});
