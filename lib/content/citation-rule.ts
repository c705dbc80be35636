import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { CITATION_MARKER, withoutCitations } from "./citations";

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
};

const parser = remark().use(remarkGfm);
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
const PAYER_COVERS = new RegExp(String.raw`${PAYER}(?:\s+(?!${NOT_A_CLAIM})[\p{L}'’-]+){0,4}?\s+${COVERS}|${PASSIVE}${PAYER}`, "u");

/** What makes a sentence a claim that needs a source, each with the words an editor sees. */
const CLAIMS: { pattern: RegExp; what: string }[] = [
  { pattern: /\b[A-Z]\d{4}\b/, what: "a billing code" },
  { pattern: /\b(?:[A-Z][a-z]+ )+Act\b|\bCFR\b|\bHIPAA\b|\bMHPAEA\b|\bACA\b|\bparity\b|\bPart 2\b/, what: "a law" },
  { pattern: /\d[\d,.]*/, what: "a number or date" },
  { pattern: /\b(?:ASAM|SAMHSA|TIP|FDA|CMS|DEA|HHS|NIAAA)\b/, what: "an organisation's standard" },
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

/**
 * Every sentence that states a number, a date, a law, a billing code or an
 * organisation's standard without a `{{cite:ID}}` marker, with its line in
 * the Markdown given. Headings and embed lines are not sentences; phone
 * numbers, web addresses and the page's review dates are not claims.
 */
export function uncitedSentences(markdown: string, exempt: CitationExemptions): { line: number; message: string }[] {
  const tree = parser.parse(markdown) as Root;
  const ignore = [PHONE_SHAPED, WEB_ADDRESS, ...[...exempt.phoneNumbers, ...exempt.reviewDates].map((n) => new RegExp(`(?<![\\w-])${escape(n)}(?![\\w-])`, "g"))];
  const found: { line: number; message: string }[] = [];
  visit(tree, ["paragraph", "tableCell"], (node) => {
    const text = toString(node);
    if (/^\{\{[^}]*\}\}$/.test(text.trim()) && !HAS_MARKER.test(text)) return "skip";
    for (const sentence of sentencesOf(text)) {
      if (HAS_MARKER.test(sentence.text)) continue;
      const plain = ignore.reduce((t, pattern) => t.replace(pattern, " "), withoutCitations(sentence.text));
      const claim = CLAIMS.map((c) => ({ ...c, match: c.pattern.exec(plain) })).find((c) => c.match);
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
