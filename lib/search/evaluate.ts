import { z } from "zod";
import type { Answer } from "./engine";

/** One reader query and where its answer is; see tests/search/eval.en.yml. */
export const evalCaseSchema = z.strictObject({
  q: z.string().min(1),
  /** Slug(s) that should come first, or "none" for a query the guide does not cover. */
  page: z.union([z.string(), z.array(z.string()).min(1)]),
  /** A word the first result's #anchor must contain. */
  anchor: z.string().optional(),
});
export const evalSetSchema = z.array(evalCaseSchema).min(1);
export type EvalCase = z.infer<typeof evalCaseSchema>;

export type CaseOutcome = {
  case: EvalCase;
  rank: number | undefined;
  anchorOk: boolean;
  top: string | undefined;
  closest: boolean;
  empty: boolean;
  pass: boolean;
};

export type EvalReport = {
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Share of in-scope queries with no result at all. */
  zeroResults: number;
  /** Share of out-of-scope queries where search said it found nothing close. */
  outOfScopeFlagged: number;
  outcomes: CaseOutcome[];
};

/** Scores an engine on the evaluation set: where the expected page ranks, per query and in all. */
export function evaluate(cases: readonly EvalCase[], search: (query: string) => Answer): EvalReport {
  const outcomes = cases.map((c): CaseOutcome => {
    const answer = search(c.q);
    const top = answer.hits[0]?.url;
    if (c.page === "none") {
      return {
        case: c,
        rank: undefined,
        anchorOk: true,
        top,
        closest: answer.closest,
        empty: !answer.hits.length,
        pass: answer.closest || !answer.hits.length,
      };
    }
    const expected = new Set([c.page].flat());
    const index = answer.hits.findIndex((h) => expected.has(h.slug));
    const anchor = top?.split("#")[1] ?? "";
    const anchorOk = !c.anchor || anchor.includes(c.anchor);
    const rank = index < 0 ? undefined : index + 1;
    return { case: c, rank, anchorOk, top, closest: answer.closest, empty: !answer.hits.length, pass: rank === 1 && anchorOk };
  });
  const inScope = outcomes.filter((o) => o.case.page !== "none");
  const outOfScope = outcomes.filter((o) => o.case.page === "none");
  const share = (list: CaseOutcome[], test: (o: CaseOutcome) => boolean) => (list.length ? list.filter(test).length / list.length : 0);
  return {
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    top1: share(inScope, (o) => o.pass),
    top3: share(inScope, (o) => o.rank !== undefined && o.rank <= 3),
    mrr: inScope.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / (inScope.length || 1),
    zeroResults: share(inScope, (o) => o.empty),
    outOfScopeFlagged: share(outOfScope, (o) => o.pass),
    outcomes,
  };
}

/** What search must reach on the evaluation set (issue #13); npm test and npm run search:eval hold it to these. */
export const SEARCH_TARGETS = { top1: 0.9, top3: 0.97, zeroResults: 0, outOfScopeFlagged: 1 };

/** The targets a report misses, each as a readable line; empty when all are met. */
export function missedTargets(report: EvalReport): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const missed: string[] = [];
  if (report.top1 < SEARCH_TARGETS.top1) missed.push(`top-1 ${pct(report.top1)}, below ${pct(SEARCH_TARGETS.top1)}`);
  if (report.top3 < SEARCH_TARGETS.top3) missed.push(`top-3 ${pct(report.top3)}, below ${pct(SEARCH_TARGETS.top3)}`);
  if (report.zeroResults > SEARCH_TARGETS.zeroResults) missed.push(`${pct(report.zeroResults)} of in-scope queries found nothing`);
  if (report.outOfScopeFlagged < SEARCH_TARGETS.outOfScopeFlagged)
    missed.push(`${pct(report.outOfScopeFlagged)} of out-of-scope queries said they found nothing close`);
  return missed;
}
