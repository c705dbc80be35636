import { ParseEnglish } from "parse-english";
import { withoutCitations } from "./citations";
import { blocksOf, sentencesOf } from "./readability-blocks";

// The tokenizer readability uses, so "e.g." or "U.S." does not count as the end of a sentence.
const english = new ParseEnglish();

/** The summary answers first, in a box: 2 to 4 sentences, counted by a real sentence tokenizer. */
export function summarySentencesProblem(summary: string): string | undefined {
  const count = blocksOf(withoutCitations(summary)).flatMap((block) => sentencesOf(english, block)).length;
  if (count >= 2 && count <= 4) return undefined;
  return `has ${count} ${count === 1 ? "sentence" : "sentences"}; expected 2 to 4 short sentences that answer the title's question (move the rest into the body)`;
}
