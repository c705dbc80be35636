import { describe, expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { alternatesProblems, type PublishedAlternates } from "@/lib/seo/check-alternates";
import type { Lang, PageLanguages } from "@/lib/seo/languages";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { sitemapEntries } from "@/lib/seo/sitemap-entries";
import { faqPage, medicalWebPage, webSite } from "@/lib/seo/structured-data";

const site = loadSite("tests/fixtures/valid");
const article = site.articles[0];

// A pairing as the routes give it: two pages in both languages, one not translated yet.
const PAIRS: PageLanguages[] = [
  { en: "/", es: "/es" },
  { en: "/what-is-iop", es: "/es/que-es-iop" },
  { en: "/cost" },
];

/** What every page of the pairing publishes, as the metadata function builds it. */
function published(pairs: PageLanguages[]): PublishedAlternates[] {
  return pairs.flatMap((paths) =>
    (Object.keys(paths) as Lang[]).map((language) => ({
      path: paths[language]!,
      alternates: pageMetadata({ title: "T", description: "D", language, paths }).alternates.languages,
    })),
  );
}

describe("page metadata in two languages", () => {
  test("each language's page is its own canonical and names both pages, with x-default at the English one", () => {
    const es = pageMetadata({ title: "¿Qué es IOP?", description: "D", language: "es", paths: PAIRS[1] });
    expect(es.alternates).toEqual({
      canonical: "/es/que-es-iop",
      languages: { en: "/what-is-iop", es: "/es/que-es-iop", "x-default": "/what-is-iop" },
    });
    expect(es.openGraph).toMatchObject({ url: "/es/que-es-iop", locale: "es_US", alternateLocale: ["en_US"] });
    const en = pageMetadata({ title: "What is IOP?", description: "D", language: "en", paths: PAIRS[1] });
    expect(en.alternates.canonical).toBe("/what-is-iop");
    expect(en.alternates.languages).toEqual(es.alternates.languages);
    expect(en.openGraph).toMatchObject({ locale: "en_US", alternateLocale: ["es_US"] });
  });

  test("a page not translated yet names only itself, and x-default", () => {
    const only = pageMetadata({ title: "Cost", description: "D", language: "en", paths: { en: "/cost" } });
    expect(only.alternates.languages).toEqual({ en: "/cost", "x-default": "/cost" });
    expect(only.openGraph.alternateLocale).toEqual([]);
  });

  test("a page must be given its own language's path", () => {
    expect(() => pageMetadata({ title: "T", description: "D", language: "es", paths: { en: "/cost" } })).toThrow('have no "es" path');
  });

  test("every hreflang pair the metadata builds points both ways", () => {
    expect(alternatesProblems(published(PAIRS))).toEqual([]);
  });
});

describe("the hreflang check", () => {
  const good = published(PAIRS);
  const replace = (path: string, alternates: Record<string, string>) => good.map((page) => (page.path === path ? { path, alternates } : page));

  test("rejects a pair that points one way only", () => {
    // The Spanish page forgets its English counterpart: the English page's pair no longer holds.
    expect(alternatesProblems(replace("/es/que-es-iop", { es: "/es/que-es-iop", "x-default": "/es/que-es-iop" }))).toEqual([
      "/what-is-iop: hreflang es points at /es/que-es-iop, which does not point back the same way (en=/what-is-iop es=/es/que-es-iop x-default=/what-is-iop here, es=/es/que-es-iop x-default=/es/que-es-iop there)",
    ]);
  });

  test("rejects a page without x-default, one that does not name itself, and an alternate that is no page", () => {
    expect(alternatesProblems([{ path: "/a", alternates: { en: "/a" } }])).toEqual(["/a: no x-default alternate"]);
    expect(alternatesProblems([{ path: "/a", alternates: { en: "/b", "x-default": "/a" } }])).toEqual([
      "/a: does not name itself among its alternates (en=/b x-default=/a)",
      "/a: hreflang en points at /b, which is not a page",
    ]);
  });
});

describe("sitemap", () => {
  const entries = sitemapEntries([{ paths: PAIRS[1], lastModified: "2026-11-01" }, { paths: PAIRS[2] }]);

  test("lists every language's address, each with the same alternates as its pages", () => {
    const languages = { en: "http://localhost:3000/what-is-iop", es: "http://localhost:3000/es/que-es-iop", "x-default": "http://localhost:3000/what-is-iop" };
    expect(entries).toEqual([
      { url: "http://localhost:3000/what-is-iop", lastModified: "2026-11-01", alternates: { languages } },
      { url: "http://localhost:3000/es/que-es-iop", lastModified: "2026-11-01", alternates: { languages } },
      { url: "http://localhost:3000/cost", alternates: { languages: { en: "http://localhost:3000/cost", "x-default": "http://localhost:3000/cost" } } },
    ]);
  });

  test("its alternates pass the same check as the pages'", () => {
    const asPublished = entries.map((e) => ({ path: e.url, alternates: e.alternates.languages }));
    expect(alternatesProblems(asPublished)).toEqual([]);
    expect(alternatesProblems(asPublished.slice(1))).toEqual([
      "http://localhost:3000/es/que-es-iop: hreflang en points at http://localhost:3000/what-is-iop, which is not a page",
      "http://localhost:3000/es/que-es-iop: hreflang x-default points at http://localhost:3000/what-is-iop, which is not a page",
    ]);
  });
});

describe("JSON-LD names each page's language", () => {
  const es = { language: "es", path: "/es/que-es-iop", home: "/es" } as const;

  test("a Spanish article is a Spanish MedicalWebPage, part of the Spanish edition", () => {
    expect(medicalWebPage(article, site.text, es)).toMatchObject({
      "@id": "http://localhost:3000/es/que-es-iop#page",
      url: "http://localhost:3000/es/que-es-iop",
      inLanguage: "es-US",
      isPartOf: { "@type": "WebSite", url: "http://localhost:3000/es" },
    });
    expect(medicalWebPage(article, site.text, { language: "en", path: "/what-is-iop", home: "/" }).inLanguage).toBe("en-US");
  });

  test("FAQPage and WebSite carry inLanguage; the Spanish home is its own WebSite", () => {
    expect(faqPage(article.faqs, es)).toMatchObject({ url: "http://localhost:3000/es/que-es-iop", inLanguage: "es-US" });
    expect(webSite(site.text, { language: "es", home: "/es" })).toMatchObject({ url: "http://localhost:3000/es", inLanguage: "es-US" });
    expect(webSite(site.text, { language: "en", home: "/" })).toMatchObject({ url: "http://localhost:3000", inLanguage: "en-US" });
  });
});
