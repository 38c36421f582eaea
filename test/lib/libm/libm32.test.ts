// lib/libm/float32 against NumPy's float32 functions (which call glibc's float functions): inputs
// of every range and every bit pattern, bit for bit.
import { acosf, asinf } from "../../../lib/libm/float32/asin";
import { acoshf, asinhf, atanhf } from "../../../lib/libm/float32/asinh";
import { atan2f, atanf } from "../../../lib/libm/float32/atan";
import { exp2f, expf } from "../../../lib/libm/float32/exp";
import { expm1f } from "../../../lib/libm/float32/expm1";
import { hypotf } from "../../../lib/libm/float32/hypot";
import { logf } from "../../../lib/libm/float32/log";
import { log10f } from "../../../lib/libm/float32/log10";
import { log1pf } from "../../../lib/libm/float32/log1p";
import { log2f } from "../../../lib/libm/float32/log2";
import { powf } from "../../../lib/libm/float32/pow";
import { cosf, sinf } from "../../../lib/libm/float32/sin";
import { coshf, sinhf } from "../../../lib/libm/float32/sinh";
import { tanf } from "../../../lib/libm/float32/tan";
import { tanhf } from "../../../lib/libm/float32/tanh";
import { log2 } from "../../../lib/libm/log2";
import { hashedFloats } from "../../golden";
import { replayLibm } from "./replay";

const UNARY = {
  exp: expf, exp2: exp2f, log: logf, log2: log2f, log10: log10f, sin: sinf, cos: cosf, tan: tanf, tanh: tanhf, expm1: expm1f,
  log1p: log1pf, sinh: sinhf, cosh: coshf, arcsin: asinf, arccos: acosf, arctan: atanf, arcsinh: asinhf, arccosh: acoshf, arctanh: atanhf,
};
const BINARY = { power: powf, arctan2: atan2f, hypot: hypotf };
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

replayLibm({
  title: "libm float32: bit-identical to NumPy's float32 functions (glibc 2.36, x86-64)",
  file: "libm32",
  width: "float32 ",
  unary: UNARY,
  binary: BINARY,
  inputs: hashedFloats,
  output: (n) => new Float32Array(n),
  bits: (v) => {
    F32[0] = v === v ? v : NaN;
    return U32[0].toString(16).padStart(8, "0");
  },
  // "edge32" exponents aim y·log2(x) at powf's overflow and underflow thresholds.
  // (glibc's log2, as NumPy's: V8's Math.log2 may differ in the last bit.)
  edge: { kind: "edge32", log: log2 },
});
