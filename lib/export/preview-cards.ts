import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Edition } from "../content/site";
import { previewCardPath } from "../routes";
import { cachedOutputs } from "./file-cache";

/** One article's link-preview card: the words it shows, in the article's language, and the address it is served at. */
export type PreviewCard = { path: string; siteName: string; title: string; description: string };

/** Every article's card, in each edition given. */
export function previewCards(editions: readonly Edition[]): PreviewCard[] {
  return editions.flatMap(({ articles, paths, text }) =>
    articles.map((article) => ({ path: previewCardPath(`${paths.article}${article.slug}`), siteName: text.name, title: article.title, description: article.description })),
  );
}

/**
 * The cache entry's name: the card's words and `drawer`, which names
 * everything else that decides the pixels (the drawing code and the
 * libraries' versions), so a changed design never comes from the cache.
 */
export function cardKey(card: PreviewCard, drawer: string): string {
  return createHash("sha256").update(drawer).update("\0").update(JSON.stringify([card.siteName, card.title, card.description])).digest("hex");
}

export type DrawOptions = {
  /** Where the cards are written, each at its address (`/x/opengraph-image.png` → `<dir>/x/opengraph-image.png`). */
  dir: string;
  cacheDir: string;
  drawer: string;
  /** Draws one card as PNG bytes. */
  draw(card: PreviewCard): Promise<Buffer>;
};

/**
 * Writes every card, drawing only those whose words or design changed since
 * an earlier build (drawing is most of a card's cost; a cached one is a
 * file copy). One at a time: the build draws cards while `next build` keeps
 * the cores busy.
 */
export async function writePreviewCards(cards: readonly PreviewCard[], { dir, cacheDir, drawer, draw }: DrawOptions): Promise<{ drawn: number; cached: number }> {
  let cached = 0;
  for (const card of cards) {
    const entry = await cachedOutputs(cacheDir, cardKey(card, drawer), ["png"], async () => ({ png: await draw(card) }));
    if (entry.cached) cached++;
    const file = path.join(dir, card.path);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, entry.outputs.png);
  }
  return { drawn: cards.length - cached, cached };
}
