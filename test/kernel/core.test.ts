// The kernel core and the display API use no Node module or global, so that the JupyterLite
// kernel can run them in a Web Worker: kernel/tsconfig.core.json checks them against the
// browser's types only.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./kernelspec";

const tsc = (project: string) => spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project], { encoding: "utf8" });

describe("the kernel core is platform-neutral", () => {
  it("type-checks against lib es2022 + webworker without @types/node", () => {
    const run = tsc(join(ROOT, "kernel/tsconfig.core.json"));
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("that check rejects Node's modules and globals", () => {
    const dir = mkdtempSync(join(tmpdir(), "numts-core-check-"));
    writeFileSync(join(dir, "probe.ts"), 'import "node:fs";\nimport { join } from "node:path";\nexport const a = Buffer.from(join("x"));\nexport const b = process.pid;\nexport const c = require("vm");\n');
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: join(ROOT, "kernel/tsconfig.core.json"), include: [join(dir, "probe.ts")] }));
    const out = tsc(join(dir, "tsconfig.json")).stdout;
    for (const name of ["'node:fs'", "'node:path'", "'Buffer'", "'process'", "'require'"]) expect(out).toContain(name);
  });
});
