// Factories for NumPy's element-wise functions ("ufuncs"). An op is described by its scalar
// kernels and its dtype rule; the factory adds what every ufunc shares: conversion of inputs,
// NumPy 2's promotion (JS numbers are "weak" Python scalars), the choice of the kernel for the
// dtype the loop computes in, broadcasting, the `out` option with NumPy's casting check,
// overlap safety and the loops. Every dtype decision of element-wise code is made here.
import { checkOptions, isOptions } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { allocateUnfilled, canCastSameKind, checkedInteger, type DType, isFloat, isInteger, promoteTypes, type TypedData, weakPromotion } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { coalesce } from "../core/iterate";
import { copyInto, NDArray } from "../core/ndarray";
import { broadcastShapes, broadcastStrides, compactShapeStr, kOrderStrides } from "../core/shape";

/** Options every element-wise function takes (NumPy's keyword arguments). */
export interface UfuncOptions {
  /**
   * An existing array to write the result into (NumPy's `out=`), which is also returned.
   * It must have the broadcast shape. `np.subtract(w, g, {out: w})` is Python's `w -= g`.
   */
  out?: NDArray;
}

type Kernel1 = (x: number) => number | boolean;
type Kernel2 = (x: number, y: number) => number | boolean;
type Kernel3 = (x: number, y: number, z: number) => number | boolean;
type AnyKernel = (...xs: number[]) => number | boolean;
/**
 * A unary kernel over a whole float64 row: out[outOffset + i·outStep] = f(x[xOffset + i·xStep])
 * for i < n, the same values as the scalar kernel, computed faster (exp in WebAssembly).
 */
export type RowKernel = (x: Float64Array, xOffset: number, xStep: number, out: Float64Array, outOffset: number, outStep: number, n: number) => void;

/**
 * How an op computes: a kernel for each kind of dtype the loop may compute in. Only `kernel` is
 * required; the others default as noted.
 */
export interface Spec<K> {
  /** NumPy's name for the function, used in error messages. */
  name: string;
  /** The kernel for float64 loops (and the default for the others). */
  kernel: K;
  /**
   * The kernel for float32 loops, rounding every operation to float32 as NumPy's float loops
   * compute. Default: `kernel`'s result rounded (`Math.fround`), right only for kernels that are
   * one correctly rounded operation (add, multiply, sqrt, ...).
   */
  float32Kernel?: K;
  /** The kernel for integer loops (int64 and uint64, whose values are doubles), e.g. one that checks for negative powers. */
  intKernel?: K;
  /**
   * The kernel for integer loops of 32 bits or fewer, where a double product would lose the
   * low bits that wrap-around keeps (multiply uses `Math.imul`). Default: `intKernel`.
   */
  narrowKernel?: K;
  /** The kernel for bool loops, e.g. add is OR on booleans. */
  boolKernel?: K;
  /**
   * For unary ops: the float64 loop over rows of float64 input and output, in place of calling
   * `kernel` per element (same results).
   */
  float64Row?: RowKernel;
  /** A kernel for one loop dtype where the kinds above are too coarse (undefined: those apply). */
  kernelFor?: (dtype: DType) => K | undefined;
  /**
   * The dtype the loop computes in: the result's (default; e.g. divide computes ints in
   * float64), or the operands' common dtype (comparisons, whose result is bool).
   */
  loop?: "result" | "inputs";
  /** The operands that take part in promotion (default all); `where`'s condition does not. */
  promoted?: readonly number[];
  /**
   * Whether a JS whole number must fit the loop's integer dtype (NumPy 2's OverflowError for
   * `uint8_array + 300`, the default) or is used as it is: comparisons compare it exactly
   * (`uint8_array > 300` is all false), `where` stores it as a cast does.
   */
  checkRange?: boolean;
}

/**
 * A unary element-wise function. It always returns an array: a number in gives a 0-d array,
 * as NumPy gives a NumPy scalar (and both print like Python floats: `String(np.exp(0))` is `1.0`).
 */
export type UnaryUfunc = (x: ArrayLike, options?: UfuncOptions) => NDArray;

/** A binary element-wise function; its operands broadcast together. It always returns an array. */
export type BinaryUfunc = (a: ArrayLike, b: ArrayLike, options?: UfuncOptions) => NDArray;

