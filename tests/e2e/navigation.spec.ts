import { expect, test } from "@playwright/test";
import { articleWithFaqs, site } from "./site";

test("home → article → related article → another article", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(site.text.name);

  const start = site.text.startPoints.find((s) => site.articles.some((a) => a.slug === s.page))!;
  const first = site.articles.find((a) => a.slug === start.page)!;
  await page.getByRole("link", { name: new RegExp(start.label) }).click();
  await expect(page).toHaveURL(`/${first.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);

  const second = site.articles.find((a) => a.slug === first.related[0])!;
  await page.getByRole("navigation", { name: "Related articles" }).getByRole("link", { name: second.title }).click();
  await expect(page).toHaveURL(`/${second.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.title);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All topics" }).click();
  const third = site.articles.find((a) => a.slug !== first.slug && a.slug !== second.slug)!;
  await page.getByRole("main").getByRole("link", { name: third.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(third.title);
});

test("every article shows its summary, review dates, sources and disclaimer", async ({ page }) => {
  for (const article of site.articles) {
    await page.goto(`/${article.slug}`);
    await expect(page.getByRole("region", { name: "In short" })).toContainText(article.summary.slice(0, 40));
    await expect(page.locator(`time[datetime="${article.lastReviewed}"]`)).toBeVisible();
    await expect(page.locator(`time[datetime="${article.nextReview}"]`)).toBeVisible();
    await expect(page.getByRole("region", { name: "Sources", exact: true }).getByRole("listitem")).toHaveCount(article.sources.length);
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
    await expect(page.locator("h1")).toHaveCount(1);
  }
});

for (const path of ["/", "/topics", "/no-such-page"]) {
  test(`crisis help is on ${path} at a glance`, async ({ page }) => {
    await page.goto(path);
    const bar = page.getByRole("complementary", { name: "Crisis help" });
    await expect(bar).toBeInViewport();
    await expect(bar.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
    await expect(bar.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
    await expect(bar.getByRole("link", { name: /911/ })).toHaveAttribute("href", "tel:911");
    // The SAMHSA Helpline gives referrals, not crisis counseling: it belongs where treatment is found.
    await expect(bar.getByRole("link", { name: /1-800/ })).toHaveCount(0);
  });
}

test.describe("unknown addresses get a real 404", () => {
  const paths = [
    "/no-such-page",
    "/what-is-iop/extra",
    "/..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/..%252f..%252fetc%252fpasswd",
    "/content/articles/what-is-iop.md",
    "/.env",
    "/package.json",
  ];
  for (const path of paths) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Page not found");
    });
  }

  test("the 404 page is a page a reader can use", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("main").getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL("/");
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an article reads and navigates", async ({ page }) => {
    const article = articleWithFaqs;
    await page.goto(`/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);

    const toc = page.getByRole("navigation", { name: "On this page" });
    const heading = article.headings.find((h) => h.depth === 2)!;
    await toc.getByRole("link", { name: heading.text, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${heading.id}$`));
    await expect(page.locator(`[id="${heading.id}"]`)).toBeInViewport();

    const faq = article.faqs[0];
    const entry = page.locator(`details:has([id="${faq.id}"])`);
    await expect(entry).not.toHaveAttribute("open");
    await entry.locator("summary").click();
    await expect(entry).toHaveAttribute("open", "");

    await page.getByRole("navigation", { name: "Related articles" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the skip link moves to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});

test("an article stays readable at 320 px wide with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const slug of ["", articleWithFaqs.slug, "topics"]) {
    await page.goto(`/${slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `/${slug} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
