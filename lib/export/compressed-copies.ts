import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { cachedOutputs } from "./file-cache";

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

/**
 * The pre-compressed copies of one file, from the cache when the same bytes
 * were compressed before (Brotli at quality 11 is most of the build's
 * finishing time), otherwise compressed and stored. The cache only ever
 * saves time: a missing or emptied cache gives the same bytes.
 */
export async function compressedCopies(body: Buffer, cacheDir: string): Promise<Copies> {
  const { outputs, cached } = await cachedOutputs(cacheDir, cacheKey(body), ["br", "gz"], () => compress(body));
  return { ...outputs, cached };
}
