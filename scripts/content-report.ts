// Prints, per article: words, Flesch–Kincaid grade, reading time, sources,
// FAQs and days until the next review; then the site-wide totals and targets.
import { median, reportArticle } from "../lib/content/article-report";
import { displayPath } from "../lib/content/errors";
import { overdueReviewWarning, reviewedPages } from "../lib/content/review-due";
import { contentRoot, getSite } from "../lib/content/site";

const site = getSite();
const rows = site.articles.map((article) => reportArticle(article, new Date()));
const columns = ["slug", "words", "grade", "minutes", "sources", "faqs", "review in (days)"];
const table = rows.map((r) => [r.slug, r.words, r.grade.toFixed(1), r.readingMinutes, r.sources, r.faqs, r.daysUntilReview < 0 ? `OVERDUE ${r.daysUntilReview}` : r.daysUntilReview].map(String));
const widths = columns.map((c, i) => Math.max(c.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");

console.log(line(columns));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of table) console.log(line(row));

const grades = rows.map((r) => r.grade);
const faqTotal = rows.reduce((sum, r) => sum + r.faqs, 0);
console.log("");
console.log(`articles: ${rows.length}   FAQ entries: ${faqTotal}   glossary terms: ${site.glossary.length}`);
console.log(`grade: median ${median(grades).toFixed(1)} (target ≤ 7), highest ${Math.max(...grades).toFixed(1)} (target ≤ 8, build fails above 9)`);
const warning = overdueReviewWarning(reviewedPages(site, displayPath(contentRoot())), new Date());
console.log(warning ?? "reviews: none overdue");
