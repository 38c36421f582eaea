// Factories for NumPy's element-wise functions ("ufuncs"). An op is described by its scalar
// kernel and its dtype rule; the factory adds what every ufunc shares: conversion of inputs,
// broadcasting, the `out` option with NumPy's casting check, overlap safety and the loops.
import { checkOptions } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { allocate, canCastSameKind, type DType } from "../core/dtype";
import { TypeError, ValueError } from "../core/errors";
import { coalesce } from "../core/iterate";
import { NDArray } from "../core/ndarray";
import { broadcastShapes, broadcastStrides, compactShapeStr, kOrderStrides, shapeSize } from "../core/shape";

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

/** How an op computes: a kernel, and others for results where integers or booleans differ. */
interface Spec<K> {
  /** NumPy's name for the function, used in error messages. */
  name: string;
  /** The kernel for float64 results (and others, unless they have their own). */
  kernel: K;
  /** The kernel for int64 results, e.g. one that checks for negative integer powers. */
  intKernel?: K;
  /** The kernel for bool results, e.g. add is OR on booleans. */
  boolKernel?: K;
}

/**
 * A unary element-wise function. It always returns an array: a number in gives a 0-d array,
 * as NumPy gives a NumPy scalar (and both print like Python floats: `String(np.exp(0))` is `1.0`).
 */
export type UnaryUfunc = (x: ArrayLike, options?: UfuncOptions) => NDArray;

/** A binary element-wise function; its operands broadcast together. It always returns an array. */
export type BinaryUfunc = (a: ArrayLike, b: ArrayLike, options?: UfuncOptions) => NDArray;

// Each op gets its own copy of the loop functions below (compiled from their source), so that
// V8 sees a single kernel at the call site and inlines it: one shared loop calling many
// different kernels would run several times slower. The loops therefore use no outer variables.
// The copies must differ in source: V8 caches compilations by source text, and identical copies
// would share one function and its feedback again.
let copies = 0;
function specialize<F extends (...args: never[]) => unknown>(loop: F): F {
  return new Function(`return (${loop.toString()}); // copy ${++copies}`)() as F;
}

/**
 * Applies `kernel` over a coalesced loop nest: operand k reads `data[k]` at `offsets[k]`,
 * stepping by `strides[k]`; the last operand is the output.
 */
