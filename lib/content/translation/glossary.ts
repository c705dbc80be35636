import type { CitedSource } from "../citations";
import { citeDataTexts, glossaryCitations } from "../data-citations";
import type { ContentProblem } from "../errors";
import type { SiteContent } from "../load-site";
import type { Figure } from "../schemas/figure";
import type { GlossaryEntry } from "../schemas/glossary-term";
import type { TranslatedGlossary } from "../schemas/translated-glossary";
import { citedIds, missingCitations } from "./cited-ids";
import type { Language } from "./load-translations";
import type { Matched } from "./read-entries";

/**
 * The translated glossary page's terms: the translation's words, each
 * definition cut at its markers into the page's own source list (at the
 * translated glossary's address), citing what the English definition cites;
 * `article` is the English one's translation, left out while it has none.
 */
export function translateGlossary(
  file: string,
  matched: readonly Matched<GlossaryEntry, TranslatedGlossary["entries"][number]>[],
  english: Pick<SiteContent, "facts" | "glossarySources">,
  /** `citationRule`: whether a definition's uncited sentences are problems (default CITATION_RULE). */
  language: Pick<Language, "glossaryPage"> & { sourceWord: string; citationRule?: "enforce" | "report" },
  /** The figures as this language states them (their Spanish values). */
  figures: ReadonlyMap<string, Figure>,
  translatedSlug: (englishSlug: string) => string | undefined,
): { glossary: GlossaryEntry[]; glossarySources: CitedSource[]; problems: ContentProblem[] } {
  const texts = matched.map(({ words, at }) => ({ text: words.definition, field: at("definition").field, line: at("definition").line }));
  const citations = glossaryCitations(english.facts.sources, language.glossaryPage, language.sourceWord);
  const cited = citeDataTexts(file, texts, citations, { phoneNumbers: english.facts.phoneNumbers, figures, sources: english.facts.sources, citationRule: language.citationRule });
  const missing = missingCitations(
    file,
    texts,
    citedIds(
      matched.map((m) => m.english.cited),
      english.glossarySources,
    ),
    citedIds(cited.parts, cited.sources),
    "definition",
  );
  const glossary = matched.map(({ english: term, words }, i): GlossaryEntry => {
    const article = term.article && translatedSlug(term.article);
    return { ...words, definition: cited.plain[i], cited: cited.parts[i], ...(article && { article }) };
  });
  return { glossary, glossarySources: cited.sources, problems: [...cited.problems, ...missing] };
}
