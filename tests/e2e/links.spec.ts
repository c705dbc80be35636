import { expect, test } from "@playwright/test";
import { extraPaths, sitemapPaths } from "./site";

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const hrefsOf = (html: string) => [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));

test("every internal link and anchor on every page resolves", async ({ request }) => {
  test.setTimeout(120_000);
  const pages = new Map<string, { status: number; ids: Set<string> }>();
  const load = async (path: string) => {
    if (!pages.has(path)) {
      const response = await request.get(path, { maxRedirects: 0 });
      const html = await response.text();
      pages.set(path, { status: response.status(), ids: idsOf(html) });
      return html;
    }
    return undefined;
  };

  // Failures grouped by the page that holds the bad link, so the fix is easy to find.
  const broken = new Map<string, string[]>();
  for (const source of [...sitemapPaths(), ...extraPaths]) {
    const html = (await load(source)) ?? (await (await request.get(source)).text());
    for (const href of hrefsOf(html)) {
      if (!href.startsWith("/") && !href.startsWith("#")) continue;
      const url = new URL(href, `http://site${source}`);
      await load(url.pathname);
      const target = pages.get(url.pathname)!;
      const anchor = decodeURIComponent(url.hash.slice(1));
      let problem = "";
      const samePage = url.pathname === source;
      if (!samePage && target.status !== 200) problem = `${href} answers ${target.status}`;
      else if (anchor && !target.ids.has(anchor)) problem = `${href}: no element with id "${anchor}"`;
      if (problem) broken.set(source, [...(broken.get(source) ?? []), problem]);
    }
  }
  const report = [...broken].map(([page, problems]) => `${page}\n  ${problems.join("\n  ")}`).join("\n");
  expect(broken.size, `Broken links, by page:\n${report}`).toBe(0);
});
