// Sorting: sort and argsort (functions, and the methods' in-place sort).
//
// numts always sorts stably (a merge sort): equal elements keep their order, as NumPy's
// kind="stable" / "mergesort" does, so those results match NumPy exactly. NumPy's default
// "quicksort" is unstable, and the order it gives equal elements depends on its build (x86-simd-sort
// on AVX-512 machines): sorted values are the same, but argsort may order ties differently.
import { bindArgs, type Signature } from "../core/args";
import { asarray, type ArrayLike } from "../core/convert";
import { allocate, type TypedData } from "../core/dtype";
import { ValueError } from "../core/errors";
import { offsetsOf } from "../core/iterate";
import { NDArray } from "../core/ndarray";
import { integerAxis, normalizeAxis } from "../core/shape";

/** Options of sort and argsort (NumPy's keyword arguments). */
export interface SortOptions {
  /** The axis to sort along (default -1, the last); `null` sorts the flattened array. */
  axis?: number | null;
  /**
   * NumPy's algorithm: "quicksort" (default), "mergesort", "heapsort" or "stable". numts always
   * sorts stably: values are NumPy's for every kind, and argsort's order of equal elements is
   * NumPy's for "stable"/"mergesort" (NumPy's quicksort and heapsort may order ties otherwise).
   */
  kind?: "quicksort" | "mergesort" | "heapsort" | "stable" | null;
  /** `true` asks for a stable sort (NumPy 2's keyword); numts's sort always is. */
  stable?: boolean | null;
}

/** `x < y` in NumPy's sort order: NaN after everything. */
export function before(x: number, y: number): boolean {
  return x < y || (y !== y && x === x);
}

const RUN = 16;

/**
 * The stable sorting permutation of positions 0..n-1 under `less` (a strict "goes before"):
 * a bottom-up merge sort over insertion-sorted runs.
 */
export function stableOrderBy(n: number, less: (i: number, j: number) => boolean): Int32Array {
  let idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = idx[i];
      let j = i - 1;
      while (j >= lo && less(v, idx[j])) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
  }
  let tmp = new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // Take from the right run only when strictly before: equal keys keep their order.
      while (i < mid && j < hi) tmp[k++] = less(idx[j], idx[i]) ? idx[j++] : idx[i++];
      while (i < mid) tmp[k++] = idx[i++];
      while (j < hi) tmp[k++] = idx[j++];
    }
    [idx, tmp] = [tmp, idx];
  }
  return idx;
}

/** The stable sorting permutation of `keys`, NaN last (NumPy's order). */
export function stableOrder(keys: TypedData): Int32Array {
  return stableOrderBy(keys.length, (i, j) => before(keys[i], keys[j]));
}

/** NumPy's check of `kind` (it looks at the first letter) and of `stable`. */
function checkKind(kind: unknown, stable: unknown): void {
  if (kind !== undefined && kind !== null) {
    if (stable !== undefined && stable !== null) throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    if (typeof kind !== "string" || !/^[qhms]/i.test(kind)) {
      throw new ValueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${String(kind)}')`);
    }
  }
}

/**
 * Sorts every lane of `a` along `axis`, calling `write(lane offsets, order, keys)` for each:
 * the lanes' elements are read into `keys` and `order` is their stable permutation.
 */
function forEachLane(a: NDArray, axis: number, write: (laneIndex: number, order: Int32Array, keys: Float64Array) => void): void {
  const n = a.shape[axis];
  const rest = a.shape.map((m, i) => (i === axis ? 1 : m));
  const starts = offsetsOf(rest, a.strides, a.offset);
  const keys = new Float64Array(n);
  const stride = a.strides[axis];
  for (let r = 0; r < starts.length; r++) {
    for (let k = 0, i = starts[r]; k < n; k++, i += stride) keys[k] = a.data[i];
    write(r, stableOrder(keys), keys);
  }
}

/** The bound arguments of sort/argsort: the array to sort (flattened for `axis: null`) and the axis. */
function bindSort(sig: Signature, args: readonly unknown[]): [NDArray, number] {
  const bound = bindArgs(sig, args);
  checkKind(bound.kind, bound.stable);
  const a = asarray(bound.a as ArrayLike);
  if (bound.axis === null) return [a.ravel(), 0];
  return [a, normalizeAxis(integerAxis(bound.axis ?? -1), a.ndim)];
}

