import { afterEach, describe, expect, test, vi } from "vitest";
import { loadSite } from "@/lib/content/load-site";

const VALID = "tests/fixtures/valid";

describe("loadSite on valid content", () => {
  const site = loadSite(VALID);

  test("orders articles by topic, then by order", () => {
    expect(site.articles.map((a) => a.slug)).toEqual(["what-is-iop", "time-commitment", "get-help"]);
  });

  test("turns front matter into typed articles with defaults filled in", () => {
    const article = site.articles.find((a) => a.slug === "time-commitment")!;
    expect(article).toMatchObject({
      title: "How much time does IOP take?",
      topic: "basics",
      order: 2,
      lastReviewed: "2026-11-22",
      nextReview: "2027-11-22",
      faqs: [],
      aliases: [],
      related: ["what-is-iop"],
      file: "tests/fixtures/valid/articles/time-commitment.md",
    });
  });

  test("gives each FAQ entry a readable id and rendered answer", () => {
    const [faq] = site.articles[0].faqs;
    expect(faq.id).toBe("what-does-iop-stand-for");
    expect(faq.answerHtml).toBe('<p>It stands for intensive outpatient program. See <a href="/time-commitment#how-many-hours">how long it takes</a>.</p>');
  });

  test("reads shared data: topics, tables, help lines, glossary, site text", () => {
    expect(site.topics[0].id).toBe("basics");
    expect(site.tables.get("levels-of-care")?.rows.map((r) => r.id)).toEqual(["outpatient", "iop", "php", "residential", "inpatient"]);
    expect(site.helpLines.filter((l) => l.inCrisisBar).map((l) => l.contacts[0].href)).toEqual(["tel:988", "tel:911"]);
    expect(site.glossary.map((t) => t.id)).toEqual(["iop"]);
    expect(site.text.startPoints[0].page).toBe("what-is-iop");
  });

  test("keeps the embed where the author put it, between HTML blocks", () => {
    expect(site.articles[0].blocks.map((b) => b.kind)).toEqual(["html", "table", "html"]);
  });
});

describe("getSite", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  test("reads each content file once, however many pages ask", async () => {
    vi.stubEnv("CONTENT_DIR", VALID);
    const fs = await import("node:fs");
    const read = vi.spyOn(fs.default, "readFileSync");
    const { getSite, getArticleBySlug } = await import("@/lib/content/site");
    getSite();
    getArticleBySlug("what-is-iop");
    getSite();
    const articleReads = read.mock.calls.filter(([file]) => String(file).endsWith(".md"));
    // Three English articles and one translation (tests/fixtures/valid/es).
    expect(articleReads).toHaveLength(4);
    read.mockRestore();
  });
});
