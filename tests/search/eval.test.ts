import { describe, expect, it } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { searchData } from "@/lib/search/documents";
import { createSearch } from "@/lib/search/engine";
import { readEvalSet } from "@/lib/search/eval-set";
import { evaluate, missedTargets } from "@/lib/search/evaluate";
import { readSearchLanguage } from "@/lib/search/language-file";
import { searchLanguage } from "@/lib/search/languages";

const site = loadSite("content");

// Each language is held to the same targets on its own readers' questions,
// against its own pages only (tests/search/eval.<language>.yml).
describe.each([
  { language: "en", minimum: 80 },
  { language: "es", minimum: 40 },
])("search on the $language evaluation set", { timeout: 60_000 }, ({ language, minimum }) => {
  // Scoring a hundred queries takes seconds on a busy machine; the time limit is not what is tested.
  const words = readSearchLanguage("content", language);
  const { articles, base } = searchLanguage(language);
  const pages = articles(site);
  const cases = readEvalSet(language);
  const engineWith = (data = words) => createSearch(searchData({ articles: pages }, language, data, base));

  it(`has at least ${minimum} reader queries, out-of-scope ones among them`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
    expect(cases.some((c) => c.page === "none")).toBe(true);
  });

  it("expects only pages of this language that exist", () => {
    const slugs = new Set(pages.map((a) => a.slug));
    const unknown = cases.flatMap((c) => [c.page].flat()).filter((p) => p !== "none" && !slugs.has(p));
    expect(unknown).toEqual([]);
  });

  it("meets the targets: top-1 ≥ 90 %, top-3 ≥ 97 %, no in-scope query without results, out-of-scope ones said so", () => {
    const engine = engineWith();
    const report = evaluate(cases, (q) => engine.search(q));
    const failures = report.outcomes.filter((o) => !o.pass).map((o) => `${o.case.q} → ${o.top ?? "nothing"}`);
    expect(missedTargets(report), `queries not first:\n${failures.join("\n")}`).toEqual([]);
  });

  it("links every result to a page of this language", () => {
    const engine = engineWith();
    const urls = cases.flatMap((c) => engine.search(c.q).hits.map((h) => h.url));
    const prefix = language === "en" ? /^\/(?!es(\/|$))[a-z0-9-]+(#|$)/ : /^\/es\/[a-z0-9-]+(#|$)/;
    expect(urls.filter((url) => !prefix.test(url))).toEqual([]);
  });

  // Known-bad cases: the gate above must be able to fail.
  it("fails an engine stripped of its synonyms", () => {
    const engine = engineWith({ ...words, synonyms: [] });
    expect(missedTargets(evaluate(cases, (q) => engine.search(q)))).not.toEqual([]);
  });

  it("fails when an expected page is wrong", () => {
    const engine = engineWith();
    const slugs = pages.map((a) => a.slug);
    // Every other query expects some other page than the one that answers it.
    const wrong = cases.map((c, i) => (c.page === "none" || i % 2 ? c : { ...c, page: slugs.find((s) => ![c.page].flat().includes(s))! }));
    expect(missedTargets(evaluate(wrong, (q) => engine.search(q)))[0]).toMatch(/^top-1 /);
  });
});
