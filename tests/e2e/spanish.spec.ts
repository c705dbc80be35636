import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pagePaths } from "../../lib/routes";
import { reachableFrom } from "./reach";
import { site } from "./site";

/** The Spanish edition as the build read it. */
const es = site.es!;
const withBlock = (kind: string) => es.articles.find((a) => a.blocks.some((b) => b.kind === kind))!;
const englishOf = (slug: string) => site.articles.find((a) => a.slug === es.articles.find((t) => t.slug === slug)!.translationOf)!;

test("every kind of Spanish page is in Spanish: <html lang=\"es\">, its h1 and the Spanish crisis bar", async ({ page }) => {
  const kinds = ["/es", "/es/temas", "/es/preguntas", "/es/glosario", "/es/comparar", "/es/listas", `/es/listas/${es.checklists[0].slug}`, "/es/buscar", `/es/${es.articles[0].slug}`];
  const crisisLine = es.helpLines.find((line) => line.inCrisisBar)!;
  for (const path of kinds) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "es");
    await expect(page.locator("h1"), path).toHaveCount(1);
    await expect(page.getByRole("complementary", { name: es.text.ui.crisis.region }).getByRole("link", { name: crisisLine.contacts[0].label }), path).toBeVisible();
    await expect(page.getByRole("link", { name: es.text.ui.crisis.moreHelp.label }), path).toHaveAttribute("href", "/es/ayuda-ahora");
  }
});

test("the language switch leads to the same page in the other language and back, named in its own language", async ({ page }) => {
  const spanish = es.articles[0];
  await page.goto(`/es/${spanish.slug}`);
  const english = page.getByRole("link", { name: "English", exact: true });
  await expect(english).toHaveAttribute("lang", "en");
  await expect(english).toHaveAttribute("hreflang", "en");
  await english.click();
  await expect(page).toHaveURL(`/${spanish.translationOf}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const espanol = page.getByRole("link", { name: "Español", exact: true });
  await expect(espanol).toHaveAttribute("lang", "es");
  await expect(espanol).toHaveAttribute("hreflang", "es");
  await espanol.click();
  await expect(page).toHaveURL(`/es/${spanish.slug}`);
  // The same on fixed pages, and it works from the keyboard.
  await page.goto("/es/temas");
  await page.getByRole("link", { name: "English", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/topics");
});

test("a Spanish article shows its Spanish safety callout, comparison table and help lines, never the English ones", async ({ page }) => {
  const callout = withBlock("safety");
  const block = callout.blocks.find((b) => b.kind === "safety")!;
  if (block.kind !== "safety") throw new Error("unreachable");
  await page.goto(`/es/${callout.slug}`);
  await expect(page.locator(".safety-callout h2, .safety-callout h3, .safety-callout h4").first()).toContainText(block.callout.title);
  expect(block.callout.title).not.toBe(site.callouts.get(block.name)!.title);

  const withTable = withBlock("table");
  const tableBlock = withTable.blocks.find((b) => b.kind === "table")!;
  if (tableBlock.kind !== "table") throw new Error("unreachable");
  const table = es.tables.get(tableBlock.name)!;
  await page.goto(`/es/${withTable.slug}`);
  await expect(page.locator("main table caption")).toHaveText(table.caption);
  expect(table.caption).not.toBe(site.tables.get(tableBlock.name)!.caption);
  await expect(page.getByRole("heading", { name: es.text.ui.article.tableSources })).toBeVisible();

  const withLines = withBlock("help-lines");
  await page.goto(`/es/${withLines.slug}`);
  for (const line of es.helpLines) await expect(page.locator(`main [id="${line.id}"]`)).toContainText(line.name);
  expect(es.helpLines[0].name).not.toBe(site.helpLines[0].name);
  await expect(page.getByText(es.text.ui.article.inShort, { exact: true })).toBeVisible();
  await expect(page.getByText(englishOf(withLines.slug).title)).toHaveCount(0);
});

test("the Spanish 404 page is in Spanish, noindex, and leads to the English home", () => {
  const html = fs.readFileSync(path.join(process.env.OUT_DIR ?? "out", "es", "404.html"), "utf8");
  expect(html).toContain('<html lang="es">');
  expect(html).toMatch(/<meta name="robots" content="noindex/);
  expect(html).toContain(`<h1 class="text-3xl font-bold">${es.text.notFound.title}</h1>`);
  expect(html).toMatch(/<a href="\/" lang="en" hreflang="en"[^>]*>English<\/a>/);
});

test("every Spanish page is reachable from /es in at most 3 clicks", async ({ page }) => {
  const reached = await reachableFrom(page, "/es");
  const pages = pagePaths({ articles: es.articles.map((a) => a.slug), checklists: es.checklists.map((c) => c.slug) }, { lang: "es", sitemapOnly: true });
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter((p) => !reached.has(p))).toEqual([]);
});
