// fonts.ts in a browser (see package.json's "browser" field): the families charts name. The
// font files are the page's own there (the site's Plotly renderer bundles Open Sans).
export const FONT_FAMILY = '"Open Sans", verdana, arial, sans-serif';
export const CODE_FONT_FAMILY = '"DejaVu Mono", "Open Sans", monospace';
export const OPEN_SANS = "Open Sans";
export const DEJAVU_MONO = "DejaVu Mono";
