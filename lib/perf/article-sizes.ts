import fs from "node:fs";
import path from "node:path";

export type ArticleSize = { slug: string; brotli: number; gzip: number };

/** 14 KB: what a standard initial congestion window (10 × 1,460 bytes) delivers in the first round trip, with room for headers. */
export const FIRST_ROUND_TRIP = 14 * 1024;

/** Each article page's HTML as the hosts send it: the build's pre-compressed .br and .gz copies. */
export function articleSizes(outDir: string, slugs: readonly string[]): ArticleSize[] {
  return slugs.map((slug) => {
    const file = path.join(outDir, `${slug}.html`);
    return { slug, brotli: fs.statSync(`${file}.br`).size, gzip: fs.statSync(`${file}.gz`).size };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The gate on every article, not one sample: each page's HTML as sent with
 * Brotli must fit the first round trip. One line per article over it, then
 * the largest and its margin.
 */
export function checkArticleTransfer(sizes: readonly ArticleSize[], maxBrotliBytes: number): { lines: string[]; over: number } {
  const over = sizes.filter((s) => s.brotli > maxBrotliBytes);
  const largest = [...sizes].sort((a, b) => b.brotli - a.brotli)[0];
  const lines = over.map((s) => `OVER article  /${s.slug}: ${kb(s.brotli)} Brotli of ${kb(maxBrotliBytes)} (over by ${kb(s.brotli - maxBrotliBytes)})`);
  if (largest) lines.push(`${over.length ? "OVER" : "ok  "} articles  ${over.length} of ${sizes.length} over ${kb(maxBrotliBytes)} Brotli; largest /${largest.slug} ${kb(largest.brotli)} (margin ${kb(maxBrotliBytes - largest.brotli)})`);
  return { lines, over: over.length };
}
