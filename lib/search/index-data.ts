import type { LanguageRules } from "./analyzer";
import type { SearchMessages } from "./schema";

/** Where an answer sits on a page: the page's top, a section, or one FAQ answer. */
export type PlaceKind = "page" | "section" | "faq";

/** One searchable place. Short keys: the file ships to readers and is read by code only. */
export type SearchPlace = {
  /** Index into `pages`. */
  p: number;
  k: PlaceKind;
  /** Anchor on the page ("" for the page's top). */
  a: string;
  /** Heading or FAQ question (the page title for the page's top). */
  h: string;
  /** Plain text of the place, for matching and for the excerpt. */
  t: string;
};

/**
 * The file /search-<language>.json: the text of every place, built from the
 * typed content at build time. The browser builds its index from it, which
 * ships fewer bytes than a serialized index (text compresses better).
 */
export type SearchData = {
  rules: LanguageRules;
  messages: SearchMessages;
  /** Where the language's pages live: "" for English (/cost), "/es" for Spanish (/es/costo). */
  base: string;
  pages: { slug: string; title: string }[];
  places: SearchPlace[];
};
