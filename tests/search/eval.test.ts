import { describe, expect, it } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { searchData } from "@/lib/search/documents";
import { createSearch } from "@/lib/search/engine";
import { readEvalSet } from "@/lib/search/eval-set";
import { evaluate, missedTargets } from "@/lib/search/evaluate";
import { readSearchLanguage } from "@/lib/search/language-file";

const site = loadSite("content");
const language = readSearchLanguage("content", "en");
const cases = readEvalSet("en");

// Scoring 130 queries takes seconds on a busy machine; the time limit is not what is tested.
describe("search on the English evaluation set (tests/search/eval.en.yml)", { timeout: 60_000 }, () => {
  it("has at least 80 reader queries, out-of-scope ones among them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.some((c) => c.page === "none")).toBe(true);
  });

  it("expects only pages that exist", () => {
    const slugs = new Set(site.articles.map((a) => a.slug));
    const unknown = cases.flatMap((c) => [c.page].flat()).filter((p) => p !== "none" && !slugs.has(p));
    expect(unknown).toEqual([]);
  });

  it("meets the targets: top-1 ≥ 90 %, top-3 ≥ 97 %, no in-scope query without results", () => {
    const engine = createSearch(searchData(site, "en", language));
    const report = evaluate(cases, (q) => engine.search(q));
    const failures = report.outcomes.filter((o) => !o.pass).map((o) => `${o.case.q} → ${o.top ?? "nothing"}`);
    expect(missedTargets(report), `queries not first:\n${failures.join("\n")}`).toEqual([]);
  });

  // Known-bad cases: the gate above must be able to fail.
  it("fails an engine stripped of its synonyms", () => {
    const engine = createSearch(searchData(site, "en", { ...language, synonyms: [] }));
    expect(missedTargets(evaluate(cases, (q) => engine.search(q)))).not.toEqual([]);
  });

  it("fails when an expected page is wrong", () => {
    const engine = createSearch(searchData(site, "en", language));
    const slugs = site.articles.map((a) => a.slug);
    // Every other query expects some other page than the one that answers it.
    const wrong = cases.map((c, i) => (c.page === "none" || i % 2 ? c : { ...c, page: slugs.find((s) => ![c.page].flat().includes(s))! }));
    expect(missedTargets(evaluate(wrong, (q) => engine.search(q)))[0]).toMatch(/^top-1 /);
  });
});
