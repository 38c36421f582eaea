// Issue 17, items 2-7 and 9: interrupts in every phase, malformed and replayed messages, lone
// surrogates, thrown values, timer output, stream order and late tracebacks, through
// jupyter_client (reliability.py); bench/kernel_reliability.mjs runs more interrupts.
import { beforeAll, describe, expect, it } from "vitest";
import { reliability } from "./reliability";

interface Trial {
  kind: "loop" | "await" | "long";
  delay: number;
  early: boolean;
  status: string;
  ename?: string;
  evalue?: string;
  after?: string[];
  honoured: boolean;
}

describe("interrupts at random moments 0-1 s after execute_input", () => {
  it("stop `while (true) {}`, the type check of a 5000-line cell and a promise that never settles, also 0-25 ms after execute_input; the reply comes, variables stay", async () => {
    const result = await reliability<{ honoured: number; of: number; alive: boolean; trials: Trial[] }>("interrupts", "12");
    expect(result.trials.filter((t) => !t.honoured)).toEqual([]);
    expect(result.honoured).toBe(12);
    expect(result.alive).toBe(true);
    // The moments issue 17 found interrupts lost at were hit: right after execute_input for each
    // kind of cell, and inside the type check of the long cell (its reply says where it stopped).
    for (const kind of ["loop", "await", "long"]) expect(result.trials.some((t) => t.kind === kind && t.early)).toBe(true);
    expect(result.trials.filter((t) => t.kind === "long").map((t) => t.evalue)).toContain("the kernel was interrupted while the cell was type-checked");
    expect(result.trials.filter((t) => t.kind === "await").map((t) => t.evalue)).toContain("the kernel was interrupted while the cell was waiting");
  }, 300_000);
});

interface Messages {
  running_cell_finished: string;
  running_cell_outputs: [string, string][];
  error_replies: [string, string, string, string][];
  shell_after: string[];
  control_after: string;
  alive_after_malformed: boolean;
  replay: { replies: number; runs: string[] };
  surrogates: { saved: boolean; kinds?: string[]; replacements?: number; error?: string };
  thrown: Record<string, string[]>;
  timers: { later_text: string; tick_messages: number; tick_parents_are_later: boolean; tick_parent_count: number };
  order: [string, string][];
  late_traceback: string[] | null;
  alive: boolean;
}

describe("hostile and awkward input", () => {
  let m: Messages;
  beforeAll(async () => {
    m = await reliability<Messages>("messages");
  }, 300_000);

  it("malformed frames (header, parent_header, metadata or content null, an array, a number, a string) on shell and control: ignored or answered with an error, and the next requests complete", () => {
    expect(m.running_cell_finished).toBe("ok");
    expect(m.running_cell_outputs).toEqual([["execute_result", "'done'"]]);
    expect(m.shell_after).toEqual(["42"]);
    expect(m.control_after).toBe("ok");
    expect(m.alive_after_malformed).toBe(true);
    // A request whose header is readable gets an error reply: 3 parts x 4 values x 2 channels.
    expect(m.error_replies).toHaveLength(24);
    expect(new Set(m.error_replies.map(([, , status, ename]) => `${status} ${ename}`))).toEqual(new Set(["error InvalidMessage"]));
  });

  it("a replayed signed request runs once", () => {
    expect(m.replay).toEqual({ replies: 1, runs: ["1"] });
  });

  it("lone surrogates in streams, displays, results and errors are replaced, so nbformat saves the notebook", () => {
    expect(m.surrogates).toEqual({ saved: true, kinds: ["display_data", "error", "execute_result", "stream"], replacements: 6 });
  });

  it("thrown values that are not Errors show as Node's inspect shows them", () => {
    expect(m.thrown['throw { code: 7, reason: "disk full" }']).toEqual(["Uncaught { code: 7, reason: 'disk full' }"]);
    expect(m.thrown['throw "oops"']).toEqual(["Uncaught 'oops'"]);
    expect(m.thrown["await Promise.reject({ code: 8 })"]).toEqual(["Uncaught { code: 8 }"]);
  });

  it("output of a timer goes to the cell that started it, never into a later cell's text", () => {
    expect(m.timers.later_text).toBe("later cell text\n");
    expect(m.timers.tick_messages).toBeGreaterThan(0);
    expect(m.timers.tick_parents_are_later).toBe(false);
    expect(m.timers.tick_parent_count).toBe(1);
  });

  it("stderr and stdout arrive in the order written", () => {
    expect(m.order).toEqual([
      ["stderr", "first\n"],
      ["stdout", "second\n"],
      ["stderr", "third\n"],
    ]);
  });

  it("a late error's traceback shows the cell's line, not Node's internals or JavaScript positions", () => {
    const traceback = m.late_traceback ?? [];
    expect(traceback[1]).toBe("Error: late failure");
    expect(traceback[2]).toMatch(/^ {4}at boom \(cell\[\d+\] line 2\)$/);
    expect(traceback[3]).toBe('        throw new Error("late failure");');
    expect(traceback.join("\n")).not.toMatch(/node:|sigintHandlersWrap|cell\[\d+\]:\d+:\d+/);
    expect(m.alive).toBe(true);
  });
});