/** A ternary element-wise function (`where`, `clip`), its three operands broadcast together. */
export type TernaryUfunc = (a: ArrayLike, b: ArrayLike, c: ArrayLike, options?: UfuncOptions) => NDArray;

// Each op gets its own copy of the loop functions below (compiled from their source), one per
// kernel, so that V8 sees a single kernel at the call site and inlines it: one shared loop
// calling many different kernels would run several times slower. The loops therefore use no
// outer variables (nor syntax that TypeScript compiles to helpers, such as destructuring). The copies must differ in source: V8 caches compilations by source text,
// and identical copies would share one function and its feedback again.
let copies = 0;
function specialize<F extends (...args: never[]) => unknown>(loop: F): F {
  return new Function(`return (${loop.toString()}); // copy ${++copies}`)() as F;
}

/**
 * Applies `kernel` over a coalesced loop nest: operand k reads `data[k]` at `offsets[k]`,
 * stepping by `strides[k]`; the last operand is the output.
 */
function stridedLoop(kernel: AnyKernel, shape: number[], data: TypedData[], strides: number[][], offsets: number[]): void {
  const ndim = shape.length;
  const arity = data.length - 1;
  const out = data[arity];
  const last = ndim - 1;
  const n = ndim === 0 ? 1 : shape[last];
  for (let k = 0; k < shape.length; k++) if (shape[k] === 0) return;
  const counter = new Array(ndim).fill(0);
  const a = data[0];
  const b = arity > 1 ? data[1] : data[0];
  const c = arity > 2 ? data[2] : data[0];
  const sa = ndim === 0 ? 0 : strides[0][last];
  const sb = ndim === 0 || arity < 2 ? 0 : strides[1][last];
  const sc = ndim === 0 || arity < 3 ? 0 : strides[2][last];
  const so = ndim === 0 ? 0 : strides[arity][last];
  for (;;) {
    let i = offsets[0];
    let j = arity > 1 ? offsets[1] : 0;
    let l = arity > 2 ? offsets[2] : 0;
    let o = offsets[arity];
    if (arity === 1) {
      for (let k = 0; k < n; k++, i += sa, o += so) out[o] = +kernel(a[i]);
    } else if (arity === 2) {
      for (let k = 0; k < n; k++, i += sa, j += sb, o += so) out[o] = +kernel(a[i], b[j]);
    } else {
      for (let k = 0; k < n; k++, i += sa, j += sb, l += sc, o += so) out[o] = +kernel(a[i], b[j], c[l]);
    }
    let axis = last - 1;
    for (; axis >= 0; axis--) {
      for (let k = 0; k <= arity; k++) offsets[k] += strides[k][axis];
      if (++counter[axis] < shape[axis]) break;
      for (let k = 0; k <= arity; k++) offsets[k] -= strides[k][axis] * shape[axis];
      counter[axis] = 0;
    }
    if (axis < 0) return;
  }
}

type Loop = typeof stridedLoop;

// The fast path's loops. Each operand's elements start at index 0 of its buffer, and the output
// is written from 0 to n. They are unrolled by four: V8 checks each typed array's map and bounds
// at every access and merges those checks within one iteration, so four elements per iteration
// run 1.5x faster than one. (The order of the calls is unchanged: a kernel that throws stops at
// the same element.)

/** `out[i] = kernel(a[i])` for i < n. */
function unaryLoop(kernel: AnyKernel, n: number, out: TypedData, a: TypedData): void {
  let i = 0;
  for (; i + 3 < n; i += 4) {
    out[i] = +kernel(a[i]);
    out[i + 1] = +kernel(a[i + 1]);
    out[i + 2] = +kernel(a[i + 2]);
    out[i + 3] = +kernel(a[i + 3]);
  }
  for (; i < n; i++) out[i] = +kernel(a[i]);
}

/**
 * `out[i] = kernel(a[i], b[i])` for i < n, where an operand is either n elements, or one number
 * (`x` when `a` is undefined, `y` when `b` is), or a row of m < n elements repeated along the
 * leading axes (`np.add(m, row)`; `aRow` says which operand; m is n without a row).
 */
