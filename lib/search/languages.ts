import type { Article } from "../content/read-article";
import { getSite } from "../content/site";

/** One language's search: its pages (only its own: results stay in the reader's language) and where they live. */
export type SearchLanguage = {
  /** The articles indexed into out/search-<code>.json. */
  articles(): readonly Article[];
  /** Path prefix of the language's pages: "" (/cost) or "/es" (/es/costo). */
  base: string;
  /** A page with the header's search box, for the browser figures of npm run search:eval. */
  samplePage: string;
};

/**
 * The languages search is built for. Spanish ("es": base "/es", sample page
 * /es/seguro-medico, articles from the translation loader) joins here once
 * that loader is on main; content/search/es.yml and tests/search/eval.es.yml
 * are ready for it.
 */
export const SEARCH_LANGUAGES: Record<string, SearchLanguage> = {
  en: { articles: () => getSite().articles, base: "", samplePage: "/insurance" },
};

export function searchLanguage(code: string): SearchLanguage {
  const found = SEARCH_LANGUAGES[code];
  if (!found) throw new Error(`search: no pages for language '${code}'; known: ${Object.keys(SEARCH_LANGUAGES).join(", ")} (lib/search/languages.ts)`);
  return found;
}
