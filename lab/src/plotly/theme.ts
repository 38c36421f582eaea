// Charts in JupyterLab's dark themes: numts-plot's figures are authored for a white page (as
// every other frontend and the static pictures show them), so on a dark theme the renderer
// gives them a template in the theme's own colours. A template only fills in what the figure
// leaves unset, so colours a figure chose itself stay.

/** Whether the current JupyterLab theme is a dark one (the theme manager marks the body). */
export function isDarkTheme(): boolean {
  return document.body.dataset.jpThemeLight === "false";
}

const cssVariable = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;

/** A Plotly template in the colours of the current (dark) theme. */
export function darkTemplate(): Record<string, unknown> {
  const background = cssVariable("--jp-layout-color0", "#111111");
  const text = cssVariable("--jp-ui-font-color1", "#e0e0e0");
  const grid = cssVariable("--jp-border-color2", "#424242");
  const line = cssVariable("--jp-border-color1", "#616161");
  const axis = { gridcolor: grid, linecolor: line, zerolinecolor: line, tickcolor: line };
  return {
    layout: {
      paper_bgcolor: background,
      plot_bgcolor: background,
      font: { color: text },
      xaxis: axis,
      yaxis: axis,
      legend: { bgcolor: "rgba(0,0,0,0)" },
      coloraxis: { colorbar: { outlinecolor: line } },
    },
    data: {
      contour: [{ colorbar: { outlinecolor: line } }],
      heatmap: [{ colorbar: { outlinecolor: line } }],
    },
  };
}

/** The figure's layout as drawn now: with the dark template on a dark theme, unless it brings a template of its own. */
export function themedLayout(layout: Record<string, unknown>): Record<string, unknown> {
  if (!isDarkTheme() || layout.template !== undefined) return layout;
  return { ...layout, template: darkTemplate() };
}

/** Calls `redraw` whenever JupyterLab switches theme (for as long as the page lives). */
export function onThemeChange(redraw: () => void): void {
  new MutationObserver(redraw).observe(document.body, { attributes: true, attributeFilter: ["data-jp-theme-light", "data-jp-theme-name"] });
}
