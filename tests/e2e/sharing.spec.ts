import { expect, test, type Page } from "@playwright/test";
import { faqShownAndClaimed } from "./gates/checks";
import { articleWithFaqs, site, sitemapPaths } from "./site";

const faq = articleWithFaqs.faqs[0];
const tableArticle = site.articles.find((a) => a.blocks.some((b) => b.kind === "table"))!;

async function expectAnswerOpen(page: Page) {
  const entry = page.locator(`details:has([id="${faq.id}"])`);
  await expect(entry).toHaveAttribute("open", "");
  await expect(page.locator(`[id="${faq.id}"]`)).toBeInViewport();
  await expect(entry.locator("summary")).toBeInViewport();
}

test.describe("a link to one FAQ answer shows it open", () => {
  test("with JavaScript", async ({ page }) => {
    await page.goto(`/${articleWithFaqs.slug}#${faq.id}`);
    await expectAnswerOpen(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the browser opens it natively", async ({ page }) => {
      await page.goto(`/${articleWithFaqs.slug}#${faq.id}`);
      await expectAnswerOpen(page);
    });
  });

  test("on the FAQ hub, with a link back to the article", async ({ page }) => {
    await page.goto(`/faq#${faq.id}`);
    await expectAnswerOpen(page);
    await page.locator(`[id="${faq.id}"]`).getByRole("link", { name: articleWithFaqs.title }).click();
    await expect(page).toHaveURL(`/${articleWithFaqs.slug}#${faq.id}`);
    await expectAnswerOpen(page);
  });
});

test.describe("copy-link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a FAQ answer's link copies its full address and says so to screen readers", async ({ page, baseURL }) => {
    await page.goto(`/${articleWithFaqs.slug}`);
    const entry = page.locator(`details:has([id="${faq.id}"])`);
    await entry.locator("summary").click();
    await entry.getByRole("link", { name: `Link to this answer: ${faq.question}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${articleWithFaqs.slug}#${faq.id}`);
    await expect(page.getByRole("status")).toHaveText("Link copied");
  });

  test("a heading's anchor copies the section's address", async ({ page, baseURL }) => {
    const heading = articleWithFaqs.headings.find((h) => h.depth === 2)!;
    await page.goto(`/${articleWithFaqs.slug}`);
    await page.getByRole("link", { name: `Section titled ${heading.text}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${articleWithFaqs.slug}#${heading.id}`);
    await expect(page.getByRole("status")).toHaveText("Link copied");
  });

  test("on a Spanish page it says so in Spanish, on screen and to screen readers", async ({ page }) => {
    const spanish = site.es!.articles.find((a) => a.headings.some((h) => h.depth === 2))!;
    const heading = spanish.headings.find((h) => h.depth === 2)!;
    await page.goto(`/es/${spanish.slug}`);
    const anchor = page.getByRole("link", { name: `${site.es!.text.ui.article.sectionTitled} ${heading.text}` });
    await anchor.click();
    await expect(page.getByRole("status")).toHaveText(site.es!.text.ui.linkCopied);
    expect(await anchor.evaluate((a) => getComputedStyle(a, "::after").content)).toContain(site.es!.text.ui.linkCopied);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("it is a plain link to the section", async ({ page }) => {
      const heading = articleWithFaqs.headings.find((h) => h.depth === 2)!;
      await page.goto(`/${articleWithFaqs.slug}`);
      await page.getByRole("link", { name: `Section titled ${heading.text}` }).click();
      await expect(page).toHaveURL(new RegExp(`#${heading.id}$`));
    });
  });
});

test("at 320 px the comparison is still a table in Chromium's accessibility tree, scrolling inside its labelled region", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const table = site.tables.values().next().value!;
  await page.goto(`/${tableArticle.slug}`);

  // What a screen reader is given: Chromium's own tree, not the DOM or the pixels.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  const shown = nodes.filter((n) => !n.ignored);
  const count = (role: string) => shown.filter((n) => n.role?.value === role).length;
  expect(shown.filter((n) => n.role?.value === "table").map((n) => n.name?.value)).toEqual([table.caption]);
  expect(count("row")).toBe(table.rows.length + 1);
  expect(count("columnheader")).toBe(table.columns.length + 1);
  expect(count("rowheader")).toBe(table.rows.length);
  expect(count("cell")).toBe(table.rows.length * table.columns.length);

  // The table scrolls sideways inside a focusable region named by its caption; the page itself does not.
  const region = page.getByRole("region", { name: table.caption });
  await expect(region).toHaveAttribute("tabindex", "0");
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  // Scrolled to its far side, each row still shows its header.
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  const box = (await region.boundingBox())!;
  const header = (await page.locator(`tr[id$="-${table.rows[1].id}"]`).getByRole("rowheader").boundingBox())!;
  expect(header.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(header.x + header.width).toBeLessThanOrEqual(box.x + box.width);
});

test("a malformed #hash breaks nothing: the page's script still runs", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  for (const hash of ["#%E0%A4%A", '#"><', "#%"]) {
    await page.goto(`/${articleWithFaqs.slug}${hash}`);
    // The print handler is set up after the hash is read: printing still opens every answer.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect(page.locator(".faq details:not([open])")).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  }
  expect(errors).toEqual([]);
});

test.describe("print", () => {
  test("an article prints as a handout: answers open, no navigation, links and address shown", async ({ page }) => {
    await page.goto(`/${articleWithFaqs.slug}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
    for (const entry of articleWithFaqs.faqs) await expect(page.locator(`[id="${entry.id}"]`)).toBeVisible();
    await expect(page.getByText(`Printed from`)).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Crisis help" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Sources", exact: true })).toBeVisible();
    const link = page.locator('main .prose a[href^="/"]:not(.copy-link)').first();
    const href = await link.getAttribute("href");
    expect(await link.evaluate((el) => getComputedStyle(el, "::after").content)).toBe(`" (${href})"`);
  });
});

test("every page has one h1, a canonical link and JSON-LD that matches what it shows", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of sitemapPaths()) {
    await page.goto(path);
    await expect(page.locator("h1"), path).toHaveCount(1);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical, path).toMatch(new RegExp(`${path === "/" ? "" : path}$`));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length, path).toBeGreaterThan(0);
    const data = blocks.map((b) => JSON.parse(b));
    const article = site.articles.find((a) => `/${a.slug}` === path);
    if (!article) continue;
    const medical = data.find((d) => d["@type"] === "MedicalWebPage");
    expect(medical.lastReviewed).toBe(article.lastReviewed);
    expect(medical.name).toBe(await page.locator("h1").textContent());
    await expect(page.locator(`time[datetime="${medical.lastReviewed}"]`).first()).toBeVisible();
    if (!article.faqs.length) continue;
    const { shown, claimed } = await faqShownAndClaimed(page);
    expect(shown.length, path).toBe(article.faqs.length);
    expect(claimed, path).toEqual(shown);
  }
});

test("an old address redirects permanently to the article", async ({ request }) => {
  const renamed = site.articles.find((a) => a.aliases.length);
  test.skip(!renamed, "no article has an alias");
  const response = await request.get(`/${renamed!.aliases[0]}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers()["location"]).toMatch(new RegExp(`/${renamed!.slug}$`));
});
