// Printing details the golden files do not reach.
import * as np from "numts";
import { describe, expect, it } from "vitest";

describe("integers print exactly", () => {
  it("beyond 2**53, where a double's shortest digits would be wrong (int64 is stored in doubles)", () => {
    const a = np.array([2 ** 53 + 2, -(2 ** 63)], "int64");
    expect(String(a)).toBe("[    9007199254740994 -9223372036854775808]");
    expect(String(np.reciprocal(np.array(0, "int64")))).toBe("-9223372036854775808");
  });
});
