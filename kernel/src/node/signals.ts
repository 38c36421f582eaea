// What the kernel's two threads tell each other through shared memory, which works while the
// main thread is busy in a cell (messages between threads only arrive when it is idle).
//
// Interrupts: the I/O thread counts interrupt requests (REQUESTED); the main thread records the
// last one it has dealt with (HANDLED). The core polls REQUESTED > HANDLED between the phases
// of a request, so an interrupt that arrives while a cell is type-checked is not lost. Running
// code is stopped by SIGINT, which Node's `breakOnSigint` turns into an exception, but only
// while the vm's SIGINT watchdog is active: around it Node swaps signal handlers, and a SIGINT
// landing in between ends the process ("sigintHandlersWrap" in node:vm). So the main thread marks
// the code inside the watchdog (PHASE, and ENTRY counting the entries), the I/O thread signals
// only then, once per entry, and a leaving main thread waits while a signal is being sent
// (KILLING): a Dekker handshake, so that a SIGINT never arrives outside the watchdog.
//
// Exits: STOP asks the main thread to end (a shutdown request, the server gone); CLOSED says the
// I/O thread has closed its sockets, which must happen before the process exits (zeromq aborts
// the process when it exits with sockets open in a worker thread).

const REQUESTED = 0;
const HANDLED = 1;
const PHASE = 2;
const STOP = 3;
const CLOSED = 4;
const SIGNALLING = 5;
const ENTRY = 6;
const KILLING = 7;
const SLOTS = 8;

/** What the main thread is doing inside the SIGINT watchdog, as far as signals are concerned. */
export const Phase = { OTHER: 0, RUNNING: 1, LOADING: 2, CHECKING: 3 } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** Atomics.waitAsync (ES2024; in Node since 16), which this project's TypeScript lib predates. */
interface AtomicsWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number, timeout: number): { async: false; value: string } | { async: true; value: Promise<string> };
}

/**
 * A type check is stopped only when it takes long: stopping it costs a new converter (seconds),
 * and a short one is simply let finish (the core then sees the interrupt).
 */
const LONG_CHECK_MS = 250;

/** A pause between SIGINTs while one is needed. */
const RESIGNAL_MS = 20;

export class SharedSignals {
  private readonly state: Int32Array;

  /** `buffer`: made by the main thread (`new SharedSignals()`), passed to the I/O thread. */
  constructor(readonly buffer = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT)) {
    this.state = new Int32Array(buffer);
  }

  // --- main thread ---

  /** Whether an interrupt has arrived that is not handled yet (`generation` > handled, if given). */
  interruptPending(generation = Atomics.load(this.state, REQUESTED)): boolean {
    return generation > Atomics.load(this.state, HANDLED);
  }

  /** Every interrupt so far is dealt with; returns once the I/O thread sends no more SIGINTs. */
  interruptHandled(): void {
    const requested = Atomics.load(this.state, REQUESTED);
    if (Atomics.load(this.state, HANDLED) < requested) {
      Atomics.store(this.state, HANDLED, requested);
      Atomics.notify(this.state, HANDLED);
    }
    const deadline = Date.now() + 200;
    while (Atomics.load(this.state, SIGNALLING) === 1 && Atomics.load(this.state, STOP) === 0 && Date.now() < deadline) {
      Atomics.wait(this.state, SIGNALLING, 1, RESIGNAL_MS);
    }
  }



  /**
   * Runs `fn` in `phase`; to be called inside the SIGINT watchdog (vm with breakOnSigint) only.
   * When SIGINT stops `fn`, nothing here runs after it: `left()` must be called then.
   */
  inside<T>(phase: Phase, fn: () => T): T {
    Atomics.add(this.state, ENTRY, 1);
    Atomics.store(this.state, PHASE, phase);
    try {
      return fn();
    } finally {
      Atomics.store(this.state, PHASE, Phase.OTHER);
      // A SIGINT being sent now must arrive before the watchdog goes.
      while (Atomics.load(this.state, KILLING) === 1) Atomics.wait(this.state, KILLING, 1, 5);
    }
  }

  /** The watchdog ended (also when SIGINT stopped the code inside, which then skipped its cleanup). */
  left(): void {
    Atomics.store(this.state, PHASE, Phase.OTHER);
  }

  /** Waits (blocking) up to `ms` for the I/O thread to close its sockets. */
  awaitClosed(ms: number): void {
    Atomics.wait(this.state, CLOSED, 0, ms);
  }

  // --- I/O thread ---

  /** Records an interrupt request; returns its generation. */
  requestInterrupt(): number {
    return Atomics.add(this.state, REQUESTED, 1) + 1;
  }

  /** Asks the main thread to end, interrupting what it runs or loads. */
  requestStop(): void {
    Atomics.store(this.state, STOP, 1);
  }

  stopRequested(): boolean {
    return Atomics.load(this.state, STOP) === 1;
  }

  /** The sockets are closed: the main thread may exit. */
  markClosed(): void {
    Atomics.store(this.state, CLOSED, 1);
    Atomics.notify(this.state, CLOSED);
  }

  /**
   * Sends SIGINT to this process while the main thread must be stopped (an interrupt it has not
   * handled, or a stop, while it runs cell code or loads TypeScript), once per entry into the
   * watchdog, until that is over. Returns at once if already signalling.
   */
  async keepSignalling(): Promise<void> {
    if (Atomics.exchange(this.state, SIGNALLING, 1) === 1) return;
    let signalled = -1;
    const checking = { entry: -1, since: 0 };
    try {
      for (;;) {
        const interrupt = this.interruptPending();
        const stop = this.stopRequested();
        if (!interrupt && !stop) break;
        Atomics.store(this.state, KILLING, 1);
        const phase = Atomics.load(this.state, PHASE);
        const entry = Atomics.load(this.state, ENTRY);
        if (phase === Phase.CHECKING && checking.entry !== entry) Object.assign(checking, { entry, since: Date.now() });
        const longCheck = phase === Phase.CHECKING && Date.now() - checking.since >= LONG_CHECK_MS;
        if (entry !== signalled && ((interrupt && (phase === Phase.RUNNING || longCheck)) || (stop && phase !== Phase.OTHER))) {
          process.kill(process.pid, "SIGINT");
          signalled = entry;
        }
        Atomics.store(this.state, KILLING, 0);
        Atomics.notify(this.state, KILLING);
        // Wakes as soon as the main thread handles the interrupt, else after a pause.
        const wait = (Atomics as unknown as AtomicsWaitAsync).waitAsync(this.state, HANDLED, Atomics.load(this.state, HANDLED), RESIGNAL_MS);
        if (wait.async) await wait.value;
      }
    } finally {
      Atomics.store(this.state, SIGNALLING, 0);
      Atomics.notify(this.state, SIGNALLING);
    }
  }
}
