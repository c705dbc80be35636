// Fails when a page type's first visit (HTML + CSS + JS, gzip) goes over its
// budget in scripts/budgets.json, or when any article's HTML as sent with
// Brotli (English or Spanish) no longer fits the first round trip. Run after `npm run build`.
import fs from "node:fs";
import path from "node:path";
import { loadSite } from "../lib/content/load-site";
import { articleSizes, checkArticleTransfer, FIRST_ROUND_TRIP } from "../lib/perf/article-sizes";
import { checkBudgets, type Budget } from "../lib/perf/budgets";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const budgets = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "budgets.json"), "utf8")) as { pages: Budget[] };
const pages = checkBudgets(OUT, budgets.pages);
const site = loadSite(process.env.CONTENT_DIR ?? "content");
// Both editions: a Spanish page runs longer than its English one, so it is the one nearer the limit.
const slugs = [...site.articles.map((a) => a.slug), ...(site.es?.articles ?? []).map((a) => `es/${a.slug}`)];
const articles = checkArticleTransfer(articleSizes(OUT, slugs), FIRST_ROUND_TRIP);
for (const line of [...pages.lines, ...articles.lines]) console.log(line);
process.exit(pages.over + articles.over ? 1 : 0);
