// Strided loops shared by every op. An op describes its operands as (strides, offset) over one
// common shape; these helpers shrink the loop nest (a contiguous array becomes a single flat loop)
// and walk it in C order without allocating per element.

/**
 * Simplifies a loop over `shape` read by several operands (`strides[k]` is operand k's strides):
 * drops length-1 axes and merges neighbouring axes that every operand steps through contiguously.
 * Returns the new shape and strides; iteration order (C order over `shape`) is unchanged.
 */
export function coalesce(shape: readonly number[], strides: readonly (readonly number[])[]): { shape: number[]; strides: number[][] } {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let axis = 0; axis < shape.length; axis++) {
    const n = shape[axis];
    if (n === 1) continue;
    const last = outShape.length - 1;
    const mergeable = last >= 0 && strides.every((s, k) => outStrides[k][last] === s[axis] * n);
    if (mergeable) {
      outShape[last] *= n;
      for (let k = 0; k < strides.length; k++) outStrides[k][last] = strides[k][axis];
    } else {
      outShape.push(n);
      for (let k = 0; k < strides.length; k++) outStrides[k].push(strides[k][axis]);
    }
  }
  return { shape: outShape, strides: outStrides };
}

/**
 * Walks every innermost row of `shape` in C order. Before each call of `row(length)`, `offsets[k]`
 * holds operand k's offset of the row's first element; inside the row operand k advances by
 * `strides[k][last]`. `offsets` is updated in place (no allocation per row). With an empty shape
 * (a 0-d loop) `row(1)` is called once; with a zero-length axis, never.
 */
export function forEachRow(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  offsets: number[],
  row: (length: number) => void,
): void {
  const ndim = shape.length;
  if (ndim === 0) {
    row(1);
    return;
  }
  for (const n of shape) if (n === 0) return;
  const inner = shape[ndim - 1];
  if (ndim === 1) {
    row(inner);
    return;
  }
  const counter = new Array<number>(ndim - 1).fill(0);
  const operands = offsets.length;
  for (;;) {
    row(inner);
    // Odometer step over the outer axes, moving each operand's offset along.
    let axis = ndim - 2;
    for (; axis >= 0; axis--) {
      for (let k = 0; k < operands; k++) offsets[k] += strides[k][axis];
      if (++counter[axis] < shape[axis]) break;
      for (let k = 0; k < operands; k++) offsets[k] -= strides[k][axis] * shape[axis];
      counter[axis] = 0;
    }
    if (axis < 0) return;
  }
}

/** Every element offset of a strided layout, in C order (for gathers and scatters through index arrays). */
export function offsetsOf(shape: readonly number[], strides: readonly number[], base: number): Float64Array {
  let size = 1;
  for (const n of shape) size *= n;
  const out = new Float64Array(size);
  const { shape: s, strides: [st] } = coalesce(shape, [strides]);
  const offsets = [base];
  let i = 0;
  forEachRow(s, [st], offsets, (length) => {
    const step = st.length > 0 ? st[st.length - 1] : 0;
    for (let j = 0, o = offsets[0]; j < length; j++, o += step) out[i++] = o;
  });
  return out;
}
