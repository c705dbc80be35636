import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { CITATION_MARKER, withoutCitations } from "./citations";
import { citedFigure } from "./figures";
import { parseMarkdown } from "./parse-markdown";
import type { Figure } from "./schemas/figure";
import type { Source } from "./schemas/source";

/**
 * THE SWITCH, now "enforce": the build fails on any sentence below that has
 * no marker. "report" lets real content through while a large markup pass is
 * under way (`npm run content:citations` then lists what is missing); the
 * rule's own tests always run it with "enforce".
 */
export const CITATION_RULE: "enforce" | "report" = "enforce";

/** What the rule may ignore on a page, derived from data, never listed by hand. */
export type CitationExemptions = {
  /** Every phone number in help-lines.yml (988, 1-800-662-4357…): numbers to dial, not claims. */
  phoneNumbers: readonly string[];
  /** The page's own review dates, as written in its front matter. */
  reviewDates: readonly string[];
  /** content/figures.yml by id (a Spanish page's with their Spanish values): a figure's own marker cites the figure, not the rest of its sentence. */
  figures: ReadonlyMap<string, Figure>;
  /** content/sources.yml by id: naming the organisation whose source a figure cites ("the ASAM standard … 9 hours") attributes the figure. */
  sources: ReadonlyMap<string, Source>;
};

const HAS_MARKER = new RegExp(CITATION_MARKER.source);

/** Anything phone-shaped (1-800-662-HELP) and web addresses (988lifeline.org) are names, not figures. */
const PHONE_SHAPED = /\b(?:1-)?\d{3}-[\dA-Z]{3}-[\dA-Z]{4}\b/g;
const WEB_ADDRESS = /\b[\w.-]+\.(?:org|gov|com|net)\b\S*/gi;

/**
 * "Medicare covers …", "Medicaid may pay for …", "covered by Medicare",
 * "Medicare cubre …", "cubierto por Medicaid": what a public payer covers is
 * a claim like a law. A question or advice states nothing: a word such as
 * whether/if/what (si/qué) between the payer and the verb ("ask your Medicaid
 * plan whether it covers …"), or the verb before the payer outside the
 * passive ("pregunte qué cubre Medicaid"), does not count. Word edges are
 * letters, not \b, which ends at an accent (qué, cubría).
 */
const PAYER = String.raw`(?<!\p{L})(?:Medicare|Medicaid)(?!\p{L})`;
const NOT_A_CLAIM = String.raw`(?:whether|if|what|which|how|si|qué|cómo|cuánto)(?!\p{L})`;
const COVERS = String.raw`(?:covers?|covered|pays?|paid|cubren?|cubrir|cubría|cubrirá|pagan?|pagar|pagaría|pagará)(?!\p{L})`;
const PASSIVE = String.raw`(?<!\p{L})(?:covered|paid(?: for)?|cubiert[oa]s?|pagad[oa]s?)\s+(?:by|por)\s+(?:\p{L}+\s+)?`;
const PAYER_COVERS = new RegExp(String.raw`${PAYER}(?:\s+(?!${NOT_A_CLAIM})[\p{L}'’-]+){0,4}?\s+${COVERS}|${PASSIVE}${PAYER}`, "gu");

/**
 * What makes a sentence a claim that needs a source, each with the words an
 * editor sees. `attributes`: beside a figure whose source it names, the claim
 * only says where the figure comes from, which the figure's marker shows.
 */
const CLAIMS: { pattern: RegExp; what: string; attributes?: true }[] = [
  { pattern: /\b[A-Z]\d{4}\b/g, what: "a billing code" },
  { pattern: /\b(?:[A-Z][a-z]+ )+Act\b|\bCFR\b|\bHIPAA\b|\bMHPAEA\b|\bACA\b|\bparity\b|\bPart 2\b/g, what: "a law" },
  { pattern: /\d[\d,.]*/g, what: "a number or date" },
  { pattern: /\b(?:ASAM|SAMHSA|TIP|FDA|CMS|DEA|HHS|NIAAA)\b/g, what: "an organisation's standard", attributes: true },
  { pattern: PAYER_COVERS, what: "what Medicare or Medicaid covers or pays" },
];