function binaryLoop(kernel: AnyKernel, n: number, out: TypedData, a: TypedData | undefined, x: number, b: TypedData | undefined, y: number, m: number, aRow: boolean): void {
  let i = 0;
  if (a === undefined) {
    const bb = b as TypedData;
    for (; i + 3 < n; i += 4) {
      out[i] = +kernel(x, bb[i]);
      out[i + 1] = +kernel(x, bb[i + 1]);
      out[i + 2] = +kernel(x, bb[i + 2]);
      out[i + 3] = +kernel(x, bb[i + 3]);
    }
    for (; i < n; i++) out[i] = +kernel(x, bb[i]);
  } else if (b === undefined) {
    for (; i + 3 < n; i += 4) {
      out[i] = +kernel(a[i], y);
      out[i + 1] = +kernel(a[i + 1], y);
      out[i + 2] = +kernel(a[i + 2], y);
      out[i + 3] = +kernel(a[i + 3], y);
    }
    for (; i < n; i++) out[i] = +kernel(a[i], y);
  } else if (m === n) {
    for (; i + 3 < n; i += 4) {
      out[i] = +kernel(a[i], b[i]);
      out[i + 1] = +kernel(a[i + 1], b[i + 1]);
      out[i + 2] = +kernel(a[i + 2], b[i + 2]);
      out[i + 3] = +kernel(a[i + 3], b[i + 3]);
    }
    for (; i < n; i++) out[i] = +kernel(a[i], b[i]);
  } else if (!aRow) {
    // i runs over the output, j along the row (two counters index faster than i % m).
    while (i < n) {
      let j = 0;
      for (; j + 3 < m; j += 4, i += 4) {
        out[i] = +kernel(a[i], b[j]);
        out[i + 1] = +kernel(a[i + 1], b[j + 1]);
        out[i + 2] = +kernel(a[i + 2], b[j + 2]);
        out[i + 3] = +kernel(a[i + 3], b[j + 3]);
      }
      for (; j < m; j++, i++) out[i] = +kernel(a[i], b[j]);
    }
  } else {
    while (i < n) {
      let j = 0;
      for (; j + 3 < m; j += 4, i += 4) {
        out[i] = +kernel(a[j], b[i]);
        out[i + 1] = +kernel(a[j + 1], b[i + 1]);
        out[i + 2] = +kernel(a[j + 2], b[i + 2]);
        out[i + 3] = +kernel(a[j + 3], b[i + 3]);
      }
      for (; j < m; j++, i++) out[i] = +kernel(a[j], b[i]);
    }
  }
}

/**
 * `out[i] = kernel(a[i], b[i], c[i])` for i < n, for `where` and `clip`: an operand is n
 * elements (its step 1) or one number (step 0, read from index 0).
 */
function ternaryLoop(kernel: AnyKernel, n: number, out: TypedData, a: TypedData, sa: number, b: TypedData, sb: number, c: TypedData, sc: number): void {
  for (let i = 0; i < n; i++) out[i] = +kernel(a[i * sa], b[i * sb], c[i * sc]);
}

/** `kernel`'s result rounded to float32, for a kernel of `arity` operands (no rest parameters: the loops inline it). */
function rounded(kernel: AnyKernel, arity: number): AnyKernel {
  const f = Math.fround;
  if (arity === 1) return (x) => f(+kernel(x));
  if (arity === 2) return (x, y) => f(+kernel(x, y));
  return (x, y, z) => f(+kernel(x, y, z));
}

/** The kinds of loop an op has kernels for. */
type Category = "float64" | "float32" | "int" | "narrow" | "bool";

const CATEGORY: Readonly<Record<DType, Category>> = {
  float64: "float64", float32: "float32", int64: "int", uint64: "int",
  int32: "narrow", int16: "narrow", int8: "narrow", uint32: "narrow", uint16: "narrow", uint8: "narrow", bool: "bool",
};

/** A kernel with its own copies of the loops. */
interface Variant {
  kernel: AnyKernel;
  /** The fast path's loop for the op's arity. */
  unary?: typeof unaryLoop;
  binary?: typeof binaryLoop;
  ternary?: typeof ternaryLoop;
  strided: Loop;
  /** The row kernel, for a unary op's float64 loop that has one. */
  row?: RowKernel;
}

/** The dtypes of one call: each operand's (numbers as NumPy 2 sees them), the loop's and the result's. */
interface Types {
  operands: DType[];
  loop: DType;
  result: DType;
}

/** NumPy's keyword arguments of ufuncs that numts does not implement (refused, never ignored). */
const UNSUPPORTED = ["where", "axes", "axis", "keepdims", "casting", "order", "dtype", "subok", "signature"];

