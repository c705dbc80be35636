import type { Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import { unknownSource } from "./sources";
import type { Source } from "./schemas/source";

/** `{{cite:ID}}` or `{{cite:ID1,ID2}}`, written right after the sentence it supports. */
export const CITATION_MARKER = /\{\{\s*cite:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*\}\}/g;

/** The text without its citation markers: what a reader's eye (and the readability score) meets. */
export function withoutCitations(text: string): string {
  return text.replace(CITATION_MARKER, "");
}

/** A source on a page's list, with the ids of the markers that cite it (for the way back). */
export type CitedSource = Source & { citedAt: string[] };

/** One numbered link to a source on the list: the marker a reader sees. */
export type CiteLink = { href: string; id: string; label: string; number: number };

/** Plain text cut at its markers: text pieces and, where a marker stood, its links. */
export type CitedPart = { text: string } | { cites: CiteLink[] };

/**
 * The source list of one page (or of one table) while it is rendered: the
 * sources listed up front, then each source first cited inline, numbered in
 * that order. Markers share one counter across everything the list serves, so
 * every marker id on the page is unique.
 */
export class PageCitations {
  private readonly entries = new Map<string, CitedSource>();
  private markers = 0;

  constructor(
    /** Prefix of the marker ids: the page's slug, or a table's name. */
    private readonly page: string,
    private readonly registry: ReadonlyMap<string, Source>,
    listed: readonly string[],
    /** Where a marker points: an article's list at /slug#source-ID, which also works from the FAQ hub. */
    private readonly sourceHref: (id: string) => string,
    /** What a screen reader hears before a marker's number: the page's language's site.yml (ui.article.source). */
    private readonly sourceWord: string,
  ) {
    for (const id of listed) this.add(id);
  }

  private add(id: string): { entry: CitedSource; number: number } | undefined {
    const known = this.entries.get(id);
    if (known) return { entry: known, number: [...this.entries.keys()].indexOf(id) + 1 };
    const source = this.registry.get(id);
    if (!source) return undefined;
    const entry = { ...source, citedAt: [] };
    this.entries.set(id, entry);
    return { entry, number: this.entries.size };
  }

  /** Every source of the page, numbered as its markers are. */
  list(): CitedSource[] {
    return [...this.entries.values()];
  }

  /** The links of one marker's ids ("a, b"), and the ids the registry lacks. */
  cite(ids: string): { links: CiteLink[]; unknown: string[] } {
    const links: CiteLink[] = [];
    const unknown: string[] = [];
    for (const id of ids.split(",").map((part) => part.trim())) {
      const found = this.add(id);
      if (!found) {
        unknown.push(id);
        continue;
      }
      const markerId = `${this.page}-cite-${++this.markers}`;
      found.entry.citedAt.push(markerId);
      links.push({ href: this.sourceHref(id), id: markerId, label: `${this.sourceWord} ${found.number}: ${found.entry.title}`, number: found.number });
    }
    return { links, unknown };
  }

  /** Cuts a plain text (a glossary definition, a table cell) at its markers; unknown ids are problems. */
  markText(text: string): { parts: CitedPart[]; problems: string[] } {
    const parts: CitedPart[] = [];
    const problems: string[] = [];
    let last = 0;
    for (const match of text.matchAll(CITATION_MARKER)) {
      if (match.index > last) parts.push({ text: text.slice(last, match.index) });
      const { links, unknown } = this.cite(match[1]);
      problems.push(...unknown.map(unknownSource));
      if (links.length) parts.push({ cites: links });
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push({ text: text.slice(last) });
    return { parts, problems };
  }

  /**
   * Replaces the markers in a Markdown tree with numbered links to the source
   * list. Returns the problems (unknown ids) with their line in that tree.
   */
  mark(tree: Root): { line?: number; message: string }[] {
    const problems: { line?: number; message: string }[] = [];
    findAndReplace(tree, [
      CITATION_MARKER,
      (_whole: string, ids: string, match: { index: number; input: string; stack: { position?: { start: { line: number } } }[] }) => {
        const start = match.stack.at(-1)?.position?.start.line;
        const line = start && start + (match.input.slice(0, match.index).match(/\n/g)?.length ?? 0);
        const { links, unknown } = this.cite(ids);
        for (const id of unknown) problems.push({ line, message: unknownSource(id) });
        if (!links.length) return false;
        const children = links.flatMap((link, i) => [
          ...(i ? [{ type: "text", value: ", " }] : []),
          { type: "element", tagName: "a", properties: { href: link.href, id: link.id, ariaLabel: link.label }, children: [{ type: "text", value: String(link.number) }] },
        ]);
        return {
          type: "citation",
          data: { hName: "sup", hProperties: { className: ["cite"] }, hChildren: [{ type: "text", value: "[" }, ...children, { type: "text", value: "]" }] },
        } as never;
      },
    ]);
    return problems;
  }
}
