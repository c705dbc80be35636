import { describe, expect, test } from "vitest";
import { reportArticle } from "@/lib/content/article-report";
import { loadSite } from "@/lib/content/load-site";
import { unknownPhoneNumbers } from "@/lib/content/phone-numbers";
import { findPlaceholder } from "@/lib/content/placeholders";
import { articleReadability, meetsSpanishTarget } from "@/lib/content/readability-es";
import type { Article } from "@/lib/content/read-article";
import { loadTranslations } from "@/lib/content/translation/load-translations";

// The real content: the rules an editor must meet before anything ships.
const site = loadSite("content");
const today = new Date("2026-11-22T00:00:00Z");

/** Phone numbers come only from the help lines, in either language. */
function expectNoPlaceholderOrStrayNumber(article: Pick<Article, "summary" | "markdown" | "faqs">) {
  const text = [article.summary, article.markdown, ...article.faqs.map((f) => f.answer)].join("\n");
  expect(findPlaceholder(text)).toBeUndefined();
  expect(unknownPhoneNumbers(text, site.helpLines.flatMap((l) => l.contacts.map((c) => c.href)))).toEqual([]);
}

describe("the guide's content", () => {
  test("covers the brief with enough articles, FAQ entries and glossary terms", () => {
    expect(site.articles.length).toBeGreaterThanOrEqual(14);
    expect(site.articles.flatMap((a) => a.faqs).length).toBeGreaterThanOrEqual(45);
    expect(site.glossary.length).toBeGreaterThanOrEqual(25);
    for (const topic of site.topics)
      expect(
        site.articles.some((a) => a.topic === topic.id),
        `topic ${topic.id} has no article`,
      ).toBe(true);
  });

  test("defines the glossary terms the brief asks for", () => {
    const ids = new Set(site.glossary.map((t) => t.id));
    for (const id of [
      "iop",
      "php",
      "gop",
      "asam-criteria",
      "step-down",
      "continuum-of-care",
      "moud",
      "co-occurring",
      "prior-authorization",
      "in-network",
      "sober-living",
      "relapse-prevention",
      "h0015",
      "s9480",
      "parity",
      "42-cfr-part-2",
    ]) {
      expect(ids.has(id), `glossary lacks '${id}'`).toBe(true);
    }
  });

  describe.each(site.articles.map((a) => [a.slug, a] as const))("%s", (_slug, article) => {
    const report = reportArticle(article, today);

    test("reads at Flesch–Kincaid grade 9 or below", () => {
      expect(report.grade).toBeLessThanOrEqual(9);
    });

    test("cites at least 2 sources and has 3 to 6 FAQ entries", () => {
      expect(report.sources).toBeGreaterThanOrEqual(2);
      expect(report.faqs).toBeGreaterThanOrEqual(3);
      expect(report.faqs).toBeLessThanOrEqual(6);
    });

    test("opens with a summary of 2 to 4 sentences", () => {
      const sentences = article.summary.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
    });

    test("is due for review 12 months after its last review", () => {
      const last = new Date(`${article.lastReviewed}T00:00:00Z`);
      last.setUTCFullYear(last.getUTCFullYear() + 1);
      expect(article.nextReview).toBe(last.toISOString().slice(0, 10));
    });

    test("links to related articles", () => {
      expect(article.related.length).toBeGreaterThanOrEqual(2);
    });

    test("has no placeholder text and no phone number other than the help lines'", () => {
      expectNoPlaceholderOrStrayNumber(article);
    });
  });
});

describe("the Spanish guide's content", () => {
  for (const article of loadTranslations("content", site).articles) {
    test(`${article.slug} has no placeholder text and no phone number other than the help lines'`, () => {
      expectNoPlaceholderOrStrayNumber(article);
    });
    test(`${article.slug} reads easy to fairly easy: INFLESZ ≥ 65 or Fernández-Huerta ≥ 70`, () => {
      const r = articleReadability(article);
      expect(meetsSpanishTarget(r), `INFLESZ ${r.inflesz}, Fernández-Huerta ${r.fernandezHuerta}`).toBe(true);
    });
  }
});
