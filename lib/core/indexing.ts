// NumPy's indexing, `a[...]` and `a[...] = v`, for NDArray.slice and NDArray.set.
//
// Basic indices (integers, slice strings, newaxis, ellipsis) only change (shape, strides, offset):
// the result is a view. Index arrays (integer or boolean) select arbitrary elements: the result
// is a copy, laid out by NumPy's rules for "advanced indexing".
import { asarray, type ArrayLike } from "./convert";
import { allocate, isInteger } from "./dtype";
import { IndexError, ValueError } from "./errors";
import { offsetsOf } from "./iterate";
import { checkIndex, copyInto, NDArray } from "./ndarray";
import { broadcastShapes, broadcastStrides, compactShapeStr } from "./shape";

/**
 * One index argument of `slice`/`set`: an integer, a slice string (`":"`, `"1:5"`, `"::-1"`),
 * `"..."` for all remaining axes, `null` (`np.newaxis`) for a new length-1 axis, or an index
 * array: a bool mask or integer positions (an NDArray or a JS array).
 */
export type Index = number | string | null | NDArray | readonly IndexList[];

/** Integer positions or a bool mask as (nested) JS arrays: `[0, 2]`, `[[0], [2]]`, `[true, false]`. */
export type IndexList = number | boolean | readonly IndexList[];

const VALID_INDICES =
  "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

type Entry =
  | { kind: "int"; value: number }
  | { kind: "slice"; start: number | null; stop: number | null; step: number | null }
  | { kind: "newaxis" }
  | { kind: "array"; positions: NDArray };

/** Parses `"start:stop:step"` (each part optional, Python syntax). */
function parseSlice(text: string): Entry {
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 3) {
    throw new IndexError(`${VALID_INDICES}; '${text}' is not a slice (write it like "1:5", ":", "::-1")`);
  }
  const [start, stop, step] = parts.map((part) => {
    const trimmed = part.trim();
    if (trimmed === "") return null;
    const n = Number(trimmed);
    if (!Number.isInteger(n)) throw new IndexError(`${VALID_INDICES}; '${text}' is not a slice (write it like "1:5", ":", "::-1")`);
    return n;
  });
  return { kind: "slice", start, stop, step: step ?? null };
}

/** An index array as integer positions (int64), one array per axis it indexes. */
function indexArrays(index: NDArray | readonly IndexList[]): NDArray[] {
  const arr = asarray(index as ArrayLike);
  if (arr.dtype === "bool") return nonzero(arr);
  if (arr.dtype === "int64") return [arr];
  if (isInteger(arr.dtype)) return [arr.astype("int64")];
  // JS numbers arrive as float64: accept them when they are whole numbers, as positions.
  const flat = arr.flatten().data;
  for (let i = 0; i < flat.length; i++) if (!Number.isInteger(flat[i])) throw new IndexError("arrays used as indices must be of integer (or boolean) type");
  return [arr.astype("int64")];
}

/**
 * The positions of the true elements of a bool array, one int64 array per axis (NumPy's `nonzero`).
 * @param mask the array whose nonzero (true) elements are wanted
 * @example
 * np.nonzero(np.array([[0, 1], [2, 0]]));  // [ array([0, 1]), array([1, 0]) ]
 */
export function nonzero(mask: NDArray): NDArray[] {
  const offsets = offsetsOf(mask.shape, mask.strides, mask.offset);
  let count = 0;
  for (let i = 0; i < offsets.length; i++) if (mask.data[offsets[i]] !== 0) count++;
  const out = mask.shape.map(() => new Float64Array(count));
  let j = 0;
  for (let i = 0; i < offsets.length; i++) {
    if (mask.data[offsets[i]] === 0) continue;
    let rest = i;
    for (let axis = mask.ndim - 1; axis >= 0; axis--) {
      out[axis][j] = rest % mask.shape[axis];
      rest = Math.floor(rest / mask.shape[axis]);
    }
    j++;
  }
  return out.map((data) => new NDArray(data, [count], "int64"));
}

