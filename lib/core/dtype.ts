/**
 * Data types: NumPy's everyday dtypes, each stored in the typed array of its size.
 *
 * | dtype | NumPy | storage | values |
 * |---|---|---|---|
 * | `float64` | `np.float64` | `Float64Array` | doubles (JavaScript numbers) |
 * | `float32` | `np.float32` | `Float32Array` | single precision: every operation rounds to it |
 * | `int64`, `uint64` | `np.int64`, `np.uint64` | `Float64Array` | whole numbers, exact up to 2**53 |
 * | `int32`, `int16`, `int8` | `np.int32`, ... | `Int32Array`, `Int16Array`, `Int8Array` | wrap around on overflow, as in NumPy |
 * | `uint32`, `uint16`, `uint8` | `np.uint32`, ... | `Uint32Array`, `Uint16Array`, `Uint8Array` | wrap around on overflow |
 * | `bool` | `np.bool` | `Uint8Array` of 0 and 1 | |
 *
 * int64 and uint64 live in doubles because BigInt64Array would make every integer operation
 * many times slower; values beyond 2**53 (rare outside hashing) are rounded to the nearest double.
 */
export type DType = "float64" | "float32" | "int64" | "int32" | "int16" | "int8" | "uint64" | "uint32" | "uint16" | "uint8" | "bool";

/** The typed array behind an array of each dtype. */
export type TypedData = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array | Uint8Array;

/**
 * What the low layers (printing, kernels) need to read an array: NumPy's memory model.
 * Element `(i, j, ...)` lives at `data[offset + i*strides[0] + j*strides[1] + ...]`.
 */
export interface ArrayView {
  readonly data: TypedData;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
  readonly dtype: DType;
}

import { OverflowError, TypeError, ValueError } from "./errors";

/** NumPy's kind letters: b(ool), i(signed), u(nsigned), f(loat). */
type Kind = "b" | "i" | "u" | "f";

interface Info {
  kind: Kind;
  bits: number;
  min: number;
  max: number;
  storage: { new (n: number): TypedData; new (buffer: ArrayBuffer, byteOffset: number, length: number): TypedData; readonly BYTES_PER_ELEMENT: number };
}

const INFO: Readonly<Record<DType, Info>> = {
  bool: { kind: "b", bits: 8, min: 0, max: 1, storage: Uint8Array },
  int8: { kind: "i", bits: 8, min: -128, max: 127, storage: Int8Array },
  int16: { kind: "i", bits: 16, min: -32768, max: 32767, storage: Int16Array },
  int32: { kind: "i", bits: 32, min: -(2 ** 31), max: 2 ** 31 - 1, storage: Int32Array },
  int64: { kind: "i", bits: 64, min: -(2 ** 63), max: 2 ** 63 - 1, storage: Float64Array },
  uint8: { kind: "u", bits: 8, min: 0, max: 255, storage: Uint8Array },
  uint16: { kind: "u", bits: 16, min: 0, max: 65535, storage: Uint16Array },
  uint32: { kind: "u", bits: 32, min: 0, max: 2 ** 32 - 1, storage: Uint32Array },
  uint64: { kind: "u", bits: 64, min: 0, max: 2 ** 64 - 1, storage: Float64Array },
  float32: { kind: "f", bits: 32, min: -3.4028234663852886e38, max: 3.4028234663852886e38, storage: Float32Array },
  float64: { kind: "f", bits: 64, min: -Number.MAX_VALUE, max: Number.MAX_VALUE, storage: Float64Array },
};

/** Every dtype numts has, in NumPy's order of kinds and sizes. */
export const DTYPES: readonly DType[] = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"];

/** Whether `d` is a floating-point dtype (float32, float64). */
export function isFloat(d: DType): boolean {
  return INFO[d].kind === "f";
}

/** Whether `d` is a signed or unsigned integer dtype (not bool). */
export function isInteger(d: DType): boolean {
  const k = INFO[d].kind;
  return k === "i" || k === "u";
}

