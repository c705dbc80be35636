import { fleschKincaid } from "flesch-kincaid";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
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

const parser = remark().use(remarkGfm);
const WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

/** Each block (paragraph, heading, list item, table cell) ends a sentence even without a full stop. */
function sentencesOf(markdown: string): string[] {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  visit(tree, ["paragraph", "heading", "tableCell"], (node) => {
    blocks.push(toString(node));
    return "skip";
  });
  return blocks.flatMap((text) => text.split(/(?<=[.!?])\s+/)).filter((s) => /[A-Za-z0-9]/.test(s));
}

/** Readability of the Markdown texts a reader reads on one page (summary, body, FAQ answers). */
export function measureReadability(markdownTexts: readonly string[]): Readability {
  const sentences = markdownTexts.flatMap(sentencesOf).filter((s) => !/^\{\{.*\}\}$/.test(s.trim()));
  const words = sentences.flatMap((s) => s.match(WORD) ?? []);
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  const grade = words.length ? fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }) : 0;
  return {
    words: words.length,
    sentences: sentences.length,
    grade: Math.round(grade * 10) / 10,
    readingMinutes: Math.max(1, Math.ceil(words.length / 200)),
  };
}
