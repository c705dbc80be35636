import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { PageCitations } from "./citations";
import { renderMarkdown, type Embed } from "./markdown";
import { parseMarkdown } from "./parse-markdown";

export type RenderedAnswer = {
  html: string;
  /** Lines are the answer's own (1-based), for the caller to place in the file. */
  links: { url: string; line: number }[];
  /** What cannot work inside an answer, each with what to write instead. */
  problems: { line?: number; message: string }[];
};

/** What to write instead of an embed, which only an article's body can place. */
function insteadOf(embed: Embed): string {
  const written = embed.kind === "help-lines" ? "{{help-lines}}" : `{{${embed.kind}:${embed.name}}}`;
  const instead = embed.kind === "table" ? "link to the table's page instead, e.g. [compare the levels of care](/compare)" : "link to the page that shows it instead";
  return `${written} cannot be shown inside a FAQ answer (an answer is also read on the FAQ page and by search engines); ${instead}`;
}

/**
 * Renders a FAQ answer, which is read in three places (under its article, on
 * the FAQ page, in structured data): only paragraphs, lists and links work in
 * all three. A heading would become a second outline inside the page, and an
 * embed would vanish, so both are problems that say what to write instead.
 */
export function renderFaqAnswer(markdown: string, citations?: PageCitations): RenderedAnswer {
  const headingLines = new Set<number | undefined>();
  const problems: RenderedAnswer["problems"] = [];
  visit(parseMarkdown(markdown), "heading", (node) => {
    headingLines.add(node.position?.start.line);
    problems.push({
      line: node.position?.start.line,
      message: `heading "${toString(node)}" cannot be used in a FAQ answer: it would become a heading of the page; write it as a sentence, or make it a question of its own`,
    });
  });
  const rendered = renderMarkdown(markdown, { slugger: new GithubSlugger(), citations });
  // The renderer's own advice about headings suits an article's body, not an answer.
  problems.push(...rendered.problems.filter((p) => !headingLines.has(p.line)));
  problems.push(...rendered.embeds.map(({ embed, line }) => ({ line, message: insteadOf(embed) })));
  return {
    html: rendered.blocks.map((block) => (block.kind === "html" ? block.html : "")).join(""),
    links: rendered.links,
    problems,
  };
}
