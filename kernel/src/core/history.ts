// The session's input history, for history_request (IPython's `%history`, JupyterLab's console
// history). As in IPython by default, only inputs are kept: outputs can be large (a chart is
// megabytes), and a long session must not keep them all.
import type { Message } from "./messages";

type Entry = readonly [session: number, line: number, input: string];

export class History {
  private readonly entries: Entry[] = [];

  /** Records the input of execution `line`. */
  add(line: number, input: string): void {
    this.entries.push([1, line, input]);
  }

  /** The content of history_reply for a history_request. */
  reply(content: Message["content"]): Record<string, unknown> {
    const found = this.select(content);
    // Outputs are not kept: a request for them gets null, as IPython gives without output logging.
    const history = content.output ? found.map(([session, line, input]) => [session, line, [input, null]]) : found;
    return { status: "ok", history };
  }

  private select(content: Message["content"]): readonly Entry[] {
    const n = (fallback: number) => (typeof content.n === "number" ? Math.max(0, content.n) : fallback);
    switch (content.hist_access_type) {
      case "tail":
        return this.entries.slice(this.entries.length - Math.min(n(10), this.entries.length));
      case "range": {
        const start = typeof content.start === "number" ? content.start : 0;
        const stop = typeof content.stop === "number" ? content.stop : Infinity;
        return this.entries.filter(([, line]) => line >= start && line < stop);
      }
      case "search": {
        const glob = typeof content.pattern === "string" ? content.pattern : "*";
        const pattern = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "s");
        let found = this.entries.filter(([, , input]) => pattern.test(input));
        if (content.unique) {
          const seen = new Set<string>();
          // The latest occurrence of each input, in order.
          found = found.reverse().filter(([, , input]) => !seen.has(input) && seen.add(input)).reverse();
        }
        return found.slice(found.length - Math.min(n(found.length), found.length));
      }
      default:
        return [];
    }
  }
}
