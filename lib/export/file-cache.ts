import fs from "node:fs/promises";
import path from "node:path";

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
 * Build outputs kept between builds in a folder, each entry named by `key`
 * (a hash of everything that decides its bytes) and one extension per
 * output. When every output of the key is there they are returned as they
 * are; otherwise `produce` makes them and they are stored. The cache only
 * ever saves time: a missing or emptied folder gives the same bytes.
 */
export async function cachedOutputs<Name extends string>(
  cacheDir: string,
  key: string,
  names: readonly Name[],
  produce: () => Promise<Record<Name, Buffer>>,
): Promise<{ outputs: Record<Name, Buffer>; cached: boolean }> {
  const base = path.join(cacheDir, key);
  const found = await Promise.all(names.map((name) => readEntry(`${base}.${name}`)));
  if (found.every((bytes) => bytes !== undefined)) {
    // Entries in use stay; see pruneCache.
    const now = new Date();
    await Promise.all(names.map((name) => fs.utimes(`${base}.${name}`, now, now)));
    return { outputs: Object.fromEntries(names.map((name, i) => [name, found[i]])) as Record<Name, Buffer>, cached: true };
  }
  const outputs = await produce();
  await fs.mkdir(cacheDir, { recursive: true });
  await Promise.all(names.map((name) => writeEntry(`${base}.${name}`, outputs[name])));
  return { outputs, cached: false };
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
