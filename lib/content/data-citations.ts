import { PageCitations, withoutCitations, type CitedPart, type CitedSource } from "./citations";
import { CITATION_RULE, uncitedSentences, type CitationExemptions } from "./citation-rule";
import type { ContentProblem } from "./errors";
import type { Source } from "./schemas/source";

/** One text of a data file (a glossary definition, a table cell) and where an editor finds it. */
export type DataText = { text: string; field: string; line: number | undefined };

export type CitedData = {
  /** Each text cut at its markers, in the order given. */
  parts: CitedPart[][];
  /** The texts without their markers, for search and other plain uses. */
  plain: string[];
  /** The list the markers number into. */
  sources: CitedSource[];
  problems: ContentProblem[];
};

/**
 * Holds the texts of one data file to the citation rule an article's prose
 * meets, and numbers their markers into one source list: the glossary page's,
 * or a table's own. A data file has no review dates, so only phone numbers
 * (and figures, for what they state themselves) are exempt.
 */
export function citeDataTexts(
  file: string,
  texts: readonly DataText[],
  citations: PageCitations,
  options: Omit<CitationExemptions, "reviewDates"> & { citationRule?: "enforce" | "report" },
): CitedData {
  const problems: ContentProblem[] = [];
  const parts = texts.map(({ text, field, line }) => {
    const marked = citations.markText(text);
    for (const message of marked.problems) problems.push({ file, line, field, message });
    if ((options.citationRule ?? CITATION_RULE) === "enforce") {
      for (const u of uncitedSentences(text, { ...options, reviewDates: [] })) problems.push({ file, line, field, message: u.message });
    }
    return marked.parts;
  });
  return { parts, plain: texts.map((t) => withoutCitations(t.text)), sources: citations.list(), problems };
}

/**
 * A table's markers link to the list under the table, on whatever page shows it.
 * Their ids start "table-": an article may share the table's name (levels-of-care
 * shows the levels-of-care table), and its own markers are "<slug>-cite-N".
 */
export function tableCitations(name: string, registry: ReadonlyMap<string, Source>, listed: readonly string[], sourceWord: string): PageCitations {
  return new PageCitations(`table-${name}`, registry, listed.filter((id) => registry.has(id)), (id) => `#${name}-source-${id}`, sourceWord);
}

/** A glossary page's markers link to its own list, at its address in its language (/glossary, /es/glosario). */
export function glossaryCitations(registry: ReadonlyMap<string, Source>, glossaryPage: string, sourceWord: string): PageCitations {
  return new PageCitations("glossary", registry, [], (id) => `${glossaryPage}#source-${id}`, sourceWord);
}
