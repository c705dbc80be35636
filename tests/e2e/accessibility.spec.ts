import { expect, test } from "@playwright/test";
import { axeViolations } from "./gates/checks";
import { extraPaths, sitemapPaths } from "./site";

// WCAG 2.2 AA, as axe can check it, on every page readers can reach (known-bad.spec.ts proves the check fails).
for (const path of [...sitemapPaths(), ...extraPaths]) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const summary = await axeViolations(page);
    expect(summary, summary.join("\n")).toEqual([]);
  });
}
