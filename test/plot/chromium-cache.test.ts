// The picture renderer's Chromium profiles and their seed (plot/src/chromium-cache.ts): a profile
// per renderer, started from the seed; the seed made once, whole or not at all; profiles of ended
// processes removed. Then two kernels' worth of pictures in one temporary directory: the first
// leaves a seed holding V8's compiled plotly.js, the second starts from it and draws the same bytes.
import { execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasSeed, newProfile, saveSeed, seedFolder } from "../../plot/src/chromium-cache";
import { chromiumPath } from "../../plot/src/picture";
import { plotlyPath } from "../../plot/src/plotly";
import { ROOT } from "../kernel/kernelspec";

const outerTmp = tmpdir();
let scratch: string;
const previousTmp = process.env.TMPDIR;

beforeAll(() => {
  scratch = mkdtempSync(join(outerTmp, "numts-cache-test-"));
  process.env.TMPDIR = scratch; // os.tmpdir() reads it at every call
});
afterAll(() => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  // The last kernel's Chromium outlives it by a moment (it exits once its pipe closes), still writing its profile.
  rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
});

/** A profile as Chromium leaves it: its two caches, with an entry each. */
function fakeProfile(tag: string): string {
  const profile = mkdtempSync(join(scratch, "fake-"));
  for (const name of ["Cache", "Code Cache"]) {
    mkdirSync(join(profile, "Default", name), { recursive: true });
    writeFileSync(join(profile, "Default", name, "entry"), tag);
  }
  return profile;
}

describe("profiles and the seed", () => {
  it("the seed's folder changes with plotly.js, Chromium and the flags", () => {
    const chromium = process.execPath; // any file: only its size and time count
    const a = seedFolder(chromium, plotlyPath(), ["--a"]);
    expect(seedFolder(chromium, plotlyPath(), ["--a"])).toBe(a);
    expect(seedFolder(chromium, plotlyPath(), ["--b"])).not.toBe(a);
    expect(seedFolder(join(ROOT, "package.json"), plotlyPath(), ["--a"])).not.toBe(a);
    expect(a.startsWith(scratch)).toBe(true);
  });

  it("without a seed a profile starts empty; the first seed saved is kept, whole; later profiles start from it", () => {
    const seed = join(scratch, "seed-1");
    expect(hasSeed(seed)).toBe(false);
    const empty = newProfile(seed);
    expect(readdirSync(empty)).toEqual([]);

    saveSeed(fakeProfile("first"), seed);
    expect(hasSeed(seed)).toBe(true);
    saveSeed(fakeProfile("second"), seed); // another kernel's, later: the first stays
    const profile = newProfile(seed);
    expect(readdirSync(join(profile, "Default")).sort()).toEqual(["Cache", "Code Cache"]);
    expect(readFileSync(join(profile, "Default", "Code Cache", "entry"), "utf8")).toBe("first");
    expect(readdirSync(scratch).filter((n) => n.startsWith("seed-1."))).toEqual([]); // no scratch copy left
  });

  it("a profile without both caches (Chromium not yet started) makes no seed", () => {
    const seed = join(scratch, "seed-2");
    const profile = mkdtempSync(join(scratch, "fake-"));
    mkdirSync(join(profile, "Default", "Cache"), { recursive: true });
    saveSeed(profile, seed);
    expect(hasSeed(seed)).toBe(false);
    expect(existsSync(seed)).toBe(false);
  });

  it("profiles of processes that have ended are removed at the next start; a living process's stay", () => {
    const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    const living = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      const gone = join(scratch, `numts-picture-profile-${ended}-abc`);
      const kept = join(scratch, `numts-picture-profile-${living.pid}-abc`);
      const other = join(scratch, "numts-picture-profile-notapid");
      for (const dir of [gone, kept, other]) mkdirSync(join(dir, "Default"), { recursive: true });
      const mine = newProfile(join(scratch, "seed-3"));
      expect(existsSync(gone)).toBe(false);
      expect(existsSync(kept)).toBe(true);
      expect(existsSync(other)).toBe(true);
      expect(existsSync(mine)).toBe(true);
      expect(mine).toContain(`numts-picture-profile-${process.pid}-`);
    } finally {
      living.kill();
    }
  });
});

/** Draws a chart in a process of its own, as a kernel does, then waits (up to 20 s) for the seed; prints the picture. */
const DRAW = `
const { plot } = require(${JSON.stringify(join(ROOT, "plot/dist/index.js"))});
const { picture, whyNoPicture } = require(${JSON.stringify(join(ROOT, "plot/dist/picture.js"))});
const f = plot.scatter([1, 2, 3], [3, 1, 2], { title: "seeded" });
const svg = picture(JSON.stringify(f), f.size()) ?? "none: " + whyNoPicture();
const fs = require("fs");
const started = Date.now();
const wait = () => (fs.readdirSync(process.env.TMPDIR).some((n) => /^numts-picture-cache-[0-9a-f]+$/.test(n)) || Date.now() - started > 20000 ? process.stdout.write(svg) : setTimeout(wait, 100));
wait();
`;

describe.skipIf(chromiumPath() === undefined)("two kernels' pictures", () => {
  it("the first leaves a seed with V8's code for plotly.js; the second starts from it and draws the same picture", async () => {
    const tmp = mkdtempSync(join(scratch, "kernels-"));
    const draw = async () => (await promisify(execFile)(process.execPath, ["-e", DRAW], { env: { ...process.env, TMPDIR: tmp }, timeout: 90_000 })).stdout;
    const first = await draw();
    expect(first).not.toMatch(/^none/);
    const [seed] = readdirSync(tmp).filter((n) => /^numts-picture-cache-[0-9a-f]+$/.test(n));
    expect(seed).toBeDefined();
    // V8's code for plotly.js (4.8 MB of source) is megabytes; the page's own scripts are bytes.
    const code = join(tmp, seed, "Code Cache", "js");
    expect(Math.max(...readdirSync(code).map((n) => statSync(join(code, n)).size))).toBeGreaterThan(1_000_000);
    const second = await draw();
    expect(second).toBe(first);
    // One profile per kernel: the first's (its process has ended) was removed when the second started.
    expect(readdirSync(tmp).filter((n) => n.startsWith("numts-picture-profile-")).length).toBe(1);
  }, 180_000);
});
