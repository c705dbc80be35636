import MiniSearch, { type SearchResult } from "minisearch";
import { createAnalyzer, type Concept, type ParsedQuery } from "./analyzer";
import { excerpt, highlight, type Segment } from "./highlight";
import type { PlaceKind, SearchData, SearchPlace } from "./index-data";
import { words } from "./words";

/** The best place on one page for a query. */
export type Hit = {
  slug: string;
  pageTitle: string;
  /** The page, or the section or FAQ answer on it that matched best. */
  url: string;
  kind: PlaceKind;
  heading: Segment[];
  excerpt: Segment[];
  score: number;
};

/** Hits best first; `closest` when none matches the query well and these are only the nearest pages. */
export type Answer = { hits: Hit[]; closest: boolean };

// Ranking weights, chosen on the evaluation set (npm run search:eval).
const FIELD_BOOST = { h: 3, t: 1, title: 0.6 };
const MATCH_WEIGHTS = { fuzzy: 0.4, prefix: 0.4 };
/** How much a heading or FAQ question worded like the query lifts its place. */
const HEADING_BONUS = 3;
/** How much a page's other matching places add to its best one. */
const OTHER_PLACES = 0.05;
/** A page's top is chosen as the landing place only when it beats every section by this factor. */
const PAGE_TOP = 0.8;
/** Below this share of the query's ideas matched, results are only "closest". */
const WELL_MATCHED = 2 / 3;
/** Typos are forgiven in words of at least this many letters. */
const FUZZY_MIN_LENGTH = 5;

type Place = SearchPlace & { id: number };

export type Search = { search(query: string, limit?: number): Answer };

