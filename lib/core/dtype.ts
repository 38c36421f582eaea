/**
 * Data types. numts has NumPy's three everyday dtypes:
 *
 * | dtype     | NumPy        | storage        |
 * |-----------|--------------|----------------|
 * | `float64` | `np.float64` | `Float64Array` |
 * | `int64`   | `np.int64`   | `Float64Array` holding whole numbers (exact up to 2**53) |
 * | `bool`    | `np.bool_`   | `Uint8Array` of 0 and 1 |
 */
export type DType = "float64" | "int64" | "bool";

/** The typed array behind an array of each dtype. */
export type TypedData = Float64Array | Uint8Array;

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

import { TypeError } from "./errors";

/**
 * Names NumPy accepts for our dtypes (`np.dtype("float")` is float64, `"int"` is int64, `"?"` is bool),
 * so code ported from Python keeps its spelling: `x.astype("int")`.
 */
const DTYPE_NAMES: Readonly<Record<string, DType>> = {
  float64: "float64", float: "float64", double: "float64", f8: "float64", d: "float64",
  int64: "int64", int: "int64", i8: "int64", long: "int64", intp: "int64",
  bool: "bool", bool_: "bool", "?": "bool",
};

/** A dtype name or alias as one of numts's dtypes; NumPy's error for anything else. */
export function resolveDType(name: string): DType {
  const dtype = Object.prototype.hasOwnProperty.call(DTYPE_NAMES, name) ? DTYPE_NAMES[name] : undefined;
  if (dtype === undefined) {
    throw new TypeError(`data type '${name}' not understood`);
  }
  return dtype;
}

const RANK: Readonly<Record<DType, number>> = { bool: 0, int64: 1, float64: 2 };

/** NumPy's type promotion for our dtypes: bool → int64 → float64. */
export function promoteTypes(a: DType, b: DType): DType {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether NumPy's "same_kind" casting allows `from` → `to` (e.g. float64 into an int64 `out` is refused). */
export function canCastSameKind(from: DType, to: DType): boolean {
  return RANK[from] <= RANK[to];
}

/** A zero-filled buffer for `size` elements of `dtype`. */
export function allocate(dtype: DType, size: number): TypedData {
  return dtype === "bool" ? new Uint8Array(size) : new Float64Array(size);
}
