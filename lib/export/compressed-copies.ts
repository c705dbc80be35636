import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * What decides the bytes besides the input: the settings and the library
 * versions. A different Node (another Brotli or zlib) gets its own entries,
 * so a cached copy is always byte for byte what compressing now would give.
 */
const SETTINGS = `br-q11 gzip-9 brotli-${process.versions.brotli} zlib-${process.versions.zlib}`;

export type Copies = { br: Buffer; gz: Buffer; cached: boolean };

/** Brotli at quality 11 and gzip at level 9: the smallest each gives, computed once per build of a file. */
export async function compress(body: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gzipped] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: 9 }),
  ]);
  return { br, gz: gzipped };
}

/** The cache entry's name: the hash of the file's bytes and of everything else that decides the output. */
export function cacheKey(body: Buffer): string {
  return createHash("sha256").update(SETTINGS).update("\0").update(body).digest("hex");
}

async function readEntry(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch {
    return undefined;
  }
}

/** Written under a temporary name, then renamed: a build running beside this one never reads half an entry. */
async function writeEntry(file: string, bytes: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, file);
}

/**
 * The pre-compressed copies of one file, from the cache when the same bytes
 * were compressed before (Brotli at quality 11 is most of the build's
 * finishing time), otherwise compressed and stored. The cache only ever
 * saves time: a missing or emptied cache gives the same bytes.
 */
export async function compressedCopies(body: Buffer, cacheDir: string): Promise<Copies> {
  const base = path.join(cacheDir, cacheKey(body));
  const [br, gzipped] = await Promise.all([readEntry(`${base}.br`), readEntry(`${base}.gz`)]);
  if (br && gzipped) {
    // Entries in use stay; see pruneCache.
    const now = new Date();
    await Promise.all([fs.utimes(`${base}.br`, now, now), fs.utimes(`${base}.gz`, now, now)]);
    return { br, gz: gzipped, cached: true };
  }
  const copies = await compress(body);
  await fs.mkdir(cacheDir, { recursive: true });
  await Promise.all([writeEntry(`${base}.br`, copies.br), writeEntry(`${base}.gz`, copies.gz)]);
  return { ...copies, cached: false };
}

/** Removes entries no build has used for `maxAgeDays`, so the cache does not grow with every edit. */
export async function pruneCache(cacheDir: string, maxAgeDays: number, now = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(cacheDir, name);
    const { mtimeMs } = await fs.stat(file);
    if (now - mtimeMs > maxAgeDays * 86_400_000) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
