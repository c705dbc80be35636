import type { Link, Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { GlossaryTerm } from "./schemas/glossary-term";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A phrase as a pattern whose spaces match any whitespace: a paragraph's soft
 * line break is a "\n" inside its text, so "continuidad de la\natención"
 * is still "continuidad de la atención".
 */
const phrasePattern = (phrase: string) => escapeRegExp(phrase).replace(/\s+/g, "\\s+");

/** Links the first use of each glossary term to its definition on `page` (the glossary of the page's language); returns the ids linked, in order. */
export function linkGlossaryTerms(tree: Root, terms: readonly GlossaryTerm[], optOut: ReadonlySet<string>, page = "/glossary"): string[] {
  const linked: string[] = [];
  const pairs = terms
    .filter((term) => !optOut.has(term.id) && term.matches.length)
    .map((term) => {
      // Longest phrase first, whole words only, as the author wrote it.
      const phrases = [...term.matches].sort((a, b) => b.length - a.length).map(phrasePattern);
      const pattern = new RegExp(`(?<![\\w-])(?:${phrases.join("|")})(?![\\w-])`, "g");
      const replace = (match: string): Link | false => {
        if (linked.includes(term.id)) return false;
        linked.push(term.id);
        return {
          type: "link",
          url: `${page}#${term.id}`,
          children: [{ type: "text", value: match }],
          data: { hProperties: { className: ["glossary-term"] } },
        };
      };
      return [pattern, replace] as [RegExp, typeof replace];
    });
  findAndReplace(tree, pairs, { ignore: ["link", "linkReference", "heading", "inlineCode", "code", "tableCell"] });
  return linked;
}
