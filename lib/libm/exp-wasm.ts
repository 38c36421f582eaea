// np.exp's kernel for float64 arrays: the algorithm of exp.ts (glibc's, Arm's optimized-routines)
// in WebAssembly SIMD, two elements at a time, with the bits of each double free to read (no
// typed-array aliasing) and the table in wasm memory. Every result is glibc's, bit for bit.
// glibc's x86-64 build fuses seven multiply-adds. Where the engine has relaxed SIMD and its
// f64x2.relaxed_madd is fused (hardware FMA: a test at every call), the "fused" kernel does
// exactly glibc's operations. Elsewhere the "checked" kernel computes each one unfused and checks
// that it rounds as the fused one would. The elements a check fails for, and the rare ranges
// (|x| >= 512, infinities, NaN), are listed, and the scalar `exp` of exp.ts computes just those.
// Where WebAssembly SIMD is missing, the scalar `exp` runs for every element.
import { exp } from "./exp";
import { C2, C3, C4, C5, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT, TABLE } from "./exp_table";
import { I32, instantiate, op, V128 } from "../wasm/asm";

// ---- the kernel ---------------------------------------------------------------------------------
//
// The checked kernel: a multiply-add fma(a, b, c) computed as s = c + p, p = a·b rounded, is the
// fused one's result when every value the exact a·b can have rounds to s when added to c: p·(1 ±
// 2^-52) bracket a·b (p's rounding moves it by at most half an ulp, and p·2^-52 is at least one),
// and rounding is monotonic, so if c + p·(1 + 2^-52) and c + p·(1 - 2^-52) round alike, c + a·b
// rounds to s too. Where a factor of p is itself an unchecked unfused multiply-add (one ulp off at
// most), 2^-50 widens the bracket enough. Unfused, glibc's k differs only within 2^-30 of a half-
// integer (tested with a wide margin), and its other products are exact or plain ones. The checks
// fail for about 0.8% of randn's inputs, where a sum lies near a rounding boundary.

// Parameters: byte addresses of the input, the output and the list of flagged indices; the
// number of elements (even). The table (128 × [T bits, H bits], 2 KiB) is at address 0, the
// constants after it.
const [IN, OUT, LIST, N] = [0, 1, 2, 3];
// Locals: i32; the v128 values of one pair of elements; the constants, loaded from memory once
// before the loop (V8 would rebuild a v128.const, three instructions, at every use, even one
// set into a local first).
const [I, END, COUNT, MASK] = [4, 5, 6, 7];
const VALUES = ["X", "AX", "Z", "KS", "KD", "T1", "PLO", "R", "H0", "H1", "TAIL", "SCALE", "R2", "QD", "D", "PI", "E", "INNER", "PO", "TMP", "P", "Y", "OK", "TINY"] as const;
const v = Object.fromEntries(VALUES.map((name, i) => [name, 8 + i])) as Record<(typeof VALUES)[number], number>;
const { X, AX, Z, KS, KD, T1, PLO, R, H0, H1, TAIL, SCALE, R2, QD, D, PI, E, INNER, PO, TMP, P, Y, OK, TINY } = v;

const UP = 1 + 2 ** -52;
const DOWN = 1 - 2 ** -52;
const UP_WIDE = 1 + 2 ** -50;
const DOWN_WIDE = 1 - 2 ** -50;
/** The f64x2 constants (each value in both lanes), then the i64x2 127 (the table index's mask). */
/** a·b + c for these is -2^-104 fused, 0 unfused. */
const FMA_TEST = [1 + 2 ** -52, 1 - 2 ** -52, -1, -(2 ** -104)];
const CONSTANTS = [2 ** -54, 512, INV_LN2_N, SHIFT, 0.4999999, NEG_LN2_HI_N, NEG_LN2_LO_N, C2, C3, C4, C5, 1, UP, DOWN, UP_WIDE, DOWN_WIDE, ...FMA_TEST];
const CONSTANTS_AT = TABLE.byteLength;
const CONSTANT_LOCALS = 8 + VALUES.length;
const INDEX_MASK = op.get(CONSTANT_LOCALS + CONSTANTS.length);
const LOCALS = [...new Array<number>(4).fill(I32), ...new Array<number>(VALUES.length + CONSTANTS.length + 1).fill(V128)];

const get = op.get;
const set = op.set;
/** A constant's local. */
function c(value: number): number[] {
  const i = CONSTANTS.indexOf(value);
  if (i < 0) throw new Error(`exp-wasm: ${value} is not among the constants`);
  return get(CONSTANT_LOCALS + i);
}

