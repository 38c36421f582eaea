// Imported first by main.ts, before the modules that import TypeScript: sets the kernel's V8
// flags, then loads TypeScript's compiler through V8's code cache (./code-cache). In this order
// because V8 rejects a code cache made with other flags.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codeCacheDir, loadWithCodeCache } from "./code-cache";
import { setKernelV8Flags } from "./tuning";

setKernelV8Flags();

const TYPESCRIPT = "@tslab/typescript-for-tslab";
const version = (JSON.parse(readFileSync(require.resolve(`${TYPESCRIPT}/package.json`), "utf8")) as { version: string }).version;

/** TypeScript's compiler, in require's cache for every module that imports it. */
export const typescriptCache = loadWithCodeCache(require.resolve(TYPESCRIPT), join(codeCacheDir(), `typescript-${version}-v8-${process.versions.v8}-${process.arch}.cache`));
