// TypeScript in the worker: ts.sys, which TypeScript sets only under Node, is the in-memory file
// system of the declarations the build bundled. Imported before anything reads ts.sys (the
// kernel's converter is made on it).
import ts from "@tslab/typescript-for-tslab";
// Written by lite/build.mjs: TypeScript's libraries and the packages' declarations.
import declarations from "../../build/declarations.json";
import { type Declarations, memorySystem } from "./system";

// `ts.sys` is read-only from outside; TypeScript's own (internal) setSys sets it.
const internal = ts as unknown as { sys: ts.System | undefined; setSys(system: ts.System): void };
if (internal.sys === undefined) internal.setSys(memorySystem(declarations as Declarations));