/** OK &= (sum + p·up == sum + p·down): sum + p rounds as sum + a·b does (see above). */
function certain(sum: number[], p: number, up: number, down: number): number[] {
  return [
    ...get(OK),
    ...sum, ...get(p), ...c(up), ...op.f64x2Mul, ...op.f64x2Add,
    ...sum, ...get(p), ...c(down), ...op.f64x2Mul, ...op.f64x2Add,
    ...op.f64x2Eq, ...op.v128And, ...set(OK),
  ];
}

/** `to` = a ∘ b, a and b code that leaves an f64x2 each. */
const bin = (a: number[], b: number[], o: number[], to: number) => [...a, ...b, ...o, ...set(to)];

/** Appends element index I/8 + lane to the list when the lane's bit of MASK is clear. */
function flag(lane: number): number[] {
  return [
    ...get(MASK), ...op.const(1 << lane), ...op.and, ...op.eqz,
    ...op.if,
    ...get(LIST), ...get(COUNT), ...op.const(4), ...op.mul, ...op.add,
    ...get(I), ...op.const(3), ...op.shrU, ...op.const(lane), ...op.add, ...op.i32Store(0),
    ...get(COUNT), ...op.const(1), ...op.add, ...set(COUNT),
    ...op.end,
  ];
}

/** X = the pair at IN + I; TINY and OK (so far) by range: |x| < 2^-54 is e^x = 1 + x; |x| >= 512, inf and NaN are flagged. */
function load(): number[] {
  return [
    ...get(IN), ...get(I), ...op.add, ...op.v128Load(0), ...set(X),
    ...bin(get(X), [], op.f64x2Abs, AX),
    ...bin(get(AX), c(2 ** -54), op.f64x2Lt, TINY),
    ...bin(get(AX), c(512), op.f64x2Lt, OK),
  ];
}

/** TAIL, and SCALE = 2^(k/128) with k's exponent: from KS, x·128/ln2 + SHIFT, k in its low bits. */
function lookUp(): number[] {
  return [
    // The table entries of both lanes: 16 bytes at (k mod 128)·16, [T bits, H bits].
    ...get(KS), ...INDEX_MASK, ...op.v128And, ...op.const(4), ...op.i64x2Shl, ...set(H1),
    ...get(H1), ...op.i32x4ExtractLane(2), ...op.v128Load(0),
    ...get(H1), ...op.i32x4ExtractLane(0), ...op.v128Load(0), ...set(H0), ...set(H1),
    ...bin([...get(H0), ...get(H1)], [], op.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]), TAIL),
    // H bits + (k << 45)
    ...get(H0), ...get(H1), ...op.shuffle([8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31]),
    ...get(KS), ...op.const(45), ...op.i64x2Shl, ...op.i64x2Add, ...set(SCALE),
  ];
}

/** Stores Y (1 + x where TINY) at OUT + I and lists the pair's elements OK does not hold for. */
function store(): number[] {
  return [
    ...get(OUT), ...get(I), ...op.add,
    ...get(X), ...c(1), ...op.f64x2Add, ...get(Y), ...get(TINY), ...op.bitselect,
    ...op.v128Store(0),
    ...get(OK), ...get(TINY), ...op.v128Or, ...op.i64x2Bitmask, ...op.tee(MASK),
    ...op.const(3), ...op.ne,
    ...op.if, ...flag(0), ...flag(1), ...op.end,
  ];
}

