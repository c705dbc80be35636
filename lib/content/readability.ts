import { fleschKincaid } from "flesch-kincaid";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Sentence } from "nlcst";
import { toString as nlcstToString } from "nlcst-to-string";
import { ParseEnglish } from "parse-english";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { syllable } from "syllable";
import { visit } from "unist-util-visit";

export type Readability = {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade level: roughly the US school grade needed to read the text. */
  grade: number;
  /** At about 200 words a minute, rounded up. */
  readingMinutes: number;
};

const markdown = remark().use(remarkGfm);
const english = new ParseEnglish();

/** The text of each block a reader reads as a unit (paragraph, heading, table cell); embeds are not read. */
function blocksOf(text: string): string[] {
  const tree = markdown.parse(text) as Root;
  const blocks: string[] = [];
  visit(tree, ["paragraph", "heading", "tableCell"], (node) => {
    blocks.push(toString(node));
    return "skip";
  });
  return blocks.filter((block) => !/^\{\{.*\}\}$/.test(block.trim()));
}

/**
 * Sentences as an English tokenizer finds them (parse-english, of the
 * retext family), so the full stops of "e.g.", "U.S." or "Dr." do not cut a
 * sentence in two and lower the measured grade. Each block ends a sentence
 * even without a full stop, as a heading or a list item does for a reader.
 */
function sentencesOf(block: string): string[][] {
  const sentences: string[][] = [];
  visit(english.parse(block), "SentenceNode", (sentence: Sentence) => {
    const words = sentence.children.filter((child) => child.type === "WordNode").map((word) => nlcstToString(word));
    const real = words.filter((word) => /[A-Za-z0-9]/.test(word));
    if (real.length) sentences.push(real);
  });
  return sentences;
}

/** Readability of the Markdown texts a reader reads on one page (summary, body, FAQ answers). */
export function measureReadability(markdownTexts: readonly string[]): Readability {
  const sentences = markdownTexts.flatMap(blocksOf).flatMap(sentencesOf);
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
