// A loss chart that updates while a training loop runs.
import { NDArray, TypeError } from "numts";
import { atCellEnd, display, type DisplayHandle, JUPYTER_DISPLAY, type MimeBundle } from "numts-kernel";
import type { LossOptions } from "./charts";
import { loss, withNotes } from "./charts";
import { Figure } from "./figure";
import { chartBundle } from "./html";
import { ensurePlotlyOnPage } from "./plotly";

/** Options of `plot.live`. */
export interface LiveOptions extends LossOptions {
  /** The least time between two updates of the output, in ms (default 500). */
  interval?: number;
}

/** An update may take at most this share of the loop's time: the interval grows for big charts. */
const MAX_OVERHEAD = 0.02;

/**
 * A live loss chart: create it before the training loop, `push` each loss inside it. The output
 * updates in place at most every `interval` ms however fast you push, and shows every value
 * (with its static picture) when the cell ends.
 *
 * @example
 * const chart = plot.live({ title: "Training loss", logY: true });
 * for (let epoch = 0; epoch < 1000; epoch++) {
 *   // ... one step of training ...
 *   chart.push(loss);                       // or chart.push({ train: l1, validation: l2 })
 * }
 */
export class LiveChart {
  /** Each series' values, and its epochs once push() was given one (else evenly spaced). */
  private readonly series = new Map<string, { x: number[] | null; y: number[] }>();
  private readonly handle: DisplayHandle;
  private interval: number;
  private lastSent = -Infinity;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private hooked = false;

  constructor(private readonly options: LiveOptions = {}) {
    this.interval = options.interval ?? 500;
    ensurePlotlyOnPage();
    this.handle = display(this.liveBundle(), { raw: true });
    this.finishAtCellEnd();
  }

  /**
   * Adds the next value of each series: a number (the series "loss"), or several by name.
   * `epoch` is the x value (default: the series' next epoch, counting from `start` by `every`).
   *
   * @throws TypeError if a value is not a number
   */
  push(value: number | NDArray | Record<string, number | NDArray>, epoch?: number): void {
    if (typeof value === "number" || value instanceof NDArray) this.add("loss", value, epoch);
    else if (typeof value === "object" && value !== null) for (const [name, v] of Object.entries(value)) this.add(name, v, epoch);
    else throw new TypeError(`LiveChart.push: expected a number or {name: number, ...}, got ${String(value)} (${typeof value})`);
    this.dirty = true;
    this.finishAtCellEnd();
    const now = performance.now();
    if (now - this.lastSent >= this.interval) this.send(now);
    else if (this.pending === null) {
      // For loops that await between pushes: the last values show without waiting for the next push.
      this.pending = setTimeout(() => this.send(performance.now()), this.interval);
      // Node: the timer keeps no script alive (a browser's timers are plain numbers).
      (this.pending as { unref?: () => void }).unref?.();
    }
  }

  /** Draws every value pushed so far, with the static picture; also done when the cell ends. */
  flush(): void {
    this.cancelPending();
    this.handle.update(this.figure());
    this.dirty = false;
  }

  /** The chart as it is now, as a static Figure. */
  figure(): Figure {
    if (this.series.size === 0) return new Figure(this.empty());
    const all = [...this.series].map(([name, s]) => [name, s.y] as [string, number[]]);
    const fig = loss(Object.fromEntries(all), this.options);
    // The epochs pushed (loss() would number values 0, 1, 2, ...).
    // Epochs given to push() replace loss()'s evenly spaced ones.
    const xs = [...this.series.values()].map((s) => s.x);
    const data = fig.data.map((trace, i) => (xs[i] === null ? trace : { type: trace.type, mode: trace.mode, name: trace.name, x: xs[i], y: trace.y }));
    return new Figure({ data, layout: fig.layout });
  }

  /** The chart is already shown: as a cell's last value it shows nothing more. */
  [JUPYTER_DISPLAY](): MimeBundle {
    return {};
  }

  private add(name: string, value: number | NDArray, epoch: number | undefined): void {
    const y = value instanceof NDArray && value.size === 1 ? Number(value.item()) : value;
    if (typeof y !== "number") throw new TypeError(`LiveChart.push: the value of "${name}" is ${String(value)} (${typeof value}); expected a number`);
    let s = this.series.get(name);
    if (s === undefined) this.series.set(name, (s = { x: null, y: [] }));
    if (epoch !== undefined && s.x === null) s.x = s.y.map((_, i) => (this.options.start ?? 0) + i * (this.options.every ?? 1));
    s.x?.push(epoch ?? (this.options.start ?? 0) + s.y.length * (this.options.every ?? 1));
    s.y.push(y);
  }

  private empty(): { data: []; layout: Record<string, unknown> } {
    const layout = { title: { text: this.options.title ?? "Loss" }, xaxis: { title: { text: this.options.xTitle ?? "epoch" } }, yaxis: { title: { text: this.options.yTitle ?? "loss" } } };
    return { data: [], layout: withNotes(layout, ["waiting for the first value"]) };
  }

  /** The bundle of an intermediate state: no picture (too slow to make at every update). */
  private liveBundle(): MimeBundle {
    const fig = this.figure();
    const json = JSON.stringify(fig);
    return chartBundle(fig, json, null, fig.describe(), "Live chart: it draws here as values arrive.");
  }

  private send(now: number): void {
    this.cancelPending();
    if (!this.dirty) return;
    const started = performance.now();
    this.handle.update(this.liveBundle(), { raw: true });
    this.dirty = false;
    this.lastSent = now;
    // Keep updates to a few percent of the time even when the chart holds many points.
    const cost = performance.now() - started;
    this.interval = Math.max(this.options.interval ?? 500, cost / MAX_OVERHEAD);
  }

  private cancelPending(): void {
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
  }

  private finishAtCellEnd(): void {
    if (this.hooked) return;
    this.hooked = atCellEnd(() => {
      this.hooked = false;
      this.flush();
    });
  }
}

/**
 * A live loss chart, shown now and updated in place as values are pushed (see LiveChart).
 *
 * @param options title, axis titles, `logY`, `start`, `every`, `interval` (ms between updates, default 500)
 *
 * @example
 * const chart = plot.live({ title: "Loss" });
 * for (let i = 0; i < 1000; i++) chart.push(Math.exp(-i / 100));
 */
export function live(options: LiveOptions = {}): LiveChart {
  return new LiveChart(options);
}