/** An op made from a spec: its dtype rule, kernel variants and loops. */
class Ufunc {
  private readonly variants: Partial<Record<DType, Variant>> = {};
  /** The dtypes of a call whose operands are all float64 arrays or numbers (the lessons'). */
  private readonly float64: Types;
  /** Whether every operand takes part in promotion (all but `where`), so float64 operands give float64 loops. */
  private readonly promotesAll: boolean;

  constructor(
    readonly spec: Spec<AnyKernel>,
    private readonly resultDType: (...dtypes: DType[]) => DType,
    private readonly arity: number,
  ) {
    const operands = new Array<DType>(arity).fill("float64");
    const result = resultDType(...operands);
    this.float64 = { operands, loop: spec.loop === "inputs" ? "float64" : result, result };
    this.promotesAll = spec.promoted === undefined;
    this.variant(this.float64); // compiled now
  }

  /** The kernel (and loops) for a call's loop dtype (made on first use). */
  variant(types: Types): Variant {
    const known = this.variants[types.loop];
    if (known !== undefined) return known;
    const made: Variant = { kernel: this.kernelFor(types.loop, types.result), strided: specialize(stridedLoop) };
    if (this.arity === 1) made.unary = specialize(unaryLoop);
    else if (this.arity === 2) made.binary = specialize(binaryLoop);
    else made.ternary = specialize(ternaryLoop);
    if (types.loop === "float64" && this.arity === 1) made.row = this.spec.float64Row;
    this.variants[types.loop] = made;
    return made;
  }

  // (An op's result dtype for one loop dtype is always the same, so a variant per loop dtype serves.)
  private kernelFor(loop: DType, result: DType): AnyKernel {
    const s = this.spec;
    const special = s.kernelFor?.(loop);
    if (special !== undefined) return special;
    switch (CATEGORY[loop]) {
      case "float32":
        return s.float32Kernel ?? (result === "float32" ? rounded(s.kernel, this.arity) : s.kernel);
      case "int":
        return s.intKernel ?? s.kernel;
      case "narrow":
        return s.narrowKernel ?? s.intKernel ?? s.kernel;
      case "bool":
        return s.boolKernel ?? s.kernel;
      default:
        return s.kernel;
    }
  }

  /**
   * The dtypes of a call whose operands have `dtypes` (undefined for JS numbers, whose values are
   * `numbers`): numbers are weak and take the dtype NumPy 2 gives them, the arrays' unless they
   * change kind.
   */
  types(dtypes: readonly (DType | undefined)[], numbers: readonly number[]): Types {
    const promoted = this.spec.promoted;
    let common: DType | undefined;
    for (let k = 0; k < dtypes.length; k++) {
      const d = dtypes[k];
      if (d === undefined || (promoted !== undefined && !promoted.includes(k))) continue;
      common = common === undefined ? d : promoteTypes(common, d);
    }
    const weak = common === undefined ? "float64" : numbers.length > 0 ? weakPromotion(common, numbers) : common;
    const operands = dtypes.map((d) => d ?? weak);
    const result = this.resultDType(...operands);
    let loop = result;
    if (this.spec.loop === "inputs") {
      loop = weak;
      for (let k = 0; k < operands.length; k++) if (promoted === undefined || promoted.includes(k)) loop = promoteTypes(loop, operands[k]);
    }
    return { operands, loop, result };
  }

  /** A JS number as the loop reads it: rounded to float32, checked against an integer dtype's range. */
  scalar(x: number, types: Types, k: number): number {
    if (this.spec.promoted !== undefined && !this.spec.promoted.includes(k)) return x;
    const loop = types.loop;
    if (loop === "float32") return Math.fround(x);
    if (isInteger(loop) && this.spec.checkRange !== false) return checkedInteger(x, loop);
    return x;
  }

