// Issue 17, items 1, 9 (restart while TypeScript loads) and 10: every way the kernel ends gives
// an exit status (never an abort or a core file), and a long session keeps no outputs or
// compiled cells. Through jupyter_client (reliability.py); bench/kernel_reliability.mjs runs
// the full-size counts (50 restarts, 10^4 cells).
import { beforeAll, describe, expect, it } from "vitest";
import { reliability } from "./reliability";

type RestartKind = "idle" | "loading" | "looping";

interface Exits {
  restart_statuses: Record<RestartKind, number[]>;
  restart_seconds_max: Record<RestartKind, number>;
  /** Each new kernel's first cell (`6 * 7`): the kind of restart that started it, status, value. */
  first_cells: [RestartKind | null, string, string[]][];
  process_exit_3: number;
  sigterm: number;
  shutdown: number;
  parent_killed_while_looping: number | string;
  port_taken: number;
  io_thread_error_while_looping: number | string;
  aborts: number;
  io_thread_failure_logged: boolean;
  core_files: string[];
}

describe("exit paths", () => {
  let exits: Exits;
  beforeAll(async () => {
    exits = await reliability<Exits>("exits", "6");
  }, 300_000);

  it("restarts of an idle kernel, one loading TypeScript and one running `while (true) {}` end the old kernel with status 0, each within 2.5 s", () => {
    expect(exits.restart_statuses).toEqual({ idle: [0, 0], loading: [0, 0], looping: [0, 0] });
    // jupyter_client sends SIGTERM after 2.5 s (half its shutdown_wait_time): a kernel that
    // exits by it still says 0, so the time is what shows a slow shutdown.
    for (const kind of ["idle", "loading", "looping"] as const) expect(exits.restart_seconds_max[kind]).toBeLessThan(2.5);
  });

  it("the kernel a restart starts runs its first cell, also after a restart while a cell looped", () => {
    expect(exits.first_cells).toEqual([
      [null, "ok", ["42"]],
      ["loading", "ok", ["42"]],
      ["looping", "ok", ["42"]],
      ["loading", "ok", ["42"]],
      ["looping", "ok", ["42"]],
    ]);
  });

  it("process.exit(3) in a cell exits with 3; SIGTERM and a shutdown request with 0", () => {
    expect(exits.process_exit_3).toBe(3);
    expect(exits.sigterm).toBe(0);
    expect(exits.shutdown).toBe(0);
  });

  it("a kernel whose server is killed while a cell loops forever exits with status 1", () => {
    expect(exits.parent_killed_while_looping).toBe(1);
  });

  it("a failing I/O thread (a port taken; an error thrown there while a cell loops forever) exits with status 1 and says why", () => {
    expect(exits.port_taken).toBe(1);
    expect(exits.io_thread_error_while_looping).toBe(1);
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
