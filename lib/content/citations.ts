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

/**
 * The source list of one page while it is rendered: the sources its front
 * matter lists, then each source first cited inline, numbered in that order.
 * Markers share one counter across summary, body, callouts and FAQ answers, so
 * every marker id on the page is unique.
 */
export class PageCitations {
  private readonly entries = new Map<string, CitedSource>();
  private markers = 0;

  constructor(
    /** The page's slug: markers link to /slug#source-ID, which also works from the FAQ hub. */
    private readonly page: string,
    private readonly registry: ReadonlyMap<string, Source>,
    listed: readonly string[],
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
        const links: unknown[] = [];
        for (const id of ids.split(",").map((part) => part.trim())) {
          const found = this.add(id);
          if (!found) {
            problems.push({ line, message: unknownSource(id) });
            continue;
          }
          const markerId = `${this.page}-cite-${++this.markers}`;
          found.entry.citedAt.push(markerId);
          if (links.length) links.push({ type: "text", value: ", " });
          links.push({
            type: "element",
            tagName: "a",
            properties: { href: `/${this.page}#source-${id}`, id: markerId, ariaLabel: `Source ${found.number}: ${found.entry.title}` },
            children: [{ type: "text", value: String(found.number) }],
          });
        }
        if (!links.length) return false;
        return {
          type: "citation",
          data: { hName: "sup", hProperties: { className: ["cite"], dataPagefindIgnore: "" }, hChildren: [{ type: "text", value: "[" }, ...links, { type: "text", value: "]" }] },
        } as never;
      },
    ]);
    return problems;
  }
}