  /**
   * The unchecked fast path under the ufuncs, for what most code does: contiguous arrays of one
   * shape, numbers and arrays of one element, or (two operands) an array and a row along its last
   * axes (`np.add(m, row)`); no `out`, or an `out` of the result's shape and dtype that no operand
   * overlaps in another layout. Returns undefined for anything else (the general path then
   * broadcasts, checks and handles layouts). Results are the same either way.
   */
  fast(operands: readonly ArrayLike[], options: UfuncOptions | undefined): NDArray | undefined {
    const out = options === undefined ? undefined : outOnly(options);
    if (out === null) return undefined;
    // The result has the largest array's shape; the others must read as one of the cases above.
    let big: NDArray | undefined;
    let n = 0;
    for (const x of operands) {
      if (typeof x === "number") continue;
      if (!(x instanceof NDArray) || !x.isContiguous) return undefined;
      const size = x.size;
      if (big === undefined || size > n) {
        big = x;
        n = size;
      }
    }
    if (big === undefined || n === 0) return undefined; // numbers only: the general path makes a 0-d array
    const shape = big.shape;
    const k = operands.length;
    // Operand i is read from data[i], or is values[i] where that is undefined. (Arrays built by
    // push: `new Array(k).fill()` took half of this function's time for lecture 4's 3 elements.)
    const data: (TypedData | undefined)[] = [];
    const values: number[] = [];
    const dtypes: (DType | undefined)[] = [];
    const numbers: number[] = [];
    let allFloat64 = true;
    let m = n; // the row's length, if one operand is a row
    let row = -1; // and which operand it is
    for (let i = 0; i < k; i++) {
      const x = operands[i];
      if (typeof x === "number") {
        data.push(undefined);
        values.push(x);
        dtypes.push(undefined);
        numbers.push(x);
        continue;
      }
      const array = x as NDArray;
      const size = array === big ? n : array.size;
      if (array.dtype !== "float64") allFloat64 = false;
      dtypes.push(array.dtype);
      if (array !== big && size === 1 && array.ndim <= shape.length) {
        data.push(undefined);
        values.push(array.data[array.offset]);
      } else if (array === big || sameShape(array.shape, shape) || (k === 2 && isRowOf(array.shape, shape))) {
        data.push(elementsOf(array, size));
        values.push(0);
        if (size < n) {
          m = size;
          row = i;
        }
      } else {
        return undefined;
      }
      if (out !== undefined && array.data === out.data && !(data[i] !== undefined && size === n && array.offset === out.offset)) return undefined;
    }
    // The lessons' case: float64 arrays and numbers, whose values need no conversion.
    const plain = allFloat64 && this.promotesAll;
    const types = plain ? this.float64 : this.types(dtypes, numbers);
    if (!plain && numbers.length > 0) {
      for (let i = 0; i < k; i++) if (typeof operands[i] === "number") values[i] = this.scalar(values[i], types, i);
    }
    let result: NDArray;
    if (out === undefined) {
      result = new NDArray(allocateUnfilled(types.result, n), shape, types.result);
    } else {
      if (out.dtype !== types.result || !out.isContiguous || !sameShape(out.shape, shape)) return undefined;
      result = out;
    }
    const target = elementsOf(result, n);
    const v = this.variant(types);
    const x = data[0];
    if (v.row !== undefined && x instanceof Float64Array && target instanceof Float64Array) {
      v.row(x, 0, 1, target, 0, 1, n);
    } else if (v.unary !== undefined) {
      v.unary(v.kernel, n, target, x as TypedData);
    } else if (v.binary !== undefined) {
      v.binary(v.kernel, n, target, data[0], values[0], data[1], values[1], m, row === 0);
    } else {
      const [a, b, c] = data.map((d, i) => d ?? Float64Array.of(values[i]));
      (v.ternary as typeof ternaryLoop)(v.kernel, n, target, a, data[0] === undefined ? 0 : 1, b, data[1] === undefined ? 0 : 1, c, data[2] === undefined ? 0 : 1);
    }
    return result;
  }

  /** The general path: any layouts, broadcasting, `out`. */
  call(operands: readonly ArrayLike[], options: UfuncOptions | undefined): NDArray {
    checkOptions(this.spec.name, options, ["out"], UNSUPPORTED);
    const arrays = operands.map((x) => (typeof x === "number" ? undefined : asarray(x)));
    const values = operands.filter((x): x is number => typeof x === "number");
    const types = this.types(arrays.map((x) => x?.dtype), values);
    // A number becomes a 0-d operand holding its value as the loop reads it.
    const inputs = operands.map((x, i) => arrays[i] ?? new NDArray(Float64Array.of(this.scalar(x as number, types, i)), [], "float64"));
    const shape = broadcastShapes(...inputs.map((x) => x.shape));
    const out = prepareOut(this.spec.name, options?.out, inputs, shape, types.result);
    const v = this.variant(types);
    if (storesAsCast(types.result, out.dtype)) return run(v, inputs, out);
    // A result that must first wrap to its own width (int8 into an int64 `out`): compute, then cast.
    const temp = run(v, inputs, prepareOut(this.spec.name, undefined, inputs, [...out.shape], types.result));
    copyInto(out, temp);
    return out;
  }
}

