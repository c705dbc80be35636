import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content/site";
import { SITE_URL } from "@/lib/site-url";

export const dynamic = "force-static";

/** Every page; an article's last-modified date is its last review. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { articles, checklists } = getSite();
  const newest = articles
    .map((a) => a.lastReviewed)
    .sort()
    .at(-1);
  const hubs = ["", "/topics", "/faq", "/glossary", "/compare", "/checklists"].map((path) => ({ url: `${SITE_URL}${path}`, lastModified: newest }));
  return [
    ...hubs,
    ...articles.map((a) => ({ url: `${SITE_URL}/${a.slug}`, lastModified: a.lastReviewed })),
    ...checklists.map((c) => ({ url: `${SITE_URL}/checklists/${c.slug}`, lastModified: c.lastReviewed })),
  ];
}
