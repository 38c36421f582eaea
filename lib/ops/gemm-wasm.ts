// The matrix product's fast kernel: WebAssembly SIMD, assembled here from its instructions (no
// build step, no binary blob). It computes C += A·B on a 4×4 block of C at a time, holding the
// block in eight f64x2 registers while p runs 0, 1, ... k-1; each element still gets its
// products one multiply and one add at a time, in index order, exactly as the plain TypeScript
// kernel in linalg.ts does, so both give the same bits. Where WebAssembly SIMD is missing the
// plain kernel runs.
//
// C is cut into chunks of rows that threads claim one at a time (gemm-thread.ts: in Node a second
// thread runs the same module on the same shared memory). A chunk is one thread's from its first
// product to its last, so which thread sums an element never changes the order of its sums.

import { forLoop, I32, instantiate, op, V128, type WasmFunction } from "../wasm/asm";
import { CONTROL_WORDS, helper, idle, threadsAvailable, waitWhile, wake } from "./gemm-thread";

// ---- the kernel: one pass over a panel of C ----------------------------------------------------

// Parameters: byte addresses of A, B, C; the blocks of 4 rows and 4 columns; the depth; the byte
// strides between A's blocks of four rows, between B's strips of four columns, and of C's rows;
// whether this is the first pass (C's sums then start from 0, as C is not cleared beforehand).
// A and B come interleaved: for each block of four rows of A, the four values of column p side by
// side (32 bytes), p = 0, 1, ...; for each strip of four columns of B, the four values of row p.
// So each step reads 64 consecutive bytes, and a strip of B stays in the L1 cache while the rows
// of A pass (B's rows read in place, 8 KiB apart at n = 1024, all fall in the same few sets of
// the cache: 8.4 → 11.8 GFLOP/s at n = 1024 on one thread, and no slower at any size measured).
const [A, B, C, MQ, NQ, K, AS, BQ, CS, FIRST] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
// Locals: loop counters and moving addresses (i32), then the 4×4 block and operands (v128).
const [JQ, IQ, P, CADDR, BADDR, AQ] = [10, 11, 12, 13, 14, 15];
const ACC = [16, 17, 18, 19, 20, 21, 22, 23]; // row r, columns 0-1 and 2-3: ACC[2r], ACC[2r+1]
const [B0, B1, AV] = [24, 25, 26];

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
  code.push(...addTo(AQ, op.const(32)), ...addTo(BADDR, op.const(32)));
  return code;
}

/** `panel(A, B, C, MQ, NQ, K, AS, BQ, CS, FIRST)`: C += A·B (C = A·B if FIRST) over MQ × NQ blocks of 4×4, strip by strip of B. */
function panel(): WasmFunction {
  const perBlock = [
    // CADDR = C + IQ·4·CS + JQ·32; BADDR = B + JQ·BQ
    ...op.get(IQ), ...op.const(4), ...op.mul, ...op.get(CS), ...op.mul, ...op.get(C), ...op.add,
    ...op.get(JQ), ...op.const(32), ...op.mul, ...op.add, ...op.set(CADDR),
    ...op.get(JQ), ...op.get(BQ), ...op.mul, ...op.get(B), ...op.add, ...op.set(BADDR),
    ...op.get(IQ), ...op.get(AS), ...op.mul, ...op.get(A), ...op.add, ...op.set(AQ), // AQ = A + IQ·AS
    ...op.get(FIRST), ...op.if, ...ACC.flatMap((acc) => [...op.v128Zero, ...op.set(acc)]), ...op.else, ...blockIo(false), ...op.end,
    ...pairLoop(step()),
    ...blockIo(true),
  ];
  const locals = [...new Array<number>(6).fill(I32), ...new Array<number>(11).fill(V128)];
  return { name: "panel", exported: false, params: new Array<number>(10).fill(I32), results: [], locals, code: forLoop(JQ, NQ, forLoop(IQ, MQ, perBlock)) };
}

// ---- the driver: chunks of rows, claimed by whichever thread is free ----------------------------

/**
 * A product's description, at byte address JOB of the memory (i32 fields, byte offsets). LEFT
 * counts the chunks nobody has claimed: a thread takes chunk LEFT-1 by decrementing it, so a
 * claim is one atomic step and a thread that finds LEFT ≤ 0 reads nothing else (the next product
 * may be being written). DONE counts finished chunks; the thread that started the product waits
 * for it to reach their number. A chunk is CHUNK blocks of four rows; depth is taken KC at a time.
 */