/**
 * Whether storing the loop's values into an array of `target` gives the result dtype's values
 * cast to `target`: floats round when stored, bools are 0/1, integers wrap modulo any width up
 * to their own. An integer result stored into a wider integer or a float would skip its wrap.
 */
function storesAsCast(result: DType, target: DType): boolean {
  if (result === target || result === "bool") return true;
  if (isFloat(result)) return isFloat(target) || target === "bool";
  return isInteger(target) && intBits(target) <= intBits(result);
}

function intBits(d: DType): number {
  return d === "int64" || d === "uint64" ? 64 : d === "int32" || d === "uint32" ? 32 : d === "int16" || d === "uint16" ? 16 : 8;
}

/**
 * Checks a user's `out` array against the result's shape and dtype (NumPy's messages), or makes
 * one. As in NumPy, the inputs may broadcast up to `out`'s shape, but `out` itself never broadcasts.
 */
function prepareOut(name: string, out: NDArray | undefined, inputs: NDArray[], shape: number[], dtype: DType): NDArray {
  if (out === undefined) {
    const strides = kOrderStrides(shape, inputs.map((x) => broadcastStrides(x.shape, x.strides, shape)));
    return new NDArray(allocateUnfilled(dtype, shape.reduce((p, n) => p * n, 1)), shape, dtype, strides);
  }
  if (!(out instanceof NDArray)) throw new TypeError("return arrays must be of ArrayType");
  if (out.ndim < shape.length) {
    throw new ValueError(`non-broadcastable output operand with shape ${compactShapeStr(out.shape)} doesn't match the broadcast shape ${compactShapeStr(shape)}`);
  }
  const full = broadcastShapes(...inputs.map((x) => x.shape), out.shape);
  if (full.some((n, i) => n !== out.shape[i])) {
    throw new ValueError(`non-broadcastable output operand with shape ${compactShapeStr(out.shape)} doesn't match the broadcast shape ${compactShapeStr(full)}`);
  }
  if (!canCastSameKind(dtype, out.dtype)) {
    throw new TypeError(`Cannot cast ufunc '${name}' output from dtype('${dtype}') to dtype('${out.dtype}') with casting rule 'same_kind'`);
  }
  return out;
}

/**
 * Runs a loop over inputs broadcast together into `out`. An input that shares memory with `out`
 * in a different layout is copied first, so `np.add(a.slice("1:"), a.slice(":-1"), {out: a.slice("1:")})`
 * reads the old values, as NumPy guarantees.
 */
function run(v: Variant, inputs: NDArray[], out: NDArray): NDArray {
  const operands = inputs.map((x) => (x.data === out.data && !sameLayout(x, out) ? x.copy() : x));
  operands.push(out);
  const { shape, strides } = coalesce(
    out.shape,
    operands.map((x) => broadcastStrides(x.shape, x.strides, out.shape)),
  );
  const x = operands[0].data;
  if (v.row !== undefined && x instanceof Float64Array && out.data instanceof Float64Array) {
    rowLoop(v.row, shape, x, out.data, strides, [operands[0].offset, out.offset]);
  } else {
    v.strided(v.kernel, shape, operands.map((x) => x.data), strides, operands.map((x) => x.offset));
  }
  return out;
}

/** A row kernel over a coalesced loop nest (as stridedLoop, for one input): one call per row. */
function rowLoop(row: RowKernel, shape: number[], x: Float64Array, out: Float64Array, strides: number[][], offsets: number[]): void {
  if (shape.some((n) => n === 0)) return;
  const ndim = shape.length;
  if (ndim === 0) return row(x, offsets[0], 0, out, offsets[1], 0, 1);
  const last = ndim - 1;
  const counter = new Array<number>(ndim).fill(0);
  for (;;) {
    row(x, offsets[0], strides[0][last], out, offsets[1], strides[1][last], shape[last]);
    let axis = last - 1;
    for (; axis >= 0; axis--) {
      for (let k = 0; k < 2; k++) offsets[k] += strides[k][axis];
      if (++counter[axis] < shape[axis]) break;
      for (let k = 0; k < 2; k++) offsets[k] -= strides[k][axis] * shape[axis];
      counter[axis] = 0;
    }
    if (axis < 0) return;
  }
}