/** Whether `d` is an unsigned integer dtype. */
export function isUnsigned(d: DType): boolean {
  return INFO[d].kind === "u";
}

/**
 * The smallest and largest value of a dtype (NumPy's `np.iinfo(d).min/max`, `np.finfo(d).min/max`).
 * For 64-bit integers `max` is the nearest double, 2**63 or 2**64 (one more than the true maximum).
 */
export function dtypeRange(d: DType): { min: number; max: number; bits: number } {
  const { min, max, bits } = INFO[d];
  return { min, max, bits };
}

/** Size of one element in bytes (NumPy's `itemsize`). */
export function itemsize(d: DType): number {
  return INFO[d].bits / 8;
}

/**
 * Names NumPy accepts for each dtype (`np.dtype("f4")` is float32, `"int"` is int64, `"B"` is
 * uint8, `"?"` is bool), so code ported from Python keeps its spelling: `x.astype("int")`.
 * (The sizes of C's long and friends are those of 64-bit Linux, where NumPy's `int` is int64.)
 */
const DTYPE_NAMES: Readonly<Record<string, DType>> = {
  float64: "float64", float: "float64", double: "float64", f8: "float64", d: "float64", float_: "float64",
  float32: "float32", single: "float32", f4: "float32", f: "float32",
  int64: "int64", int: "int64", int_: "int64", i8: "int64", long: "int64", longlong: "int64", intp: "int64", l: "int64", q: "int64", p: "int64",
  int32: "int32", intc: "int32", i4: "int32", i: "int32",
  int16: "int16", short: "int16", i2: "int16", h: "int16",
  int8: "int8", byte: "int8", i1: "int8", b: "int8",
  uint64: "uint64", uint: "uint64", ulong: "uint64", ulonglong: "uint64", uintp: "uint64", u8: "uint64", L: "uint64", Q: "uint64", P: "uint64",
  uint32: "uint32", uintc: "uint32", u4: "uint32", I: "uint32",
  uint16: "uint16", ushort: "uint16", u2: "uint16", H: "uint16",
  uint8: "uint8", ubyte: "uint8", u1: "uint8", B: "uint8",
  bool: "bool", bool_: "bool", "?": "bool", b1: "bool",
};

/** NumPy dtypes numts lacks, with what to use instead. */
const MISSING: Readonly<Record<string, string>> = {
  float16: "float16", half: "float16", f2: "float16", e: "float16",
  complex: "complex128", complex128: "complex128", complex64: "complex64", c16: "complex128", c8: "complex64", D: "complex128", F: "complex64", cdouble: "complex128", csingle: "complex64",
};

/** The key under which a scalar type (`np.float32`, ...) carries its dtype, so dtype arguments accept it. */
export const DTYPE_OF: unique symbol = Symbol.for("numts.dtype");

/** Something that names a dtype by carrying it (numts's scalar types: `np.float32`, `np.uint8`, ...). */
export interface HasDType {
  readonly [DTYPE_OF]: DType;
}

/**
 * A dtype argument as one of numts's dtypes: a name or alias NumPy accepts (`"float32"`, `"f4"`,
 * `"int"`), or a scalar type (`np.float32`). NumPy's error for anything else.
 * @throws TypeError `data type 'flaot32' not understood` for an unknown name, `Cannot interpret
 *   '5' as a data type` for a value that is no name; for float16 and the complex types, what to use instead
 */
