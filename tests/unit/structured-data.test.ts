import { describe, expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { faqId } from "@/lib/content/read-article";
import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";
import { breadcrumbList, faqPage, medicalWebPage, textOfHtml } from "@/lib/seo/structured-data";

const site = loadSite("tests/fixtures/valid");
const article = site.articles[0];

describe("FAQ ids", () => {
  test("are readable slugs of the question", () => {
    expect(faqId("Does Medicare cover IOP?")).toBe("does-medicare-cover-iop");
    expect(faqId("IOP or PHP — what's the difference?")).toBe("iop-or-php--whats-the-difference");
  });

  test("are the same each time they are asked, unlike a page's heading slugger that numbers repeats", () => {
    expect(faqId("How many hours a week is it?")).toBe("how-many-hours-a-week-is-it");
    expect(faqId("How many hours a week is it?")).toBe("how-many-hours-a-week-is-it");
  });
});

describe("JSON-LD", () => {
  test("MedicalWebPage carries the review date, audience and what the page is about", () => {
    const page = medicalWebPage(article, site.text, { language: "en", path: "/what-is-iop", home: "/" });
    expect(page).toMatchObject({
      "@context": "https://schema.org",
      "@type": "MedicalWebPage",
      name: article.title,
      description: article.description,
      lastReviewed: article.lastReviewed,
      url: "http://localhost:3000/what-is-iop",
    });
    expect(page.audience).toHaveLength(2);
    expect(page.about).toMatchObject({ name: "Intensive outpatient program (IOP)" });
  });

  test("FAQPage gives each question its visible answer as plain text", () => {
    const data = faqPage(article.faqs, { language: "en", path: "/what-is-iop" });
    expect(data.mainEntity).toEqual([
      {
        "@type": "Question",
        name: "What does IOP stand for?",
        acceptedAnswer: { "@type": "Answer", text: "It stands for intensive outpatient program. See how long it takes." },
      },
    ]);
  });

  test("BreadcrumbList numbers the trail from the home page", () => {
    expect(
      breadcrumbList([
        { name: "Home", path: "/" },
        { name: "Glossary", path: "/glossary" },
      ]).itemListElement,
    ).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "http://localhost:3000" },
      { "@type": "ListItem", position: 2, name: "Glossary", item: "http://localhost:3000/glossary" },
    ]);
  });

  test("is escaped so content cannot close the script element", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>", line: "a\u2028b" });
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>", line: "a\u2028b" });
  });

  test("plain text of answers decodes entities and drops tags", () => {
    expect(textOfHtml('<p>It&#x27;s <a href="/x">free</a> &amp; private.</p>\n<p>Two</p>')).toBe("It's free & private. Two");
  });
});
