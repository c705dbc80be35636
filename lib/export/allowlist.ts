/**
 * Every script a finished page may load: our own, from public/. Anything
 * else the framework put in a page is removed, and a page that still holds
 * one fails the build. A new or renamed script of ours is one more line here.
 */
export const ALLOWED_SCRIPTS: readonly string[] = ["/enhance.js", "/search.js"];

/** Inline scripts that are data, never run: structured data for search engines. */
export const ALLOWED_INLINE_TYPES: readonly string[] = ["application/ld+json"];