export function createSearch(data: SearchData): Search {
  const analyzer = createAnalyzer(data.rules);
  const stemOf = (word: string) => {
    const [w] = words(word);
    return w ? analyzer.stem(w) : "";
  };
  const places: Place[] = data.places.map((place, id) => ({ ...place, id }));
  const headingStems = places.map((place) => new Set(words(place.h).map(analyzer.stem)));
  const placeCount = new Map<string, number>();
  for (const place of places)
    for (const stem of new Set(words(`${place.h} ${place.t}`).map(analyzer.stem))) placeCount.set(stem, (placeCount.get(stem) ?? 0) + 1);
  const vocabulary = new Set<string>();
  const index = new MiniSearch<Place>({
    fields: ["h", "t", "title"],
    extractField: (place, field) => (field === "title" ? data.pages[place.p].title : String(place[field as keyof Place])),
    tokenize: words,
    // Headings keep their question words, so a query of nothing else ("what is it") can still find a question worded so.
    processTerm: (word, field) => {
      const term = field === "h" ? analyzer.stem(word) : analyzer.term(word);
      if (term) vocabulary.add(term);
      return term;
    },
    // Queries arrive as terms already read by the analyzer.
    searchOptions: { tokenize: (query) => query.split(" "), processTerm: (term) => term },
  });
  index.addAll(places);

  /** The index's word for a typed word with two letters swapped ("lenght" → length), which edit distance counts as two typos. */
  function unswapped(typed: string): string | undefined {
    for (let i = 0; i + 1 < typed.length; i++) {
      const term = analyzer.stem(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
      if (vocabulary.has(term)) return term;
    }
    return undefined;
  }

  function run(parsed: ParsedQuery, forgiving: boolean, endsInWord: boolean): SearchResult[] {
    const weight = new Map<string, number>();
    const fuzzy = new Map<string, number>();
    for (const concept of parsed.concepts) {
      const [typed] = concept.typed;
      const swapped = concept.typed.length === 1 && concept.text.length >= FUZZY_MIN_LENGTH && !vocabulary.has(typed) ? unswapped(concept.text) : undefined;
      if (swapped) concept.terms.set(swapped, MATCH_WEIGHTS.fuzzy);
      for (const [term, w] of concept.terms) weight.set(term, Math.max(w, weight.get(term) ?? 0));
      // One typo in a typed word of five letters or more; when nothing matched at all, in shorter words too.
      if (concept.typed.length === 1 && concept.text.length >= (forgiving ? 4 : FUZZY_MIN_LENGTH)) fuzzy.set(typed, 1);
    }
    const last = parsed.concepts.at(-1)?.typed.at(-1);
    return index.search([...weight.keys()].join(" "), {
      combineWith: "OR",
      boost: FIELD_BOOST,
      weights: MATCH_WEIGHTS,
      boostTerm: (term) => weight.get(term) ?? 1,
      fuzzy: (term) => fuzzy.get(term) ?? false,
      // The word still being typed may be the start of a longer one.
      prefix: (term) => term.length >= 3 && (forgiving || (endsInWord && term === last)),
    });
  }

  /** How well an idea tells places apart (inverse document frequency): "iop", in nearly every place, counts for little. */
  function rarity(concept: Concept): number {
    return Math.max(
      ...[...concept.terms].map(([term, w]) => w * Math.log(1 + (places.length - (placeCount.get(term) ?? 0) + 0.5) / ((placeCount.get(term) ?? 0) + 0.5))),
    );
  }

  /** Share of the query's ideas, each weighted by its rarity, found in a set of terms. */
  function share(parsed: ParsedQuery, has: (term: string) => boolean): number {
    let found = 0;
    let all = 0;
    for (const concept of parsed.concepts) {
      const weight = rarity(concept);
      all += weight;
      if ([...concept.terms.keys()].some(has)) found += weight;
    }
    return all ? found / all : 0;
  }

  function coverage(parsed: ParsedQuery, result: SearchResult): number {
    const matched = new Set(result.queryTerms);
    return share(parsed, (t) => matched.has(t));
  }

  /** How far the heading or question is worded like the query: its ideas, then every word typed, filler included. */
  function headingMatch(parsed: ParsedQuery, place: Place): number {
    const heading = headingStems[place.id];
    const ideas = share(parsed, (t) => heading.has(t)) * parsed.concepts.length;
    const all = parsed.allStems.filter((s) => heading.has(s)).length;
    return (2 * ideas + all) / (2 * parsed.concepts.length + parsed.allStems.length);
  }

  function search(query: string, limit = 8): Answer {
    const parsed = analyzer.parse(query);
    if (!parsed.concepts.length) return { hits: [], closest: false };
    const endsInWord = /[\p{L}\p{N}]$/u.test(query);
    let results = run(parsed, false, endsInWord);
    let forgiven = false;
    if (!results.length) {
      results = run(parsed, true, endsInWord);
      forgiven = true;
    }
    // Text scores are relative to the best one, so a heading worded like the query adds the same whatever the query.
    const top = Math.max(...results.map((r) => r.score));
    const ranked = results
      .map((result) => {
        const place = places[result.id as number];
        const covered = coverage(parsed, result);
        return { result, place, covered, score: (result.score / top) * covered + HEADING_BONUS * headingMatch(parsed, place) };
      })
      .sort((a, b) => b.score - a.score);

    const byPage = new Map<number, { best: (typeof ranked)[number]; total: number }>();
    // A page's top only summarises it: a section or answer that matches nearly as well is the better place to land.
    const landing = (e: (typeof ranked)[number]) => (e.place.k === "page" ? PAGE_TOP : 1) * e.score;
    ranked.sort((a, b) => landing(b) - landing(a));
    for (const entry of ranked) {
      const page = byPage.get(entry.place.p);
      if (page) page.total += OTHER_PLACES * entry.score;
      else byPage.set(entry.place.p, { best: entry, total: entry.score });
    }
    const pages = [...byPage.values()].sort((a, b) => b.total - a.total).slice(0, limit);
    const hits = pages.map(({ best, total }): Hit => {
      const matched = new Set(best.result.terms);
      const page = data.pages[best.place.p];
      return {
        slug: page.slug,
        pageTitle: page.title,
        url: `${data.base}/${page.slug}${best.place.a ? `#${best.place.a}` : ""}`,
        kind: best.place.k,
        heading: highlight(best.place.h, matched, stemOf),
        excerpt: excerpt(best.place.t, matched, stemOf),
        score: total,
      };
    });
    const closest = forgiven || !pages.length || pages[0].best.covered < WELL_MATCHED;
    return { hits, closest };
  }

  return { search };
}
