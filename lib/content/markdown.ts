import GithubSlugger from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading as Heading_, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";
import { withoutAccents } from "./anchor-text";
import type { PageCitations } from "./citations";
import { linkGlossaryTerms } from "./glossary-links";
import { parseMarkdown } from "./parse-markdown";
import type { Callout } from "./schemas/callout";
import type { GlossaryTerm } from "./schemas/glossary-term";

/** A heading of the body, for the table of contents and for link checks. */
export type Heading = { depth: number; text: string; id: string };

/** What an embed line such as `{{table:levels-of-care}}` asks for. */
export type Embed = { kind: "table"; name: string } | { kind: "help-lines" } | { kind: "safety"; name: string };

/** A safety callout from content/callouts.yml, its body rendered for the page it is placed on. */
export type CalloutBlock = { kind: "safety"; name: string; callout: Omit<Callout, "body"> & { html: string } };

/** The body is HTML cut where the author placed an embed, so the page can render the embed as a component. */
export type Block = { kind: "html"; html: string; headings: Heading[] } | Exclude<Embed, { kind: "safety" }> | CalloutBlock;

export type RenderedMarkdown = {
  blocks: Block[];
  headings: Heading[];
  /** Every link target with its 1-based line in the Markdown given. */
  links: { url: string; line: number }[];
  /** Embed placements with their line, checked against the data that exists. */
  embeds: { embed: Embed; line: number }[];
  /** Glossary term ids linked from the text, in the order they first appear. */
  glossaryTerms: string[];
  /** Problems found while reading: field is always `body`. */
  problems: { line?: number; message: string }[];
};

type AttributeRule = NonNullable<Schema["attributes"]>[string][number];

/** Adds classes to what the sanitizer keeps on a tag, merged with the defaults' own class rule. */
function allowClasses(tag: string, classes: string[]): AttributeRule[] {
  const rules = defaultSchema.attributes?.[tag] ?? [];
  const existing = rules.find((rule): rule is [string, ...string[]] => Array.isArray(rule) && rule[0] === "className");
  const others = rules.filter((rule) => rule !== existing);
  return [...others, ["className", ...(existing?.slice(1) ?? []), ...classes]];
}

// Raw HTML in Markdown is dropped; ids keep no prefix so `#heading` links
// work. Classes are allowed only where this file adds them (heading anchors):
// Markdown itself has no way to set one.
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    a: allowClasses("a", ["heading-anchor", "copy-link", "glossary-term"]),
    div: allowClasses("div", ["heading-wrapper"]),
    span: allowClasses("span", ["sr-only"]),
    sup: allowClasses("sup", ["cite"]),
  },
};
const processor = remark().use(remarkGfm).use(remarkHtml, { sanitize: sanitizeSchema });

const EMBED_LINE = /^\{\{\s*([a-z-]+)(?::([a-z0-9-]+))?\s*\}\}$/;

function readEmbed(node: RootContent): { embed?: Embed; error?: string } | undefined {
  if (node.type !== "paragraph") return undefined;
  const text = toString(node).trim();
  if (!text.startsWith("{{")) return undefined;
  const match = EMBED_LINE.exec(text);
  if (match?.[1] === "table" && match[2]) return { embed: { kind: "table", name: match[2] } };
  if (match?.[1] === "help-lines" && !match[2]) return { embed: { kind: "help-lines" } };
  if (match?.[1] === "safety" && match[2]) return { embed: { kind: "safety", name: match[2] } };
  return { error: `unknown embed ${JSON.stringify(text)}; expected {{table:NAME}}, {{safety:NAME}} or {{help-lines}}` };
}

/**
 * Puts a link to the heading after it (Starlight's pattern): screen readers
 * hear "Section titled …" in the page's language, and with JavaScript the link copies the address.
 */
function withAnchorLink(heading: Heading_, text: string, id: string, sectionTitled: string) {
  const anchor = {
    type: "headingAnchor",
    data: {
      hName: "a",
      hProperties: { href: `#${id}`, className: ["heading-anchor", "copy-link"] },
      hChildren: [{ type: "element", tagName: "span", properties: { className: ["sr-only"] }, children: [{ type: "text", value: `${sectionTitled} ${text}`.trim() }] }],
    },
  };
  return { type: "headingWrapper", data: { hName: "div", hProperties: { className: ["heading-wrapper"] } }, children: [heading, anchor] };
}

