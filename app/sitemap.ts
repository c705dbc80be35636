import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content/site";
import { sitemapEntries } from "@/lib/seo/sitemap-entries";

export const dynamic = "force-static";

/** Every page, with its hreflang alternates; an article's last-modified date is its last review. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { articles, checklists } = getSite();
  const newest = articles
    .map((a) => a.lastReviewed)
    .sort()
    .at(-1);
  const hubs = ["/", "/topics", "/faq", "/glossary", "/compare", "/checklists"].map((path) => ({ paths: { en: path }, lastModified: newest }));
  return sitemapEntries([
    ...hubs,
    ...articles.map((a) => ({ paths: { en: `/${a.slug}` }, lastModified: a.lastReviewed })),
    ...checklists.map((c) => ({ paths: { en: `/checklists/${c.slug}` }, lastModified: c.lastReviewed })),
  ]);
}
