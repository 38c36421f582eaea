// Interrupts: an interrupt stops the request it arrives during, whatever that request is doing:
// waiting in the queue, being type-checked, running, or awaiting a promise.
//
// An interrupt reaches the core as an event (KernelCore.interrupt) when the thread is free, or is
// found by polling the platform (Platform.interruptPending) between the phases of a request while
// the thread was busy. Running code is stopped by the platform itself (Node: SIGINT, sent by the
// I/O thread until this thread has seen it), which throws KeyboardInterrupt out of runScript.
import { KeyboardInterrupt } from "./errors";
import type { Platform } from "./platform";

export class Interrupts {
  private requested = false;
  private stopWaiting: (() => void) | null = null;

  constructor(private readonly platform: Pick<Platform, "interruptPending" | "interruptHandled">) {}

  /** An interrupt arrived for the running (or next) request: stop what it awaits, flag the rest. */
  request(): void {
    this.requested = true;
    this.stopWaiting?.();
  }

  /** Between phases: whether the request must stop now. Consumes the interrupt. */
  take(): boolean {
    if (!this.requested && !this.platform.interruptPending()) return false;
    this.handled();
    return true;
  }

  /** The interrupt stopped a request, or there was nothing to stop. */
  handled(): void {
    this.requested = false;
    this.platform.interruptHandled();
  }

  /**
   * Awaits `promise`, or rejects with KeyboardInterrupt when an interrupt arrives first; a promise
   * that never settles is then simply left behind.
   */
  async wait<T>(promise: PromiseLike<T>): Promise<T> {
    if (this.take()) throw new KeyboardInterrupt();
    try {
      return await new Promise<T>((resolve, reject) => {
        this.stopWaiting = () => {
          this.handled();
          reject(new KeyboardInterrupt("the kernel was interrupted while the cell was waiting"));
        };
        promise.then(resolve, reject);
      });
    } finally {
      this.stopWaiting = null;
    }
  }
}
