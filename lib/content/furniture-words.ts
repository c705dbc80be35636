import type { SiteText } from "./schemas/site-text";

/** What screen readers hear around an article's citation markers and heading anchors, in the page's language. */
export type FurnitureWords = { sourceWord: string; sectionTitled: string };

/**
 * The furniture's words from a language's site.yml (ui.article). A broken
 * site.yml stops the build on its own problems; the empty words only let the
 * rest of the content be checked in the same run.
 */
export function furnitureWords(text: SiteText | undefined): FurnitureWords {
  return { sourceWord: text?.ui.article.source ?? "", sectionTitled: text?.ui.article.sectionTitled ?? "" };
}