const sortSig = (name: string): Signature => ({ name, params: ["a", "axis", "kind", "order"], required: 1, keywords: ["stable"], unsupported: ["order"] });
const SORT_SIG = sortSig("sort");
const ARGSORT_SIG = sortSig("argsort");

/**
 * A sorted copy of an array, along `axis` (default the last; `null` for the flattened array)
 * (NumPy's `np.sort`). NaNs go last. The sort is stable.
 *
 * @param a the array
 * @param axis the axis (default -1), or `{axis, kind, stable}`
 * @param kind NumPy's sorting algorithm ("quicksort", "mergesort", "heapsort", "stable"); numts sorts stably for every kind, with NumPy's results
 * @param options keyword arguments `{axis, kind, stable}`
 * @returns a new sorted array of the same shape (1-D for `axis: null`)
 * @example
 * np.sort(np.array([3, 1, 2]));                          // array([1., 2., 3.])
 * np.sort(np.array([[3, 1], [0, 2]]), {axis: 0});        // array([[0., 1.], [3., 2.]])
 * np.sort(np.array([[3, 1], [0, 2]]), {axis: null});     // array([0., 1., 2., 3.])
 */
export function sort(a: ArrayLike, axis?: number | null | SortOptions, kind?: SortOptions["kind"] | SortOptions, options?: SortOptions): NDArray;
export function sort(...args: unknown[]): NDArray {
  const [a, axis] = bindSort(SORT_SIG, args);
  const out = new NDArray(allocate(a.dtype, a.size), a.shape, a.dtype);
  sortInto(out, a, axis);
  return out;
}

/** Writes `a` sorted along `axis` into `out` (same shape; `out` may be `a` itself). */
function sortInto(out: NDArray, a: NDArray, axis: number): void {
  const rest = out.shape.map((m, i) => (i === axis ? 1 : m));
  const outStarts = offsetsOf(rest, out.strides, out.offset);
  const so = out.strides[axis];
  forEachLane(a, axis, (r, order, keys) => {
    for (let k = 0, o = outStarts[r]; k < order.length; k++, o += so) out.data[o] = keys[order[k]];
  });
}

/**
 * The indices that would sort an array along `axis` (NumPy's `np.argsort`), as int64; `null`
 * sorts the flattened array. Equal elements keep their order (a stable sort): exactly NumPy's
 * result for `kind: "stable"`; NumPy's default quicksort may list ties in another order.
 *
 * @param a the array
 * @param axis the axis (default -1), or `{axis, kind, stable}`
 * @param kind NumPy's sorting algorithm ("quicksort", "mergesort", "heapsort", "stable"); numts sorts stably for every kind, with NumPy's results
 * @param options keyword arguments `{axis, kind, stable}`
 * @returns int64 positions, of `a`'s shape: `a` taken at them along `axis` is sorted
 * @throws ValueError `sort kind must be one of 'quick', 'heap', or 'stable' (got 'x')`
 *
 * @example
 * np.argsort(np.array([3, 1, 2]));        // array([1, 2, 0])
 * const top3 = np.argsort(scores).slice("::-1").slice(":3");  // indices of the 3 largest
 */
export function argsort(a: ArrayLike, axis?: number | null | SortOptions, kind?: SortOptions["kind"] | SortOptions, options?: SortOptions): NDArray;
export function argsort(...args: unknown[]): NDArray {
  const [a, axis] = bindSort(ARGSORT_SIG, args);
  const out = new NDArray(allocate("int64", a.size), a.shape, "int64");
  const rest = out.shape.map((m, i) => (i === axis ? 1 : m));
  const outStarts = offsetsOf(rest, out.strides, 0);
  const so = out.strides[axis];
  forEachLane(a, axis, (r, order) => {
    for (let k = 0, o = outStarts[r]; k < order.length; k++, o += so) out.data[o] = order[k];
  });
  return out;
}

const METHOD_SIG: Signature = { name: "sort", params: ["a", "axis", "kind", "order"], required: 1, keywords: ["stable"], unsupported: ["order"] };

/** NumPy's `a.sort(axis)`: sorts `a` in place along `axis` (default -1). */
export function sortInPlace(a: NDArray, args: readonly unknown[]): void {
  const bound = bindArgs(METHOD_SIG, [a, ...args]);
  checkKind(bound.kind, bound.stable);
  sortInto(a, a, normalizeAxis(integerAxis(bound.axis === undefined ? -1 : bound.axis), a.ndim));
}