export function resolveDType(name: unknown): DType {
  if ((typeof name === "function" || typeof name === "object") && name !== null && DTYPE_OF in name) {
    return (name as HasDType)[DTYPE_OF];
  }
  const key = String(name);
  if (typeof name === "string" && Object.prototype.hasOwnProperty.call(DTYPE_NAMES, key)) return DTYPE_NAMES[key];
  if (typeof name === "string" && Object.prototype.hasOwnProperty.call(MISSING, key)) {
    const missing = MISSING[key];
    const instead = missing === "float16" ? "float32 (or float64)" : "two float64 arrays for the real and imaginary parts";
    const named = missing === key ? `'${key}'` : `'${key}' (${missing})`;
    throw new TypeError(`data type ${named} is not available in numts: use ${instead}`);
  }
  // NumPy's two messages: a string it cannot parse, and anything else.
  if (typeof name === "string") throw new TypeError(`data type '${key}' not understood`);
  const shown = typeof name === "function" ? (name as { name?: string }).name ?? key : key;
  throw new TypeError(`Cannot interpret '${shown}' as a data type`);
}

// ---- promotion ----------------------------------------------------------------------------

const SIGNED_OF_BITS: Readonly<Record<number, DType>> = { 8: "int8", 16: "int16", 32: "int32", 64: "int64" };

/**
 * NumPy's type promotion (`np.promote_types`): the smallest dtype both can be cast to safely.
 * bool < every number; ints and uints of one signedness grow to the larger; a uint with a signed
 * int needs a signed type twice the uint's size (uint64 with any signed int: float64); ints up to
 * 16 bits fit float32, larger ones need float64.
 *
 * @example
 * promoteTypes("uint8", "int8");    // "int16"
 * promoteTypes("int16", "float32"); // "float32"
 * promoteTypes("int32", "float32"); // "float64"
 */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  const x = INFO[a];
  const y = INFO[b];
  if (x.kind === "b") return b;
  if (y.kind === "b") return a;
  if (x.kind === "f" || y.kind === "f") {
    const [f, other] = x.kind === "f" ? [x, y] : [y, x];
    if (other.kind === "f") return x.bits >= y.bits ? a : b;
    if (f.bits === 64 || other.bits > 16) return "float64";
    return "float32";
  }
  if (x.kind === y.kind) return x.bits >= y.bits ? a : b;
  const [signed, unsigned] = x.kind === "i" ? [x, y] : [y, x];
  if (signed.bits > unsigned.bits) return x.kind === "i" ? a : b;
  return unsigned.bits === 64 ? "float64" : SIGNED_OF_BITS[unsigned.bits * 2];
}

/**
 * The dtype an operation computes in for array dtypes `strong` and JavaScript numbers
 * `weak` (NumPy 2's rule for Python scalars, NEP 50): numbers take the arrays' dtype unless they
 * change kind. A whole number acts as a Python int, any other number as a Python float: with
 * integer arrays a float gives float64, with bool arrays an int gives int64. Numbers alone give
 * float64 (numts's arrays of numbers are float64, `np.array([1, 2])`).
 *
 * @example
 * resultType(["float32"], [2.5]);  // "float32"
 * resultType(["uint8"], [300]);    // "uint8" (and converting 300 to it is the OverflowError)
 * resultType(["int32"], [2.5]);    // "float64"
 */
export function resultType(strong: readonly DType[], weak: readonly number[]): DType {
  if (strong.length === 0) return "float64";
  let common = strong[0];
  for (let i = 1; i < strong.length; i++) common = promoteTypes(common, strong[i]);
  return weakPromotion(common, weak);
}

/** `common` after meeting JavaScript numbers (see `resultType`). */
export function weakPromotion(common: DType, weak: readonly number[]): DType {
  const kind = INFO[common].kind;
  if (kind === "f") return common;
  for (let i = 0; i < weak.length; i++) {
    if (!Number.isInteger(weak[i])) return "float64";
  }
  return kind === "b" && weak.length > 0 ? "int64" : common;
}

// ---- casting ------------------------------------------------------------------------------

/** NumPy's casting rules, from strictest to loosest. */
export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";

const CASTINGS: readonly Casting[] = ["no", "equiv", "safe", "same_kind", "unsafe"];

/** For `same_kind`: a cast may go up this order of kinds, never down (uint → int is allowed, int → uint not). */
const KIND_ORDER: Readonly<Record<Kind, number>> = { b: 0, u: 1, i: 2, f: 3 };

