// A handout's HTML opened as a student opens the file: offline, every request outside the file
// (and its data: URLs) refused and recorded, with the page's errors.
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";

export async function openOffline(browser: Browser, html: string, viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url !== pathToFileURL(html).href && !url.startsWith("data:")) requests.push(url);
    return url.startsWith("file:") || url.startsWith("data:") ? route.continue() : route.abort();
  });
  await page.goto(pathToFileURL(html).href);
  return { page, requests, errors };
}
