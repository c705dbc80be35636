/**
 * Every route of the app (app/), as the path a reader asks for. This is the
 * only list of them: the loader refuses article slugs that would collide
 * with one, the sitemap and the link checks expand it, and a unit test
 * compares it with the files under app/, so a route added there without
 * a line here fails.
 *
 * `[slug]` stands for a value from the content: `of` names which.
 * `page: false` marks what is not an HTML page (images, feeds);
 * `sitemap: false` a page search engines are not sent to.
 */
export const APP_ROUTES = [
  { path: "/" },
  { path: "/topics" },
  { path: "/faq" },
  { path: "/glossary" },
  { path: "/compare" },
  { path: "/checklists" },
  { path: "/search", sitemap: false },
  { path: "/checklists/[slug]", of: "checklists" },
  { path: "/[slug]", of: "articles" },
  { path: "/[slug]/opengraph-image", of: "articles", page: false },
  { path: "/sitemap.xml", page: false },
  { path: "/robots.txt", page: false },
  { path: "/icon.svg", page: false },
] as const satisfies readonly Route[];

type Route = { path: string; of?: "articles" | "checklists"; page?: false; sitemap?: false };

/**
 * Names at the top of the exported site that are not routes of their own:
 * the home page's file, the 404 page, the framework's assets and the search
 * index. An article named like one would overwrite or be hidden by it.
 */
const EXPORT_NAMES = ["index", "404"];

/** Top-level names an article slug or alias cannot take. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  // A file route such as /sitemap.xml leaves the name free: /sitemap would be sitemap.html.
  ...APP_ROUTES.map((r) => r.path.split("/")[1]).filter((name) => name && !name.includes(".") && name !== "[slug]"),
  ...EXPORT_NAMES,
]);

export type SiteSlugs = { articles: readonly string[]; checklists: readonly string[] };

/** Every HTML page the site has, with the content's slugs filled in. */
export function pagePaths(slugs: SiteSlugs, options: { sitemapOnly?: boolean } = {}): string[] {
  return APP_ROUTES.flatMap((route: Route) => {
    if (route.page === false || (options.sitemapOnly && route.sitemap === false)) return [];
    return route.of ? slugs[route.of].map((slug) => route.path.replace("[slug]", slug)) : [route.path];
  });
}