/**
 * Whether NumPy's `casting` rule allows casting `from` to `to` (`np.can_cast`): "no"/"equiv"
 * only the same dtype, "safe" only casts that keep every value, "same_kind" also casts within a
 * kind (float64 → float32, int64 → int8), "unsafe" any.
 */
export function canCast(from: DType, to: DType, casting: Casting = "safe"): boolean {
  if (from === to || casting === "unsafe") return true;
  if (casting === "no" || casting === "equiv") return false;
  if (promoteTypes(from, to) === to) return true;
  return casting === "same_kind" && KIND_ORDER[INFO[from].kind] <= KIND_ORDER[INFO[to].kind];
}

/** Whether NumPy's "same_kind" casting allows `from` → `to` (e.g. float64 into an int64 `out` is refused). */
export function canCastSameKind(from: DType, to: DType): boolean {
  return canCast(from, to, "same_kind");
}

/** A `casting` argument checked (NumPy's ValueError for an unknown one). */
export function toCasting(value: unknown): Casting {
  if (CASTINGS.includes(value as Casting)) return value as Casting;
  if (value === "same_value") throw new ValueError("casting='same_value' (NumPy 2.4) is not supported by numts: use 'safe' or 'same_kind'");
  throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '${String(value)}')`);
}

/** A zero-filled buffer for `size` elements of `dtype`. */
export function allocate(dtype: DType, size: number): TypedData {
  return new INFO[dtype].storage(size);
}

/** Node's allocation without zero-filling (undefined in a browser, where `allocateUnfilled` zero-fills). */
const allocUnsafeSlow = (globalThis as { Buffer?: { allocUnsafeSlow?: (size: number) => Uint8Array } }).Buffer?.allocUnsafeSlow;

/**
 * From this size up, a buffer whose elements are all written anyway is not zero-filled first: on
 * Node 20, 4 KB (lecture 9's 500x1 arrays) then takes 0.7-0.9 us instead of 0.8-2.3, 16 KB (its
 * 500x4) 1.2 instead of 2.3, 64 KB 2.1 instead of 6.9. Below 2 KB they are about even, and up to
 * 64 bytes V8's own typed arrays live in its heap and take 0.04 us.
 */
const UNFILLED_MIN_BYTES = 2048;

/**
 * A buffer for `size` elements of `dtype` for a caller that writes every element before anything
 * reads it (a ufunc's result, a copy): large ones are not zero-filled first. Its old contents
 * must never be seen, so the caller drops it if it stops halfway (a kernel that throws).
 */
export function allocateUnfilled(dtype: DType, size: number): TypedData {
  // (A constant constructor for the common dtype: V8 then allocates a small array inline.)
  if (dtype === "float64" && size < UNFILLED_MIN_BYTES / 8) return new Float64Array(size);
  const storage = INFO[dtype].storage;
  const bytes = size * storage.BYTES_PER_ELEMENT;
  if (allocUnsafeSlow === undefined || bytes < UNFILLED_MIN_BYTES) return new storage(size);
  return new storage(allocUnsafeSlow(bytes).buffer as ArrayBuffer, 0, size);
}

/** The dtype whose storage `data` is, for typed arrays handed to `np.array` (Uint8ClampedArray is uint8). */
export function dtypeOfTypedArray(data: ArrayBufferView): DType | undefined {
  if (data instanceof Float64Array) return "float64";
  if (data instanceof Float32Array) return "float32";
  if (data instanceof Int32Array) return "int32";
  if (data instanceof Int16Array) return "int16";
  if (data instanceof Int8Array) return "int8";
  if (data instanceof Uint32Array) return "uint32";
  if (data instanceof Uint16Array) return "uint16";
  if (data instanceof Uint8Array || data instanceof Uint8ClampedArray) return "uint8";
  return undefined;
}

// ---- converting values --------------------------------------------------------------------

/**
 * A JavaScript number as an element of `dtype`, as NumPy converts a Python number: floats
 * round (float32), integers must fit, a fraction is cut toward zero (`np.array([1.5], "int32")`
 * is `[1]`), anything non-zero is true.
 * @throws OverflowError `Python integer 300 out of bounds for uint8` (NumPy 2's message), and for
 *   infinities; ValueError `cannot convert float NaN to integer`
 */
export function fromNumber(value: number, dtype: DType): number {
  switch (INFO[dtype].kind) {
    case "f":
      return dtype === "float32" ? Math.fround(value) : value;
    case "b":
      return value !== 0 ? 1 : 0; // NaN is true in NumPy too
    default:
      return checkedInteger(value, dtype);
  }
}

/** `value` cut to a whole number that `dtype` holds, or Python's error. */
export function checkedInteger(value: number, dtype: DType): number {
  if (Number.isNaN(value)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(value)) throw new OverflowError("cannot convert float infinity to integer");
  const n = Math.trunc(value) + 0; // + 0: no -0 among integers
  const { min, max, bits } = INFO[dtype];
  // 64-bit maxima are not doubles (2**63 - 1 rounds to 2**63): compare with the exclusive bound.
  if (n >= min && (bits === 64 ? n < max : n <= max)) return n;
  // NumPy reads a Python int as a C long, or as an unsigned long for uint32 and uint64.
  if (n < -(2 ** 63) || n >= 2 ** 64 || (n >= 2 ** 63 && dtype !== "uint64" && dtype !== "uint32")) {
    throw new OverflowError("Python int too large to convert to C long");
  }
  throw new OverflowError(`Python integer ${BigInt(n)} out of bounds for ${dtype}`);
}

/** C's (int32) conversion of a double on x86-64 (cvttsd2si): NaN and out-of-range give INT32_MIN. */
function toInt32(x: number): number {
  return x > -2147483649 && x < 2147483648 ? Math.trunc(x) + 0 : -2147483648;
}

/** C's (int64) conversion of a double on x86-64: NaN and out-of-range give INT64_MIN. */
function toInt64(x: number): number {
  return x > -9223372036854777856 && x < 9223372036854775808 ? Math.trunc(x) + 0 : -9223372036854775808;
}

/**
 * How NumPy casts an element of `from` to `to` where storing the number into `to`'s typed array
 * would not do it: floats to integers as x86-64's conversions do (NaN, infinities and values out
 * of range give INT_MIN, then wrap to the width, as NumPy's `astype` on this platform), anything
 * to bool, and the signedness of 64-bit integers. Undefined where a typed-array store is the cast
 * (float64 → float32 rounds, ints wrap modulo their width).
 */
export function castFunction(from: DType, to: DType): ((x: number) => number) | undefined {
  if (from === to) return undefined;
  const target = INFO[to];
  if (target.kind === "b") return (x) => (x !== 0 ? 1 : 0);
  if (target.kind === "f" || INFO[from].kind === "b") return undefined;
  if (INFO[from].kind === "f") {
    if (to === "int64") return toInt64;
    if (to === "uint64") return (x) => (x >= 9223372036854775808 ? (x < 18446744073709551616 ? Math.trunc(x) : 0) : wrapUnsigned64(toInt64(x)));
    if (to === "uint32") return (x) => toInt64(x) >>> 0; // the low 32 bits of the 64-bit conversion
    return toInt32; // narrower types then wrap when stored
  }
  if (to === "int64" && from === "uint64") return (x) => (x >= 9223372036854775808 ? x - 18446744073709551616 : x);
  if (to === "uint64" && INFO[from].kind === "i") return wrapUnsigned64;
  return undefined;
}

/** A signed 64-bit value as unsigned (to the nearest double beyond 2**53). */
function wrapUnsigned64(x: number): number {
  return x < 0 ? x + 18446744073709551616 : x;
}

/** dtype('float32'): how NumPy's messages name a dtype. */
export function dtypeText(d: DType): string {
  return `dtype('${d}')`;
}