/** The `out` of options that give nothing else (the fast path's case), or null for any other options. */
function outOnly(options: UfuncOptions): NDArray | undefined | null {
  if (!isOptions(options)) return null;
  for (const key in options) if (key !== "out") return null;
  return options.out === undefined || options.out instanceof NDArray ? options.out : null;
}

function sameShape(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Whether a contiguous array of `row`'s shape, broadcast to `shape`, repeats its elements along
 * the leading axes: its shape, leading 1s aside, is the end of `shape`, and it has no more axes.
 */
function isRowOf(row: readonly number[], shape: readonly number[]): boolean {
  if (row.length > shape.length) return false;
  let i = 0;
  while (i < row.length && row[i] === 1) i++;
  for (const lead = shape.length - row.length; i < row.length; i++) if (row[i] !== shape[lead + i]) return false;
  return true;
}

/** A contiguous array's elements from index 0 (the fast path's loops index from 0). */
function elementsOf(x: NDArray, size: number): TypedData {
  return x.offset === 0 ? x.data : x.data.subarray(x.offset, x.offset + size);
}

function sameLayout(x: NDArray, out: NDArray): boolean {
  return x.offset === out.offset && x.ndim === out.ndim && x.shape.every((n, i) => n === out.shape[i] && x.strides[i] === out.strides[i]);
}

/**
 * Makes a unary element-wise function.
 * @param resultDType the output dtype for an input dtype (it may throw for unsupported inputs)
 */
export function unaryUfunc(spec: Spec<Kernel1>, resultDType: (x: DType) => DType): UnaryUfunc {
  const op = new Ufunc(spec as Spec<AnyKernel>, resultDType as (...d: DType[]) => DType, 1);
  return (x: ArrayLike, options?: UfuncOptions): NDArray => op.fast([x], options) ?? op.call([x], options);
}

/**
 * Makes a binary element-wise function that broadcasts its operands.
 * @param resultDType the output dtype for the two input dtypes (it may throw for unsupported ones)
 */
export function binaryUfunc(spec: Spec<Kernel2>, resultDType: (x: DType, y: DType) => DType): BinaryUfunc {
  const op = new Ufunc(spec as Spec<AnyKernel>, resultDType as (...d: DType[]) => DType, 2);
  return (a: ArrayLike, b: ArrayLike, options?: UfuncOptions): NDArray => op.fast([a, b], options) ?? op.call([a, b], options);
}

/**
 * Makes a ternary element-wise function (`where`, `clip`), broadcasting all three operands.
 */
export function ternaryUfunc(spec: Spec<Kernel3>, resultDType: (x: DType, y: DType, z: DType) => DType): TernaryUfunc {
  const op = new Ufunc(spec as Spec<AnyKernel>, resultDType as (...d: DType[]) => DType, 3);
  return (a: ArrayLike, b: ArrayLike, c: ArrayLike, options?: UfuncOptions): NDArray =>
    op.fast([a, b, c], options) ?? op.call([a, b, c], options);
}

// ---- dtype rules shared by the ops ------------------------------------------------------------

/**
 * The float dtype a math function (exp, sin, sqrt, divide, ...) of `d` gives: floats keep
 * theirs; NumPy computes bool and 8-bit ints in float16, which numts lacks, so they give float32,
 * as do 16-bit ints (float32 in NumPy too); larger ints give float64.
 */
export function floatResult(d: DType): DType {
  if (isFloat(d)) return d;
  return intBitsOrBool(d) <= 16 ? "float32" : "float64";
}

/**
 * The float dtype a two-argument math function (arctan2, hypot, heaviside) of `x` and `y` gives:
 * NumPy picks the first float loop that both cast to safely, so each input counts on its own
 * (int8 with uint16 is float32, where `promote_types` would say int32 and so float64).
 */
export function floatResultOfBoth(x: DType, y: DType): DType {
  return promoteTypes(floatResult(x), floatResult(y));
}

function intBitsOrBool(d: DType): number {
  return d === "bool" ? 8 : intBits(d);
}
