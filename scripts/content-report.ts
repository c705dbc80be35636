// Prints, per article: words, Flesch–Kincaid grade, reading time, sources,
// FAQs and days until the next review; then the site-wide totals and targets;
// then every English page's Spanish translation: up to date, out of date or
// missing, with the Spanish page's readability.
import { median, reportArticle } from "../lib/content/article-report";
import { displayPath, formatProblem } from "../lib/content/errors";
import { overdueReviewWarning, reviewedPages } from "../lib/content/review-due";
import { SPANISH_READABILITY_TARGETS, articleReadability } from "../lib/content/readability-es";
import { contentRoot, getSite } from "../lib/content/site";

const site = getSite();
const rows = site.articles.map((article) => reportArticle(article, new Date()));
const columns = ["slug", "words", "grade", "minutes", "sources", "faqs", "review in (days)"];
const table = rows.map((r) => [r.slug, r.words, r.grade.toFixed(1), r.readingMinutes, r.sources, r.faqs, r.daysUntilReview < 0 ? `OVERDUE ${r.daysUntilReview}` : r.daysUntilReview].map(String));

/** Prints a table with its first `textColumns` columns aligned left and the figures right. */
function printTable(header: string[], rows: string[][], textColumns = 1) {
  const widths = header.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

printTable(columns, table);

const grades = rows.map((r) => r.grade);
const faqTotal = rows.reduce((sum, r) => sum + r.faqs, 0);
console.log("");
console.log(`articles: ${rows.length}   FAQ entries: ${faqTotal}   glossary terms: ${site.glossary.length}`);
console.log(`grade: median ${median(grades).toFixed(1)} (target ≤ 7), highest ${Math.max(...grades).toFixed(1)} (target ≤ 8, build fails above 9)`);
const warning = overdueReviewWarning(reviewedPages(site, displayPath(contentRoot())), new Date());
console.log(warning ?? "reviews: none overdue");

const translations = site.es?.status ?? site.articles.map((a) => ({ page: a.slug, state: "missing" as const, translation: undefined }));
const spanish = new Map((site.es?.articles ?? []).map((a) => [a.translationOf, a]));
const esRows = translations.map((t) => {
  const article = spanish.get(t.page);
  const score = article && articleReadability(article);
  return [t.page, t.state, article?.slug ?? "", score ? score.inflesz.toFixed(1) : "", score ? score.fernandezHuerta.toFixed(1) : ""];
});
console.log("");
printTable(["page", "Spanish", "slug", "INFLESZ", "Fernández-Huerta"], esRows, 3);
const count = (state: string) => translations.filter((t) => t.state === state).length;
console.log("");
console.log(`Spanish: ${count("up to date")} up to date, ${count("out of date")} out of date, ${count("missing")} missing   targets: INFLESZ ≥ ${SPANISH_READABILITY_TARGETS.inflesz} or Fernández-Huerta ≥ ${SPANISH_READABILITY_TARGETS.fernandezHuerta}`);
for (const warning of site.es?.warnings ?? []) console.log(`warning: ${formatProblem(warning)}`);
