// V8's code cache for TypeScript's compiler, the 9 MB of JavaScript every kernel loads at start:
// compiling it took ~0.25 s of each start, and compiling the functions the converter then calls
// took as much again. With the code V8 made in an earlier start both take a fraction (TypeScript
// loaded, the converter started and two cells checked: 1.71 -> 1.42 s, the best of 5 runs each;
// CPU 2.8 -> 2.5 s). Saving the cache takes ~30 ms, once per Node and TypeScript version.
// Node 22's module.enableCompileCache does this for every module; Node 20 has nothing of the kind.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import vm from "node:vm";

/** What became of the cache file: V8 used it, there was none, or V8 rejected it (made by another Node or with other V8 flags, or damaged). */
export type CodeCacheState = "used" | "missing" | "rejected";

export interface CodeCachedModule {
  readonly state: CodeCacheState;
  /**
   * Writes the code V8 has compiled for the module so far (what ran, not only its top level) to the
   * cache file, unless the file was used. Call it once the module's common paths have run. Errors are
   * ignored: the cache only saves time.
   */
  save(): void;
}

/**
 * The folder of numts's caches: $NUMTS_CACHE_DIR, else numts in $XDG_CACHE_HOME (~/.cache).
 *
 * @example codeCacheDir() // "/home/student/.cache/numts"
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NUMTS_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "numts");
}

/**
 * Loads the CommonJS module at `filename` into require's cache (a later `require` of it gets this
 * instance), compiled with the code in `cacheFile` where V8 accepts it. The file's name should tell
 * apart what V8 checks (its version, the module's version), so that two Nodes do not overwrite each
 * other's; V8 rejects a cache made for other source or flags, and the module is then compiled as usual.
 */
export function loadWithCodeCache(filename: string, cacheFile: string): CodeCachedModule {
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined; // none yet, or unreadable: compiled as usual
  }
  const script = new vm.Script(Module.wrap(readFileSync(filename, "utf8")), { filename, cachedData: cached });
  const state: CodeCacheState = cached === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const module = new Module(filename);
  module.filename = filename;
  require.cache[filename] = module; // before it runs, as Node does, for modules that require it back
  try {
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
    wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  } catch (error) {
    delete require.cache[filename];
    throw error;
  }
  module.loaded = true;
  let saved = state === "used";
  return {
    state,
    save() {
      if (saved) return;
      saved = true;
      try {
        makeDirectory(dirname(cacheFile));
        // Written aside, then renamed: two kernels starting at once each write a whole file.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // a read-only home, a full disk: the next start compiles as usual
      }
    },
  };
}

/**
 * Makes `dir` and its missing parents, one at a time. Not mkdirSync's `recursive`: Node 20's loops
 * forever where mkdir answers ENOENT though the parent exists (a folder in /proc, say).
 */
function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.push(d);
  for (const d of missing.reverse()) mkdirSync(d);
}
