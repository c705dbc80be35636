import { describe, expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { counterpartPath, parityProblems, sitePagePairs } from "@/lib/i18n/page-pairs";
import { pagePaths } from "@/lib/routes";

/** The guide as built: every page of each language, and the pairing the switch, hreflang and sitemap use. */
const site = loadSite("content");
const english = pagePaths({ articles: site.articles.map((a) => a.slug), checklists: site.checklists.map((c) => c.slug) });
const spanish = pagePaths({ articles: site.es!.articles.map((a) => a.slug), checklists: site.es!.checklists.map((c) => c.slug) }, { lang: "es" });
const pairs = sitePagePairs(site);

describe("every page has its counterpart in the other language", () => {
  test("every English page has a Spanish one and the reverse, one to one", () => {
    expect(english.length).toBeGreaterThan(20);
    expect(spanish).toHaveLength(english.length);
    expect(parityProblems({ en: english, es: spanish }, pairs)).toEqual([]);
  });

  test("the fixed pages pair at the addresses of the Spanish edition's contract", () => {
    const spanishOf = (path: string) => counterpartPath(pairs, path, "en")?.path;
    expect(["/", "/topics", "/faq", "/glossary", "/compare", "/checklists", "/search"].map(spanishOf)).toEqual([
      "/es",
      "/es/temas",
      "/es/preguntas",
      "/es/glosario",
      "/es/comparar",
      "/es/listas",
      "/es/buscar",
    ]);
    expect(spanishOf("/what-is-iop")).toBe("/es/que-es-iop");
    expect(spanishOf("/checklists/questions-for-a-program")).toBe("/es/listas/preguntas-para-el-programa");
    expect(counterpartPath(pairs, "/es/que-es-iop", "es")).toEqual({ lang: "en", path: "/what-is-iop" });
  });

  test("the Spanish 404 page is no page and pairs with nothing", () => {
    expect(spanish).not.toContain("/es/404");
    expect(pairs.some((pair) => pair.es === "/es/404")).toBe(false);
  });

  test("the check can fail: an untranslated page, a page paired twice and a pair to no page", () => {
    const bad = [...pairs.filter((pair) => pair.en !== "/cost"), { en: "/insurance", es: "/es/costo" }, { en: "/nowhere", es: "/es/ninguna" }];
    expect(parityProblems({ en: english, es: spanish }, bad)).toEqual([
      "/insurance is paired 2 times",
      "/cost has no Spanish counterpart",
      "/nowhere is paired but is no page",
      "/es/ninguna is paired but is no page",
    ]);
  });
});