const JOB = 0;
const [LEFT, DONE, CHUNK, JA, JB, JC, JMQ, JNQ, JK, KC, JAS, JCS] = [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44];
const JOB_WORDS = 12;
// Locals of work(job): the claim, the chunk's first block of rows, the depth reached, the chunks done.
const [JOB_PARAM, CLAIM, Q0, KK, COUNT] = [0, 1, 2, 3, 4];

const field = (offset: number) => [...op.get(JOB_PARAM), ...op.i32Load(offset)];
const min = (x: number[], y: number[]) => [...x, ...y, ...x, ...y, ...op.ltS, ...op.select];

/** `work(job)`: claims chunks of the product at `job` until none is left; returns how many it did. */
function work(): WasmFunction {
  const pass = [
    ...field(JA), ...op.get(Q0), ...field(JAS), ...op.mul, ...op.add, ...op.get(KK), ...op.const(32), ...op.mul, ...op.add, // A + Q0·AS + KK·32
    ...field(JB), ...op.get(KK), ...op.const(32), ...op.mul, ...op.add, // B + KK·32 (row KK of the first strip)
    ...field(JC), ...op.get(Q0), ...op.const(4), ...op.mul, ...field(JCS), ...op.mul, ...op.add, // C + Q0·4·CS
    ...min(field(CHUNK), [...field(JMQ), ...op.get(Q0), ...op.sub]),
    ...field(JNQ),
    ...min(field(KC), [...field(JK), ...op.get(KK), ...op.sub]),
    ...field(JAS), ...field(JAS), ...field(JCS), // B's strips are K·32 bytes apart, as A's blocks are
    ...op.get(KK), ...op.eqz,
    ...op.call(0), // panel
  ];
  const code = [
    ...op.block, ...op.loop,
    ...op.get(JOB_PARAM), ...op.const(1), ...op.i32AtomicSub(LEFT), ...op.set(CLAIM),
    ...op.get(CLAIM), ...op.const(1), ...op.ltS, ...op.brIf(1),
    ...op.get(CLAIM), ...op.const(1), ...op.sub, ...field(CHUNK), ...op.mul, ...op.set(Q0),
    ...op.const(0), ...op.set(KK),
    ...op.block, ...op.loop,
    ...op.get(KK), ...field(JK), ...op.geS, ...op.brIf(1),
    ...pass,
    ...addTo(KK, field(KC)),
    ...op.br(0),
    ...op.end, ...op.end,
    ...op.get(JOB_PARAM), ...op.const(1), ...op.i32AtomicAdd(DONE), ...op.drop,
    ...addTo(COUNT, op.const(1)),
    ...op.br(0),
    ...op.end, ...op.end,
    ...op.get(COUNT),
  ];
  return { name: "work", params: [I32], results: [I32], locals: new Array<number>(4).fill(I32), code };
}

// ---- use --------------------------------------------------------------------------------------

interface Kernel {
  work: (job: number) => number;
  memory: WebAssembly.Memory;
  module: WebAssembly.Module;
  shared: boolean;
  /** Views of the memory, made again when it grows. */
  heap: Float64Array;
  job: Int32Array;
}

let kernel: Kernel | null | undefined;

/** The compiled kernel (on shared memory where a second thread can run), or null where WebAssembly SIMD is not available. */
function compiled(): Kernel | null {
  if (kernel === undefined) {
    kernel = null;
    for (const shared of threadsAvailable() ? [true, false] : [false]) {
      // SIMD (or shared memory) missing: the next choice, or the plain kernel.
      const made = instantiate([panel(), work()], 1, { shared });
      if (made === null) continue;
      const { module, memory } = made;
      kernel = { work: made.exports.work as Kernel["work"], memory, module, shared, heap: new Float64Array(memory.buffer), job: new Int32Array(memory.buffer, JOB, JOB_WORDS) };
      break;
    }
  }
  return kernel;
}

/** Where the matrices start in the memory, in doubles: at the first cache line after the job and the thread's control words. */
const DATA = 8 * Math.ceil(((JOB_WORDS + CONTROL_WORDS) * 4) / 64);
/** Depth of a pass: a strip of B is 256 × 4 doubles (8 KiB, in L1), a chunk's rows of A 256 × 64 (128 KiB, in L2). */
const DEPTH = 256;
/** Blocks of four rows in a chunk when one thread works alone. */
const CHUNK_ROWS = 16;
/** Multiply-adds (m·k·n) from which a product is shared with the second thread: below it, waking it costs more than it saves. */
export const THREAD_MINIMUM = 1 << 21;
let threadMinimum = THREAD_MINIMUM;

