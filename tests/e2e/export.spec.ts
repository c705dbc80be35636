import { expect, test } from "@playwright/test";
import { ALLOWED_INLINE_TYPES, ALLOWED_SCRIPTS } from "../../lib/export/allowlist";
import { extraPaths, sitemapPaths } from "./site";

/** The scripts a page holds, as the allowlist names them: an address of ours, or an inline type. */
const allowlisted = [...ALLOWED_SCRIPTS, ...ALLOWED_INLINE_TYPES];

test("no page asks for the framework's files, and every page's scripts are the allowlist's", async ({ page }) => {
  const problems: string[] = [];
  let current = "";
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/_next/")) problems.push(`${current}: requested ${request.url()}`);
  });
  // Every page, of every kind (home, hubs, articles, checklists, search, the 404 page): each is its own file.
  for (const path of [...sitemapPaths(), ...extraPaths]) {
    current = path;
    await page.goto(path, { waitUntil: "load" });
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => (s.src ? new URL(s.src).pathname : s.type)));
    const ours = scripts.filter((s) => !ALLOWED_INLINE_TYPES.includes(s));
    const expected = path === "/search" ? ["/search.js", "/enhance.js"] : ["/enhance.js"];
    if (scripts.some((s) => !allowlisted.includes(s)) || JSON.stringify(ours) !== JSON.stringify(expected)) {
      problems.push(`${path}: scripts ${JSON.stringify(scripts)}, expected ${JSON.stringify(expected)} and JSON-LD`);
    }
  }
  expect(problems).toEqual([]);
});

test("every og:image of every page is a PNG of the size it declares, drawn for that page (a Spanish article's is its own)", async ({ page, request }) => {
  test.slow();
  const problems: string[] = [];
  let images = 0;
  const cards = new Map<string, Buffer>();
  const counterparts = new Map<string, string[]>();
  for (const path of sitemapPaths()) {
    await page.goto(path, { waitUntil: "domcontentloaded" });
    const meta = await page.evaluate(() => ({
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]:not([hreflang="x-default"])')].map((l) => new URL(l.getAttribute("href")!).pathname),
      urls: [...document.querySelectorAll('meta[property="og:image"]')].map((m) => m.getAttribute("content")!),
      width: document.querySelector('meta[property="og:image:width"]')?.getAttribute("content"),
      height: document.querySelector('meta[property="og:image:height"]')?.getAttribute("content"),
    }));
    for (const url of meta.urls) {
      images++;
      // An article's card is drawn from its own page, in its own language: never the other edition's.
      if (new URL(url).pathname !== `${path}/opengraph-image.png`) problems.push(`${path}: og:image ${url} is not the page's own card`);
      const response = await request.get(new URL(url).pathname);
      const body = await response.body();
      cards.set(path, body);
      counterparts.set(path, meta.alternates.filter((other) => other !== path));
      const isPng = body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // A PNG's first chunk (IHDR) holds its width and height.
      const size = isPng ? `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}` : "not a PNG";
      if (response.status() !== 200 || response.headers()["content-type"] !== "image/png" || size !== "1200x630" || `${meta.width}x${meta.height}` !== "1200x630") {
        problems.push(`${path}: ${url} answered ${response.status()} ${response.headers()["content-type"]}, ${size}, declared ${meta.width}x${meta.height}`);
      }
    }
  }
  // Translations have their own card, in their own words: not the same picture as the other language's.
  for (const [path, others] of counterparts) {
    for (const other of others) if (cards.get(other)?.equals(cards.get(path)!)) problems.push(`${path}: its og:image is the same picture as ${other}'s`);
  }
  expect(images).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
