/**
 * Review dates are a promise to readers, not a build rule: a page past its
 * `nextReview` still builds (a calendar date must never turn CI red), but
 * the build warns, the content report marks it and the page says so.
 */
export function isReviewOverdue(nextReview: string, today: Date): boolean {
  return today.toISOString().slice(0, 10) > nextReview;
}

type Reviewed = { nextReview: string; path: string; file: string };

/** The build's warning listing every overdue page, or undefined when none is. */
export function overdueReviewWarning(pages: readonly Reviewed[], today: Date): string | undefined {
  const overdue = pages.filter((page) => isReviewOverdue(page.nextReview, today));
  if (!overdue.length) return undefined;
  const lines = overdue.map((page) => `  - ${page.path} (${page.file}): review was due ${page.nextReview}`);
  return `Warning: ${overdue.length} ${overdue.length === 1 ? "page is" : "pages are"} past the next review date; review them and move nextReview on:\n${lines.join("\n")}`;
}

/** Every page that carries review dates: articles and checklists, with the file an editor opens. */
export function reviewedPages(
  site: { articles: readonly { slug: string; file: string; nextReview: string }[]; checklists: readonly { slug: string; nextReview: string }[] },
  contentDir: string,
): Reviewed[] {
  return [
    ...site.articles.map((a) => ({ path: `/${a.slug}`, file: a.file, nextReview: a.nextReview })),
    ...site.checklists.map((c) => ({ path: `/checklists/${c.slug}`, file: `${contentDir}/checklists/${c.slug}.yml`, nextReview: c.nextReview })),
  ];
}
