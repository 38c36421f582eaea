// Turning what users write (numbers, booleans, nested JS arrays, typed arrays) into NDArrays.
import { allocate, castFunction, dtypeOfTypedArray, type DType, fromNumber, type HasDType, promoteTypes, resolveDType } from "./dtype";
import { TypeError, ValueError } from "./errors";
import { NDArray } from "./ndarray";
import { shapeStr } from "./shape";

/** A number or boolean: what one element of an array is in JavaScript. */
export type Scalar = number | boolean;

/**
 * JavaScript's typed arrays, which `np.array` takes with their element type: a `Uint8Array`
 * (or the `Uint8ClampedArray` of a canvas's pixels) gives uint8, a `Float32Array` float32, ...
 */
export type TypedArray = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array | Uint8Array | Uint8ClampedArray;

/** Nested JS arrays of numbers/booleans (or of NDArrays and typed arrays), like the lists NumPy accepts. */
export type NestedArray = Scalar | NDArray | TypedArray | readonly NestedArray[];

/**
 * Anything numts accepts where NumPy accepts an "array_like": an NDArray, a number, a boolean,
 * a (nested) JS array or a typed array.
 */
export type ArrayLike = NestedArray;

/**
 * A dtype: its name (`"float32"`), a name NumPy accepts for it (`"float"`, `"int"`, `"f4"`,
 * `"u1"`, `"?"`, ...), or a scalar type (`np.float32`, `np.uint8`, ...).
 */
export type DTypeLike =
  | DType
  | HasDType
  | "float" | "double" | "single" | "f8" | "f4" | "int" | "int_" | "intp" | "intc" | "uint" | "i8" | "i4" | "i2" | "i1" | "u8" | "u4" | "u2" | "u1" | "bool_" | "?"
  | (string & {});

function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && dtypeOfTypedArray(value) !== undefined;
}

/** Element dtype a JS value implies: numbers are float64 (like Python floats), booleans bool. */
function leafDType(value: unknown): DType {
  if (typeof value === "number") return "float64";
  if (typeof value === "boolean") return "bool";
  throw new TypeError(
    `could not convert ${describe(value)} to a number: numts arrays hold numbers and booleans`,
  );
}

function describe(value: unknown): string {
  if (typeof value === "string") return `string '${value}'`;
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "bigint") return `BigInt ${value}n (use Number(x))`;
  return typeof value;
}

/** Shape and dtype of a nested input, checking that it is rectangular (NumPy's error if not). */
function inspectNested(input: NestedArray): { shape: number[]; dtype: DType | undefined } {
  const shape: number[] = [];
  let node: unknown = input;
  while (Array.isArray(node) || isTypedArray(node)) {
    shape.push(node.length);
    if (node.length === 0) break;
    node = node[0];
  }
  if (node instanceof NDArray) shape.push(...node.shape);
  let dtype: DType | undefined;
  const meet = (d: DType): void => {
    dtype = dtype === undefined ? d : promoteTypes(dtype, d);
  };
  const check = (value: unknown, depth: number): void => {
    if (depth < shape.length && (Array.isArray(value) || isTypedArray(value))) {
      if (value.length !== shape[depth]) inhomogeneous(shape, depth);
      if (isTypedArray(value)) {
        if (depth !== shape.length - 1) inhomogeneous(shape, depth + 1);
        meet(dtypeOfTypedArray(value) as DType);
        return;
      }
      for (const child of value) check(child, depth + 1);
    } else if (value instanceof NDArray) {
      const rest = shape.slice(depth);
      if (rest.length !== value.ndim || rest.some((n, i) => n !== value.shape[i])) inhomogeneous(shape, depth);
      meet(value.dtype);
    } else {
      if (depth !== shape.length) inhomogeneous(shape, depth);
      meet(leafDType(value));
    }
  };
  check(input, 0);
  return { shape, dtype };
}

function inhomogeneous(shape: number[], depth: number): never {
  throw new ValueError(
    "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
      `${depth} dimensions. The detected shape was ${shapeStr(shape.slice(0, depth))} + inhomogeneous part.`,
  );
}

/**
 * `np.array(object, dtype)`: a new array holding a copy of `input`.
 * Numbers become float64 (JavaScript has no separate int), booleans bool and typed arrays their
 * own dtype, unless `dtype` says otherwise. Numbers convert as NumPy converts Python numbers
 * (fractions cut toward zero, out of range an OverflowError); arrays and typed arrays as
 * `astype` casts them.
 */
export function fromNested(input: NestedArray, dtypeLike?: DTypeLike): NDArray {
  const { shape, dtype: inferred } = inspectNested(input);
  const dtype = dtypeLike !== undefined ? resolveDType(dtypeLike) : inferred ?? "float64";
  let size = 1;
  for (const n of shape) size *= n;
  const data = allocate(dtype, size);
  let i = 0;
  const fill = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const child of value) fill(child);
    } else if (isTypedArray(value)) {
      const cast = castFunction(dtypeOfTypedArray(value) as DType, dtype);
      if (cast === undefined) data.set(value, i);
      else for (let k = 0; k < value.length; k++) data[i + k] = cast(value[k]);
      i += value.length;
    } else if (value instanceof NDArray) {
      const flat = (value.dtype === dtype ? value : value.astype(dtype)).flatten();
      data.set(flat.data, i);
      i += flat.size;
    } else {
      data[i++] = dtype === "float64" ? +(value as Scalar) : fromNumber(+(value as Scalar), dtype);
    }
  };
  fill(input);
  return new NDArray(data, shape, dtype);
}

/**
 * `np.asarray(a, dtype)`: `a` itself when it already is an NDArray of that dtype, else a new array.
 * Every op calls this on its inputs, so `np.add([1, 2], 3)` works like NumPy.
 */
export function asarray(input: ArrayLike, dtype?: DTypeLike): NDArray {
  if (input instanceof NDArray) {
    return dtype === undefined || resolveDType(dtype) === input.dtype ? input : input.astype(dtype);
  }
  return fromNested(input, dtype);
}
