// The build's card step (scripts/build.sh), run beside `next build`: draws
// every article's link-preview card in its own language with the libraries
// next/og wraps (Satori and resvg, with the font bundled in Next: no
// network), into PREVIEW_CARDS_DIR, which the finishing step copies into
// out/. Drawing them here rather than as Next routes halves the routes Next
// renders per article, and a card is drawn again only when its words or its
// design changed: cards are cached in PREVIEW_CARDS_CACHE (default
// node_modules/.cache/preview-cards), like the pre-compressed copies.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ImageResponse } from "next/og";
import { OpenGraphCard } from "../components/seo/OpenGraphCard";
import { getEdition, getSite } from "../lib/content/site";
import { pruneCache } from "../lib/export/file-cache";
import { previewCards, writePreviewCards } from "../lib/export/preview-cards";
import { PREVIEW_CARD_SIZE } from "../lib/seo/page-metadata";

const dir = process.env.PREVIEW_CARDS_DIR;
if (!dir) throw new Error("PREVIEW_CARDS_DIR must name the folder to draw the link-preview cards in");
const cacheDir = path.resolve(process.env.PREVIEW_CARDS_CACHE ?? "node_modules/.cache/preview-cards");

// What decides the pixels besides the words: the card's design, its size and the drawing libraries' version (Next's).
const nextPackage = createRequire(import.meta.url).resolve("next/package.json");
const drawer = createHash("sha256")
  .update(fs.readFileSync(new URL("../components/seo/OpenGraphCard.tsx", import.meta.url)))
  .update(fs.readFileSync(nextPackage))
  .update(JSON.stringify(PREVIEW_CARD_SIZE))
  .digest("hex");

// PREVIEW_CARDS_SHARD=i/n draws every n-th card from the i-th: the build runs one process per core,
// so a first build, which draws every card, draws on every core.
const shard = /^(\d+)\/(\d+)$/.exec(process.env.PREVIEW_CARDS_SHARD ?? "0/1");
if (!shard || Number(shard[1]) >= Number(shard[2])) throw new Error(`PREVIEW_CARDS_SHARD must be i/n with i < n, e.g. 0/2; got ${process.env.PREVIEW_CARDS_SHARD}`);
const [index, count] = [Number(shard[1]), Number(shard[2])];

const started = performance.now();
const editions = [getEdition("en"), ...(getSite().es ? [getEdition("es")] : [])];
const cards = previewCards(editions).filter((_, i) => i % count === index);
const { drawn, cached } = await writePreviewCards(cards, {
  dir,
  cacheDir,
  drawer,
  async draw({ siteName, title, description }) {
    const image = new ImageResponse(<OpenGraphCard siteName={siteName} title={title} description={description} />, PREVIEW_CARD_SIZE);
    return Buffer.from(await image.arrayBuffer());
  },
});
// One process prunes, so two never remove the same entry.
const pruned = index === 0 ? await pruneCache(cacheDir, 30) : 0;
console.log(
  `preview cards${count > 1 ? ` (part ${index + 1} of ${count})` : ""}: ${cards.length} (${drawn} drawn, ${cached} unchanged since an earlier build${pruned ? `, ${pruned} unused for 30 days removed from the cache` : ""}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
