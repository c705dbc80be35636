// npm run search:eval [-- es] — how well and how fast search answers readers.
// Prints, for the committed evaluation set (tests/search/eval.<language>.yml):
// top-1, top-3, MRR, zero-result and out-of-scope figures, every query not
// answered first; then, against the built site (npm run build first), the
// compressed bytes of a cold first search and the time to the first result
// in Chromium, cold and once the index has loaded. Never fails on a figure.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { contentRoot, getSite } from "../lib/content/site";
import { handleRequest } from "../lib/server/handle-request";
import { loadStaticSite } from "../lib/server/static-site";
import { searchData } from "../lib/search/documents";
import { createSearch } from "../lib/search/engine";
import { readEvalSet } from "../lib/search/eval-set";
import { evaluate, missedTargets, SEARCH_TARGETS } from "../lib/search/evaluate";
import { readSearchLanguage } from "../lib/search/language-file";
import { searchLanguage } from "../lib/search/languages";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium";

const LANGUAGE = process.argv[2] ?? "en";
const { articles, base, samplePage } = searchLanguage(LANGUAGE);
const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const COLD_BYTES_TARGET = 60 * 1024;
const FIRST_RESULT_TARGET_MS = 100;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const cases = readEvalSet(LANGUAGE);
const engine = createSearch(searchData({ articles: articles(getSite()) }, LANGUAGE, readSearchLanguage(contentRoot(), LANGUAGE), base));
const report = evaluate(cases, (q) => engine.search(q));
console.log(`Search evaluation (${LANGUAGE}): ${report.inScope} in-scope and ${report.outOfScope} out-of-scope queries`);
console.log(`  top-1          ${pct(report.top1).padStart(8)}   target ≥ ${pct(SEARCH_TARGETS.top1)}`);
console.log(`  top-3          ${pct(report.top3).padStart(8)}   target ≥ ${pct(SEARCH_TARGETS.top3)}`);
console.log(`  MRR            ${report.mrr.toFixed(3).padStart(8)}`);
console.log(`  zero results   ${pct(report.zeroResults).padStart(8)}   target 0 % of in-scope queries`);
console.log(`  out of scope   ${pct(report.outOfScopeFlagged).padStart(8)}   said "no close match" (target 100 %)`);
for (const o of report.outcomes.filter((o) => !o.pass)) {
  const want = [o.case.page].flat().join(" or ") + (o.case.anchor ? ` (#…${o.case.anchor}…)` : "");
  console.log(`  not first: "${o.case.q}" → ${o.top ?? "nothing"}; expected ${want}${o.rank ? `, ranked ${o.rank}` : ""}`);
}
const missed = missedTargets(report);
console.log(missed.length ? `  MISSED: ${missed.join("; ")}` : "  accuracy targets met");

await measureBrowser();

/** Bytes and time of a first search on a cold cache, and of later queries, in Chromium against the built site. */
async function measureBrowser(): Promise<void> {
  if (!fs.existsSync(path.join(OUT, `search-${LANGUAGE}.json`))) {
    console.log(`\nBrowser figures skipped: no ${path.relative(process.cwd(), OUT)}/search-${LANGUAGE}.json (run npm run build first).`);
    return;
  }
  const site = loadStaticSite(OUT);
  const server = http.createServer((req, res) => handleRequest(site, req, res));
  // Port 0: the system picks a free one, so this never collides with another server.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const transferred = new Map<string, number>();
    page.on("response", async (response) => {
      const url = new URL(response.url()).pathname;
      if (url.startsWith("/search")) transferred.set(url, (await response.request().sizes()).responseBodySize);
    });
    const sample = await page.goto(`${origin}${samplePage}`);
    // Until the language's pages are built, its box (and its index) is not on the page.
    if (sample?.status() !== 200) {
      console.log(`\nBrowser figures skipped: ${samplePage} answered ${sample?.status()} (its language's pages are not built).`);
      return;
    }
    const box = page.locator("input[data-search-box]");
    // From focus (when the script starts loading) to the first option on screen.
    // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
    const cold = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>("input[data-search-box]")!;
      const start = performance.now();
      input.focus();
      input.value = "medicare";
      while (!document.getElementById("site-search-option-0")) {
        input.dispatchEvent(new Event("input"));
        await new Promise<void>((r) => setTimeout(r, 5));
        if (performance.now() - start > 30_000) throw new Error("no result within 30 s");
      }
      return performance.now() - start;
    });
    await box.blur();
    const warm = await page.evaluate(
      async (queries) => {
        const input = document.querySelector<HTMLInputElement>("input[data-search-box]")!;
        const list = document.getElementById(input.getAttribute("aria-controls")!)!;
        const times: number[] = [];
        for (const q of queries) {
          const changed = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
            observer.observe(list, { childList: true });
          });
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event("input"));
          await changed;
          times.push(performance.now() - start);
        }
        return times.sort((a, b) => a - b);
      },
      cases.map((c) => c.q),
    );
    const wire = [...transferred.values()].reduce((a, b) => a + b, 0);
    const files = ["search.js", `search-${LANGUAGE}.json`].map((f) => fs.readFileSync(path.join(OUT, f)));
    const gzip = files.reduce((sum, f) => sum + zlib.gzipSync(f, { level: 9 }).length, 0);
    const brotli = files.reduce((sum, f) => sum + zlib.brotliCompressSync(f).length, 0);
    const quantile = (q: number) => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))];
    console.log(`\nBrowser (Chromium, ${origin}, cold cache; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores):`);
    console.log(`  cold first search, bytes on the wire ${kb(wire).padStart(9)}   target ≤ ${kb(COLD_BYTES_TARGET)} (${[...transferred.keys()].join(", ")})`);
    console.log(`    same files, gzip -9 ${kb(gzip)}, brotli ${kb(brotli)}`);
    console.log(`  cold first result after focus    ${`${cold.toFixed(0)} ms`.padStart(9)}   (script, index and engine load once)`);
    console.log(
      `  first result after typing, index loaded: median ${quantile(0.5).toFixed(1)} ms, p95 ${quantile(0.95).toFixed(1)} ms, max ${warm.at(-1)!.toFixed(1)} ms over ${warm.length} queries   target ≤ ${FIRST_RESULT_TARGET_MS} ms`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