function stridedLoop(
  kernel: (...xs: number[]) => number | boolean,
  shape: number[],
  data: (Float64Array | Uint8Array)[],
  strides: number[][],
  offsets: number[],
): void {
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

/**
 * The fast path's loop: every operand is contiguous with the result's shape (step 1) or one
 * number (step 0, read from `data[k][0]`); n elements, no index bookkeeping.
 */
function flatLoop(kernel: (...xs: number[]) => number | boolean, n: number, data: (Float64Array | Uint8Array)[], offsets: number[], steps: number[]): void {
  const arity = data.length - 1;
  const out = data[arity];
  const a = data[0];
  const ao = offsets[0];
  const sa = steps[0];
  if (arity === 1) {
    for (let i = 0; i < n; i++) out[i] = +kernel(a[ao + i * sa]);
    return;
  }
  const b = data[1];
  const bo = offsets[1];
  const sb = steps[1];
  if (arity === 2) {
    for (let i = 0; i < n; i++) out[i] = +kernel(a[ao + i * sa], b[bo + i * sb]);
    return;
  }
  const c = data[2];
  const co = offsets[2];
  const sc = steps[2];
  for (let i = 0; i < n; i++) out[i] = +kernel(a[ao + i * sa], b[bo + i * sb], c[co + i * sc]);
}

type FlatLoop = typeof flatLoop;

/**
 * The unchecked fast path under the ufuncs, for what most code does: operands that are numbers
 * or contiguous arrays of one shape, and no `out`. Returns undefined for anything else (the
 * general path then broadcasts, checks and handles layouts). Results are the same either way.
 */
function fastPath(loop: FlatLoop, spec: Spec<Kernel1 | Kernel2 | Kernel3>, resultDType: (...dtypes: DType[]) => DType, operands: ArrayLike[]): NDArray | undefined {
  let shape: readonly number[] | undefined;
  for (const x of operands) {
    if (typeof x === "number") continue;
    if (!(x instanceof NDArray) || !x.isContiguous) return undefined;
    if (shape === undefined) shape = x.shape;
    else if (shape.length !== x.ndim || shape.some((n, i) => n !== x.shape[i])) return undefined;
  }
  if (shape === undefined) return undefined; // numbers only: the general path makes a 0-d array
  const k = operands.length;
  const data = new Array<Float64Array | Uint8Array>(k + 1);
  const offsets = new Array<number>(k);
  const steps = new Array<number>(k);
  const dtypes = new Array<DType>(k);
  for (let i = 0; i < k; i++) {
    const x = operands[i];
    if (typeof x === "number") {
      data[i] = Float64Array.of(x);
      offsets[i] = 0;
      steps[i] = 0;
      dtypes[i] = "float64";
    } else {
      const array = x as NDArray;
      data[i] = array.data;
      offsets[i] = array.offset;
      steps[i] = 1;
      dtypes[i] = array.dtype;
    }
  }
  const dtype = resultDType(...dtypes);
  const n = shapeSize(shape);
  const out = allocate(dtype, n);
  data[k] = out;
  loop(kernelFor(spec, dtype) as (...xs: number[]) => number, n, data, offsets, steps);
  return new NDArray(out, shape, dtype);
}

/** NumPy's keyword arguments of ufuncs that numts does not implement (refused, never ignored). */
const UNSUPPORTED = ["where", "axes", "axis", "keepdims", "casting", "order", "dtype", "subok", "signature"];

/** Checks a ufunc's options: `out` is the one numts takes. */
function checkUfuncOptions(name: string, options: UfuncOptions | undefined): void {
  checkOptions(name, options, ["out"], UNSUPPORTED);
}

/**
 * Checks a user's `out` array against the result's shape and dtype (NumPy's messages), or makes
 * one. As in NumPy, the inputs may broadcast up to `out`'s shape, but `out` itself never broadcasts.
 */
function prepareOut(name: string, out: NDArray | undefined, inputs: NDArray[], shape: number[], dtype: DType): NDArray {
  if (out === undefined) {
    const strides = kOrderStrides(shape, inputs.map((x) => broadcastStrides(x.shape, x.strides, shape)));
    return new NDArray(allocate(dtype, shape.reduce((p, n) => p * n, 1)), shape, dtype, strides);
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
function run(loop: Loop, kernel: Kernel1 | Kernel2 | Kernel3, inputs: NDArray[], out: NDArray): NDArray {
  const operands = inputs.map((x) => (x.data === out.data && !sameLayout(x, out) ? x.copy() : x));
  operands.push(out);
  const { shape, strides } = coalesce(
    out.shape,
    operands.map((x) => broadcastStrides(x.shape, x.strides, out.shape)),
  );
  loop(kernel as (...xs: number[]) => number, shape, operands.map((x) => x.data), strides, operands.map((x) => x.offset));
  return out;
}

function sameLayout(x: NDArray, out: NDArray): boolean {
  return x.offset === out.offset && x.ndim === out.ndim && x.shape.every((n, i) => n === out.shape[i] && x.strides[i] === out.strides[i]);
}

function kernelFor<K>(spec: Spec<K>, dtype: DType): K {
  if (dtype === "bool") return spec.boolKernel ?? spec.kernel;
  if (dtype === "int64") return spec.intKernel ?? spec.kernel;
  return spec.kernel;
}

/**
 * Makes a unary element-wise function.
 * @param resultDType the output dtype for an input dtype (it may throw for unsupported inputs)
 */
export function unaryUfunc(spec: Spec<Kernel1>, resultDType: (x: DType) => DType): UnaryUfunc {
  const loop = specialize(stridedLoop);
  const flat = specialize(flatLoop);
  return (x: ArrayLike, options?: UfuncOptions): NDArray => {
    const fast = options === undefined ? fastPath(flat, spec, resultDType as (...d: DType[]) => DType, [x]) : undefined;
    if (fast !== undefined) return fast;
    checkUfuncOptions(spec.name, options);
    const a = asarray(x);
    const dtype = resultDType(a.dtype);
    return run(loop, kernelFor(spec, dtype), [a], prepareOut(spec.name, options?.out, [a], [...a.shape], dtype));
  };
}

/**
 * Makes a binary element-wise function that broadcasts its operands.
 * @param resultDType the output dtype for the two input dtypes (it may throw for unsupported ones)
 */
export function binaryUfunc(spec: Spec<Kernel2>, resultDType: (x: DType, y: DType) => DType): BinaryUfunc {
  const loop = specialize(stridedLoop);
  const flat = specialize(flatLoop);
  return (a: ArrayLike, b: ArrayLike, options?: UfuncOptions): NDArray => {
    const fast = options === undefined ? fastPath(flat, spec, resultDType as (...d: DType[]) => DType, [a, b]) : undefined;
    if (fast !== undefined) return fast;
    checkUfuncOptions(spec.name, options);
    const x = asarray(a);
    const y = asarray(b);
    const dtype = resultDType(x.dtype, y.dtype);
    const shape = broadcastShapes(x.shape, y.shape);
    return run(loop, kernelFor(spec, dtype), [x, y], prepareOut(spec.name, options?.out, [x, y], shape, dtype));
  };
}

/**
 * Makes a ternary element-wise function (`where`, `clip`), broadcasting all three operands.
 */
export function ternaryUfunc(spec: Spec<Kernel3>, resultDType: (x: DType, y: DType, z: DType) => DType) {
  const loop = specialize(stridedLoop);
  const flat = specialize(flatLoop);
  return (a: ArrayLike, b: ArrayLike, c: ArrayLike, options?: UfuncOptions): NDArray => {
    const fast = options === undefined ? fastPath(flat, spec, resultDType as (...d: DType[]) => DType, [a, b, c]) : undefined;
    if (fast !== undefined) return fast;
    checkUfuncOptions(spec.name, options);
    const x = asarray(a);
    const y = asarray(b);
    const z = asarray(c);
    const dtype = resultDType(x.dtype, y.dtype, z.dtype);
    const shape = broadcastShapes(x.shape, y.shape, z.shape);
    return run(loop, kernelFor(spec, dtype), [x, y, z], prepareOut(spec.name, options?.out, [x, y, z], shape, dtype));
  };
}
