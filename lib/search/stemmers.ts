import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as spanish } from "@orama/stemmers/spanish";

/**
 * Words reach the stemmer without accents (lib/search/words.ts), so a reader
 * who types "autorizacion" matches a page's "autorización". Snowball's Spanish
 * suffixes are spelled with their accents, though: without them "evaluacion"
 * kept its "-cion" while "evaluaciones" lost it. Singular nouns in -ión and
 * -logía always carry the accent, so it is put back before stemming, the same
 * for pages and queries: evaluación, evaluacion and evaluaciones → evalu.
 */
const accentedSuffix: [RegExp, string][] = [
  [/ion$/, "ión"],
  [/logia(s?)$/, "logía$1"],
];
const spanishFolded = (word: string) => spanish(accentedSuffix.reduce((w, [suffix, accented]) => w.replace(suffix, accented), word));

/** Snowball stemmers by language code: "weeks" → week, "covered" → cover; "semanas" → seman. */
const stemmers: Record<string, (word: string) => string> = { en: english, es: spanishFolded };

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
