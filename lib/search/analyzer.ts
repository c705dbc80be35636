import type { SearchLanguageData, SynonymEntry } from "./schema";
import { stemmerFor } from "./stemmers";
import { words } from "./words";

/** One idea in a query: the reader's word (or phrase) and the guide's words for it, each with a weight. */
export type Concept = { text: string; terms: Map<string, number>; typed: string[] };

export type ParsedQuery = {
  /** The ideas that must match; question words and filler are not among them. */
  concepts: Concept[];
  /** Stems of every word typed, filler included, to compare with a heading or FAQ question. */
  allStems: string[];
};

/** What the index ships of a language's data: enough to read queries the way the build read the pages. */
export type LanguageRules = Pick<SearchLanguageData, "stopWords" | "synonyms"> & { language: string };

type Phrase = string[];
type Rule = { trigger: Phrase; expansions: Phrase[] };

// A one-way synonym counts a little less than the reader's own word, so a
// page using the reader's exact word still wins a tie.
const SYNONYM_WEIGHT = 0.7;

export type Analyzer = {
  /** Index-side: the stem of a page's word, or undefined for filler. */
  term(word: string): string | undefined;
  stem(word: string): string;
  parse(query: string): ParsedQuery;
};

export function createAnalyzer(rules: LanguageRules): Analyzer {
  const stem = stemmerFor(rules.language);
  const stop = new Set(rules.stopWords.flatMap(words));
  const phrase = (text: string): Phrase => words(text);
  const stems = (p: Phrase) => p.filter((w) => !stop.has(w)).map(stem);

  // Triggers are matched stem by stem ("teenagers" finds "teenager"), filler
  // included: a phrase may hold some ("near me").
  const byFirstWord = new Map<string, Rule[]>();
  const add = (rule: Rule) => {
    const first = stem(rule.trigger[0]);
    const list = byFirstWord.get(first) ?? [];
    list.push(rule);
    byFirstWord.set(first, list);
  };
  for (const entry of rules.synonyms as SynonymEntry[]) {
    const triggers = (Array.isArray(entry) ? entry : entry.words).map(phrase).filter((p) => p.length);
    const targets = (Array.isArray(entry) ? entry : entry.means).map(phrase).filter((p) => p.length);
    for (const trigger of triggers) add({ trigger, expansions: targets });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.trigger.length - a.trigger.length);

  function parse(query: string): ParsedQuery {
    const typed = words(query);
    const typedStems = typed.map(stem);
    const concepts: Concept[] = [];
    for (let i = 0; i < typed.length;) {
      const rule = byFirstWord.get(typedStems[i])?.find((r) => r.trigger.every((w, k) => typedStems[i + k] === stem(w)));
      if (rule) {
        const own = stems(rule.trigger);
        const terms = new Map<string, number>();
        // The guide's words share one weight, so an idea with many names does not outweigh the others.
        const expanded = new Set(rule.expansions.flatMap(stems));
        for (const t of expanded) terms.set(t, SYNONYM_WEIGHT / Math.sqrt(expanded.size));
        // A phrase of filler alone ("near me") still means something once it has expansions.
        for (const t of own) terms.set(t, 1);
        if (terms.size) concepts.push({ text: rule.trigger.join(" "), terms, typed: own });
        i += rule.trigger.length;
        continue;
      }
      if (!stop.has(typed[i])) {
        const t = typedStems[i];
        concepts.push({ text: typed[i], terms: new Map([[t, 1]]), typed: [t] });
      }
      i += 1;
    }
    // A query of filler only ("what is it") is searched as typed rather than not at all.
    if (!concepts.length) typed.forEach((w, i) => concepts.push({ text: w, terms: new Map([[typedStems[i], 1]]), typed: [typedStems[i]] }));
    return { concepts, allStems: typedStems };
  }

  return { term: (w) => (stop.has(w) ? undefined : stem(w)), stem, parse };
}
