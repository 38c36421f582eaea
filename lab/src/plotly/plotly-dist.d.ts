// The part of plotly.js's API that the renderer uses (plotly.js-dist-min ships no types).
declare module "plotly.js-dist-min" {
  export interface PlotlyFigure {
    data: Record<string, unknown>[];
    layout?: Record<string, unknown>;
    config?: Record<string, unknown>;
  }
  export function react(node: HTMLElement, data: PlotlyFigure["data"], layout?: PlotlyFigure["layout"], config?: PlotlyFigure["config"]): Promise<HTMLElement>;
  export function purge(node: HTMLElement): void;
  export const Plots: { resize(node: HTMLElement): Promise<void> };
}
