import type { Article } from "../content/read-article";
import { contentRoot, getSite } from "../content/site";
import { loadTranslations } from "../content/translation/load-translations";

/** One language's search: its pages (only its own: results stay in the reader's language) and where they live. */
export type SearchLanguage = {
  /** The articles indexed into out/search-<code>.json. */
  articles(): readonly Article[];
  /** Path prefix of the language's pages: "" (/cost) or "/es" (/es/costo). */
  base: string;
  /** A page with the header's search box, for the browser figures of npm run search:eval. */
  samplePage: string;
};

/** The languages search can read, each with its own pages: Spanish from the translations under content/es. */
export const SEARCH_LANGUAGES: Record<string, SearchLanguage> = {
  en: { articles: () => getSite().articles, base: "", samplePage: "/insurance" },
  es: { articles: () => loadTranslations(contentRoot(), getSite()).articles, base: "/es", samplePage: "/es/seguro-medico" },
};

/**
 * The languages whose index the build writes (out/search-<code>.json). Spanish
 * joins once the site serves /es pages (helper i18n, issue #14); until then
 * `npm run search:eval -- es` measures it.
 */
export const BUILT_LANGUAGES = ["en"];

export function searchLanguage(code: string): SearchLanguage {
  const found = SEARCH_LANGUAGES[code];
  if (!found) throw new Error(`search: no pages for language '${code}'; known: ${Object.keys(SEARCH_LANGUAGES).join(", ")} (lib/search/languages.ts)`);
  return found;
}
