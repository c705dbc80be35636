import type { Article } from "./read-article";
import { measureReadability, type Readability } from "./readability";

export type ArticleReport = Readability & {
  slug: string;
  sources: number;
  faqs: number;
  daysUntilReview: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The figures an editor checks per article: length, reading level, sources, FAQs, review due. */
export function reportArticle(article: Article, today: Date): ArticleReport {
  const texts = [article.summary, article.markdown, ...article.faqs.flatMap((f) => [f.question, f.answer])];
  const due = Date.parse(`${article.nextReview}T00:00:00Z`);
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return {
    slug: article.slug,
    ...measureReadability(texts),
    sources: article.sources.length,
    faqs: article.faqs.length,
    daysUntilReview: Math.round((due - start) / DAY_MS),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
