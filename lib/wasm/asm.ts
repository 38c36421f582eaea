// A small WebAssembly assembler: the numeric kernels (matrix product, exp) are written here as
// instruction lists in TypeScript and assembled when first used, so there is no build step and
// no binary blob. Only what the kernels use is here; the opcodes are the WebAssembly 2.0 core
// and fixed-width SIMD specifications'.

/** Unsigned LEB128, as the binary format encodes sizes, counts, indices and offsets. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer, as i32.const takes its operand. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

/** Value types. */
export const I32 = 0x7f;
export const V128 = 0x7b;

const simd = (code: number) => [0xfd, ...uleb(code)];
/** A memory access's immediates: alignment (log2 of bytes) and a constant offset. */
const memarg = (align: number, offset: number) => [align, ...uleb(offset)];

/** Instructions, each as its bytes (or a function of its immediates giving them). */
export const op = {
  // control
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  return: [0x0f],
  call: (f: number) => [0x10, ...uleb(f)],
  drop: [0x1a],
  select: [0x1b],
  // locals
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  // i32
  const: (n: number) => [0x41, ...sleb(n)],
  eqz: [0x45],
  ne: [0x47],
  ltS: [0x48],
  geS: [0x4e],
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  and: [0x71],
  shl: [0x74],
  shrU: [0x76],
  i32Load: (offset: number) => [0x28, ...memarg(2, offset)],
  i32Store: (offset: number) => [0x36, ...memarg(2, offset)],
  // The threads proposal's read-modify-writes, which return the old value.
  i32AtomicAdd: (offset: number) => [0xfe, 0x1e, ...memarg(2, offset)],
  i32AtomicSub: (offset: number) => [0xfe, 0x25, ...memarg(2, offset)],
  // v128 memory and lanes
  v128Load: (offset: number) => [...simd(0x00), ...memarg(3, offset)],
  load64Splat: (offset: number) => [...simd(0x0a), ...memarg(3, offset)],
  v128Store: (offset: number) => [...simd(0x0b), ...memarg(3, offset)],
  v128Zero: [...simd(0x0c), ...new Array<number>(16).fill(0)],
  /** Bytes of the two operands (0-15 the first's, 16-31 the second's) in the given order. */
  shuffle: (lanes: readonly number[]) => [...simd(0x0d), ...lanes],
  i32x4ExtractLane: (lane: number) => [...simd(0x1b), lane],
  // v128 bitwise
  v128And: simd(0x4e),
  v128Or: simd(0x50),
  bitselect: simd(0x52),
  // f64x2
  f64x2Eq: simd(0x47),
  f64x2Lt: simd(0x49),
  f64x2Abs: simd(0xec),
  f64x2Add: simd(0xf0),
  f64x2Sub: simd(0xf1),
  f64x2Mul: simd(0xf2),
  /** Relaxed SIMD's a·b + c (pops a, b, c): fused or not as the engine chooses. */
  f64x2RelaxedMadd: simd(0x107),
  // i64x2
  i64x2Bitmask: simd(0xc4),
  i64x2Shl: simd(0xcb),
  i64x2Add: simd(0xce),
};

/** A function of a module: its signature, its locals beyond the parameters, its code. */
export interface WasmFunction {
  /** The name it is exported under. */
  name: string;
  /** Whether it is exported (default true); every function can be called by its index. */
  exported?: boolean;
  params: readonly number[];
  results: readonly number[];
  /** The types of the locals after the parameters, in index order. */
  locals: readonly number[];
  /** The instructions, without the final `end`. */
  code: readonly number[];
}

/** Locals in the binary format's runs of one type. */
function localRuns(types: readonly number[]): number[] {
  const runs: number[][] = [];
  for (let i = 0; i < types.length; ) {
    let j = i;
    while (j < types.length && types[j] === types[i]) j++;
    runs.push([...uleb(j - i), types[i]]);
    i = j;
  }
  return vector(runs);
}

/**
 * The bytes of a module that imports its memory as env.memory (≥ 1 page; shared: at most 4 GiB,
 * as a shared memory must declare its maximum) and holds `functions`, index 0, 1, ...
 */
export function moduleBytes(functions: readonly WasmFunction[], { shared = false } = {}): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), ...vector(f.results.map((t) => [t]))]);
  const bodies = functions.map((f) => {
    const body = [...localRuns(f.locals), ...f.code, ...op.end];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector([[...name("env"), ...name("memory"), 0x02, ...(shared ? [0x03, 0x01, ...uleb(65536)] : [0x00, 0x01])]])),
    ...section(3, vector(functions.map((_, i) => uleb(i)))),
    ...section(7, vector(functions.flatMap((f, i) => (f.exported === false ? [] : [[...name(f.name), 0x00, ...uleb(i)]])))),
    ...section(10, vector(bodies)),
  ]);
}

/** A compiled module, its exports and its memory. */
export interface Instance {
  module: WebAssembly.Module;
  exports: WebAssembly.Exports;
  memory: WebAssembly.Memory;
}

/**
 * Compiles and instantiates `functions` with a fresh memory of `pages` 64 KiB pages (shared: one
 * that other threads can instantiate the module on), or returns null where WebAssembly (or the
 * SIMD, or the shared memory, the code uses) is not available: the callers then run their plain
 * TypeScript kernels.
 */
export function instantiate(functions: readonly WasmFunction[], pages: number, { shared = false } = {}): Instance | null {
  try {
    const memory = shared ? new WebAssembly.Memory({ initial: pages, maximum: 65536, shared: true }) : new WebAssembly.Memory({ initial: pages });
    const module = new WebAssembly.Module(moduleBytes(functions, { shared }));
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return { module, exports: instance.exports, memory };
  } catch {
    return null;
  }
}

/** `counter` from 0 while below the local `limit`, adding `step`: `body` runs each time. */
export function forLoop(counter: number, limit: number, body: readonly number[], step = 1): number[] {
  return [
    ...op.const(0), ...op.set(counter),
    ...op.block, ...op.loop,
    ...op.get(counter), ...op.get(limit), ...op.geS, ...op.brIf(1),
    ...body,
    ...op.get(counter), ...op.const(step), ...op.add, ...op.set(counter),
    ...op.br(0),
    ...op.end, ...op.end,
  ];
}