/** The index arguments as entries, one per consumed axis, with "..." expanded. */
function parse(array: NDArray, indices: readonly Index[]): Entry[] {
  const entries: (Entry | "...")[] = [];
  let consumed = 0;
  for (const index of indices) {
    if (index === null) entries.push({ kind: "newaxis" });
    else if (index === "...") {
      if (entries.includes("...")) throw new IndexError("an index can only have a single ellipsis ('...')");
      entries.push("...");
    } else if (typeof index === "number") {
      entries.push({ kind: "int", value: index });
      consumed++;
    } else if (typeof index === "string") {
      entries.push(parseSlice(index));
      consumed++;
    } else if (index instanceof NDArray || Array.isArray(index)) {
      const asArray = asarray(index as ArrayLike);
      if (asArray.dtype === "bool") {
        // A mask indexes as many axes as it has, and must match them.
        const start = consumed;
        asArray.shape.forEach((n, k) => {
          const axis = start + k;
          if (axis < array.ndim && array.shape[axis] !== n) {
            throw new IndexError(
              `boolean index did not match indexed array along axis ${axis}; size of axis is ${array.shape[axis]} but size of corresponding boolean axis is ${n}`,
            );
          }
        });
        consumed += asArray.ndim;
      } else {
        consumed++;
      }
      for (const positions of indexArrays(asArray)) entries.push({ kind: "array", positions });
    } else {
      throw new IndexError(VALID_INDICES);
    }
  }
  if (consumed > array.ndim) {
    throw new IndexError(`too many indices for array: array is ${array.ndim}-dimensional, but ${consumed} were indexed`);
  }
  const full: Entry = { kind: "slice", start: null, stop: null, step: null };
  const fill = Array.from({ length: array.ndim - consumed }, () => full);
  const at = entries.indexOf("...");
  if (at >= 0) entries.splice(at, 1, ...fill);
  else entries.push(...fill);
  return entries as Entry[];
}

/** Python's `slice.indices`: start, step and length of a slice over an axis of `length`. */
function resolveSlice(entry: Extract<Entry, { kind: "slice" }>, length: number): [number, number, number] {
  const step = entry.step ?? 1;
  if (step === 0) throw new ValueError("slice step cannot be zero");
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (value: number | null, fallback: number): number => {
    if (value === null) return fallback;
    const v = value < 0 ? value + length : value;
    return Math.min(Math.max(v, lower), upper);
  };
  const start = clamp(entry.start, step < 0 ? upper : lower);
  const stop = clamp(entry.stop, step < 0 ? lower : upper);
  const count = step < 0 ? Math.ceil((start - stop) / -step) : Math.ceil((stop - start) / step);
  return [start, step, Math.max(0, count)];
}

interface Plan {
  /** The view selected by the basic indices; advanced axes are kept whole in it. */
  view: NDArray;
  /** For each index array: the view axis it indexes, and its positions. */
  advanced: { axis: number; positions: NDArray }[];
  /** Whether the index arrays stood next to each other (then their result axes stay in place). */
  adjacent: boolean;
}

function plan(array: NDArray, indices: readonly Index[]): Plan {
  const entries = parse(array, indices);
  const hasArrays = entries.some((e) => e.kind === "array");
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = array.offset;
  let axis = 0;
  const advanced: Plan["advanced"] = [];
  const advancedAt: number[] = [];
  entries.forEach((entry, position) => {
    if (entry.kind === "newaxis") {
      shape.push(1);
      strides.push(0);
    } else if (entry.kind === "int" && !hasArrays) {
      offset += checkIndex(entry.value, array.shape[axis], axis) * array.strides[axis];
      axis++;
    } else if (entry.kind === "slice") {
      const [start, step, count] = resolveSlice(entry, array.shape[axis]);
      if (count > 0) offset += start * array.strides[axis];
      shape.push(count);
      strides.push(array.strides[axis] * step);
      axis++;
    } else {
      // With index arrays present, integers are advanced indices too (NumPy broadcasts them in).
      const positions = entry.kind === "int" ? new NDArray(new Float64Array([entry.value]), [], "int64") : entry.positions;
      advanced.push({ axis: shape.length, positions: boundsChecked(positions, array.shape[axis], axis) });
      advancedAt.push(position);
      shape.push(array.shape[axis]);
      strides.push(array.strides[axis]);
      axis++;
    }
  });
  const adjacent = advancedAt.every((p, i) => i === 0 || p === advancedAt[i - 1] + 1);
  return { view: new NDArray(array.data, shape, array.dtype, strides, offset), advanced, adjacent };
}

