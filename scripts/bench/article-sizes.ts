import fs from "node:fs";
import path from "node:path";

export type ArticleSize = { slug: string; brotli: number; gzip: number };

/** 14 KB: what a standard initial congestion window (10 × 1,460 bytes) delivers in the first round trip, with room for headers. */
export const FIRST_ROUND_TRIP = 14 * 1024;

/** Each article page's HTML as the hosts send it: the build's pre-compressed .br and .gz copies. */
export function articleSizes(outDir: string, slugs: string[]): ArticleSize[] {
  return slugs.map((slug) => {
    const file = path.join(outDir, `${slug}.html`);
    return { slug, brotli: fs.statSync(`${file}.br`).size, gzip: fs.statSync(`${file}.gz`).size };
  });
}