/** exp.ts's expFast, every multiply-add unfused and checked. */
function checkedPair(): number[] {
  return [
    ...load(),
    // k = round(x·128/ln2), unless x·128/ln2 is near a half-integer (glibc's fused k may differ).
    ...bin(get(X), c(INV_LN2_N), op.f64x2Mul, Z),
    ...bin(get(Z), c(SHIFT), op.f64x2Add, KS),
    ...bin(get(KS), c(SHIFT), op.f64x2Sub, KD),
    ...get(OK), ...get(Z), ...get(KD), ...op.f64x2Sub, ...op.f64x2Abs, ...c(0.4999999), ...op.f64x2Lt, ...op.v128And, ...set(OK),
    // r = x - k·ln2/128, the first product exact, the second checked.
    ...bin([...get(KD), ...c(NEG_LN2_HI_N), ...op.f64x2Mul], get(X), op.f64x2Add, T1),
    ...bin(get(KD), c(NEG_LN2_LO_N), op.f64x2Mul, PLO),
    ...bin(get(T1), get(PLO), op.f64x2Add, R),
    ...certain(get(T1), PLO, UP, DOWN),
    ...lookUp(),
    // tmp = r²·r²·(C4 + r·C5) + (r²·(C2 + r·C3) + (tail + r)): three checked multiply-adds (the
    // fourth, C4 + r·C5, is one ulp off at most, which the wide bracket of the last one covers).
    ...bin(get(R), get(R), op.f64x2Mul, R2),
    ...bin(get(R), c(C3), op.f64x2Mul, QD),
    ...bin(c(C2), get(QD), op.f64x2Add, D),
    ...certain(c(C2), QD, UP, DOWN),
    ...bin(get(R2), get(D), op.f64x2Mul, PI),
    ...bin(get(TAIL), get(R), op.f64x2Add, E),
    ...bin(get(PI), get(E), op.f64x2Add, INNER),
    ...certain(get(E), PI, UP, DOWN),
    ...bin([...get(R2), ...get(R2), ...op.f64x2Mul], [...c(C4), ...get(R), ...c(C5), ...op.f64x2Mul, ...op.f64x2Add], op.f64x2Mul, PO),
    ...bin(get(PO), get(INNER), op.f64x2Add, TMP),
    ...certain(get(INNER), PO, UP_WIDE, DOWN_WIDE),
    // e^x = scale + scale·tmp, checked.
    ...bin(get(SCALE), get(TMP), op.f64x2Mul, P),
    ...bin(get(SCALE), get(P), op.f64x2Add, Y),
    ...certain(get(SCALE), P, UP, DOWN),
    ...store(),
  ];
}

/** a·b + c, fused (the caller has tested that relaxed_madd is). */
const fma = (a: number[], b: number[], cc: number[]) => [...a, ...b, ...cc, ...op.f64x2RelaxedMadd];

/** exp.ts's expInline, with glibc's very operations. */
function fusedPair(): number[] {
  return [
    ...load(),
    ...fma(get(X), c(INV_LN2_N), c(SHIFT)), ...set(KS),
    ...bin(get(KS), c(SHIFT), op.f64x2Sub, KD),
    ...fma(get(KD), c(NEG_LN2_LO_N), fma(get(KD), c(NEG_LN2_HI_N), get(X))), ...set(R),
    ...lookUp(),
    ...bin(get(R), get(R), op.f64x2Mul, R2),
    ...fma([...get(R2), ...get(R2), ...op.f64x2Mul], fma(get(R), c(C5), c(C4)), fma(get(R2), fma(get(R), c(C3), c(C2)), [...get(TAIL), ...get(R), ...op.f64x2Add])),
    ...set(TMP),
    ...fma(get(SCALE), get(TMP), get(SCALE)), ...set(Y),
    ...store(),
  ];
}

/**
 * The function around a kernel: loads the constants, runs `pair` over the n elements, returns
 * how many it listed. The fused kernel first returns -1 unless relaxed_madd is fused here.
 */
function kernelCode(pair: number[], testFma: boolean): number[] {
  const [a, b, cc, fused] = FMA_TEST.map(c);
  return [
    ...CONSTANTS.flatMap((_, i) => [...op.const(0), ...op.v128Load(CONSTANTS_AT + 16 * i), ...set(CONSTANT_LOCALS + i)]),
    ...op.const(0), ...op.v128Load(CONSTANTS_AT + 16 * CONSTANTS.length), ...set(CONSTANT_LOCALS + CONSTANTS.length),
    ...(testFma ? [...fma(a, b, cc), ...fused, ...op.f64x2Eq, ...op.i64x2Bitmask, ...op.const(3), ...op.ne, ...op.if, ...op.const(-1), ...op.return, ...op.end] : []),
    ...get(N), ...op.const(3), ...op.shl, ...set(END),
    ...op.const(0), ...set(I),
    ...op.block, ...op.loop,
    ...get(I), ...get(END), ...op.geS, ...op.brIf(1),
    ...pair,
    ...get(I), ...op.const(16), ...op.add, ...set(I),
    ...op.br(0),
    ...op.end, ...op.end,
    ...get(COUNT),
  ];
}

// ---- use ----------------------------------------------------------------------------------------

