import { ParseEnglish } from "parse-english";
import { ParseLatin } from "parse-latin";
import { withoutCitations } from "./citations";
import { blocksOf, sentencesOf } from "./readability-blocks";

// The tokenizers readability uses, so "e.g." or "U.S." does not count as the end of a sentence,
// and a Spanish summary is cut as Spanish ("¿Qué es?" and "Sr. López" read as Spanish readers read them).
const tokenizers = { en: new ParseEnglish(), es: new ParseLatin() };

/** The summary answers first, in a box: 2 to 4 sentences, counted by a real sentence tokenizer for its language. */
export function summarySentencesProblem(summary: string, language: keyof typeof tokenizers = "en"): string | undefined {
  const count = blocksOf(withoutCitations(summary)).flatMap((block) => sentencesOf(tokenizers[language], block)).length;
  if (count >= 2 && count <= 4) return undefined;
  return `has ${count} ${count === 1 ? "sentence" : "sentences"}; expected 2 to 4 short sentences that answer the title's question (move the rest into the body)`;
}
