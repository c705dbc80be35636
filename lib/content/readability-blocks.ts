import { toString } from "mdast-util-to-string";
import type { Root as NlcstRoot, Sentence } from "nlcst";
import { toString as nlcstToString } from "nlcst-to-string";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "./parse-markdown";

/** The text of each block a reader reads as a unit (paragraph, heading, table cell); embeds are not read. */
export function blocksOf(text: string): string[] {
  const tree = parseMarkdown(text);
  const blocks: string[] = [];
  visit(tree, ["paragraph", "heading", "tableCell"], (node) => {
    blocks.push(toString(node));
    return "skip";
  });
  return blocks.filter((block) => !/^\{\{.*\}\}$/.test(block.trim()));
}

/**
 * The words of each sentence a retext-family tokenizer (parse-english,
 * parse-latin) finds in a block. Each block ends a sentence even without a
 * full stop, as a heading or a list item does for a reader; numbers are words.
 */
export function sentencesOf(parser: { parse(text: string): NlcstRoot }, block: string): string[][] {
  const sentences: string[][] = [];
  visit(parser.parse(block), "SentenceNode", (sentence: Sentence) => {
    const words = sentence.children.filter((child) => child.type === "WordNode").map((word) => nlcstToString(word));
    const real = words.filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (real.length) sentences.push(real);
  });
  return sentences;
}
