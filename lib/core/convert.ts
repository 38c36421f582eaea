// Turning what users write (numbers, booleans, nested JS arrays, typed arrays) into NDArrays.
import { allocate, promoteTypes, resolveDType, type DType } from "./dtype";
import { TypeError, ValueError } from "./errors";
import { NDArray } from "./ndarray";
import { shapeStr } from "./shape";

/** A number or boolean: what one element of an array is in JavaScript. */
export type Scalar = number | boolean;

/** Nested JS arrays of numbers/booleans (or of NDArrays), like the lists NumPy accepts. */
export type NestedArray = Scalar | NDArray | Float64Array | readonly NestedArray[];

/**
 * Anything numts accepts where NumPy accepts an "array_like": an NDArray, a number, a boolean,
 * a (nested) JS array or a Float64Array.
 */
export type ArrayLike = NestedArray;

/** A dtype or a name NumPy accepts for it ("float", "int", "f8", "?", ...). */
export type DTypeLike = DType | "float" | "int" | "double" | "f8" | "i8" | "bool_" | "?" | (string & {});

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
  return typeof value;
}

/** Shape and dtype of a nested input, checking that it is rectangular (NumPy's error if not). */
function inspectNested(input: NestedArray): { shape: number[]; dtype: DType | undefined } {
  const shape: number[] = [];
  let node: unknown = input;
  while (Array.isArray(node) || node instanceof Float64Array) {
    shape.push(node.length);
    if (node.length === 0) break;
    node = node[0];
  }
  if (node instanceof NDArray) shape.push(...node.shape);
  let dtype: DType | undefined;
  const check = (value: unknown, depth: number): void => {
    if (depth < shape.length && (Array.isArray(value) || value instanceof Float64Array)) {
      if (value.length !== shape[depth]) inhomogeneous(shape, depth);
      if (value instanceof Float64Array) {
        if (depth !== shape.length - 1) inhomogeneous(shape, depth + 1);
        dtype = dtype === undefined ? "float64" : promoteTypes(dtype, "float64");
        return;
      }
      for (const child of value) check(child, depth + 1);
    } else if (value instanceof NDArray) {
      const rest = shape.slice(depth);
      if (rest.length !== value.ndim || rest.some((n, i) => n !== value.shape[i])) inhomogeneous(shape, depth);
      dtype = dtype === undefined ? value.dtype : promoteTypes(dtype, value.dtype);
    } else {
      if (depth !== shape.length) inhomogeneous(shape, depth);
      const leaf = leafDType(value);
      dtype = dtype === undefined ? leaf : promoteTypes(dtype, leaf);
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

/** Converts one element to the storage value of `dtype` (truncating floats for int64, as NumPy's casts do). */
export function castValue(value: number, dtype: DType): number {
  if (dtype === "float64") return value;
  if (dtype === "bool") return value !== 0 ? 1 : 0; // NaN is truthy in NumPy too
  if (Number.isNaN(value)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(value)) throw new ValueError("cannot convert float infinity to integer");
  return Math.trunc(value) + 0; // + 0: no -0 among integers
}

/**
 * `np.array(object, dtype)`: a new array holding a copy of `input`.
 * Numbers become float64 (JavaScript has no separate int), booleans bool, unless `dtype` says otherwise.
 */
export function fromNested(input: NestedArray, dtypeLike?: DTypeLike): NDArray {
  const { shape, dtype: inferred } = inspectNested(input);
  const dtype = dtypeLike !== undefined ? resolveDType(dtypeLike) : inferred ?? "float64";
  let size = 1;
  for (const n of shape) size *= n;
  const data = allocate(dtype, size);
  let i = 0;
  const fill = (value: unknown): void => {
    if (Array.isArray(value) || value instanceof Float64Array) {
      for (const child of value) fill(child);
    } else if (value instanceof NDArray) {
      const flat = (value.dtype === dtype ? value : value.astype(dtype)).flatten();
      data.set(flat.data, i);
      i += flat.size;
    } else {
      const x = value as Scalar;
      data[i++] = dtype === "float64" ? +x : castValue(+x, dtype);
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
