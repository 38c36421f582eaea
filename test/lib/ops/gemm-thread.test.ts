// The matrix product on two threads (lib/ops/gemm-thread.ts): the same bits as on one thread and
// as the plain kernel, whichever thread sums which rows, also after interrupted products; a
// process that used the second thread ends by itself; where memory cannot be shared (a browser
// page) products run on one thread.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import * as np from "numts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { helpedChunks } from "../../../lib/ops/gemm-thread";
import { THREAD_MINIMUM, useThreads } from "../../../lib/ops/gemm-wasm";
import { useWasmKernel } from "../../../lib/ops/linalg";

const dist = join(__dirname, "../../../lib/dist");

type Kernel = "plain" | "one thread" | "two threads";

/** `f()` computed by a kernel: the plain TypeScript one, or WebAssembly on one or two threads (two for any size). */
function using<T>(kernel: Kernel, f: () => T): T {
  useWasmKernel(kernel !== "plain");
  useThreads(kernel === "two threads" ? 0 : Infinity);
  try {
    return f();
  } finally {
    useWasmKernel(true);
    useThreads(THREAD_MINIMUM);
  }
}

/** Where two float64 arrays differ (Object.is: -0 and NaN count), or null. */
function firstDifference(x: np.NDArray, y: np.NDArray): string | null {
  if (x.shape.join() !== y.shape.join()) return `shapes ${x.shape} and ${y.shape}`;
  const [a, b] = [x.flatten().data, y.flatten().data];
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `element ${i}: ${a[i]} and ${b[i]}`;
  return null;
}

