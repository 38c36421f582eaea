// Issue 17, items 1, 9 (restart while TypeScript loads) and 10: every way the kernel ends gives
// an exit status (never an abort or a core file), and a long session keeps no outputs or
// compiled cells. Through jupyter_client (reliability.py); bench/kernel_reliability.mjs runs
// the full-size counts (50 restarts, 10^4 cells).
import { beforeAll, describe, expect, it } from "vitest";
import { reliability } from "./reliability";

interface Exits {
  restart_statuses: number[];
  restart_seconds_max: number;
  restart_while_looping: number;
  process_exit_3: number;
  sigterm: number;
  shutdown: number;
  parent_killed_while_looping: number | string;
  port_taken: number;
  aborts: number;
  io_thread_failure_logged: boolean;
  core_files: string[];
}

describe("exit paths", () => {
  let exits: Exits;
  beforeAll(async () => {
    exits = await reliability<Exits>("exits", "6");
  }, 300_000);

  it("restarts (half of them while TypeScript loads) end the old kernel with status 0, each within 2.5 s", () => {
    expect(exits.restart_statuses).toEqual([0, 0, 0, 0, 0, 0]);
    expect(exits.restart_seconds_max).toBeLessThan(2.5);
    expect(exits.restart_while_looping).toBe(0);
  });

  it("process.exit(3) in a cell exits with 3; SIGTERM and a shutdown request with 0", () => {
    expect(exits.process_exit_3).toBe(3);
    expect(exits.sigterm).toBe(0);
    expect(exits.shutdown).toBe(0);
  });

  it("a kernel whose server is killed while a cell loops forever exits with status 1", () => {
    expect(exits.parent_killed_while_looping).toBe(1);
  });

  it("a failing I/O thread (a port taken) exits with status 1 and says why", () => {
    expect(exits.port_taken).toBe(1);
    expect(exits.io_thread_failure_logged).toBe(true);
  });

  it("never aborts, never leaves a core file", () => {
    expect(exits.aborts).toBe(0);
    expect(exits.core_files).toEqual([]);
  });
});

describe("memory over many cells", () => {
  it("keeps neither outputs nor compiled cells: heap growth per cell is a fraction of one cell's size", async () => {
    // Each cell: 20 KB of unique source, a 100 KB result. Keeping either grew the heap by
    // 45 KB (V8's compilation cache) or 100 KB per cell; what remains is caches filling up.
    const memory = await reliability<{ cells: number; heap_growth_mib: number }>("memory", "150");
    expect((memory.heap_growth_mib * 2 ** 20) / memory.cells).toBeLessThan(12 * 1024);
  }, 300_000);
});
