import { z } from "zod";

// YAML reads 988 or 911 as numbers; they are words here.
const word = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1));

/**
 * One synonym entry: a list of words and phrases that mean the same (each
 * finds the others), or `words` a reader types that also find what the
 * guide `means` (one way only).
 */
export const synonymSchema = z.union([
  z.array(word).min(2),
  z.strictObject({
    /** What readers type: "rehab", "sober house". */
    words: z.array(word).min(1),
    /** The guide's words for it: "residential", "sober living". */
    means: z.array(word).min(1),
  }),
]);

/** What search says to readers; {count} and {query} are filled in. */
export const searchMessagesSchema = z.strictObject({
  /** Announced and shown above the results: "{count} results for “{query}”". */
  results: z.string().includes("{count}"),
  /** The same for exactly one result. */
  oneResult: z.string().min(1),
  /** When no page matches well and the nearest are shown instead. */
  closest: z.string().min(1),
  /** When nothing at all matched. */
  none: z.string().min(1),
  /** Hint on a highlighted result in the header box, read by screen readers. */
  instructions: z.string().min(1),
});

/** content/search/<language>.yml: how search reads a query in one language. Words only. */
export const searchLanguageSchema = z.strictObject({
  messages: searchMessagesSchema,
  /** Question words and filler left out when matching ("how", "does", "my"). */
  stopWords: z.array(word).default([]),
  /** Headings of sections that only list links elsewhere; they are not indexed. */
  skipHeadings: z.array(word).default([]),
  synonyms: z.array(synonymSchema).default([]),
});

export type SynonymEntry = z.infer<typeof synonymSchema>;
export type SearchMessages = z.infer<typeof searchMessagesSchema>;
export type SearchLanguageData = z.infer<typeof searchLanguageSchema>;
