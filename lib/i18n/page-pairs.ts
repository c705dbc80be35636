import type { SiteContent } from "../content/load-site";
import { pagePairs, type Lang, type PagePair } from "../routes";

/**
 * Every page's English path paired with its Spanish path, for this content:
 * the fixed pages from the route table (lib/routes.ts), articles and
 * checklists from their translations' `translationOf`. The language switch,
 * hreflang alternates and the sitemap all use this one list.
 */
export function sitePagePairs(site: SiteContent, options: { sitemapOnly?: boolean } = {}): PagePair[] {
  const translated = <T extends { slug: string; translationOf: string }>(list: readonly T[] = []) => list.map((item) => ({ en: item.translationOf, es: item.slug }));
  return pagePairs({ articles: translated(site.es?.articles), checklists: translated(site.es?.checklists) }, options);
}

/** The same page in the other language, if it has one. */
export function counterpartPath(pairs: readonly PagePair[], path: string, from: Lang): { lang: Lang; path: string } | undefined {
  const to: Lang = from === "en" ? "es" : "en";
  const pair = pairs.find((p) => p[from] === path);
  return pair && { lang: to, path: pair[to] };
}

/** An English page's path in `lang`; the loader has made sure the page is translated. */
export function pathIn(pairs: readonly PagePair[], englishPath: string, lang: Lang): string {
  if (lang === "en") return englishPath;
  const pair = pairs.find((p) => p.en === englishPath);
  if (!pair) throw new Error(`${englishPath} has no ${lang} counterpart`);
  return pair[lang];
}

/**
 * What breaks parity: a page of one language with no counterpart, or a page
 * paired twice (the pairing must be one-to-one). `pages` are every page of
 * each language (pagePaths), `pairs` the pairing.
 */
export function parityProblems(pages: Record<Lang, readonly string[]>, pairs: readonly PagePair[]): string[] {
  const problems: string[] = [];
  for (const lang of ["en", "es"] as const) {
    const paired = pairs.map((pair) => pair[lang]);
    for (const page of pages[lang]) {
      const count = paired.filter((p) => p === page).length;
      if (count === 0) problems.push(`${page} has no ${lang === "en" ? "Spanish" : "English"} counterpart`);
      if (count > 1) problems.push(`${page} is paired ${count} times`);
    }
    for (const page of new Set(paired)) if (!pages[lang].includes(page)) problems.push(`${page} is paired but is no page`);
  }
  return problems;
}
