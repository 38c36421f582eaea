// The browser kernel prints values as the Node kernel does (util.inspect, console.log's
// formatting), so that a lesson prints the same in both: lite/src/worker/inspect.ts beside Node's
// own util on the values lessons print.
import { format as nodeFormat, inspect as nodeInspect } from "node:util";
import * as np from "numts";
import { describe, expect, it } from "vitest";
import { format, inspect } from "../../lite/src/worker/inspect";

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

const VALUES: [string, unknown][] = [
  ["numbers", [1, -0, 0.1 + 0.2, NaN, -Infinity, 1e21, 5e-7]],
  ["strings inside containers", ["it's", 'say "hi"', "tab\there", ""]],
  ["a string", "plain"],
  ["booleans, null, undefined", [true, false, null, undefined]],
  ["a bigint and a symbol", [10n, Symbol("s")]],
  ["an object", { a: 1, b: "two", "not an id": [1, 2], nested: { deep: { deeper: { deepest: 1 } } } }],
  ["an empty object and array", [{}, []]],
  ["a class instance", new Point(1, 2)],
  ["a null-prototype object", Object.assign(Object.create(null) as object, { a: 1 })],
  ["functions and classes", [function named() {}, () => 1, Point, async function later() {}]],
  ["a Map and a Set", [new Map<unknown, unknown>([["a", 1], [2, { b: 3 }]]), new Set([1, "x"])]],
  ["a typed array", new Float64Array([1.5, 2])],
  ["a long list of objects", Array.from({ length: 6 }, (_, i) => ({ index: i, name: `item ${i}` }))],
  ["more than maxArrayLength", Array.from({ length: 102 }, () => "ab")],
  ["a long list of numbers, in columns", Array.from({ length: 30 }, (_, i) => i * 1.5)],
  ["a list of short strings, in columns", Array.from({ length: 12 }, (_, i) => "x".repeat(i % 4))],
  ["nested lists", [[1, [2, [3, [4]]]], { a: { b: { c: {} } } }]],
  ["a numts array (its own inspect)", np.array([[1, 2], [3, 4.5]])],
  ["numts arrays in an object", { weights: np.zeros(3), bias: np.float64(0.5) }],
  ["a Date", new Date(0)],
  ["a RegExp", /a+b/gi],
];

describe("inspect", () => {
  it.each(VALUES)("%s as util.inspect shows it", (_, value) => {
    expect(inspect(value)).toBe(nodeInspect(value));
  });

  it("the options the kernel passes for results (depth 4, 100 items, 100 columns)", () => {
    const options = { depth: 4, maxArrayLength: 100, breakLength: 100 };
    for (const [, value] of VALUES) expect(inspect(value, options)).toBe(nodeInspect(value, options));
  });
});

describe("format (console.log)", () => {
  const cases: unknown[][] = [
    ["Epoch", 3, "loss:", 0.25],
    ["%s has %d items (%i whole, %f)", "list", 3.5, 3.5, "2.5"],
    ["%O and %j", { a: [1] }, { c: 3 }],
    ["100%% done", "extra"],
    ["%s", np.arange(3)],
    [np.arange(3), "after"],
    ["no placeholders", { a: 1 }],
    [],
  ];
  it.each(cases)("console.log(%j) as Node prints it", (...args) => {
    expect(format(args)).toBe(nodeFormat(...args));
  });
});
