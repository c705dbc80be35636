// In Chromium, on the host of this Playwright project: an article renders
// with no console error and no CSP violation, search finds something, and an
// old address lands on its article.
import { expect, test } from "@playwright/test";
import { readExport } from "./export-facts";

const { manifest } = readExport();
const article = manifest.pages.find((p) => p !== "/" && !p.includes("/", 1) && p !== "/search")!;

test("an article renders with no console error and no CSP violation", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(article);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("main")).toContainText(/\w/);
  expect(errors).toEqual([]);
});

test("search returns a result, with no CSP violation", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  // A word from the article's own address, so the search has something to find whatever the content.
  await page.goto(`/search?q=${article.slice(1).split("-")[0]}`);
  await expect(page.locator("#search-results li a").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("an old address lands on its article", async ({ page }) => {
  const alias = manifest.redirects[0];
  test.skip(!alias, "this export has no old addresses");
  await page.goto(alias.from);
  await expect(page).toHaveURL(new RegExp(`${alias.to}$`));
  await expect(page.locator("h1")).toBeVisible();
});
