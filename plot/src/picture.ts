// Static pictures of charts (SVG), for wherever no script can run: untrusted notebooks,
// sanitised HTML, previews. Made at display time by plotly.js itself (Plotly.toImage) in a
// headless Chromium that a worker thread drives; the cell waits for the picture (a blocking
// wait on a shared buffer), so `[Symbol.for("Jupyter.display")]()` stays synchronous and the
// picture is in the output from the start. Chromium starts when numts-plot is imported (in the
// background: about 1 s, and loading plotly.js 0.4-0.9 s from the compiled code that
// ./chromium-cache.ts keeps, 2.4-3 s without) and lives as long as the kernel; each picture then
// takes 40-150 ms.
//
// Chromium is Debian's (`/usr/bin/chromium`) or the one in $NUMTS_CHROMIUM; without it, charts
// have no picture and their HTML says so (see html.ts).
import { existsSync } from "node:fs";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { plotlyPath } from "./plotly";

/** A request to the worker, and its answer. */
export interface PictureRequest {
  json: string;
  width: number;
  height: number;
}
export type PictureAnswer = { svg: string } | { error: string };

/** First picture: Chromium may still be starting. */
const FIRST_TIMEOUT_MS = 30_000;
const TIMEOUT_MS = 10_000;

/** Where Chromium is, or undefined. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.NUMTS_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => p !== undefined && p !== "" && existsSync(p));
}

class Renderer {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private answered = 0;
  /** Why there are no pictures, once that is known. */
  failure: string | null = null;
  /** Why the last figure that got no picture got none. */
  lastError: string | null = null;

  constructor(chromium: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // The built worker, also when this module runs from source (unit tests).
    this.worker = new Worker(require.resolve("numts-plot/dist/picture-worker.js"), {
      workerData: { chromium, plotly: plotlyPath(), signal: this.signal, port: port2 },
      transferList: [port2],
    });
    // Neither the worker nor Chromium keeps a script alive; Chromium exits when its pipe closes.
    this.worker.unref();
    this.worker.on("error", (error) => (this.failure = `the picture worker failed: ${error.message}`));
  }

  render(request: PictureRequest): string | null {
    if (this.failure !== null) return null;
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(request);
    const waited = Atomics.wait(this.signal, 0, 0, this.answered === 0 ? FIRST_TIMEOUT_MS : TIMEOUT_MS);
    const message = receiveMessageOnPort(this.port)?.message as PictureAnswer | undefined;
    if (waited === "timed-out" || message === undefined) {
      this.failure = "Chromium did not answer in time";
      void this.worker.terminate();
      return null;
    }
    this.answered++;
    if ("error" in message) {
      // A figure Plotly cannot draw is the user's to fix; a Chromium that failed to start is ours.
      if (message.error.startsWith("launch:")) this.failure = message.error;
      this.lastError = message.error;
      return null;
    }
    return Buffer.from(message.svg, "utf8").toString("base64");
  }
}

let renderer: Renderer | null | undefined;

function getRenderer(): Renderer | null {
  if (renderer === undefined) {
    const chromium = process.env.NUMTS_PLOT_PICTURES === "0" ? undefined : chromiumPath();
    renderer = chromium === undefined ? null : new Renderer(chromium);
  }
  return renderer;
}

/** Starts Chromium in the background so that the first chart does not wait for it. */
export function warmUpPictures(): void {
  getRenderer();
}

/** Why charts get no picture, or null when they do. */
export function pictureFailure(): string | null {
  const r = getRenderer();
  if (r === null) return "Chromium was not found (install Debian's chromium or set NUMTS_CHROMIUM)";
  return r.failure;
}

/** Why the last figure without a picture has none: Chromium missing or failing, or the figure. */
export function whyNoPicture(): string {
  return (pictureFailure() ?? getRenderer()?.lastError ?? "the picture could not be made").replace(/^launch: /, "");
}

const cache = new Map<string, string | null>();

/**
 * The picture of a figure (`json` is its JSON) as base64 SVG, or null when none can be made.
 * The same figure gives the same bytes: plotly.js's random ids are made from a fixed seed.
 */
export function picture(json: string, size: { width: number; height: number }): string | null {
  const key = `${size.width}x${size.height}:${json}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const svg = getRenderer()?.render({ json, ...size }) ?? null;
  if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  cache.set(key, svg);
  return svg;
}
