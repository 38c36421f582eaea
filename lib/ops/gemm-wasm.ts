// The matrix product's fast kernel: WebAssembly SIMD, assembled here from its instructions (no
// build step, no binary blob). It computes C += A·B on a 4×4 block of C at a time, holding the
// block in eight f64x2 registers while p runs 0, 1, ... k-1; each element still gets its
// products one multiply and one add at a time, in index order, exactly as the plain TypeScript
// kernel in linalg.ts does, so both give the same bits. Where WebAssembly SIMD is missing the
// plain kernel runs.
import { forLoop, I32, instantiate, op, V128 } from "../wasm/asm";

// ---- the kernel -----------------------------------------------------------------------------

// Parameters: byte addresses of A, B, C; the blocks of 4 rows and 4 columns; the depth; the
// byte strides of A's blocks of four rows, and of B's and C's rows. A comes interleaved: for each
// block of four rows, the four values of column p side by side (32 bytes), p = 0, 1, ...
const [A, B, C, MQ, NQ, K, AS, BS, CS] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
// Locals: loop counters and moving addresses (i32), then the 4×4 block and operands (v128).
const [JQ, IQ, P, CADDR, BADDR, AQ] = [9, 10, 11, 12, 13, 14];
const ACC = [15, 16, 17, 18, 19, 20, 21, 22]; // row r, columns 0-1 and 2-3: ACC[2r], ACC[2r+1]
const [B0, B1, AV] = [23, 24, 25];

/** `body` for P = 0 .. K-1, two at a time (less loop overhead per multiply-add), then the odd one. */
function pairLoop(body: number[]): number[] {
  return [
    ...op.const(0), ...op.set(P),
    ...op.block, ...op.loop,
    // while P + 1 < K
    ...op.get(P), ...op.const(1), ...op.add, ...op.get(K), ...op.geS, ...op.brIf(1),
    ...body, ...body,
    ...op.get(P), ...op.const(2), ...op.add, ...op.set(P),
    ...op.br(0),
    ...op.end, ...op.end,
    // if P < K: the last one
    ...op.block,
    ...op.get(P), ...op.get(K), ...op.geS, ...op.brIf(0),
    ...body,
    ...op.end,
  ];
}

const addTo = (local: number, value: number[]) => [...op.get(local), ...value, ...op.add, ...op.set(local)];

/** C's 4×4 block ↔ the accumulators. */
function blockIo(store: boolean): number[] {
  const code: number[] = [];
  for (let r = 0; r < 4; r++) {
    for (let half = 0; half < 2; half++) {
      // address: CADDR + r·CS (+16 for columns 2-3, as the instruction's offset)
      code.push(...op.get(CADDR));
      for (let t = 0; t < r; t++) code.push(...op.get(CS), ...op.add);
      if (store) code.push(...op.get(ACC[2 * r + half]), ...op.v128Store(16 * half));
      else code.push(...op.v128Load(16 * half), ...op.set(ACC[2 * r + half]));
    }
  }
  return code;
}

/** One p: the four A values of this column times B's four values of this row, added to C. */
function step(): number[] {
  const code = [...op.get(BADDR), ...op.v128Load(0), ...op.set(B0), ...op.get(BADDR), ...op.v128Load(16), ...op.set(B1)];
  for (let r = 0; r < 4; r++) {
    code.push(...op.get(AQ), ...op.load64Splat(8 * r), ...op.set(AV));
    for (const [half, b] of [[0, B0], [1, B1]]) {
      code.push(...op.get(ACC[2 * r + half]), ...op.get(AV), ...op.get(b), ...op.f64x2Mul, ...op.f64x2Add, ...op.set(ACC[2 * r + half]));
    }
  }
  code.push(...addTo(AQ, op.const(32)), ...addTo(BADDR, op.get(BS)));
  return code;
}

function kernelCode(): number[] {
  const perBlock = [
    // CADDR = C + IQ·4·CS + JQ·32; BADDR = B + JQ·32
    ...op.get(IQ), ...op.const(4), ...op.mul, ...op.get(CS), ...op.mul, ...op.get(C), ...op.add,
    ...op.get(JQ), ...op.const(32), ...op.mul, ...op.add, ...op.set(CADDR),
    ...op.get(JQ), ...op.const(32), ...op.mul, ...op.get(B), ...op.add, ...op.set(BADDR),
    ...op.get(IQ), ...op.get(AS), ...op.mul, ...op.get(A), ...op.add, ...op.set(AQ), // AQ = A + IQ·AS
    ...blockIo(false),
    ...pairLoop(step()),
    ...blockIo(true),
  ];
  return forLoop(JQ, NQ, forLoop(IQ, MQ, perBlock));
}

// ---- use --------------------------------------------------------------------------------------

type BlockFn = (a: number, b: number, c: number, mq: number, nq: number, k: number, as: number, bs: number, cs: number) => void;

let kernel: { block: BlockFn; memory: WebAssembly.Memory } | null | undefined;

/** The compiled kernel, or null where WebAssembly SIMD is not available. */
function compiled(): { block: BlockFn; memory: WebAssembly.Memory } | null {
  if (kernel === undefined) {
    const params = new Array<number>(9).fill(I32);
    const locals = [...new Array<number>(6).fill(I32), ...new Array<number>(11).fill(V128)];
    const made = instantiate([{ name: "block", params, results: [], locals, code: kernelCode() }], 1);
    kernel = made === null ? null : { block: made.exports.block as BlockFn, memory: made.memory };
  }
  return kernel;
}

/** Depth and width of the panel of B a pass uses: 256 × 64 doubles (128 KiB, in L2). */
const BLOCK_K = 256;
const BLOCK_N = 64;

/**
 * C (m×n, contiguous, float64, at `out[outOffset]`) = A·B for A (m×k) and B (k×n) given packed
 * in row-major Float64Arrays. Returns false, doing nothing, where WebAssembly SIMD is missing.
 * Rows and columns beyond the last full block of four are left to `rest`.
 */
export function gemmWasm(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  outOffset: number,
  m: number,
  k: number,
  n: number,
): { rows: number; cols: number } | null {
  const wasm = compiled();
  if (wasm === null) return null;
  const mq = m >> 2;
  const nq = n >> 2;
  const bytes = (m * k + k * n + m * n) * 8;
  const pages = Math.ceil(bytes / 65536);
  const have = wasm.memory.buffer.byteLength / 65536;
  if (pages > have) wasm.memory.grow(pages - have);
  const heap = new Float64Array(wasm.memory.buffer);
  // A's whole blocks of four rows, interleaved (see the kernel); B as it is.
  for (let q = 0; q < mq; q++) {
    for (let r = 0; r < 4; r++) {
      const row = (4 * q + r) * k;
      for (let p = 0, at = q * 4 * k + r; p < k; p++, at += 4) heap[at] = a[row + p];
    }
  }
  heap.set(b, m * k);
  const c = m * k + k * n;
  heap.fill(0, c, c + m * n);
  // Panels of B (BLOCK_K × BLOCK_N) stay in cache while every block of four rows of A passes.
  for (let kk = 0; kk < k; kk += BLOCK_K) {
    for (let jq = 0; jq < nq; jq += BLOCK_N / 4) {
      const bAt = (m * k + kk * n + jq * 4) * 8;
      wasm.block(kk * 32, bAt, (c + jq * 4) * 8, mq, Math.min(BLOCK_N / 4, nq - jq), Math.min(BLOCK_K, k - kk), k * 32, n * 8, n * 8);
    }
  }
  out.set(heap.subarray(c, c + m * n), outOffset);
  return { rows: mq * 4, cols: nq * 4 };
}
