import { expect, test } from "@playwright/test";
import { articleWithFaqs, site } from "./site";

const realContent = !process.env.CONTENT_DIR;

test.describe("search finds the right page first", () => {
  test.skip(!realContent, "pinned to the real guide's content");
  const pinned: [query: string, slug: string][] = [
    ["how many hours", "time-commitment"],
    ["does insurance pay", "insurance"],
    ["php vs iop", "iop-vs-php"],
    ["medicare", "insurance"],
    ["eye pressure", "other-iop"],
  ];
  for (const [query, slug] of pinned) {
    test(`"${query}" → /${slug}`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const first = page.locator("#search-results li a").first();
      await expect(first).toHaveAttribute("href", new RegExp(`^/${slug}(#|$)`));
    });
  }
});

test("search works by keyboard alone and announces its results", async ({ page }) => {
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

test("the search index loads only when someone searches", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`/${articleWithFaqs.slug}`);
  await page.goto("/");
  expect(requests.filter((p) => p.startsWith("/pagefind/") || p === "/search.js")).toEqual([]);
  await page.getByRole("searchbox", { name: "Search this site" }).fill("IOP");
  await page.keyboard.press("Enter");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  expect(requests.some((p) => p.startsWith("/pagefind/"))).toBe(true);
});

test.describe("without JavaScript, search explains itself", () => {
  test.use({ javaScriptEnabled: false });
  test("and links to the topic index", async ({ page }) => {
    await page.goto("/search?q=hours");
    const note = page.locator("#search-without-script");
    await expect(note).toBeVisible();
    await note.getByRole("link", { name: "All topics" }).click();
    await expect(page).toHaveURL("/topics");
  });
});

test("a glossary term links to its definition, which shows on keyboard focus and closes on Escape", async ({ page }) => {
  const article = site.articles.find((a) => a.glossaryTerms.length)!;
  const term = site.glossary.find((t) => t.id === article.glossaryTerms[0])!;
  await page.goto(`/${article.slug}`);
  const link = page.locator(`main .prose a.glossary-term[href="/glossary#${term.id}"]`);
  await expect(link).toHaveCount(1);
  await link.focus();
  const tip = page.getByRole("tooltip");
  await expect(tip).toHaveText(term.definition);
  await expect(link).toHaveAttribute("aria-describedby", "glossary-tip");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/glossary#${term.id}`);
  await expect(page.locator(`[id="${term.id}"]`)).toBeInViewport();
});

for (const checklist of site.checklists) {
  test(`the checklist "${checklist.title}" prints on one page with its check boxes`, async ({ page }) => {
    await page.goto(`/checklists/${checklist.slug}`);
    const boxes = page.getByRole("checkbox");
    await expect(boxes).toHaveCount(checklist.sections.flatMap((s) => s.items).length);
    await boxes.first().check();
    await page.emulateMedia({ media: "print" });
    await expect(boxes.first()).toBeVisible();
    for (const format of ["Letter", "A4"]) {
      const pdf = (await page.pdf({ format })).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
    }
  });
}

test("the home page's start points lead to their pages", async ({ page }) => {
  for (const start of site.text.startPoints) {
    await page.goto("/");
    await page.getByRole("link", { name: new RegExp(start.label) }).click();
    await expect(page).toHaveURL(`/${start.page}`);
    await expect(page.locator("h1")).toBeVisible();
  }
});

test("every page is reachable from the home page in at most 3 clicks", async ({ page }) => {
  const depth = new Map<string, number>([["/", 0]]);
  let frontier = ["/"];
  for (let level = 1; level <= 3 && frontier.length; level++) {
    const next: string[] = [];
    for (const path of frontier) {
      await page.goto(path);
      // A link or a form (the header's search box) each take one click to follow.
      const hrefs = await page
        .locator("a[href^='/'], form[action^='/']")
        .evaluateAll((els) => els.map((el) => new URL(el instanceof HTMLFormElement ? el.action : (el as HTMLAnchorElement).href).pathname));
      for (const href of hrefs) {
        if (!depth.has(href)) {
          depth.set(href, level);
          next.push(href);
        }
      }
    }
    frontier = next;
  }
  const pages = [
    "/topics",
    "/faq",
    "/glossary",
    "/compare",
    "/search",
    "/checklists",
    ...site.articles.map((a) => `/${a.slug}`),
    ...site.checklists.map((c) => `/checklists/${c.slug}`),
  ];
  expect(pages.filter((p) => !depth.has(p))).toEqual([]);
});
