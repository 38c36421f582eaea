// The file system TypeScript sees in the worker: a read-only ts.System in memory holding
// TypeScript's own libraries and the type declarations of numts's packages (put together by
// lite/build.mjs), so that cells are checked against numts as in Node.
import type ts from "@tslab/typescript-for-tslab";

/** The files the build put together: paths (absolute, "/"-separated) and their text. */
export interface Declarations {
  /** Where TypeScript's lib.*.d.ts are, as if typescript.js were run from there. */
  libDir: string;
  /** The folder cells are checked in (node_modules/ is resolved from there). */
  cwd: string;
  files: Record<string, string>;
}

/** A ts.System over `declarations`: reading works, writing and watching do nothing. */
export function memorySystem(declarations: Declarations): ts.System {
  const files = new Map(Object.entries(declarations.files));
  const dirs = new Set<string>(["/"]);
  for (const path of files.keys()) {
    for (let i = path.indexOf("/", 1); i !== -1; i = path.indexOf("/", i + 1)) dirs.add(path.slice(0, i));
  }
  const children = (dir: string, wantDirs: boolean): string[] => {
    const prefix = dir.endsWith("/") ? dir : `${dir}/`;
    const names = new Set<string>();
    for (const path of wantDirs ? dirs : files.keys()) {
      if (path.startsWith(prefix) && path.length > prefix.length && !path.slice(prefix.length).includes("/")) names.add(path.slice(prefix.length));
    }
    return [...names];
  };
  return {
    args: [],
    newLine: "\n",
    useCaseSensitiveFileNames: true,
    write: () => {},
    readFile: (path) => files.get(path),
    writeFile: () => {},
    fileExists: (path) => files.has(path),
    directoryExists: (path) => dirs.has(path.replace(/\/$/, "") || "/"),
    createDirectory: () => {},
    getExecutingFilePath: () => `${declarations.libDir}/typescript.js`,
    getCurrentDirectory: () => declarations.cwd,
    getDirectories: (path) => children(path, true),
    readDirectory: (path, extensions) => children(path, false).filter((name) => extensions === undefined || extensions.some((e) => name.endsWith(e))).map((name) => `${path.replace(/\/$/, "")}/${name}`),
    exit: () => {},
    realpath: (path) => path,
    resolvePath: (path) => path,
    watchFile: () => ({ close: () => {} }),
    watchDirectory: () => ({ close: () => {} }),
    setTimeout: (callback, ms, ...args) => setTimeout(callback, ms, ...args),
    clearTimeout: (id) => clearTimeout(id as number),
  };
}
