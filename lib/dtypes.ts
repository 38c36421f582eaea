// NumPy's scalar types as numts has them: `np.float32`, `np.uint8`, ... are both converters
// (`np.float32(0.1)`, `np.int64(mask)`) and dtype arguments (`x.astype(np.float32)`,
// `{dtype: np.uint8}`); plus `np.dtype`, `np.iinfo`, `np.finfo`, and the promotion and casting
// rules as functions (`np.promote_types`, `np.result_type`, `np.can_cast`).
import { asarray, type ArrayLike, type DTypeLike } from "./core/convert";
import { allocate, canCast, type Casting, DTYPE_OF, dtypeRange, type DType, fromNumber, isFloat, isInteger, promoteTypes, resolveDType, resultType, toCasting } from "./core/dtype";
import { ValueError } from "./core/errors";
import { NDArray } from "./core/ndarray";

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * A NumPy scalar type such as `np.float32`: call it to convert, or pass it where a dtype goes.
 *
 * - `np.float32(0.1)` is a 0-d float32 array (numts's NumPy scalar), printing `0.1`;
 *   `np.uint8(300)` is NumPy 2's `OverflowError`, `np.int32(2.7)` is 2. `.item()` is its
 *   number (JavaScript's operators read it so at run time too: `np.float64(3) + 1` is 4).
 * - `np.int64(mask)`, `np.float32([1, 2])`: an array converted, as `astype` / `np.array` would.
 * - `x.astype(np.float32)`, `np.zeros(3, {dtype: np.uint8})`: the dtype.
 * - `np.float32.dtype` is its dtype's name, "float32", which is what `x.dtype` holds:
 *   compare with `x.dtype === np.float32.dtype` (or `x.dtype === "float32"`), where Python
 *   writes `x.dtype == np.float32`.
 */
export interface ScalarType<D extends DType = DType> {
  /**
   * Converts to this dtype, as NumPy's `np.float32(x)` does.
   * @param value a number or bool (a 0-d array results; default 0), or an array or nested list
   *   (converted as `astype` does; a nested list as `np.array(value, {dtype})`)
   * @returns a new array of this dtype
   * @throws OverflowError `Python integer 300 out of bounds for uint8` for a whole number the
   *   dtype cannot hold; ValueError `cannot convert float NaN to integer`
   */
  (value?: ArrayLike): NDArray;
  /** The dtype's name: `np.float32.dtype` is "float32". */
  readonly dtype: D;
  readonly [DTYPE_OF]: D;
}

function scalarType<D extends DType>(dtype: D): ScalarType<D> {
  const convert = (value: ArrayLike = 0): NDArray => {
    if (typeof value === "number" || typeof value === "boolean") {
      const data = allocate(dtype, 1);
      data[0] = fromNumber(+value, dtype); // as NumPy converts a Python number: OverflowError out of range
      return new NDArray(data, [], dtype);
    }
    return value instanceof NDArray ? value.astype(dtype) : asarray(value, dtype);
  };
  Object.defineProperties(convert, {
    name: { value: dtype },
    dtype: { value: dtype, enumerable: true },
    [DTYPE_OF]: { value: dtype },
    // `${np.float32}` is its name; Node and the notebook show it as Python does.
    toString: { value: () => dtype },
    [inspectSymbol]: { value: () => `<class 'numpy.${dtype}'>` },
  });
  return convert as unknown as ScalarType<D>;
}

/**
 * Double precision floats, the default dtype (NumPy's `np.float64`): a converter and a dtype.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.float64(mask);            // mask as 0. and 1.
 * x.astype(np.float64);
 */
export const float64 = scalarType("float64");
/**
 * Single precision floats (NumPy's `np.float32`), what models usually train in: about 7
 * significant digits, every operation rounded to float32 as NumPy does.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.float32(0.1);                          // 0.1 (a 0-d float32 array)
 * np.array([0.5, 1.5], {dtype: np.float32});
 * images.astype(np.float32);
 */
export const float32 = scalarType("float32");
/**
 * 64-bit signed integers (NumPy's `np.int64`, the default integer). numts stores them in doubles:
 * exact up to 2**53.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.int64(A2.gt(0.5));  // predictions as 0/1 integers
 */
export const int64 = scalarType("int64");
/**
 * 32-bit signed integers (NumPy's `np.int32`): they wrap around on overflow, as in NumPy.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.arange(5, {dtype: np.int32});
 */
export const int32 = scalarType("int32");
/**
 * 16-bit signed integers (NumPy's `np.int16`), -32768 to 32767.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.int16(np.array([40000.5, -2.7]));  // array([-25536,     -2], dtype=int16)
 */
export const int16 = scalarType("int16");
/**
 * 8-bit signed integers (NumPy's `np.int8`), -128 to 127.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.add(np.int8(100), np.int8(100));  // -56 (int8 wraps around)
 */
export const int8 = scalarType("int8");
/**
 * 64-bit unsigned integers (NumPy's `np.uint64`, what sums of unsigned integers give); stored in
 * doubles, exact up to 2**53.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.sum(np.array([200, 100], {dtype: np.uint8}), {axis: 0}).dtype;  // "uint64" (the sum is 300)
 */
export const uint64 = scalarType("uint64");
/**
 * 32-bit unsigned integers (NumPy's `np.uint32`), 0 to 4294967295.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.uint32(-1);  // OverflowError: Python integer -1 out of bounds for uint32
 */
export const uint32 = scalarType("uint32");
/**
 * 16-bit unsigned integers (NumPy's `np.uint16`), 0 to 65535.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.arange(3, {dtype: np.uint16});  // array([0, 1, 2], dtype=uint16)
 */
export const uint16 = scalarType("uint16");
/**
 * 8-bit unsigned integers (NumPy's `np.uint8`), 0 to 255: how images arrive. Arithmetic wraps
 * around (`200 + 100` is 44), as in NumPy; a number out of range is an OverflowError.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * const img = np.array(new Uint8Array([0, 128, 255]));  // dtype uint8
 * np.divide(img, 255).astype(np.float32);               // pixels in [0, 1]
 */
export const uint8 = scalarType("uint8");
/**
 * Booleans (NumPy's `np.bool`, also `np.bool_`).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.bool(np.array([0, 2]));  // array([False,  True])
 */
export const bool = scalarType("bool");
/**
 * Same as `np.bool` (NumPy's older name, still common).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.bool_(np.array([0, 2]));  // array([False,  True])
 */
export const bool_ = bool;
/**
 * Same as `np.float64` (C's double).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.double(1);  // array(1.)
 */
export const double = float64;
/**
 * Same as `np.float32` (C's float).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.single(0.1);  // array(0.1, dtype=float32)
 */
export const single = float32;
/**
 * Same as `np.int64` (NumPy 2's default integer on 64-bit Linux).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.int_(2.7);  // array(2)
 */
export const int_ = int64;
/**
 * Same as `np.int64` (an integer the size of a pointer, NumPy's index type).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.intp(3);  // array(3)
 */
export const intp = int64;
/**
 * Same as `np.int32` (C's int).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.intc(3);  // array(3, dtype=int32)
 */
export const intc = int32;
/**
 * Same as `np.uint64`.
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.uint(3);  // array(3, dtype=uint64)
 */
export const uint = uint64;
/**
 * Same as `np.int8` (C's signed char).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.byte(-7);  // array(-7, dtype=int8)
 */
export const byte = int8;
/**
 * Same as `np.uint8` (C's unsigned char).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.ubyte(255);  // array(255, dtype=uint8)
 */
export const ubyte = uint8;
/**
 * Same as `np.int16` (C's short).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.short(3);  // array(3, dtype=int16)
 */
export const short = int16;
/**
 * Same as `np.uint16` (C's unsigned short).
 * @param value a number or bool (a 0-d array results; default 0), or an array or nested list (converted as `astype` does)
 * @example
 * np.ushort(3);  // array(3, dtype=uint16)
 */
export const ushort = uint16;

/**
 * The dtype named by `dtype` (NumPy's `np.dtype(...)`): numts's dtypes are their names, so this
 * is the name, to compare with `x.dtype`.
 * @param type a dtype name or alias NumPy accepts ("float32", "f4", "int", "B", "?"), a scalar
 *   type (`np.uint8`), or an array (its dtype)
 * @returns the dtype's name, e.g. "float32"
 * @example
 * np.dtype("f4");          // "float32"
 * np.dtype(np.uint8);      // "uint8"
 * x.dtype === np.dtype("float32");
 * @throws TypeError `data type 'foo' not understood`
 */
export function dtype(type: DTypeLike | NDArray): DType {
  return type instanceof NDArray ? type.dtype : resolveDType(type);
}

/** NumPy's `np.iinfo`: the limits of an integer dtype. */
export interface IntegerInfo {
  /** The smallest value. */
  readonly min: number;
  /** The largest value (for 64 bits the nearest double, 2**63 or 2**64: one more than the true limit). */
  readonly max: number;
  /** Size in bits. */
  readonly bits: number;
  /** The dtype's name. */
  readonly dtype: DType;
  /** "i" for signed, "u" for unsigned. */
  readonly kind: "i" | "u";
}

/**
 * The limits of an integer dtype (NumPy's `np.iinfo`).
 * @param type an integer dtype (name or scalar type), or an integer array
 * @returns its `min`, `max`, `bits`, `dtype` and `kind`
 * @example
 * np.iinfo(np.uint8).max;   // 255
 * np.iinfo("int32").min;    // -2147483648
 * @throws ValueError `Invalid integer data type 'f'.` for a float dtype
 */
export function iinfo(type: DTypeLike | NDArray): IntegerInfo {
  const d = dtype(type);
  if (!isInteger(d)) throw new ValueError(`Invalid integer data type '${isFloat(d) ? "f" : "b"}'.`);
  const { min, max, bits } = dtypeRange(d);
  return { min, max, bits, dtype: d, kind: min < 0 ? "i" : "u" };
}

/** NumPy's `np.finfo`: the properties of a float dtype. */
export interface FloatInfo {
  /** The gap between 1 and the next float: 2**-52 for float64, 2**-23 for float32. */
  readonly eps: number;
  /** The largest finite value. */
  readonly max: number;
  /** The most negative finite value. */
  readonly min: number;
  /** The smallest positive normal number (also called `smallest_normal`). */
  readonly tiny: number;
  /** The smallest positive normal number. */
  readonly smallest_normal: number;
  /** The smallest positive subnormal number. */
  readonly smallest_subnormal: number;
  /** About how many decimal digits are exact: 15 for float64, 6 for float32. */
  readonly precision: number;
  /** 10**-precision. */
  readonly resolution: number;
  /** Size in bits. */
  readonly bits: number;
  /** The dtype's name. */
  readonly dtype: DType;
}

const FLOAT_INFO: Readonly<Record<"float32" | "float64", FloatInfo>> = {
  float64: {
    eps: 2 ** -52, max: Number.MAX_VALUE, min: -Number.MAX_VALUE, tiny: 2 ** -1022, smallest_normal: 2 ** -1022,
    smallest_subnormal: 2 ** -1074, precision: 15, resolution: 1e-15, bits: 64, dtype: "float64",
  },
  float32: {
    eps: 2 ** -23, max: 3.4028234663852886e38, min: -3.4028234663852886e38, tiny: 2 ** -126, smallest_normal: 2 ** -126,
    smallest_subnormal: 2 ** -149, precision: 6, resolution: Math.fround(1e-6), bits: 32, dtype: "float32",
  },
};

/**
 * The properties of a float dtype (NumPy's `np.finfo`): machine epsilon, range, precision.
 * @param type "float32" or "float64" (or `np.float32`, ...), or a float array
 * @returns its `eps`, `max`, `min`, `tiny`, `precision`, ...
 * @example
 * np.finfo(np.float32).eps;   // 1.1920928955078125e-7
 * np.clip(p, np.finfo("float64").eps, 1);  // keep log(p) finite
 * @throws ValueError `data type <class 'numpy.int32'> not inexact` for an integer or bool dtype
 */
export function finfo(type: DTypeLike | NDArray): FloatInfo {
  const d = dtype(type);
  if (d !== "float32" && d !== "float64") throw new ValueError(`data type <class 'numpy.${d}'> not inexact`);
  return FLOAT_INFO[d];
}

/**
 * The dtype that both can be cast to safely (NumPy's `np.promote_types`): what an operation on
 * arrays of these dtypes computes in.
 * @param type1 a dtype (name or scalar type)
 * @param type2 another
 * @returns the promoted dtype's name
 * @throws TypeError `data type 'foo' not understood`
 * @example
 * np.promote_types("uint8", "int8");     // "int16"
 * np.promote_types(np.int32, np.float32); // "float64"
 */
export function promote_types(type1: DTypeLike, type2: DTypeLike): DType {
  return promoteTypes(resolveDType(type1), resolveDType(type2));
}

/**
 * Whether NumPy's `casting` rule allows casting `from` to `to` (NumPy's `np.can_cast`):
 * "safe" (the default) only where every value survives, "same_kind" also within a kind
 * (float64 → float32), "unsafe" always, "no"/"equiv" only to the same dtype.
 * @param from the dtype cast from (or an array of it)
 * @param to the dtype cast to
 * @param casting the rule: "no", "equiv", "safe" (default), "same_kind" or "unsafe"
 * @returns whether the rule allows the cast
 * @throws ValueError `casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'`
 * @example
 * np.can_cast(np.int32, np.float64);               // true
 * np.can_cast("float64", "float32");              // false
 * np.can_cast("float64", "float32", "same_kind"); // true
 */
export function can_cast(from: DTypeLike | NDArray, to: DTypeLike, casting: Casting = "safe"): boolean {
  return canCast(dtype(from), resolveDType(to), toCasting(casting));
}

/**
 * The dtype an operation on these arrays, dtypes and numbers computes in (NumPy's
 * `np.result_type`), with NumPy 2's rule for numbers: they take the arrays' dtype unless they
 * change its kind (a fraction with integers gives float64).
 * @param arrays_and_dtypes arrays, dtypes (names or scalar types) and numbers
 * @returns the dtype's name
 * @throws ValueError `at least one array or dtype is required`
 * @example
 * np.result_type(np.zeros(2, "float32"), 0.5);  // "float32"
 * np.result_type("uint8", 2);                    // "uint8"
 * np.result_type("int32", 2.5);                  // "float64"
 */
export function result_type(...arrays_and_dtypes: (NDArray | DTypeLike | number)[]): DType {
  const strong: DType[] = [];
  const weak: number[] = [];
  for (const x of arrays_and_dtypes) {
    if (typeof x === "number") weak.push(x);
    else strong.push(dtype(x));
  }
  if (strong.length === 0 && weak.length === 0) throw new ValueError("at least one array or dtype is required");
  return resultType(strong, weak);
}
