import fs from "node:fs";
import path from "node:path";
import { loadSite } from "../../lib/content/load-site";

/** The same content the build used, so tests follow the content rather than hard-code it. */
export const site = loadSite(process.env.CONTENT_DIR ?? "content");

export const articleWithFaqs = site.articles.find((a) => a.faqs.length > 0 && a.headings.length > 1)!;

/** Every page in the built sitemap, as paths on the test server. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.join(process.env.OUT_DIR ?? "out", "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Pages no sitemap lists but readers still reach. */
export const extraPaths = ["/search", "/no-such-page"];
