// lib/libm against NumPy (which calls glibc's libm): millions of inputs, bit for bit.
import { describe, expect, it } from "vitest";
import { acos, asin } from "../../../lib/libm/asin";
import { acosh, asinh, atanh } from "../../../lib/libm/asinh";
import { atan } from "../../../lib/libm/atan";
import { atan2 } from "../../../lib/libm/atan2";
import { exp } from "../../../lib/libm/exp";
import { expArray } from "../../../lib/libm/exp-wasm";
import { exp2 } from "../../../lib/libm/exp2";
import { expm1 } from "../../../lib/libm/expm1";
import { fma } from "../../../lib/libm/fma";
import { hypot } from "../../../lib/libm/hypot";
import { log } from "../../../lib/libm/log";
import { log10 } from "../../../lib/libm/log10";
import { log1p } from "../../../lib/libm/log1p";
import { log2 } from "../../../lib/libm/log2";
import { pow } from "../../../lib/libm/pow";
import { cos, sin } from "../../../lib/libm/sin";
import { cosh, sinh } from "../../../lib/libm/sinh";
import { tan } from "../../../lib/libm/tan";
import { tanh } from "../../../lib/libm/tanh";
import { bits, hashedDoubles } from "../../golden";
import { replayLibm } from "./replay";

const UNARY = { log, exp, sin, cos, tan, tanh, expm1, log1p, log2, log10, exp2, atan, asin, acos, sinh, cosh, asinh, acosh, atanh };
const BINARY = { pow, atan2, hypot };
replayLibm({
  title: "libm: bit-identical to NumPy's float64 functions (glibc 2.36, x86-64)",
  file: "libm",
  width: "",
  unary: UNARY,
  binary: BINARY,
  inputs: hashedDoubles,
  output: (n) => new Float64Array(n),
  bits: (v) => bits(v === v ? v : NaN),
  // "edge" exponents aim y·log(x) at exp's overflow and underflow thresholds.
  edge: { kind: "edge", log },
  // np.exp's float64 kernel (WebAssembly): the golden inputs in one call, chunks and all.
  rows: { exp: (x, out) => expArray(x, 0, 1, out, 0, 1, x.length) },
});

describe("fma", () => {
  it("rounds a·b + c once", () => {
    const e = 2 ** -52;
    // (1 + e)(1 - e) - 1 = -e² exactly; without fusing, the product rounds to 1 and the result to 0.
    expect(fma(1 + e, 1 - e, -1)).toBe(-(e * e));
    expect(fma(2, 3, 4)).toBe(10);
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
    expect(fma(-0.5, 2, 1)).toBe(0);
  });
});
