import type { MetadataRoute } from "next";
import { getSite, pageLanguages } from "@/lib/content/site";
import { pagePaths } from "@/lib/routes";
import { sitemapEntries } from "@/lib/seo/sitemap-entries";

export const dynamic = "force-static";

/**
 * Every page in every language it exists in, each with its hreflang
 * alternates (the same set its page carries). An article's or checklist's
 * last-modified date is its last review, shared by its translation; the
 * other pages change with the newest review.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const { articles, checklists } = getSite();
  const reviewed = new Map([...articles.map((a): [string, string] => [`/${a.slug}`, a.lastReviewed]), ...checklists.map((c): [string, string] => [`/checklists/${c.slug}`, c.lastReviewed])]);
  const newest = [...reviewed.values()].sort().at(-1);
  const english = pagePaths({ articles: articles.map((a) => a.slug), checklists: checklists.map((c) => c.slug) }, { sitemapOnly: true });
  return sitemapEntries(english.map((path) => ({ paths: pageLanguages("en", path), lastModified: reviewed.get(path) ?? newest })));
}
