// The engine's browser side (the counterpart of kernel/src/node/platform.ts): cells run by
// indirect eval in the worker's global scope, with interrupt checks (./instrument.ts); `require`
// gives the bundled numts packages; values print as util.inspect would (./inspect.ts); console
// and uncaught errors are captured; TypeScript reads the declarations the build bundled.
import "./typescript";
import ts from "@tslab/typescript-for-tslab";
import type { AsyncContext, Converter, InspectOptions, NotebookFile, Platform, RuntimeSink } from "numts-kernel/dist/core/platform";
import { format, inspect } from "./inspect";
import { instrument } from "./instrument";
import type { InterruptSignal } from "./interrupt";
import { createConverter } from "numts-kernel/dist/core/converter";

/** What cells can import, bundled: the modules a lesson uses in Node, as the same objects. */
export type Modules = Record<string, unknown>;

export interface BrowserPlatformOptions {
  modules: Modules;
  signal: InterruptSignal;
  /** The site's root URL, and the folder of the notebook (for the notebooks of the missing-name hint). */
  baseUrl: string;
  location: string;
  kernelVersion: string;
}

/** A stack frame of the site's scripts (a URL), not of a cell (`cell[3]:2:7`). */
const SCRIPT_FRAME = /\b(https?|blob):\/\//;

export class BrowserPlatform implements Platform {
  readonly versions: Platform["versions"];

  constructor(private readonly options: BrowserPlatformOptions) {
    const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent);
    this.versions = { kernel: options.kernelVersion, typescript: ts.version, runtime: `${chrome ? `Chromium ${chrome[1]}` : navigator.userAgent} (Web Worker)` };
  }

  createConverter(): Converter {
    // isBrowser adds the DOM's library, which the build fills with the Web Worker's (see build.mjs).
    return createConverter({ system: ts.sys, browser: true });
  }

  typeCheck<T>(check: () => T): T {
    return check(); // no way to stop it from outside: type checks take 30-250 ms
  }

  runScript(code: string, filename: string): unknown {
    return (0, eval)(`${instrument(code)}\n//# sourceURL=${filename}`) as unknown;
  }

  require(id: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.options.modules, id)) return this.options.modules[id];
    const names = Object.keys(this.options.modules).join(", ");
    const error = new Error(`Cannot find module '${id}': in the browser, cells can import ${names} (there are no other packages on this site)`);
    (error as Error & { code: string }).code = "MODULE_NOT_FOUND";
    throw error;
  }

  inspect(value: unknown, options?: InspectOptions): string {
    return inspect(value, options);
  }

  isInternalFrame(frame: string): boolean {
    return SCRIPT_FRAME.test(frame);
  }

  /** The lessons in the notebook's folder as the site published them (a student's edits are in the page's storage). */
  notebooks(): NotebookFile[] {
    const dir = this.options.location.replace(/^\/|\/$/g, "");
    const listing = readText(`${this.options.baseUrl}api/contents/${dir === "" ? "" : `${dir}/`}all.json`);
    if (listing === null) return [];
    let names: string[];
    try {
      names = (JSON.parse(listing) as { content: { name: string; type: string }[] }).content.filter((f) => f.type === "notebook").map((f) => f.name);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const text = readText(`${this.options.baseUrl}files/${dir === "" ? "" : `${dir}/`}${encodeURIComponent(name)}`);
      return text === null ? [] : [{ name, text }];
    });
  }

  asyncContext<T>(): AsyncContext<T> {
    // No AsyncLocalStorage in browsers: synchronous code only; the core then falls back to the
    // running cell, or the last one.
    let current: T | undefined;
    return {
      run: (value, fn) => {
        const outer = current;
        current = value;
        try {
          return fn();
        } finally {
          current = outer;
        }
      },
      get: () => current,
    };
  }

  capture(sink: RuntimeSink): void {
    const to = (stream: "stdout" | "stderr") => (...args: unknown[]) => sink.write(stream, `${format(args)}\n`);
    console.log = console.info = console.debug = to("stdout");
    console.warn = console.error = console.trace = to("stderr");
    self.addEventListener("error", (event) => {
      event.preventDefault();
      sink.uncaught(event.error, "callback");
    });
    self.addEventListener("unhandledrejection", (event) => {
      event.preventDefault();
      sink.uncaught(event.reason, "rejection");
    });
  }

  interruptPending(): boolean {
    return this.options.signal.pending();
  }

  interruptHandled(): void {
    this.options.signal.handled();
  }
}

/** The text at `url` of this site, read synchronously, or null. */
function readText(url: string): string | null {
  const request = new XMLHttpRequest();
  try {
    request.open("GET", url, false);
    request.send();
    return request.status === 200 ? request.responseText : null;
  } catch {
    return null;
  }
}
