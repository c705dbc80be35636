import { withoutCitations } from "./citations";

/**
 * Words that show a page speaks to someone whose opioid tolerance may have
 * dropped: leaving detox, residential or hospital care, stepping down,
 * relapsing, or stopping a medication. Such a page must carry the overdose
 * callout. "Relapse prevention" (a group topic) does not count.
 */
const SITUATIONS: { pattern: RegExp; what: string }[] = [
  {
    pattern: /\b(?:detox|withdrawal management|step(?:s|ping|ped)? down|step-down|(?:leav(?:e|es|ing)|after) (?:a |an |the )?(?:hospital|residential|inpatient|rehab|jail)\b)/i,
    what: "leaving detox, residential or hospital care, or stepping down",
  },
  { pattern: /\b(?:relaps(?:e|es|ed|ing)\b(?! prevention)|slip(?:s|ped)?\b)/i, what: "relapse" },
  {
    pattern: /\b(?:stop(?:s|ping|ped)?|taper(?:s|ing)?|quit(?:s|ting)?|com(?:e|es|ing) off) (?:taking )?(?:your |a |the |an |their |this )?(?:medications?|medicines?|methadone|buprenorphine|naltrexone)\b/i,
    what: "stopping a medication",
  },
];

/** The first words in a text that make it a page of those kinds, with what they speak to and their line. */
export function overdoseRiskMention(text: string): { what: string; words: string; line: number } | undefined {
  const plain = withoutCitations(text);
  for (const { pattern, what } of SITUATIONS) {
    const match = pattern.exec(plain);
    if (match) return { what, words: match[0], line: plain.slice(0, match.index).split("\n").length };
  }
  return undefined;
}

export const SAFETY_EMBED = "{{safety:overdose}}";
