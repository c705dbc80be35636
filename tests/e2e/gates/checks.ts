import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * The checks behind the browser gates, shared by the specs that run them on
 * every page and by known-bad.spec.ts, which proves each one rejects a bad page.
 */

// WCAG 2.2 AA, as axe can check it.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's violations on the page, one line each with the elements concerned. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
}

/** Why focus is not visible on the focused element (an outline of 2px or more, or a box shadow), or "" when it is. */
export async function invisibleFocus(page: Page): Promise<string> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow, tag: el.tagName };
  });
  return (style.outline !== "none" && style.width >= 2) || style.shadow !== "none" ? "" : `no visible focus on ${JSON.stringify(style)}`;
}

/**
 * Watches a page for what a health site must never do: ask another origin
 * for anything, or log an error. `at` names the page in each problem.
 */
export function watchPrivacy(page: Page, origin: string) {
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
  return {
    problems,
    at(path: string) {
      current = path;
    },
    async checkCookies(path: string) {
      const cookie = await page.evaluate(() => document.cookie);
      if (cookie) problems.push(`${path}: document.cookie is "${cookie}"`);
    },
  };
}

type QA = { q: string; a: string };

/** The FAQ entries a page shows, and the ones its FAQPage structured data claims: the two must match. */
export async function faqShownAndClaimed(page: Page): Promise<{ shown: QA[]; claimed: QA[] }> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faqData = blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "FAQPage");
  const shown = await page.locator(".faq details").evaluateAll((entries) =>
    entries.map((d) => ({
      q: d.querySelector("summary")!.textContent!.replace("▸", "").trim(),
      a: d.querySelector(".prose")!.textContent!.replace(/\s+/g, " ").trim(),
    })),
  );
  const claimed = (faqData?.mainEntity ?? []).map((q: { name: string; acceptedAnswer: { text: string } }) => ({ q: q.name, a: q.acceptedAnswer.text }));
  return { shown, claimed };
}
