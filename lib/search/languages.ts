import type { SiteContent } from "../content/load-site";
import type { Article } from "../content/read-article";

/** One language's search: its pages (only its own: results stay in the reader's language) and where they live. */
export type SearchLanguage = {
  /** The articles indexed into out/search-<code>.json. */
  articles(site: SiteContent): readonly Article[];
  /** Path prefix of the language's pages: "" (/cost) or "/es" (/es/costo). */
  base: string;
  /** A page with the header's search box, for the browser figures of npm run search:eval. */
  samplePage: string;
};

/**
 * The languages search reads, each with its own pages: Spanish from the
 * translations under content/es. The build writes an index for each
 * (out/search-<code>.json), and a page fetches the one of its `lang`.
 */
export const SEARCH_LANGUAGES: Record<string, SearchLanguage> = {
  en: { articles: (site) => site.articles, base: "", samplePage: "/insurance" },
  es: { articles: (site) => site.es?.articles ?? [], base: "/es", samplePage: "/es/seguro-medico" },
};

export function searchLanguage(code: string): SearchLanguage {
  const found = SEARCH_LANGUAGES[code];
  if (!found) throw new Error(`search: no pages for language '${code}'; known: ${Object.keys(SEARCH_LANGUAGES).join(", ")} (lib/search/languages.ts)`);
  return found;
}
