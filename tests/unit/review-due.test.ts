import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ReviewDates } from "@/components/article/ReviewDates";
import { loadSite } from "@/lib/content/load-site";
import { isReviewOverdue, overdueReviewWarning } from "@/lib/content/review-due";

const today = new Date("2027-11-23T09:00:00Z");
const englishWords = loadSite("tests/fixtures/valid").text.ui.article;

describe("review dates", () => {
  test("a page is overdue from the day after its next review", () => {
    expect(isReviewOverdue("2027-11-23", today)).toBe(false);
    expect(isReviewOverdue("2027-11-22", today)).toBe(true);
  });

  test("the build warns with every overdue page, its file and due date, and says nothing when none is", () => {
    const pages = [
      { path: "/what-is-iop", file: "content/articles/what-is-iop.md", nextReview: "2027-11-22" },
      { path: "/insurance", file: "content/articles/insurance.md", nextReview: "2028-01-01" },
      { path: "/checklists/questions", file: "content/checklists/questions.yml", nextReview: "2027-01-31" },
    ];
    expect(overdueReviewWarning(pages, today)).toMatchInlineSnapshot(`
      "Warning: 2 pages are past the next review date; review them and move nextReview on:
        - /what-is-iop (content/articles/what-is-iop.md): review was due 2027-11-22
        - /checklists/questions (content/checklists/questions.yml): review was due 2027-01-31"
    `);
    expect(overdueReviewWarning(pages, new Date("2026-11-24T00:00:00Z"))).toBeUndefined();
  });
});

describe("the page itself", () => {
  const render = (today: Date) =>
    renderToStaticMarkup(createElement(ReviewDates, { lastReviewed: "2026-11-22", nextReview: "2027-11-22", overdue: isReviewOverdue("2027-11-22", today), lang: "en", words: englishWords }));

  test("tells readers when the review is overdue", () => {
    expect(render(today)).toContain("This review is overdue");
  });

  test("says nothing more while the review is not due", () => {
    expect(render(new Date("2027-11-22T23:00:00Z"))).not.toContain("overdue");
  });
});
