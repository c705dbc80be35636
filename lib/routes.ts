/**
 * Top-level paths the app owns. An article slug or alias equal to one of
 * these would be shadowed by (or shadow) a route, so the loader refuses it.
 */
export const RESERVED_PATHS = [
  "api",
  "about",
  "compare",
  "faq",
  "glossary",
  "search",
  "topics",
  "checklists",
  "sitemap.xml",
  "robots.txt",
  "opengraph-image",
  "icon",
  "index",
  "404",
  "_next",
  "_not-found",
] as const;