describe("matmul on two threads", () => {
  beforeAll(async () => {
    // The worker starts at the first shared product; until it is up, the calling thread does every chunk.
    const a = np.random.randn(256, 256);
    const start = Date.now();
    while (helpedChunks() === 0 && Date.now() - start < 30_000) {
      using("two threads", () => np.matmul(a, a));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  afterAll(() => {
    useThreads(THREAD_MINIMUM);
  });

  it("gives the plain kernel's bits, and one thread's, for every shape and layout", () => {
    const before = helpedChunks();
    np.random.seed(5);
    // Around the blocks of four, the chunks of rows and the passes of 256 in depth; vectors; odd shapes.
    const shapes = [
      [1, 300, 1], [1, 517, 260], [260, 517, 1], [5, 7, 3], [4, 4, 4], [8, 3, 8], [9, 300, 7], [64, 64, 64],
      [127, 129, 131], [128, 128, 128], [129, 257, 130], [300, 255, 301], [1023, 40, 33], [36, 1025, 41], [33, 64, 1025],
    ];
    for (const [m, k, n] of shapes) {
      const a = np.random.randn(m, k);
      const b = np.random.randn(k, n);
      const bT = np.random.randn(n, k).T; // strided: a transposed view
      const aT = np.random.randn(k, m).T;
      const stack = np.random.randn(3, m, k);
      const cases: [string, () => np.NDArray][] = [
        ["A·B", () => np.matmul(a, b) as np.NDArray],
        ["A·Bᵀ-view", () => np.matmul(a, bT) as np.NDArray],
        ["Aᵀ-view·B", () => np.matmul(aT, b) as np.NDArray],
        ["stack·B", () => np.matmul(stack, b) as np.NDArray],
        ["dot", () => np.dot(a, b) as np.NDArray],
      ];
      for (const [name, product] of cases) {
        const plain = using("plain", product);
        expect(firstDifference(using("one thread", product), plain), `${m}×${k}·${k}×${n} ${name}, one thread`).toBeNull();
        expect(firstDifference(using("two threads", product), plain), `${m}×${k}·${k}×${n} ${name}, two threads`).toBeNull();
      }
    }
    // The worker took part (it took chunks of the larger products), so its rows were compared too.
    expect(helpedChunks()).toBeGreaterThan(before);
  });

  it("at n = 1023, 1024 and 1025, the default threshold, whichever thread takes which rows", () => {
    np.random.seed(6);
    for (const n of [1023, 1024, 1025]) {
      const a = np.random.randn(n, n);
      const b = np.random.randn(n, n);
      const one = using("one thread", () => np.matmul(a, b) as np.NDArray);
      const two = np.matmul(a, b) as np.NDArray; // the default: two threads at this size
      expect(firstDifference(two, one), `n = ${n}`).toBeNull();
      // The plain kernel on a few rows (its whole product at this size takes seconds): the first, middle and last.
      for (const rows of ["0:2", `${n >> 1}:${(n >> 1) + 2}`, `${n - 3}:`]) {
        const plain = using("plain", () => np.matmul(a.slice(rows), b) as np.NDArray);
        expect(firstDifference(two.slice(rows), plain), `n = ${n}, rows ${rows}`).toBeNull();
      }
    }
  });

  it("keeps every product's bits after products that were interrupted (a vm timeout, as Jupyter's interrupt)", () => {
    np.random.seed(7);
    const a = np.random.randn(512, 512);
    const b = np.random.randn(512, 512);
    const expected = using("one thread", () => np.matmul(a, b) as np.NDArray);
    let interrupted = 0;
    // Timeouts from 1 to 16 ms stop products while packing, summing or waiting for the worker,
    // which may still be summing a chunk of the abandoned product when the next one starts.
    for (let i = 0; i < 32; i++) {
      try {
        runInNewContext("np.matmul(a, b)", { np, a, b }, { timeout: 1 + (i % 16) });
      } catch (error) {
        if (!/timed out/.test(String(error))) throw error;
        interrupted++;
      }
      expect(firstDifference(np.matmul(a, b) as np.NDArray, expected), `after try ${i}`).toBeNull();
    }
    expect(interrupted).toBeGreaterThan(0);
  });

  it("a process that multiplied on two threads ends when its code does", () => {
    const script = `
      const np = require(${JSON.stringify(dist)});
      const { helpedChunks } = require(${JSON.stringify(join(dist, "ops/gemm-thread.js"))});
      const a = np.random.randn(512, 512);
      const start = Date.now();
      (function again() {
        np.matmul(a, a);
        if (helpedChunks() > 0 || Date.now() - start > 30000) console.log("helped", helpedChunks() > 0);
        else setTimeout(again, 20);
      })();`;
    const printed = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 50_000 });
    expect(printed).toBe("helped true\n");
  });

  it("stays on one thread with NUMTS_NUM_THREADS=1", () => {
    // As the test above, which sees the worker help within a few products when it may.
    const script = `
      const np = require(${JSON.stringify(dist)});
      const { helpedChunks } = require(${JSON.stringify(join(dist, "ops/gemm-thread.js"))});
      const a = np.random.randn(512, 512);
      let left = 10;
      (function again() {
        np.matmul(a, a);
        if (--left === 0) console.log("helped", helpedChunks());
        else setTimeout(again, 20);
      })();`;
    const printed = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 50_000, env: { ...process.env, NUMTS_NUM_THREADS: "1" } });
    expect(printed).toBe("helped 0\n");
  });

  it("runs on one thread, with the same bits, where memory cannot be shared (a page without cross-origin isolation)", () => {
    // The WebAssembly kernel itself (np.matmul would fall back to the plain kernel if it failed to compile).
    const script = `
      delete globalThis.SharedArrayBuffer;
      const np = require(${JSON.stringify(dist)});
      const { helpedChunks } = require(${JSON.stringify(join(dist, "ops/gemm-thread.js"))});
      const { gemmWasm } = require(${JSON.stringify(join(dist, "ops/gemm-wasm.js"))});
      const { useWasmKernel } = require(${JSON.stringify(join(dist, "ops/linalg.js"))});
      const [m, k, n] = [300, 301, 304];
      const a = np.random.randn(m, k);
      const b = np.random.randn(k, n);
      const fast = new Float64Array(m * n);
      const done = gemmWasm(a.data, b.data, fast, 0, m, k, n);
      useWasmKernel(false);
      const plain = np.matmul(a, b);
      console.log(JSON.stringify(done), fast.every((x, i) => Object.is(x, plain.data[i])), helpedChunks());`;
    const printed = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 50_000 });
    expect(printed).toBe('{"rows":300,"cols":304} true 0\n');
  });
});
