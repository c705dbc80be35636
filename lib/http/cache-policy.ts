/**
 * How long browsers and CDNs may keep each kind of file, the same on every
 * host. Pages revalidate so a corrected article is seen at once; files whose
 * names carry a content hash (Pagefind's index) never change, so they are
 * immutable; everything else is kept an hour.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const ONE_HOUR = "public, max-age=3600";

/** Files whose names carry a content hash: as a `_headers` path and as a regular expression (our server, nginx). */
export const HASHED = [
  { headersPath: "/pagefind/index/*", regex: "^/pagefind/index/" },
  { headersPath: "/pagefind/fragment/*", regex: "^/pagefind/fragment/" },
  { headersPath: "/pagefind/*.pf_meta", regex: "^/pagefind/pagefind\\.[^/]+\\.pf_meta$" },
] as const;

export function cacheControlFor(urlPath: string): string {
  if (HASHED.some((h) => new RegExp(h.regex).test(urlPath))) return IMMUTABLE;
  if (urlPath.endsWith(".html")) return REVALIDATE;
  return ONE_HOUR;
}
