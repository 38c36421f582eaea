// How the page interrupts the worker without SharedArrayBuffer: the page holds a blob: URL that
// the worker can read with a synchronous XMLHttpRequest, and revokes it to interrupt. The
// worker's loops and functions call CHECK (./instrument.ts): a counter, and every POLL_MS of
// running code one read of the URL (about a millisecond); once it is gone, CHECK throws
// KeyboardInterrupt, at every call until the kernel core has handled the interrupt (so that a
// `try {} catch {}` inside the loop does not swallow it). A blob: URL is no network request: it
// is the page's own memory.
import { KeyboardInterrupt } from "numts-kernel/dist/core/errors";
import { CHECK } from "./instrument";

/** How often running code reads the page's URL. */
const POLL_MS = 100;
/** Calls of CHECK between two looks at the clock (a power of two). */
const CALLS_PER_CLOCK = 1024;

export class InterruptSignal {
  private url: string | null = null;
  private generation = 0;
  private revoked = false;
  private stopping = false;
  private calls = 0;
  private nextPoll = 0;

  constructor() {
    (globalThis as Record<string, unknown>)[CHECK] = () => this.check();
  }

  /** The page's URL for interrupt number `generation` (it sends a new one after each interrupt). */
  watch(url: string, generation: number): void {
    this.url = url;
    this.generation = generation;
    this.revoked = false;
    this.stopping = false;
  }

  /** Whether interrupt number `generation` was already seen here (by polling). */
  seen(generation: number): boolean {
    return generation === this.generation && this.revoked;
  }

  /** Whether the page asked for an interrupt that is not handled yet (reads the URL now). */
  pending(): boolean {
    if (this.url === null || this.revoked) return this.revoked && this.stopping;
    if (!readable(this.url)) {
      this.revoked = true;
      this.stopping = true;
    }
    return this.stopping;
  }

  /** The kernel core stopped the request: running code may go on again. */
  handled(): void {
    this.stopping = false;
  }

  private check(): void {
    if (this.stopping) throw new KeyboardInterrupt();
    if ((++this.calls & (CALLS_PER_CLOCK - 1)) !== 0) return;
    const now = performance.now();
    if (now < this.nextPoll) return;
    this.nextPoll = now + POLL_MS;
    if (this.pending()) throw new KeyboardInterrupt();
  }
}

/** Whether a synchronous GET of `url` succeeds (a revoked blob: URL fails with a NetworkError). */
function readable(url: string): boolean {
  const request = new XMLHttpRequest();
  try {
    request.open("GET", url, false);
    request.send();
    return request.status === 200;
  } catch {
    return false;
  }
}
