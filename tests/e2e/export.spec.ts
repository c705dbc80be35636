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

test("every og:image of every page is a PNG of the size it declares", async ({ page, request }) => {
  test.slow();
  const problems: string[] = [];
  let images = 0;
  for (const path of sitemapPaths()) {
    await page.goto(path, { waitUntil: "domcontentloaded" });
    const meta = await page.evaluate(() => ({
      urls: [...document.querySelectorAll('meta[property="og:image"]')].map((m) => m.getAttribute("content")!),
      width: document.querySelector('meta[property="og:image:width"]')?.getAttribute("content"),
      height: document.querySelector('meta[property="og:image:height"]')?.getAttribute("content"),
    }));
    for (const url of meta.urls) {
      images++;
      const response = await request.get(new URL(url).pathname);
      const body = await response.body();
      const isPng = body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // A PNG's first chunk (IHDR) holds its width and height.
      const size = isPng ? `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}` : "not a PNG";
      if (response.status() !== 200 || response.headers()["content-type"] !== "image/png" || size !== "1200x630" || `${meta.width}x${meta.height}` !== "1200x630") {
        problems.push(`${path}: ${url} answered ${response.status()} ${response.headers()["content-type"]}, ${size}, declared ${meta.width}x${meta.height}`);
      }
    }
  }
  expect(images).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