/** Elements per pass through wasm memory: in and out 64 KiB each, in L2 cache. */
const CHUNK = 8192;
// Input and output, each with room for an odd length's partner lane; the list.
const IN_AT = CONSTANTS_AT + 16 * (CONSTANTS.length + 1);
const OUT_AT = IN_AT + 8 * (CHUNK + 2);
const LIST_AT = OUT_AT + 8 * (CHUNK + 2);
const BYTES = LIST_AT + 4 * CHUNK;

type ExpFn = (input: number, output: number, list: number, n: number) => number;

interface Kernel {
  checked: ExpFn;
  /** null where relaxed SIMD is missing or its multiply-add turned out unfused. */
  fused: ExpFn | null;
  input: Float64Array;
  output: Float64Array;
  list: Int32Array;
}

let kernel: Kernel | null | undefined;

function compiled(): Kernel | null {
  if (kernel === undefined) {
    const signature = { params: [I32, I32, I32, I32], results: [I32], locals: LOCALS };
    const checked = { name: "checked", ...signature, code: kernelCode(checkedPair(), false) };
    const pages = Math.ceil(BYTES / 65536);
    // With relaxed SIMD both kernels, else (the module would not validate) the checked one.
    const made = instantiate([checked, { name: "fused", ...signature, code: kernelCode(fusedPair(), true) }], pages) ?? instantiate([checked], pages);
    if (made === null) {
      kernel = null;
    } else {
      const buffer = made.memory.buffer;
      new Uint32Array(buffer).set(TABLE, 0);
      const constants = new Float64Array(buffer, CONSTANTS_AT, 2 * CONSTANTS.length + 2);
      CONSTANTS.forEach((value, i) => constants.fill(value, 2 * i, 2 * i + 2));
      new BigInt64Array(buffer, CONSTANTS_AT + 16 * CONSTANTS.length, 2).fill(127n);
      kernel = {
        checked: made.exports.checked as ExpFn,
        fused: (made.exports.fused as ExpFn | undefined) ?? null,
        input: new Float64Array(buffer, IN_AT, CHUNK + 1),
        output: new Float64Array(buffer, OUT_AT, CHUNK + 1),
        list: new Int32Array(buffer, LIST_AT, CHUNK),
      };
    }
  }
  return kernel;
}

/** Which kernel expArray runs here: "fused", "checked" (WebAssembly SIMD), or "scalar" (exp.ts's exp per element). */
export function expKernel(): "fused" | "checked" | "scalar" {
  const k = compiled();
  if (k === null) return "scalar";
  // The fused kernel's own test, on an empty array.
  if (k.fused !== null && k.fused(IN_AT, OUT_AT, LIST_AT, 0) < 0) k.fused = null;
  return k.fused !== null ? "fused" : "checked";
}

/** Below this many elements the scalar loop is faster: a call into wasm and its copies cost ~120 ns, 3-6 scalar exps (measured). */
const THRESHOLD = 8;

/**
 * out[outOffset + i·outStep] = e^x[xOffset + i·xStep] for i < n, bit-identical to glibc's exp
 * (exp.ts's `exp`), in WebAssembly SIMD where available.
 */
export function expArray(x: Float64Array, xOffset: number, xStep: number, out: Float64Array, outOffset: number, outStep: number, n: number): void {
  const k = n < THRESHOLD ? null : compiled();
  if (k === null) {
    for (let i = 0; i < n; i++) out[outOffset + i * outStep] = exp(x[xOffset + i * xStep]);
    return;
  }
  const { input, output, list } = k;
  for (let start = 0; start < n; start += CHUNK) {
    const len = Math.min(CHUNK, n - start);
    const from = xOffset + start * xStep;
    if (xStep === 1) input.set(x.subarray(from, from + len));
    else for (let i = 0; i < len; i++) input[i] = x[from + i * xStep];
    input[len] = 0; // an odd length's partner lane: e^0 is never flagged, its result never read
    const even = (len + 1) & ~1;
    let count = k.fused === null ? -1 : k.fused(IN_AT, OUT_AT, LIST_AT, even);
    if (count < 0) {
      k.fused = null; // relaxed_madd is not fused here
      count = k.checked(IN_AT, OUT_AT, LIST_AT, even);
    }
    const to = outOffset + start * outStep;
    if (outStep === 1) out.set(output.subarray(0, len), to);
    else for (let i = 0; i < len; i++) out[to + i * outStep] = output[i];
    // The flagged elements, from the input's copy (out may be x itself).
    for (let j = 0; j < count; j++) {
      const i = list[j];
      out[to + i * outStep] = exp(input[i]);
    }
  }
}