/** Sets from how many multiply-adds products use two threads (Infinity: never); for tests and benchmarks. */
export function useThreads(minimum: number): void {
  threadMinimum = minimum;
}

/**
 * C (m×n, contiguous, float64, at `out[outOffset]`) = A·B for A (m×k) and B (k×n) given packed
 * in row-major Float64Arrays. Returns null, doing nothing, where WebAssembly SIMD is missing or
 * the matrices do not fit in its memory.
 * Rows and columns beyond the last full block of four are left to the caller.
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
  // A product that an interrupt abandoned may have chunks left, or one still being summed by the
  // worker: nobody may take them now, and the worker must be done before the memory is reused.
  Atomics.store(wasm.job, LEFT / 4, 0);
  idle();
  const mq = m >> 2;
  const nq = n >> 2;
  const aAt = DATA;
  const bAt = aAt + mq * 4 * k;
  const cAt = bAt + nq * 4 * k;
  const pages = Math.ceil(((cAt + m * n) * 8) / 65536);
  const have = wasm.heap.byteLength / 65536;
  if (pages > have) {
    try {
      wasm.memory.grow(pages - have);
    } catch {
      return null; // beyond WebAssembly's 4 GiB: the plain kernel, which has no such limit
    }
    wasm.heap = new Float64Array(wasm.memory.buffer);
    wasm.job = new Int32Array(wasm.memory.buffer, JOB, JOB_WORDS);
  }
  const { heap, job } = wasm;
  // A's whole blocks of four rows and B's whole strips of four columns, interleaved (see panel).
  for (let q = 0; q < mq; q++) {
    const r0 = 4 * q * k;
    const [r1, r2, r3] = [r0 + k, r0 + 2 * k, r0 + 3 * k];
    for (let p = 0, at = aAt + 4 * q * k; p < k; p++, at += 4) {
      heap[at] = a[r0 + p];
      heap[at + 1] = a[r1 + p];
      heap[at + 2] = a[r2 + p];
      heap[at + 3] = a[r3 + p];
    }
  }
  // B sixteen rows at a time: reading whole columns at once touched a new page at every row (1.9 → 1.1 ns an element at n = 1024).
  for (let p0 = 0; p0 < k; p0 += 16) {
    const end = Math.min(k, p0 + 16);
    for (let jq = 0; jq < nq; jq++) {
      for (let p = p0, at = bAt + 4 * (k * jq + p0), from = p0 * n + 4 * jq; p < end; p++, at += 4, from += n) {
        heap[at] = b[from];
        heap[at + 1] = b[from + 1];
        heap[at + 2] = b[from + 2];
        heap[at + 3] = b[from + 3];
      }
    }
  }
  if (k === 0) heap.fill(0, cAt, cAt + m * n); // else the first pass writes C
  const shared = wasm.shared && m * k * n >= threadMinimum && mq >= 2 && helper(wasm.module, wasm.memory, { job: JOB, done: JOB / 4 + DONE / 4, control: JOB / 4 + JOB_WORDS });
  // Shared: eight chunks or more, so that a thread that starts late or is interrupted still gets its part.
  const chunk = shared ? Math.max(1, Math.min(CHUNK_ROWS, Math.ceil(mq / 8))) : CHUNK_ROWS;
  const chunks = Math.ceil(mq / chunk);
  // LEFT is 0: no thread reads these while they are written.
  job[DONE / 4] = 0;
  job[CHUNK / 4] = chunk;
  job[JA / 4] = aAt * 8;
  job[JB / 4] = bAt * 8;
  job[JC / 4] = cAt * 8;
  job[JMQ / 4] = mq;
  job[JNQ / 4] = nq;
  job[JK / 4] = k;
  job[KC / 4] = DEPTH;
  job[JAS / 4] = k * 32;
  job[JCS / 4] = n * 8;
  Atomics.store(job, LEFT / 4, chunks); // last: a thread that claims a chunk sees every field above
  if (shared) wake();
  wasm.work(JOB);
  for (let done = Atomics.load(job, DONE / 4); done < chunks; done = Atomics.load(job, DONE / 4)) waitWhile(job, DONE / 4, done);
  out.set(heap.subarray(cAt, cAt + m * n), outOffset);
  return { rows: mq * 4, cols: nq * 4 };
}