function toHtml(children: RootContent[]): string {
  const root: Root = { type: "root", children };
  return processor.stringify(processor.runSync(root) as Root).trim();
}

/**
 * Renders an article body (or a FAQ answer) to sanitized HTML, giving every
 * heading a stable id and collecting what the loader checks across files.
 */
export function renderMarkdown(
  markdown: string,
  options: {
    slugger?: GithubSlugger;
    glossary?: { terms: readonly GlossaryTerm[]; optOut: ReadonlySet<string>; page?: string };
    /** The page's source list: `{{cite:ID}}` markers become numbered links to it. */
    citations?: PageCitations;
    /** content/callouts.yml by id, for `{{safety:NAME}}` embeds. */
    callouts?: ReadonlyMap<string, Callout>;
    /** What a screen reader hears before a heading's text on its anchor link (site.yml's ui.article.sectionTitled). */
    sectionTitled?: string;
  } = {},
): RenderedMarkdown {
  const tree = parseMarkdown(markdown);
  const slugger = options.slugger ?? new GithubSlugger();
  const result: RenderedMarkdown = { blocks: [], headings: [], links: [], embeds: [], glossaryTerms: [], problems: [] };

  // Each heading as recorded here, so an HTML block can list its own and an embed can fit the outline below them.
  const recorded = new Map<Heading_, Heading>();
  visit(tree, "heading", (node, index, parent) => {
    const text = toString(node);
    const id = slugger.slug(withoutAccents(text));
    node.data = { ...node.data, hProperties: { id } };
    if (node.depth === 1) {
      result.problems.push({ line: node.position?.start.line, message: `heading "${text}" uses '#'; the title is the page's only h1, so start body headings at '##'` });
    }
    const heading = { depth: node.depth, text, id };
    recorded.set(node, heading);
    result.headings.push(heading);
    if (parent && index !== undefined && node.depth <= 3) {
      parent.children[index] = withAnchorLink(node, text, id, options.sectionTitled ?? "") as unknown as RootContent;
      return "skip";
    }
  });
  if (options.citations) result.problems.push(...options.citations.mark(tree));
  // Embed paragraphs are checked below; an unknown figure is reported where figures are filled in.
  visit(tree, "text", (node, _index, parent) => {
    if (parent?.type === "paragraph" && readEmbed(parent)) return;
    const stray = /\{\{(?!\s*figure:)[^}]*\}\}/.exec(node.value);
    if (stray) result.problems.push({ line: node.position?.start.line, message: `unknown marker ${JSON.stringify(stray[0])} inside text; expected {{cite:ID}} (or {{figure:ID}})` });
  });
  if (options.glossary) result.glossaryTerms = linkGlossaryTerms(tree, options.glossary.terms, options.glossary.optOut, options.glossary.page);
  visit(tree, ["link", "definition"], (node) => {
    if (node.type === "link" || node.type === "definition") result.links.push({ url: node.url, line: node.position?.start.line ?? 1 });
  });

  let pending: RootContent[] = [];
  const flush = () => {
    if (!pending.length) return;
    const headings: Heading[] = [];
    visit({ type: "root", children: pending } as Root, "heading", (node) => {
      headings.push(recorded.get(node)!);
    });
    result.blocks.push({ kind: "html", html: toHtml(pending), headings });
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
      result.embeds.push({ embed: found.embed, line });
      if (found.embed.kind !== "safety") result.blocks.push(found.embed);
      else {
        const callout = options.callouts?.get(found.embed.name);
        if (!callout) result.problems.push({ line, message: `unknown safety callout '${found.embed.name}'; expected one of the ids in content/callouts.yml` });
        else {
          const { body, ...rest } = callout;
          const rendered = renderMarkdown(body, { citations: options.citations });
          const html = rendered.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
          result.blocks.push({ kind: "safety", name: found.embed.name, callout: { ...rest, html } });
        }
      }
    }
  }
  flush();
  return result;
}
