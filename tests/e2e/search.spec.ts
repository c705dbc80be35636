import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { articleWithFaqs, site } from "./site";

const realContent = !process.env.CONTENT_DIR;
const box = (page: Page) => page.getByRole("combobox", { name: "Search this site" });

test.describe("search finds the right place first", () => {
  test.skip(!realContent, "pinned to the real guide's content");
  // A few of tests/search/eval.en.yml through the real page; the whole set runs in the unit tests.
  const pinned: [query: string, url: RegExp][] = [
    ["how many hours", /^\/time-commitment(#|$)/],
    // Both answer it: the insurance page, and the cost page's section on paying with insurance.
    ["does insurance pay", /^\/(insurance|cost#paying-with-insurance)(#|$)/],
    ["php vs iop", /^\/iop-vs-php(#|$)/],
    ["does medicare pay for iop", /^\/insurance#.*medicare/],
    ["eye pressure", /^\/other-iop(#|$)/],
  ];
  for (const [query, url] of pinned) {
    test(`"${query}" → ${url.source}`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator("#search-results li a").first()).toHaveAttribute("href", url);
      await expect(page.locator("#search-results li").first().locator("mark").first()).toBeVisible();
    });
  }

  test("a query that matches nothing well shows the nearest pages and says so", async ({ page }) => {
    await page.goto("/search?q=best+pizza+near+me");
    await expect(page.locator("#search-status")).toContainText("No page matches");
    await expect(page.locator("#search-results li").first()).toBeVisible();
  });
});

test("the search page works by keyboard alone and announces its results", async ({ page }) => {
  await page.goto("/search");
  const input = page.getByRole("searchbox", { name: "Search the guide" });
  await input.focus();
  await page.keyboard.type(site.articles[0].title.split(" ").slice(0, 3).join(" "));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /results? for/ })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?q=/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const focused = page.locator("#search-results a:focus");
  await expect(focused).toHaveCount(1);
  const href = await focused.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href!.split("#")[0]}`));
});

test("nothing about search loads until the header box is focused", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`/${articleWithFaqs.slug}`);
  await page.goto("/");
  expect(requests.filter((p) => p.startsWith("/search"))).toEqual([]);
  await page.getByRole("searchbox", { name: "Search this site" }).focus();
  await expect(box(page)).toBeVisible();
  expect(requests).toContain("/search.js");
  expect(requests.filter((p) => p.startsWith("/search-"))).toEqual([]);
  await page.keyboard.type("medicare");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  expect(requests).toContain("/search-en.json");
});

test("the header box is a combobox: arrow keys, Enter, Escape and announced results", async ({ page }) => {
  await page.goto(`/${articleWithFaqs.slug}`);
  await page.getByRole("searchbox", { name: "Search this site" }).focus();
  const input = box(page);
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await expect(input).toHaveAttribute("aria-autocomplete", "list");
  await page.keyboard.type("does medicare cover iop");
  const list = page.getByRole("listbox", { name: site.text.search.suggestions });
  await expect(list).toBeVisible();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(input).toHaveAttribute("aria-controls", (await list.getAttribute("id"))!);
  const options = list.getByRole("option");
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.getByRole("status")).toHaveText(/\d+ results? for “does medicare cover iop”/);

  await page.keyboard.press("ArrowDown");
  await expect(input).toHaveAttribute("aria-activedescendant", (await options.nth(0).getAttribute("id"))!);
  await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(options.nth(0)).toHaveAttribute("aria-selected", "false");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(input).toHaveAttribute("aria-activedescendant", (await options.nth(count - 1).getAttribute("id"))!);

  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await expect(input).not.toHaveAttribute("aria-activedescendant");
  await expect(input).toHaveValue("does medicare cover iop");
  await expect(input).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await expect(list).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/insurance#.*medicare/);
});

test("the open combobox and the results page pass axe", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search this site" }).focus();
  await page.keyboard.type("suboxone");
  // The first focus loads the index: wait for the results before moving into them.
  const first = page.getByRole("listbox").getByRole("option").first();
  await expect(first).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
  await page.goto("/search?q=suboxone");
  await expect(page.locator("#search-results li mark").first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
});

test("Enter with no result chosen searches on the search page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search this site" }).focus();
  await page.keyboard.type("sober house");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search?q=sober+house");
  await expect(page.locator("#search-results li a").first()).toHaveAttribute("href", /^\/is-iop-right/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header box is a plain form that goes to /search?q=", async ({ page }) => {
    await page.goto(`/${articleWithFaqs.slug}`);
    const input = page.getByRole("searchbox", { name: "Search this site" });
    await expect(input).not.toHaveAttribute("role", "combobox");
    await input.fill("hours");
    await input.press("Enter");
    await expect(page).toHaveURL("/search?q=hours");
  });
  test("the search page explains itself and links to the topic index", async ({ page }) => {
    await page.goto("/search?q=hours");
    const note = page.locator("#search-without-script");
    await expect(note).toBeVisible();
    await note.getByRole("link", { name: "All topics" }).click();
    await expect(page).toHaveURL("/topics");
  });
});
