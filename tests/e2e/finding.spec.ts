import { expect, test } from "@playwright/test";
import { reachableFrom } from "./reach";
import { site } from "./site";

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
  const reached = await reachableFrom(page, "/");
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
  expect(pages.filter((p) => !reached.has(p))).toEqual([]);
});
