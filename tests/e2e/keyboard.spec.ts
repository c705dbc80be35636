import { expect, test, type Page } from "@playwright/test";
import { invisibleFocus } from "./gates/checks";
import { articleWithFaqs } from "./site";

/** Focus must be visible: an outline (or a box shadow) on the focused element. */
async function expectVisibleFocus(page: Page) {
  expect(await invisibleFocus(page)).toBe("");
}

async function tabTo(page: Page, name: RegExp | string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return (el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent ?? "").trim();
    });
    if (typeof name === "string" ? label === name : name.test(label)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

test("keyboard alone: skip link, menu, search, FAQ and copy-link, each with visible focus", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/${articleWithFaqs.slug}`);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectVisibleFocus(page);

  await tabTo(page, "Call 988");
  await expectVisibleFocus(page);

  await tabTo(page, "Search this site");
  await expectVisibleFocus(page);

  await tabTo(page, "All topics");
  await expectVisibleFocus(page);

  const faq = articleWithFaqs.faqs[0];
  // The summary's text starts with its decorative arrow.
  await tabTo(page, new RegExp(`^▸?\\s*${faq.question.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await page.keyboard.press("Enter");
  const entry = page.locator(`details:has([id="${faq.id}"])`);
  await expect(entry).toHaveAttribute("open", "");
  await expectVisibleFocus(page);

  await tabTo(page, `Link to this answer: ${faq.question}`);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Link copied");
});
