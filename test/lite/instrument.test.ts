// The interrupt checks the browser kernel adds to a cell's JavaScript (lite/src/worker/instrument.ts):
// one at the start of every loop body and function body, the code otherwise unchanged (same
// results, same line numbers), and a loop that never ends stops at them.
import { describe, expect, it } from "vitest";
import { CHECK, instrument } from "../../lite/src/worker/instrument";

/** Runs `js` with a CHECK that counts its calls and throws on call number `stopAt`. */
function run(js: string, stopAt = Infinity): { value: unknown; calls: number } {
  let calls = 0;
  const check = () => {
    if (++calls >= stopAt) throw new Error("interrupted");
  };
  const value = new Function(CHECK, `return (function () { ${js} })();`)(check) as unknown;
  return { value, calls };
}

describe("instrument", () => {
  it("adds a check to every kind of loop body, block or not", () => {
    const js = [
      "let n = 0;",
      "for (let i = 0; i < 3; i++) n += i;",
      "for (const x of [1, 2]) { n += x; }",
      "for (const k in { a: 1 }) n += k.length;",
      "let j = 0; while (j < 2) j++;",
      "do { j--; } while (j > 0);",
      "if (n > 0) while (j < 1) j++;",
      "return n + j;",
    ].join("\n");
    const out = instrument(js);
    expect(run(js.replace(/__numts/g, "")).value).toBe(run(out).value);
    expect(run(out)).toEqual({ value: 8, calls: 3 + 2 + 1 + 2 + 2 + 1 });
  });

  it("adds a check to functions, methods, constructors and arrow functions, keeping what they return", () => {
    const js = [
      "function f(x) { return x + 1; }",
      "const g = (x) => ({ twice: x * 2 });",
      "const h = async () => 1;",
      "class A { constructor(v) { this.v = v; } get w() { return this.v; } m() { return this.v * 10; } }",
      "class B extends A { constructor() { super(4); } }",
      "return [f(1), g(2).twice, new B().m(), new A(3).w, typeof h];",
    ].join("\n");
    // f, g, B and A (new B), m, A, the getter w
    expect(run(instrument(js))).toEqual({ value: [2, 4, 40, 3, "function"], calls: 7 });
  });

  it("keeps every line where it was (tracebacks point at the cell's lines)", () => {
    const js = "function f() {\n  for (;;) {\n    break;\n  }\n}\nconst a = () =>\n  1;\n";
    const out = instrument(js);
    expect(out.split("\n").length).toBe(js.split("\n").length);
    expect(out.split("\n")[2]).toBe("    break;");
  });

  it("stops while (true) {} at its check", () => {
    expect(() => run(instrument("while (true) {}"), 1000)).toThrow("interrupted");
    expect(() => run(instrument("let i = 0; for (;;) i++;"), 1000)).toThrow("interrupted");
  });

  it("leaves code without loops or functions as it was", () => {
    const js = "const x = 1 + 2;\nexports.x = x;";
    expect(instrument(js)).toBe(js);
  });
});
