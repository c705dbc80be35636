import { hreflangAlternates, LANGUAGES, type PageLanguages } from "./languages";
import { absoluteUrl } from "./structured-data";

/** A page to list: its path in every language it is published in, and when it last changed. */
export type SitemapPage = { paths: PageLanguages; lastModified?: string };

/** One `<url>` of sitemap.xml, in the shape Next's MetadataRoute.Sitemap takes. */
export type SitemapEntry = { url: string; lastModified?: string; alternates: { languages: Record<string, string> } };

/**
 * Every language's address of every page, each with the same hreflang set
 * (`xhtml:link`) its page carries, so the sitemap and the pages never
 * disagree about which page is whose translation.
 */
export function sitemapEntries(pages: readonly SitemapPage[]): SitemapEntry[] {
  return pages.flatMap(({ paths, lastModified }) => {
    const languages = Object.fromEntries(Object.entries(hreflangAlternates(paths)).map(([lang, path]) => [lang, absoluteUrl(path)]));
    return LANGUAGES.flatMap((language) => {
      const path = paths[language];
      return path === undefined ? [] : [{ url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}), alternates: { languages } }];
    });
  });
}
