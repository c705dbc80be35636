import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cardKey, previewCards, writePreviewCards, type PreviewCard } from "@/lib/export/preview-cards";
import type { Edition } from "@/lib/content/site";
import { editionPaths } from "@/lib/routes";

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "preview-cards-"));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const edition = (lang: "en" | "es", name: string, slugs: string[]) =>
  ({ lang, paths: editionPaths(lang), text: { name }, articles: slugs.map((slug) => ({ slug, title: `Title of ${slug}`, description: `About ${slug}` })) }) as unknown as Edition;

const cards = previewCards([edition("en", "IOP Guide", ["cost", "what-is-iop"]), edition("es", "Guía IOP", ["costo"])]);

/** Draws a stand-in "image" holding the card's words, counting the calls. */
function counter() {
  const drawn: string[] = [];
  return { drawn, draw: async (card: PreviewCard) => (drawn.push(card.path), Buffer.from(`${card.siteName}|${card.title}`)) };
}

describe("link-preview cards drawn outside Next's routes", () => {
  test("each edition's articles get a card at the address beside the page, in the edition's words", () => {
    expect(cards).toEqual([
      { path: "/cost/opengraph-image.png", siteName: "IOP Guide", title: "Title of cost", description: "About cost" },
      { path: "/what-is-iop/opengraph-image.png", siteName: "IOP Guide", title: "Title of what-is-iop", description: "About what-is-iop" },
      { path: "/es/costo/opengraph-image.png", siteName: "Guía IOP", title: "Title of costo", description: "About costo" },
    ]);
  });

  test("a first build draws every card and writes it at its address", async () => {
    const { drawn, draw } = counter();
    const options = { dir: path.join(work, "out"), cacheDir: path.join(work, "cache"), drawer: "design 1", draw };
    expect(await writePreviewCards(cards, options)).toEqual({ drawn: 3, cached: 0 });
    expect(drawn).toHaveLength(3);
    expect(fs.readFileSync(path.join(work, "out", "es", "costo", "opengraph-image.png"), "utf8")).toBe("Guía IOP|Title of costo");
  });

  test("a card whose words and design did not change comes from the cache; a changed one is drawn again", async () => {
    const options = { dir: path.join(work, "out"), cacheDir: path.join(work, "cache"), drawer: "design 1" };
    await writePreviewCards(cards, { ...options, ...counter() });

    const again = counter();
    const edited = cards.map((card) => (card.path === "/cost/opengraph-image.png" ? { ...card, title: "A new title" } : card));
    expect(await writePreviewCards(edited, { ...options, draw: again.draw })).toEqual({ drawn: 1, cached: 2 });
    expect(again.drawn).toEqual(["/cost/opengraph-image.png"]);
    // A cached card is the stored bytes, written again at its address.
    expect(fs.readFileSync(path.join(work, "out", "what-is-iop", "opengraph-image.png"), "utf8")).toBe("IOP Guide|Title of what-is-iop");
  });

  test("a changed design (another drawer) draws every card again", async () => {
    const options = { dir: path.join(work, "out"), cacheDir: path.join(work, "cache") };
    await writePreviewCards(cards, { ...options, drawer: "design 1", ...counter() });
    const redrawn = counter();
    expect(await writePreviewCards(cards, { ...options, drawer: "design 2", draw: redrawn.draw })).toEqual({ drawn: 3, cached: 0 });
    expect(cardKey(cards[0], "design 1")).not.toBe(cardKey(cards[0], "design 2"));
    expect(cardKey(cards[0], "design 1")).not.toBe(cardKey({ ...cards[0], description: "Other words" }, "design 1"));
  });
});
