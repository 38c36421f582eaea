// The worker thread behind picture.ts: drives a headless Chromium page holding plotly.js and
// answers each figure with its SVG (Plotly.toImage). After each answer it flips the shared
// signal that the waiting thread blocks on.
import { type MessagePort, workerData } from "node:worker_threads";
import { chromium, type Page } from "playwright-core";
import type { PictureAnswer, PictureRequest } from "./picture";

const { chromium: executablePath, plotly, signal, port } = workerData as { chromium: string; plotly: string; signal: Int32Array; port: MessagePort };

async function openPage(): Promise<Page> {
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  // Nothing leaves the machine: the page is local and every request is refused.
  await page.route("**/*", (route) => route.abort());
  await page.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>");
  await page.addScriptTag({ path: plotly });
  return page;
}

/** Runs in the page: plotly.js draws off-screen and serialises the SVG. */
async function toSvg(request: PictureRequest): Promise<string> {
  // plotly.js names clip paths and gradients with Math.random(); a fixed seed gives fixed bytes.
  let seed = 0x2545f491;
  Math.random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const figure = JSON.parse(request.json) as { data: unknown[]; layout: Record<string, unknown> };
  const layout = { ...figure.layout, width: request.width, height: request.height };
  const Plotly = (globalThis as unknown as { Plotly: { toImage(fig: unknown, opts: unknown): Promise<string> } }).Plotly;
  return Plotly.toImage({ data: figure.data, layout }, { format: "svg", width: request.width, height: request.height, imageDataOnly: true });
}

const page = openPage();

function answer(message: PictureAnswer): void {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on("message", (request: PictureRequest) => {
  page.then(
    (p) =>
      p.evaluate(toSvg, request).then(
        (svg) => answer({ svg }),
        (error: Error) => answer({ error: `plotly.js could not draw the figure: ${error.message.split("\n")[0]}` }),
      ),
    (error: Error) => answer({ error: `launch: Chromium did not start: ${error.message.split("\n")[0]}` }),
  );
});
