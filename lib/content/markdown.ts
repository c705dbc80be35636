import GithubSlugger from "github-slugger";
import { defaultSchema } from "hast-util-sanitize";
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";

/** A heading of the body, for the table of contents and for link checks. */
export type Heading = { depth: number; text: string; id: string };

/** What an embed line such as `{{table:levels-of-care}}` asks for. */
export type Embed = { kind: "table"; name: string } | { kind: "help-lines" };

/** The body is HTML cut where the author placed an embed, so the page can render the embed as a component. */
export type Block = { kind: "html"; html: string } | Embed;

export type RenderedMarkdown = {
  blocks: Block[];
  headings: Heading[];
  /** Every link target with its 1-based line in the Markdown given. */
  links: { url: string; line: number }[];
  /** Embed placements with their line, checked against the data that exists. */
  embeds: { embed: Embed; line: number }[];
  /** Problems found while reading: field is always `body`. */
  problems: { line?: number; message: string }[];
};

// Raw HTML in Markdown is dropped; ids keep no prefix so `#heading` links work.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: "" };
const processor = remark().use(remarkGfm).use(remarkHtml, { sanitize: sanitizeSchema });

const EMBED_LINE = /^\{\{\s*([a-z-]+)(?::([a-z0-9-]+))?\s*\}\}$/;

function readEmbed(node: RootContent): { embed?: Embed; error?: string } | undefined {
  if (node.type !== "paragraph") return undefined;
  const text = toString(node).trim();
  if (!text.startsWith("{{")) return undefined;
  const match = EMBED_LINE.exec(text);
  if (match?.[1] === "table" && match[2]) return { embed: { kind: "table", name: match[2] } };
  if (match?.[1] === "help-lines" && !match[2]) return { embed: { kind: "help-lines" } };
  return { error: `unknown embed ${JSON.stringify(text)}; expected {{table:NAME}} or {{help-lines}}` };
}

function toHtml(children: RootContent[]): string {
  const root: Root = { type: "root", children };
  return processor.stringify(processor.runSync(root) as Root).trim();
}

/**
 * Renders an article body (or a FAQ answer) to sanitized HTML, giving every
 * heading a stable id and collecting what the loader checks across files.
 */
export function renderMarkdown(markdown: string, options: { slugger?: GithubSlugger } = {}): RenderedMarkdown {
  const tree = processor.parse(markdown);
  const slugger = options.slugger ?? new GithubSlugger();
  const result: RenderedMarkdown = { blocks: [], headings: [], links: [], embeds: [], problems: [] };

  visit(tree, "heading", (node) => {
    const text = toString(node);
    const id = slugger.slug(text);
    node.data = { ...node.data, hProperties: { id } };
    if (node.depth === 1) {
      result.problems.push({ line: node.position?.start.line, message: `heading "${text}" uses '#'; the title is the page's only h1, so start body headings at '##'` });
    }
    result.headings.push({ depth: node.depth, text, id });
  });
  visit(tree, ["link", "definition"], (node) => {
    if (node.type === "link" || node.type === "definition") result.links.push({ url: node.url, line: node.position?.start.line ?? 1 });
  });

  let pending: RootContent[] = [];
  const flush = () => {
    if (pending.length) result.blocks.push({ kind: "html", html: toHtml(pending) });
    pending = [];
  };
  for (const node of tree.children) {
    const found = readEmbed(node);
    if (!found) {
      pending.push(node);
      continue;
    }
    const line = node.position?.start.line ?? 1;
    if (found.error) result.problems.push({ line, message: found.error });
    if (found.embed) {
      flush();
      result.blocks.push(found.embed);
      result.embeds.push({ embed: found.embed, line });
    }
  }
  flush();
  return result;
}
