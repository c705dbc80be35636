/**
 * How long browsers and CDNs may keep each kind of file, the same on every
 * host. Pages revalidate so a corrected article is seen at once; everything
 * else (scripts, the search index, images) is kept an hour, so a new build
 * reaches readers within the hour without hashed file names.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";
export const ONE_HOUR = "public, max-age=3600";

export function cacheControlFor(urlPath: string): string {
  return urlPath.endsWith(".html") ? REVALIDATE : ONE_HOUR;
}
