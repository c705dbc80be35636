import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { extraPaths, sitemapPaths } from "./site";

// WCAG 2.2 AA, as axe can check it, on every page readers can reach.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const path of [...sitemapPaths(), ...extraPaths]) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
    expect(summary, summary.join("\n")).toEqual([]);
  });
}
