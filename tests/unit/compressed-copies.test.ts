import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cacheKey, compressedCopies } from "@/lib/export/compressed-copies";
import { pruneCache } from "@/lib/export/file-cache";

let cache: string;
beforeEach(() => {
  cache = fs.mkdtempSync(path.join(os.tmpdir(), "precompress-cache-"));
});
afterEach(() => fs.rmSync(cache, { recursive: true, force: true }));

const page = Buffer.from(`<!doctype html><title>IOP</title>${"<p>Intensive outpatient care, a few hours a day.</p>".repeat(40)}`);

describe("pre-compressed copies cached by content hash", () => {
  test("a first build compresses (the bytes of zlib's own Brotli q11 and gzip 9) and stores both copies", async () => {
    const copies = await compressedCopies(page, cache);
    expect(copies.cached).toBe(false);
    expect(
      copies.br.equals(brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: page.length } })),
    ).toBe(true);
    expect(copies.gz.equals(gzipSync(page, { level: 9 }))).toBe(true);
    expect(fs.readdirSync(cache).sort()).toEqual([`${cacheKey(page)}.br`, `${cacheKey(page)}.gz`]);
  });

  test("the same bytes again come from the cache, byte for byte, and changed bytes do not", async () => {
    const first = await compressedCopies(page, cache);
    const again = await compressedCopies(page, cache);
    expect(again.cached).toBe(true);
    expect(again.br.equals(first.br) && again.gz.equals(first.gz)).toBe(true);

    // Proof that a hit reads the cache rather than compressing again: a planted entry is what comes back.
    fs.writeFileSync(path.join(cache, `${cacheKey(page)}.br`), "planted");
    expect((await compressedCopies(page, cache)).br.toString()).toBe("planted");

    const edited = Buffer.concat([page, Buffer.from("<p>One more line.</p>")]);
    expect(cacheKey(edited)).not.toBe(cacheKey(page));
    expect((await compressedCopies(edited, cache)).cached).toBe(false);
  });

  test("a half-written cache (one copy missing) is compressed again, not trusted", async () => {
    await compressedCopies(page, cache);
    fs.rmSync(path.join(cache, `${cacheKey(page)}.gz`));
    const copies = await compressedCopies(page, cache);
    expect(copies.cached).toBe(false);
    expect(copies.gz.equals(gzipSync(page, { level: 9 }))).toBe(true);
  });

  test("entries unused for longer than the limit are pruned; used ones stay", async () => {
    await compressedCopies(page, cache);
    const old = Buffer.from("an old page");
    await compressedCopies(old, cache);
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    for (const ext of [".br", ".gz"]) fs.utimesSync(path.join(cache, `${cacheKey(old)}${ext}`), longAgo, longAgo);
    expect(await pruneCache(cache, 30)).toBe(2);
    expect(fs.readdirSync(cache).sort()).toEqual([`${cacheKey(page)}.br`, `${cacheKey(page)}.gz`]);
    expect(await pruneCache(path.join(cache, "missing"), 30)).toBe(0);
  });
});
