// V8's code cache for the modules the kernel loads at start (kernel/src/node/code-cache.ts): each
// load runs in a Node of its own, as kernel starts do.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeCacheDir } from "../../kernel/src/node/code-cache";

const LOADER = join(__dirname, "../../kernel/dist/node/code-cache.js");

/** Loads `module` through the cache file in a new Node; its state, what the module exports, and whether require then gives that instance. */
function load(module: string, cacheFile: string): { state: string; answer: number; same: boolean } {
  const script = `const { loadWithCodeCache } = require(${JSON.stringify(LOADER)});
const cached = loadWithCodeCache(${JSON.stringify(module)}, ${JSON.stringify(cacheFile)});
const m = require(${JSON.stringify(module)});
m.work();
cached.save();
console.log(JSON.stringify({ state: cached.state, answer: m.answer, same: m === require.cache[${JSON.stringify(module)}].exports }));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 })) as { state: string; answer: number; same: boolean };
}

describe("the code cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "numts-code-cache-"));
  const module = join(dir, "answer.js");
  writeFileSync(module, "exports.answer = 42;\nexports.work = function () { let s = 0; for (let i = 0; i < 10; i++) s += i; return s; };\n");
  const cacheFile = join(dir, "cache", "answer.cache");

  it("is made by the first load, used by the next, and a damaged one is replaced", () => {
    expect(load(module, cacheFile)).toEqual({ state: "missing", answer: 42, same: true });
    expect(readFileSync(cacheFile).length).toBeGreaterThan(0);
    expect(load(module, cacheFile)).toEqual({ state: "used", answer: 42, same: true });
    writeFileSync(cacheFile, "not V8's code");
    expect(load(module, cacheFile).state).toBe("rejected");
    expect(load(module, cacheFile).state).toBe("used");
  });

  it("that cannot be written leaves the module loaded as usual", () => {
    expect(load(module, join(module, "inside-a-file.cache"))).toEqual({ state: "missing", answer: 42, same: true });
    // A folder where mkdir answers ENOENT though the parent exists (mkdirSync's recursive loops forever there).
    if (process.platform === "linux") expect(load(module, "/proc/numts-cache/answer.cache").state).toBe("missing");
  });

  it("lives in $NUMTS_CACHE_DIR, else in numts under $XDG_CACHE_HOME", () => {
    expect(codeCacheDir({ NUMTS_CACHE_DIR: "/srv/cache" })).toBe("/srv/cache");
    expect(codeCacheDir({ XDG_CACHE_HOME: "/home/s/.cache" })).toBe(join("/home/s/.cache", "numts"));
  });
});
