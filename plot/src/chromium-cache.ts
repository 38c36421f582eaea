// The picture renderer's Chromium profile, and the compiled plotly.js that every new one starts with.
//
// plotly.js (4.8 MB) registers every trace type when it loads: on a 2-core machine that took
// Chromium 2.4-3 s and 3.5-4 s of CPU, at every kernel start, competing with the lesson's first
// cells. Chromium keeps V8's compiled code of a script it fetched over HTTP next to its HTTP cache,
// so a profile that has loaded the page before loads plotly.js in 0.4-0.9 s (1 s of CPU). Each
// renderer gets a profile of its own (Chromium locks a profile; several kernels run at once),
// started from a seed: a copy of those two caches made once per plotly.js and Chromium, in the
// temporary directory (as the fonts are, fonts.ts), from the profile of the first renderer that
// finds none (./picture-worker.ts loads its page twice, then copies its caches here).
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The profile's folders that hold the HTTP cache and V8's code cache. */
const CACHES = ["Cache", "Code Cache"];
const PROFILE_PREFIX = "numts-picture-profile-";
/** Written last into a seed: a seed without it is incomplete. */
const COMPLETE = "complete";

/** A stamp of a file's identity (path, size and modification time), cheap enough for every start. */
export function stamp(path: string): string {
  const s = statSync(path);
  return `${path}:${s.size}:${s.mtimeMs}`;
}

/**
 * The seed's folder for this plotly.js, Chromium and `rest` (its flags, the page's addresses): another
 * of any of them gets another seed.
 */
export function seedFolder(chromium: string, plotly: string, rest: readonly string[]): string {
  const hash = createHash("sha256").update([stamp(chromium), stamp(plotly), ...rest].join("\n")).digest("hex").slice(0, 16);
  return join(tmpdir(), `numts-picture-cache-${hash}`);
}

/** Whether the seed is there, whole. */
export function hasSeed(seed: string): boolean {
  return existsSync(join(seed, COMPLETE));
}

/**
 * A new profile folder for one renderer, holding a copy of the seed's caches if there is a seed.
 * A renderer's profile lives as long as its kernel, which ends without a word to it (its server
 * kills it): profiles of processes that have ended are removed here, by the folder's name, which
 * carries its process's pid.
 */
export function newProfile(seed: string): string {
  removeStaleProfiles();
  const profile = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  if (hasSeed(seed)) for (const name of CACHES) cpSync(join(seed, name), join(profile, "Default", name), { recursive: true });
  return profile;
}

/**
 * Copies a profile's caches into the seed's place, unless another process has put a seed there
 * first. Made aside and renamed into place, so that a reader never sees half a seed. Never throws:
 * without a seed, the next renderers load plotly.js as this one did.
 */
export function saveSeed(profile: string, seed: string): void {
  if (hasSeed(seed) || !CACHES.every((name) => existsSync(join(profile, "Default", name)))) return;
  let scratch: string | null = null;
  try {
    scratch = mkdtempSync(`${seed}.`);
    for (const name of CACHES) cpSync(join(profile, "Default", name), join(scratch, name), { recursive: true });
    writeFileSync(join(scratch, COMPLETE), "");
    rmSync(seed, { recursive: true, force: true }); // an incomplete one
    renameSync(scratch, seed);
  } catch {
    // Another process put its seed in place first, or the temporary directory is full.
  } finally {
    if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeStaleProfiles(): void {
  mkdirSync(tmpdir(), { recursive: true });
  for (const name of readdirSync(tmpdir())) {
    const pid = name.startsWith(PROFILE_PREFIX) ? Number.parseInt(name.slice(PROFILE_PREFIX.length), 10) : Number.NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}
