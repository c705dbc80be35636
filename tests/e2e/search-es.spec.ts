import { expect, test, type Page } from "@playwright/test";
import { site } from "./site";

// The Spanish search: /es/buscar and the header box on every /es page, with the
// words of content/es/site.yml (`search:`) and results from out/search-es.json only.
const es = site.es!;
const words = es.text.search;
const article = es.articles.find((a) => a.faqs.length > 0)!;
const realContent = !process.env.CONTENT_DIR;

/** Every result link on the search page. */
const resultLinks = (page: Page) => page.locator("#search-results li a");

test("on /es/buscar a Spanish query finds Spanish pages only, from the Spanish index", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`/es/buscar?q=${encodeURIComponent("¿mi aseguranza paga el programa?")}`);
  await expect(page.getByRole("searchbox", { name: words.pageLabel })).toHaveValue("¿mi aseguranza paga el programa?");
  await expect(resultLinks(page).first()).toBeVisible();
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(1);
  expect(hrefs.filter((href) => !/^\/es\/[a-z0-9-]+(#|$)/.test(href ?? ""))).toEqual([]);
  // What search says comes from content/search/es.yml: "N resultados para …".
  await expect(page.locator("#search-status")).toContainText("resultados para");
  expect(requests).toContain("/search-es.json");
  expect(requests).not.toContain("/search-en.json");
});

test("the same words on the English search page find English pages only", async ({ page }) => {
  await page.goto("/search?q=medicaid");
  await expect(resultLinks(page).first()).toBeVisible();
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.filter((href) => href?.startsWith("/es"))).toEqual([]);
});

test.describe("the answers readers look for", () => {
  test.skip(!realContent, "pinned to the real guide's content");
  const pinned: [query: string, url: RegExp][] = [
    ["cuantas horas a la semana", /^\/es\/horas-y-duracion(#|$)/],
    ["autorizacion previa", /^\/es\/seguro-medico(#|$)/],
    ["diferencia entre iop y php", /^\/es\/iop-o-php(#|$)/],
  ];
  for (const [query, url] of pinned) {
    test(`"${query}" → ${url.source}`, async ({ page }) => {
      await page.goto(`/es/buscar?q=${encodeURIComponent(query)}`);
      await expect(resultLinks(page).first()).toHaveAttribute("href", url);
      await expect(page.locator("#search-results li").first().locator("mark").first()).toBeVisible();
    });
  }
});

test("the header box of a Spanish page is a combobox by keyboard, in Spanish", async ({ page }) => {
  await page.goto(`/es/${article.slug}`);
  await page.getByRole("searchbox", { name: words.headerLabel }).focus();
  const input = page.getByRole("combobox", { name: words.headerLabel });
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.type("cuánto cuesta");
  const list = page.getByRole("listbox", { name: words.suggestions });
  await expect(list).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /resultados? para “cuánto cuesta”/ })).toBeVisible();
  const options = list.getByRole("option");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", (await options.nth(0).getAttribute("id"))!);
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(input).toHaveValue("cuánto cuesta");
  await page.keyboard.press("ArrowDown");
  await expect(list).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/^[^?]*\/es\/[a-z0-9-]+(#.*)?$/);
});

test("Enter with no result chosen searches on /es/buscar", async ({ page }) => {
  await page.goto("/es");
  await page.getByRole("searchbox", { name: words.headerLabel }).focus();
  await page.keyboard.type("naloxona");
  await expect(page.getByRole("listbox", { name: words.suggestions }).getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${words.action}?q=naloxona`);
  await expect(resultLinks(page).first()).toHaveAttribute("href", /^\/es\//);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header box of a Spanish page is a plain form that goes to /es/buscar?q=", async ({ page }) => {
    await page.goto(`/es/${article.slug}`);
    const input = page.getByRole("searchbox", { name: words.headerLabel });
    await expect(input).not.toHaveAttribute("role", "combobox");
    await input.fill("horas");
    await page.getByRole("button", { name: words.button }).first().click();
    await expect(page).toHaveURL(`${words.action}?q=horas`);
  });
  test("/es/buscar explains itself in Spanish and links to the Spanish topic index", async ({ page }) => {
    await page.goto(`${words.action}?q=horas`);
    const note = page.locator("#search-without-script");
    await expect(note).toBeVisible();
    await expect(note).toContainText(es.text.searchWithoutScript.split(" ").slice(0, 3).join(" "));
    await note.getByRole("link", { name: es.text.pages.topics.title }).click();
    await expect(page).toHaveURL("/es/temas");
  });
});
