// picture.ts in a browser (see package.json's "browser" field): no pictures, the page draws the charts.
export interface PictureRequest {
  json: string;
  width: number;
  height: number;
}

export function chromiumPath(): string | undefined {
  return undefined;
}

export function warmUpPictures(): void {}

export function picture(_json: string, _size: { width: number; height: number }): string | null {
  return null;
}

export function whyNoPicture(): string {
  return "charts are drawn by the page in the browser";
}