/** Index positions with negatives wrapped, or NumPy's out-of-bounds error. */
function boundsChecked(positions: NDArray, length: number, axis: number): NDArray {
  const out = positions.copy();
  const data = out.data;
  for (let i = 0; i < data.length; i++) data[i] = checkIndex(data[i], length, axis);
  return out;
}

/**
 * For advanced indexing: the result shape and the buffer offset of each result element, in C order.
 * The broadcast index arrays contribute one offset per position; the view's other axes stride as usual.
 */
function gatherOffsets({ view, advanced, adjacent }: Plan): { shape: number[]; offsets: Float64Array } {
  let broadcast: number[];
  try {
    broadcast = broadcastShapes(...advanced.map((a) => a.positions.shape));
  } catch {
    throw new IndexError(
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${advanced.map((a) => compactShapeStr(a.positions.shape)).join(" ")} `,
    );
  }
  const count = broadcast.reduce((p, n) => p * n, 1);
  const arrayOffsets = new Float64Array(count);
  for (const { axis, positions } of advanced) {
    const at = offsetsOf(broadcast, broadcastStrides(positions.shape, positions.strides, broadcast), positions.offset);
    for (let i = 0; i < count; i++) arrayOffsets[i] += positions.data[at[i]] * view.strides[axis];
  }
  const advancedAxes = new Set(advanced.map((a) => a.axis));
  const firstAxis = Math.min(...advancedAxes);
  const rest = view.shape.map((_, i) => i).filter((i) => !advancedAxes.has(i));
  const before = adjacent ? rest.filter((i) => i < firstAxis) : [];
  const after = adjacent ? rest.filter((i) => i > firstAxis) : rest;
  const pick = (axes: number[], key: "shape" | "strides") => axes.map((i) => view[key][i]);
  const outer = offsetsOf(pick(before, "shape"), pick(before, "strides"), view.offset);
  const inner = offsetsOf(pick(after, "shape"), pick(after, "strides"), 0);
  const offsets = new Float64Array(outer.length * count * inner.length);
  let k = 0;
  for (let o = 0; o < outer.length; o++) {
    for (let b = 0; b < count; b++) {
      const base = outer[o] + arrayOffsets[b];
      for (let i = 0; i < inner.length; i++) offsets[k++] = base + inner[i];
    }
  }
  return { shape: [...pick(before, "shape"), ...broadcast, ...pick(after, "shape")], offsets };
}

/** `array[indices]`: a view for basic indices, a copy for index arrays. */
export function getIndexed(array: NDArray, indices: readonly Index[]): NDArray {
  const p = plan(array, indices);
  if (p.advanced.length === 0) return p.view;
  const { shape, offsets } = gatherOffsets(p);
  const out = new NDArray(allocate(array.dtype, offsets.length), shape, array.dtype);
  for (let i = 0; i < offsets.length; i++) out.data[i] = array.data[offsets[i]];
  return out;
}

/**
 * `array[indices] = value`, broadcasting `value` to the selection. Numbers and lists convert to
 * the array's dtype as NumPy converts Python numbers (`OverflowError` for 300 into uint8), arrays
 * are cast as `astype` casts.
 */
export function setIndexed(array: NDArray, indices: readonly Index[], value: ArrayLike): void {
  const p = plan(array, indices);
  const source = value instanceof NDArray ? value : asarray(value, array.dtype);
  if (p.advanced.length === 0) {
    copyInto(p.view, source);
    return;
  }
  const { shape, offsets } = gatherOffsets(p);
  // Broadcast and cast the value to the selection's shape first, then scatter it.
  const staged = new NDArray(allocate(array.dtype, offsets.length), shape, array.dtype);
  const fits = source.ndim <= shape.length && source.shape.every((n, i) => n === 1 || n === shape[shape.length - source.ndim + i]);
  if (!fits) {
    throw new ValueError(
      `shape mismatch: value array of shape ${compactShapeStr(source.shape)} could not be broadcast to indexing result of shape ${compactShapeStr(shape)}`,
    );
  }
  copyInto(staged, source);
  for (let i = 0; i < offsets.length; i++) array.data[offsets[i]] = staged.data[i];
}
