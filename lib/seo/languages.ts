/**
 * The languages the guide is published in, and how each is named to search
 * engines (hreflang), in structured data (inLanguage) and to link previews
 * (og:locale). English is the default edition: x-default points at it.
 * Both editions are written for readers in the United States.
 */
export const LANGUAGES = ["en", "es"] as const;
export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Lang = "en";

/** Language tag for `inLanguage` (BCP 47). */
export const LANGUAGE_TAG: Record<Lang, string> = { en: "en-US", es: "es-US" };

/** Locale for `og:locale` (the underscore form Open Graph uses). */
export const OG_LOCALE: Record<Lang, string> = { en: "en_US", es: "es_US" };

/**
 * One page's path in every language it is published in, e.g.
 * `{ en: "/what-is-iop", es: "/es/que-es-iop" }`. Every page has its own
 * language; a page whose translation does not exist yet has only that one.
 */
export type PageLanguages = Partial<Record<Lang, string>>;

/** The page's own path in its language; a pairing without it is a programming error. */
export function ownPath(language: Lang, paths: PageLanguages): string {
  const path = paths[language];
  if (path === undefined) throw new Error(`the page's paths ${JSON.stringify(paths)} have no "${language}" path`);
  return path;
}

/**
 * The `hreflang` alternates of a page: each language it exists in, and
 * `x-default` at the English page (or the page itself when there is none).
 * Every page of a pairing gets the same set, so each points at the other and back.
 */
export function hreflangAlternates(paths: PageLanguages): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const language of LANGUAGES) if (paths[language] !== undefined) languages[language] = paths[language];
  const fallback = paths[DEFAULT_LANGUAGE] ?? Object.values(languages)[0];
  if (fallback === undefined) throw new Error("a page needs a path in at least one language");
  return { ...languages, "x-default": fallback };
}
