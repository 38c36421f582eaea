// The matrix product's second thread, in Node: a worker_threads Worker that runs the same
// WebAssembly module on the same shared memory and claims chunks of a product's rows beside the
// thread that called np.matmul (gemm-wasm.ts's work()). np.matmul stays synchronous: the calling
// thread does its chunks, then waits with Atomics.wait for the chunks the worker took.
//
// Worker is reached through process.getBuiltinModule, never a static import, so that numts still
// bundles for the browser; there (no worker_threads, and no SharedArrayBuffer without cross-origin
// isolation) products run on one thread.
interface NodeWorker {
  unref(): void;
  on(event: "error" | "exit", listener: () => void): unknown;
}
type WorkerConstructor = new (source: string, options: { eval: true; workerData: unknown }) => NodeWorker;

/**
 * The memory's words (Int32Array indices from Layout.control) this module uses: the product's
 * number, which the worker waits on; whether the worker is in work() (BUSY); the chunks it has done.
 */
export const CONTROL_WORDS = 3;
const [SEQ, BUSY, HELPED] = [0, 1, 2];

// Waits for a product, helps with it, and waits for the next; it helps at once when it starts, as
// it was started for a product that may still be running. `work` returns when no chunk is left,
// so every chunk it took is done: then it wakes the thread that waits for them (on the job's
// DONE), and any thread that waits for it to leave the memory alone (on BUSY).
const WORKER_SOURCE = `
const { workerData: { module, memory, job, done, seq, busy, helped } } = require("node:worker_threads");
const { work } = new WebAssembly.Instance(module, { env: { memory } }).exports;
const control = new Int32Array(memory.buffer, 0, helped + 1);
for (;;) {
  const seen = Atomics.load(control, seq);
  Atomics.store(control, busy, 1);
  const chunks = work(job);
  Atomics.store(control, busy, 0);
  Atomics.notify(control, busy);
  if (chunks > 0) {
    Atomics.add(control, helped, chunks);
    Atomics.notify(control, done);
  }
  Atomics.wait(control, seq, seen);
}`;

let workerClass: WorkerConstructor | null | undefined;

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
  env?: Record<string, string | undefined>;
}

/**
 * worker_threads' Worker, where a second thread can help: Node 20.16 or later (getBuiltinModule),
 * memory that can be shared, two cores or more for this process, and NUMTS_NUM_THREADS not 1
 * (as OPENBLAS_NUM_THREADS=1 keeps NumPy's products on one thread).
 */
function workerConstructor(): WorkerConstructor | null {
  if (workerClass === undefined) {
    workerClass = null;
    const node = (globalThis as { process?: NodeProcess }).process;
    if (typeof SharedArrayBuffer === "function" && typeof node?.getBuiltinModule === "function" && node.env?.NUMTS_NUM_THREADS?.trim() !== "1") {
      try {
        const os = node.getBuiltinModule("node:os") as { availableParallelism?: () => number } | undefined;
        if ((os?.availableParallelism?.() ?? 1) >= 2) {
          workerClass = (node.getBuiltinModule("node:worker_threads") as { Worker?: WorkerConstructor } | undefined)?.Worker ?? null;
        }
      } catch {
        // no worker_threads here: one thread
      }
    }
  }
  return workerClass;
}

/** Whether a second thread can run here (the kernel then compiles for shared memory). */
export function threadsAvailable(): boolean {
  return workerConstructor() !== null;
}

/** Where in the memory the worker finds the job (a byte address), the job's count of finished chunks (an Int32Array index) and the control words (the index of the first). */
export interface Layout {
  job: number;
  done: number;
  control: number;
}

/** The worker's state: not started, running (from its start until the process ends), or failed to start or died. */
let state: "none" | "running" | "failed" = "none";
/** The memory as words, once the worker runs, and the index of the first control word. */
let control: Int32Array | null = null;
let first = 0;

/**
 * Starts the worker at the first product that needs it (a process that never multiplies large
 * matrices never has one); true while it runs. It is unref'd: it never keeps a process alive.
 */
export function helper(module: WebAssembly.Module, memory: WebAssembly.Memory, words: Layout): boolean {
  const Worker = state === "none" ? workerConstructor() : null;
  if (Worker !== null) {
    state = "failed";
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, memory, job: words.job, done: words.done, seq: words.control + SEQ, busy: words.control + BUSY, helped: words.control + HELPED } });
      worker.unref();
      // A dead worker claims nothing, so products go on without it; it is not restarted.
      const failed = () => {
        state = "failed";
      };
      worker.on("error", failed);
      worker.on("exit", failed);
      control = new Int32Array(memory.buffer, 0, words.control + CONTROL_WORDS);
      first = words.control;
      state = "running";
    } catch {
      // no worker here (Node's permission model, a worker limit): one thread
    }
  }
  return state === "running";
}

/** Tells the worker a product is ready (its job written). */
export function wake(): void {
  if (control === null) return;
  Atomics.add(control, first + SEQ, 1);
  Atomics.notify(control, first + SEQ, 1);
}

/**
 * Returns once the worker is out of work(), so that the memory can be written. Called with the
 * job's LEFT at 0: the worker then claims nothing more. Needed after an interrupted product
 * (Jupyter's interrupt, a vm timeout), whose chunks the worker may still be summing.
 */
export function idle(): void {
  if (state === "running" && control !== null) waitWhile(control, first + BUSY, 1); // a dead worker is never out of it
}

/**
 * Returns once `words[index]` is no longer `value`: a short spin (the worker is usually about to
 * change it), then Atomics.wait, or spinning on where this thread may not block (a page's main thread).
 */
export function waitWhile(words: Int32Array, index: number, value: number): void {
  for (let spins = 0; Atomics.load(words, index) === value; spins++) {
    if (spins < 1000) continue;
    try {
      Atomics.wait(words, index, value);
    } catch {
      // spin on
    }
  }
}

/** How many chunks the worker has done; for tests, which check that it takes part. */
export function helpedChunks(): number {
  return control === null ? 0 : Atomics.load(control, first + HELPED);
}
