// The lessons run top to bottom through a real Jupyter server (a notebook session, as JupyterLab
// opens one) and give exactly their stored outputs; cells run out of order say what to run. The
// server runs under the rich font configuration (test/plot/fonts.ts), and rerun.test.ts under the
// minimal one: the stored outputs, pictures included, are the same under both.
import { type Session, SessionManager } from "@jupyterlab/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CellRun, runCell, type StoredOutput } from "../kernel/outputs";
import { type JupyterServer, startJupyterServer } from "../kernel/server";
import { assertDifferent, fontConfigurations } from "../plot/fonts";
import { type Cell, cellById, LECTURE9_CELLS, LESSONS, type Lesson, figureModels, normalOutput, printed, readNotebook, shared, text, withoutWidgetManager } from "./lessons";

let server: JupyterServer;
let sessions: SessionManager;

beforeAll(async () => {
  const configs = fontConfigurations();
  assertDifferent(configs);
  // The server, and the kernels it starts, inherit this process's environment.
  for (const key of ["FONTCONFIG_FILE", "TZ", "LANG"]) process.env[key] = configs.rich[key];
  server = await startJupyterServer();
  sessions = new SessionManager({ kernelManager: server.kernels, serverSettings: server.settings });
  await sessions.ready;
}, 90_000);

afterAll(async () => {
  sessions?.dispose();
  await server?.stop();
});

async function openSession(lesson: Lesson): Promise<Session.ISessionConnection> {
  const session = await sessions.startNew({ path: `notebooks/${lesson}`, type: "notebook", name: lesson, kernel: { name: "numts" } });
  await session.kernel?.info;
  return session;
}

describe.each(LESSONS)("%s, run top to bottom in a new kernel", (lesson) => {
  const nb = readNotebook(lesson);
  const runs = new Map<string, CellRun>();

  beforeAll(async () => {
    const session = await openSession(lesson);
    try {
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        const run = await runCell(session.kernel!, text(cell.source));
        runs.set(cell.id, run);
      }
    } finally {
      await session.shutdown();
    }
  }, 180_000);

  it("gives no error output", () => {
    const errors = [...runs.values()].flatMap((r) => r.outputs).filter((o) => o.output_type === "error");
    expect(errors).toEqual([]);
  });

  it("gives every cell exactly its stored outputs", () => {
    // This client has no widget manager: an interact's cell gives the interact's view and what its
    // Output widget captured in the stored notebook (the first run's prints, none in the lessons),
    // not its charts, which are FigureWidgets' state (checked against the saved state below).
    const withoutWidgets = (o: StoredOutput): StoredOutput[] => withoutWidgetManager(nb, o);
    for (const cell of nb.cells.filter((c): c is Cell & { outputs: StoredOutput[] } => c.cell_type === "code")) {
      expect({ id: cell.id, outputs: runs.get(cell.id)?.outputs.map(normalOutput) }).toEqual({ id: cell.id, outputs: cell.outputs.flatMap(withoutWidgets).map(normalOutput) });
    }
  });

  it("an interact's charts are FigureWidgets: the saved widget state holds the last bundle the kernel sent each, picture included", () => {
    const interactive = nb.cells.filter((c) => c.cell_type === "code" && c.metadata.tags?.includes("interactive"));
    expect(interactive.length).toBe(1);
    for (const cell of interactive) {
      const saved = (cell.outputs ?? []).flatMap((o) => figureModels(nb, o));
      // Lecture 4 returns its chart; lecture 9 shows its loss chart (.show()) and returns its decision regions.
      expect(saved.length).toBe(lesson === "04-gradient-descent-backprop.ipynb" ? 1 : 2);
      // Model ids follow the kernel session, so this run's widgets have the saved ones' ids.
      const sent = new Map<string, unknown>();
      for (const m of runs.get(cell.id)?.messages ?? []) {
        const content = m.content as { comm_id?: string; data?: { state?: { bundle?: unknown } } };
        const bundle = content.data?.state?.bundle;
        if ((m.header.msg_type === "comm_open" || m.header.msg_type === "comm_msg") && bundle !== undefined) sent.set(String(content.comm_id), bundle);
      }
      expect(saved.map(({ id }) => sent.get(id))).toEqual(saved.map(({ bundle }) => bundle));
      for (const { bundle } of saved) expect(String(bundle["text/html"])).toContain("data:image/svg+xml;base64,");
    }
  });

  it("prints the numbers of ../shared/reference", () => {
    const print = (id: string) => printed({ ...cellById(nb, id), outputs: runs.get(id)?.outputs });
    if (lesson === "04-gradient-descent-backprop.ipynb") {
      expect(print("single-neuron-code")).toBe(shared("reference", "lecture04-cell1.txt"));
      expect(print("full-network-code")).toBe(shared("reference", "lecture04-cell2.txt"));
    } else {
      expect(LECTURE9_CELLS.map(print)).toEqual(shared("reference", "lecture09.txt").split("=====CELL\n"));
    }
  });
});

describe("cells run out of order or again", () => {
  it("a cell run before the one defining its names says which cell to run; re-running cells works", async () => {
    const nb = readNotebook("09-backpropagation.ipynb");
    const session = await openSession("09-backpropagation.ipynb");
    const kernel = session.kernel!;
    try {
      const early = await runCell(kernel, text(cellById(nb, "network").source));
      expect(early.status).toBe("error");
      const error = early.outputs.find((o) => o.output_type === "error");
      expect(error?.evalue).toContain("Cannot find namespace 'np'");
      expect(error?.evalue).toContain("'np' is defined in code cell 1 of 09-backpropagation.ipynb (`import * as np from \"numts\";`), which has not run in this kernel yet: run it first");
      for (const id of ["dataset", "dataset", "network", "network"]) expect((await runCell(kernel, text(cellById(nb, id).source))).status).toBe("ok");
      const again = await runCell(kernel, text(cellById(nb, "dataset").source));
      expect(printed({ ...cellById(nb, "dataset"), outputs: again.outputs })).toBe(shared("reference", "lecture09.txt").split("=====CELL\n")[0]);
    } finally {
      await session.shutdown();
    }
  }, 120_000);
});
