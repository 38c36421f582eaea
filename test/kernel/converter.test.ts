// The cell converter (kernel/src/core/converter.ts) on its own, in a folder of its own: the value
// of a cell's last expression, what it keeps between cells, and the files it reads again.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "@tslab/typescript-for-tslab";
import { describe, expect, it } from "vitest";
import { createConverter } from "../../kernel/src/core/converter";
import type { Conversion } from "../../kernel/src/core/platform";

function converterIn(dir: string) {
  const system: ts.System = Object.create(ts.sys, { getCurrentDirectory: { value: () => dir } });
  return createConverter({ system, browser: false });
}

/** Converts and runs `cells` one after the other as the engine does; returns the last conversion and the cells' exports. */
function run(dir: string, cells: string[]): { last: Conversion; exports: Record<string, unknown> } {
  const converter = converterIn(dir);
  const exports: Record<string, unknown> = {};
  let prevDecl = "";
  let last: Conversion = { diagnostics: [] };
  for (const cell of cells) {
    last = converter.convert(prevDecl, cell);
    expect(last.diagnostics).toEqual([]);
    new Function("exports", "require", last.output ?? "")(exports, () => ({}));
    prevDecl = last.declOutput ?? "";
  }
  return { last, exports };
}

const value = ({ last, exports }: ReturnType<typeof run>) => (last.lastExpressionVar === undefined ? "no value" : exports[last.lastExpressionVar]);

describe("the value of a cell's last expression", () => {
  const dir = mkdtempSync(join(tmpdir(), "numts-converter-"));
  mkdirSync(join(dir, "node_modules", "shapes"), { recursive: true });
  writeFileSync(join(dir, "node_modules", "shapes", "index.d.ts"), "export interface Point { x: number }\nexport declare const origin: Point;\n");

  it("n++ of a name the cell exports is n's value before the increment", () => {
    const result = run(dir, ["let n = 1", "n++"]);
    expect(value(result)).toBe(1);
    expect(result.exports.n).toBe(2);
  });

  it("reads earlier cells' names through exports", () => {
    expect(value(run(dir, ["const a = 20", "a + 1"]))).toBe(21);
  });

  it("an import of types only after the expression leaves it the last", () => {
    expect(value(run(dir, ['3 + 3\nimport type { Point } from "shapes"']))).toBe(6);
  });

  it("a declaration of types after the expression ends the cell without a value, as with tslab's converter", () => {
    expect(value(run(dir, ["1 + 1\ntype T = number"]))).toBe("no value");
    expect(value(run(dir, ["1 + 1\ninterface I {}"]))).toBe("no value");
  });
});

describe("files read again", () => {
  it("a package installed after a cell failed to find it is found when the cell runs again", () => {
    const dir = mkdtempSync(join(tmpdir(), "numts-converter-"));
    const converter = converterIn(dir);
    const cell = 'import { later } from "later"\nlater';
    expect(converter.convert("", cell).diagnostics.map((d) => d.code)).toEqual([2307]);
    mkdirSync(join(dir, "node_modules", "later"), { recursive: true });
    writeFileSync(join(dir, "node_modules", "later", "index.d.ts"), "export declare const later: number;\n");
    expect(converter.convert("", cell).diagnostics).toEqual([]);
  });

  it("the user's module beside the notebook is checked as it is now", () => {
    const dir = mkdtempSync(join(tmpdir(), "numts-converter-"));
    const converter = converterIn(dir);
    const cell = 'import { h } from "./helper"\nconst k: number = h';
    writeFileSync(join(dir, "helper.ts"), "export const h = 1;\n");
    expect(converter.convert("", cell).diagnostics).toEqual([]);
    writeFileSync(join(dir, "helper.ts"), 'export const h = "one";\n');
    expect(converter.convert("", cell).diagnostics.map((d) => d.messageText)).toEqual(["Type 'string' is not assignable to type 'number'."]);
  });
});

describe("the globals a cell sees", () => {
  // A folder with Node's types and another @types package that declares a global, as this
  // repository's node_modules has (jQuery's `$`).
  const dir = mkdtempSync(join(tmpdir(), "numts-converter-types-"));
  mkdirSync(join(dir, "node_modules", "@types", "dollar"), { recursive: true });
  writeFileSync(join(dir, "node_modules", "@types", "dollar", "index.d.ts"), "declare const $: (selector: string) => number;\n");
  writeFileSync(join(dir, "node_modules", "@types", "dollar", "package.json"), '{"name": "@types/dollar", "types": "index.d.ts"}\n');

  it("are Node's, not those of every installed @types package; a cell can reference one", () => {
    const converter = createConverter({ system: Object.create(ts.sys, { getCurrentDirectory: { value: () => dir } }), browser: false, fallbackTypeRoot: join(__dirname, "../../node_modules/@types") });
    expect(converter.convert("", "process.version").diagnostics).toEqual([]);
    expect(converter.convert("", '$("p")').diagnostics.map((d) => d.code)).toEqual([2592]); // "Cannot find name '$'. Do you need to install type definitions for jQuery?"
    expect(converter.convert("", '/// <reference types="dollar" />\n$("p")').diagnostics).toEqual([]);
  });
});

describe("documentation (Shift-Tab)", () => {
  // Declaration files are parsed without their JSDoc, which inspect puts back: it must show all of it.
  const dir = mkdtempSync(join(tmpdir(), "numts-converter-docs-"));
  const pkg = join(dir, "node_modules", "documented");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), '{"name": "documented", "types": "index.d.ts"}\n');
  writeFileSync(join(pkg, "index.d.ts"), 'export { area } from "./shapes";\nexport { Square } from "./square";\n');
  writeFileSync(
    join(pkg, "shapes.d.ts"),
    ["/**", " * The area of a disc.", " * @param r its radius", " * @example area(2)", " */", "export declare function area(r: number): number;", ""].join("\n"),
  );
  writeFileSync(join(pkg, "shape.d.ts"), "export declare class Shape {\n  /** How many corners it has. */\n  corners(): number;\n}\n");
  writeFileSync(join(pkg, "square.d.ts"), 'import { Shape } from "./shape";\nexport declare class Square extends Shape {\n  corners(): number;\n}\n/**/\n');
  const converter = createConverter({ system: Object.create(ts.sys, { getCurrentDirectory: { value: () => dir } }), browser: false, fallbackTypeRoot: join(__dirname, "../../node_modules/@types") });
  const prev = converter.convert("", 'import { area, Square } from "documented";\nconst sq = new Square();').declOutput ?? "";
  const shown = (code: string, at: number) => {
    const info = converter.inspect(prev, code, at);
    return { documentation: ts.displayPartsToString(info?.documentation), tags: (info?.tags ?? []).map((t) => `${t.name} ${ts.displayPartsToString(t.text)}`) };
  };

  it("of a package's function, through a re-export, with its tags", () => {
    expect(shown("area(1)", 2)).toEqual({ documentation: "The area of a disc.", tags: ["param r its radius", "example area(2)"] });
  });

  it("inherited by a member without its own, from a base class in another file", () => {
    expect(shown("sq.corners()", 5).documentation).toBe("How many corners it has.");
  });

  it("of TypeScript's libraries and Node's types", () => {
    expect(shown("Math.exp(1)", 6).documentation).toContain("Returns e (the base of natural logarithms) raised to a power.");
    expect(shown("console.log(1)", 9).documentation).toContain("Prints to `stdout` with newline.");
  });
});