/** Splits a block into sentences; a marker right after the full stop stays with its sentence. */
function sentencesOf(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  const boundary = /(?<=[.!?]["”’)]?(?:\{\{[^}]*\}\})*)\s+(?=\S)/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    sentences.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  sentences.push({ text: text.slice(start), start });
  return sentences;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A figure as the rule meets it in a sentence (value and marker), and the title and publisher of the source it cites. */
type FigureInText = { pattern: RegExp; sourceName: string };

function figuresInText(exempt: CitationExemptions): FigureInText[] {
  // Longest first, so a figure that ends another (9 in 19) never leaves part of it behind; never inside a longer number or word.
  return [...exempt.figures.values()]
    .map((figure) => ({ text: citedFigure(figure), source: exempt.sources.get(figure.source) }))
    .sort((a, b) => b.text.length - a.text.length)
    .map(({ text, source }) => ({ pattern: new RegExp(`(?<![\\w.,])${escape(text)}`, "g"), sourceName: source ? `${source.title} ${source.publisher}` : "" }));
}

/** The sentence without its figures (their markers cite them alone), and the names of the sources they cite. */
function withoutFigures(sentence: string, figures: readonly FigureInText[]): { rest: string; sourceNames: string[] } {
  const sourceNames: string[] = [];
  let rest = sentence;
  for (const figure of figures) {
    const without = rest.replace(figure.pattern, " ");
    if (without !== rest) sourceNames.push(figure.sourceName);
    rest = without;
  }
  return { rest, sourceNames };
}

/**
 * Every sentence that states a number, a date, a law, a billing code or an
 * organisation's standard without a `{{cite:ID}}` marker, with its line in
 * the Markdown given. Headings and embed lines are not sentences; phone
 * numbers, web addresses and the page's review dates are not claims, and a
 * figure's marker vouches for the figure alone.
 */
export function uncitedSentences(markdown: string, exempt: CitationExemptions): { line: number; message: string }[] {
  const tree = parseMarkdown(markdown);
  const ignore = [PHONE_SHAPED, WEB_ADDRESS, ...[...exempt.phoneNumbers, ...exempt.reviewDates].map((n) => new RegExp(`(?<![\\w-])${escape(n)}(?![\\w-])`, "g"))];
  const figures = figuresInText(exempt);
  const found: { line: number; message: string }[] = [];
  visit(tree, ["paragraph", "tableCell"], (node) => {
    const text = toString(node);
    if (/^\{\{[^}]*\}\}$/.test(text.trim()) && !HAS_MARKER.test(text)) return "skip";
    for (const sentence of sentencesOf(text)) {
      // What the sentence states besides its figures needs a marker of its own.
      const { rest, sourceNames } = withoutFigures(sentence.text, figures);
      if (HAS_MARKER.test(rest)) continue;
      const plain = ignore.reduce((t, pattern) => t.replace(pattern, " "), withoutCitations(rest));
      const attributes = (words: string) => sourceNames.some((name) => new RegExp(`\\b${escape(words)}\\b`).test(name));
      const claim = CLAIMS.map((c) => ({ ...c, match: [...plain.matchAll(c.pattern)].find((m) => !(c.attributes && attributes(m[0]))) })).find((c) => c.match);
      if (!claim) continue;
      const line = (node.position?.start.line ?? 1) + (text.slice(0, sentence.start).match(/\n/g)?.length ?? 0);
      const flat = sentence.text.replace(/\s+/g, " ");
      const quote = flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
      found.push({ line, message: `sentence states ${claim.what} ('${claim.match![0]}') without a source: "${quote}"; add {{cite:ID}} after it (ids in content/sources.yml)` });
    }
    return "skip";
  });
  return found;
}
