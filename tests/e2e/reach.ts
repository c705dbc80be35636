import type { Page } from "@playwright/test";

/**
 * The pages a reader reaches from `start` in at most `clicks` clicks, found
 * breadth first on the served pages: a link or a form (the header's search
 * box) each take one click to follow.
 */
export async function reachableFrom(page: Page, start: string, clicks = 3): Promise<Set<string>> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let level = 1; level <= clicks && frontier.length; level++) {
    const next: string[] = [];
    for (const path of frontier) {
      await page.goto(path);
      const hrefs = await page
        .locator("a[href^='/'], form[action^='/']")
        .evaluateAll((els) => els.map((el) => new URL(el instanceof HTMLFormElement ? el.action : (el as HTMLAnchorElement).href).pathname));
      for (const href of hrefs) {
        if (!seen.has(href)) {
          seen.add(href);
          next.push(href);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
