import { fleschKincaid } from "flesch-kincaid";
import { ParseEnglish } from "parse-english";
import { syllable } from "syllable";
import { blocksOf, sentencesOf } from "./readability-blocks";

export type Readability = {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade level: roughly the US school grade needed to read the text. */
  grade: number;
  /** At about 200 words a minute, rounded up. */
  readingMinutes: number;
};

// An English tokenizer (parse-english, of the retext family), so the full
// stops of "e.g.", "U.S." or "Dr." do not cut a sentence in two and lower the
// measured grade.
const english = new ParseEnglish();

/** Readability of the Markdown texts a reader reads on one page (summary, body, FAQ answers). */
export function measureReadability(markdownTexts: readonly string[]): Readability {
  const sentences = markdownTexts.flatMap(blocksOf).flatMap((block) => sentencesOf(english, block));
  const words = sentences.flat();
  // "U.S." is one word of two letters for syllables as for reading.
  const syllables = words.reduce((sum, word) => sum + syllable(word.replace(/\./g, "")), 0);
  const grade = words.length ? fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }) : 0;
  return {
    words: words.length,
    sentences: sentences.length,
    grade: Math.round(grade * 10) / 10,
    readingMinutes: Math.max(1, Math.ceil(words.length / 200)),
  };
}
