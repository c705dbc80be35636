import { expect, test } from "@playwright/test";
import { watchPrivacy } from "./gates/checks";
import { articleWithFaqs, extraPaths, sitemapPaths } from "./site";

// A health site must not tell anyone else what a reader reads.
test("no page requests another origin, sets a cookie or logs a console error", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const watch = watchPrivacy(page, new URL(baseURL!).origin);
  for (const path of [...sitemapPaths(), ...extraPaths.filter((p) => p !== "/no-such-page"), "/search?q=medicare"]) {
    watch.at(path);
    await page.goto(path, { waitUntil: "networkidle" });
    await watch.checkCookies(path);
  }
  expect(await context.cookies()).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", `/${articleWithFaqs.slug}`, "/no-such-page", "/enhance.js", "/sitemap.xml"]) {
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
