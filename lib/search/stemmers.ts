import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as spanish } from "@orama/stemmers/spanish";

/** Snowball stemmers by language code: "weeks" → week, "covered" → cover; "semanas" → seman. */
const stemmers: Record<string, (word: string) => string> = { en: english, es: spanish };

/** The language's stemmer, remembering each word's stem: pages repeat a few thousand words, and stemming one costs tens of microseconds. */
export function stemmerFor(language: string): (word: string) => string {
  const stem = stemmers[language];
  if (!stem) throw new Error(`search: no stemmer for language '${language}'; add one in lib/search/stemmers.ts`);
  const known = new Map<string, string>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) known.set(word, (found = stem(word)));
    return found;
  };
}
