import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";

const VALID = "tests/fixtures/valid";

/** Loads the valid fixture site plus one folder of broken articles, returning the build's message. */
function messageFor(brokenCase: string): string {
  try {
    loadSite(VALID, [path.join(VALID, "articles"), path.join("tests/fixtures/broken", brokenCase)]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the '${brokenCase}' fixture to fail the build`);
}

describe("content errors name the file, line, field and problem", () => {
  test("unparseable YAML", () => {
    expect(messageFor("unparseable-yaml")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/unparseable-yaml/unparseable.md:12 (YAML): could not be read as YAML: Missing closing "quote"
    `);
  });

  test("missing required field", () => {
    expect(messageFor("missing-field")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/missing-field/missing-title.md:2 title: required field is missing (expected string)"
    `);
  });

  test("wrong types", () => {
    expect(messageFor("wrong-type")).toMatchInlineSnapshot(`
      "Content has 3 problems:
        - tests/fixtures/broken/wrong-type/wrong-type.md:6 order: expected number, found text "first"
        - tests/fixtures/broken/wrong-type/wrong-type.md:9 sources: expected a list, found text "tip-47"
        - tests/fixtures/broken/wrong-type/wrong-type.md:10 related: expected a list, found text "time-commitment""
    `);
  });

  test("description too long", () => {
    expect(messageFor("description-too-long")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/description-too-long/long-description.md:3 description: expected at most 160 characters, found 182"
    `);
  });

  test("bad dates", () => {
    expect(messageFor("bad-date")).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/broken/bad-date/bad-date.md:7 lastReviewed: expected a real calendar date (YYYY-MM-DD), found text "2026-02-30"
        - tests/fixtures/broken/bad-date/bad-date.md:8 nextReview: expected a date written as YYYY-MM-DD, found text "next year""
    `);
  });

  test("next review before last review", () => {
    expect(messageFor("review-order")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/review-order/review-order.md:8 nextReview: expected a date after lastReviewed, found text "2025-11-22""
    `);
  });

  test("duplicate slug", () => {
    expect(messageFor("duplicate-slug")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/duplicate-slug/again/what-is-iop.md:1 (slug): slug 'what-is-iop' is already used by tests/fixtures/valid/articles/what-is-iop.md; rename one file"
    `);
  });

  test("slug that collides with a route", () => {
    expect(messageFor("reserved-slug")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/reserved-slug/faq.md:1 (slug): slug 'faq' collides with the site's route /faq; rename the file"
    `);
  });

  test("related and aliases pointing at nothing or at a page", () => {
    expect(messageFor("dangling-references")).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/broken/dangling-references/dangling.md:10 related.1: expected the slug of an article, found 'no-such-article', which does not exist
        - tests/fixtures/broken/dangling-references/dangling.md:11 aliases.0: alias 'what-is-iop' is the slug of tests/fixtures/valid/articles/what-is-iop.md; an alias must be an old address no page uses"
    `);
  });

  test("a link without a scheme (where internal links lead is checked on the rendered pages: check-links.test.ts)", () => {
    expect(messageFor("scheme-less-link")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/scheme-less-link/scheme-less-link.md:12 body: link '//example.org/page' leaves the site without a scheme; write https:// for an outside link"
    `);
  });

  test("empty body", () => {
    expect(messageFor("empty-body")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/empty-body/empty-body.md:10 body: expected Markdown text after the front matter, found nothing"
    `);
  });

  test("unknown table and unknown embed", () => {
    expect(messageFor("unknown-embed")).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/broken/unknown-embed/unknown-embed.md:14 body: unknown table 'no-such-table'; expected one of levels-of-care (files in content/tables/)
        - tests/fixtures/broken/unknown-embed/unknown-embed.md:16 body: unknown embed "{{chart:levels}}"; expected {{table:NAME}}, {{safety:NAME}} or {{help-lines}}"
    `);
  });

  test("no front matter", () => {
    expect(messageFor("no-front-matter")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/no-front-matter/no-front-matter.md:1 (front matter): expected front matter between '---' lines at the top of the file"
    `);
  });

  test("unknown field and a second h1", () => {
    expect(messageFor("unknown-field-and-h1")).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/broken/unknown-field-and-h1/unknown-field.md:10 author: unknown field; check its spelling against the front matter reference in README.md
        - tests/fixtures/broken/unknown-field-and-h1/unknown-field.md:13 body: heading "A second h1" uses '#'; the title is the page's only h1, so start body headings at '##'"
    `);
  });

  test("two FAQ questions that give the same id", () => {
    expect(messageFor("duplicate-faq")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/duplicate-faq/duplicate-faq.md:11 faqs.0.question: gives the FAQ id 'what-does-iop-stand-for', already used at tests/fixtures/valid/articles/what-is-iop.md:11; reword one question"
    `);
  });

  test("FAQ answers: embeds and headings that cannot work there and unknown figures, each at its line", () => {
    expect(messageFor("faq-answers")).toMatchInlineSnapshot(`
      "Content has 6 problems:
        - tests/fixtures/broken/faq-answers/faq-answers.md:12 faqs.0.answer: {{table:no-such-table}} cannot be shown inside a FAQ answer (an answer is also read on the FAQ page and by search engines); link to the table's page instead, e.g. [compare the levels of care](/compare)
        - tests/fixtures/broken/faq-answers/faq-answers.md:15 faqs.1.answer: heading "Short answer" cannot be used in a FAQ answer: it would become a heading of the page; write it as a sentence, or make it a question of its own
        - tests/fixtures/broken/faq-answers/faq-answers.md:19 faqs.1.answer: heading "Longer answer" cannot be used in a FAQ answer: it would become a heading of the page; write it as a sentence, or make it a question of its own
        - tests/fixtures/broken/faq-answers/faq-answers.md:24 faqs.2.answer: {{help-lines}} cannot be shown inside a FAQ answer (an answer is also read on the FAQ page and by search engines); link to the page that shows it instead
        - tests/fixtures/broken/faq-answers/faq-answers.md:26 faqs.2.answer: unknown figure 'no-such-figure'; expected one of the ids in figures.yml
        - tests/fixtures/broken/faq-answers/faq-answers.md:28 faqs.2.answer: unknown embed "{{chart:levels}}"; expected {{table:NAME}}, {{safety:NAME}} or {{help-lines}}"
    `);
  });

  test("every problem in every file is reported in one run", () => {
    let message = "";
    try {
      loadSite(VALID, [path.join(VALID, "articles"), "tests/fixtures/broken"]);
    } catch (error) {
      message = (error as Error).message;
    }
    const files = new Set([...message.matchAll(/^ {2}- (tests\/fixtures\/broken\/\S+?\.md)/gm)].map((m) => m[1]));
    const fixtures = fs.readdirSync("tests/fixtures/broken", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
    expect([...files].sort()).toEqual(fixtures.map((f) => `tests/fixtures/broken/${f}`).sort());
    expect(message).toMatch(/^Content has \d+ problems:/);
  });

  test("a source id that content/sources.yml does not list", () => {
    expect(messageFor("unknown-source")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/unknown-source/unknown-source.md:9 sources.1: unknown source 'no-such-source'; expected the id of an entry in content/sources.yml (add the source there first)"
    `);
  });
});
