import type { Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";

const parser = remark().use(remarkGfm);

/** The texts parsed last, most recent last: one article's summary, body and answers are each read by several checks in a row. */
const recent = new Map<string, Root>();
const KEEP = 32;

/**
 * Markdown (with GitHub's tables and autolinks) as an mdast tree, with
 * positions. Each caller gets its own copy to change as it likes; a text
 * parsed a moment ago is copied rather than parsed again, since the
 * renderer, the citation rule and the FAQ checks each read the same text
 * (a copy costs about a twentieth of a parse).
 */
export function parseMarkdown(markdown: string): Root {
  let tree = recent.get(markdown);
  if (tree) recent.delete(markdown);
  else tree = parser.parse(markdown);
  recent.set(markdown, tree);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  return structuredClone(tree);
}
