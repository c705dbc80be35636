import { expect, test } from "@playwright/test";
import { extraPaths, sitemapPaths } from "./site";

// A health site must not tell anyone else what a reader reads.
test("no page requests another origin, sets a cookie or logs a console error", async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  let current = "";
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) problems.push(`${current}: request to ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: script error: ${error.message}`));

  for (const path of [...sitemapPaths(), ...extraPaths.filter((p) => p !== "/no-such-page"), "/search?q=medicare"]) {
    current = path;
    await page.goto(path, { waitUntil: "networkidle" });
    const cookie = await page.evaluate(() => document.cookie);
    if (cookie) problems.push(`${path}: document.cookie is "${cookie}"`);
  }
  expect(await context.cookies()).toEqual([]);
  expect(problems).toEqual([]);
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", sitemapPaths()[6], "/no-such-page", "/enhance.js", "/sitemap.xml"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("'unsafe-eval'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-inline");
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["permissions-policy"], path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers["x-powered-by"], path).toBeUndefined();
    expect(headers["set-cookie"], path).toBeUndefined();
  }
});
