import fs from "node:fs";
import path from "node:path";
import type { SiteContent } from "./load-site";

/**
 * One build runs the loader in several processes (page data, each static
 * page worker, the export step). A build shares one parsed copy through a
 * snapshot file named by CONTENT_SNAPSHOT, so the content is read and
 * rendered once per build, not once per process.
 */
export function readSnapshot(file: string): SiteContent | undefined {
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as Omit<SiteContent, "tables"> & { tables: [string, SiteContent["tables"] extends Map<string, infer T> ? T : never][] };
  return { ...data, tables: new Map(data.tables) };
}

export function writeSnapshot(file: string, site: SiteContent): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name and renamed, so a reader never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ ...site, tables: [...site.tables] }));
  fs.renameSync(temporary, file);
}

/**
 * The build's snapshot, made by whichever process asks first: Next starts
 * several workers at once, and without the lock each would read and render
 * every article itself while the others do the same on the same cores.
 * A loader that throws (content problems) releases the lock, so the next
 * process tries again and reports the same problems in its own output.
 */
export function sharedSnapshot(file: string, load: () => SiteContent): SiteContent {
  const lock = `${file}.lock`;
  for (;;) {
    const existing = readSnapshot(file);
    if (existing) return existing;
    if (takeLock(lock)) {
      try {
        const site = load();
        writeSnapshot(file, site);
        return site;
      } finally {
        fs.rmSync(lock, { force: true });
      }
    }
    sleep(20);
  }
}

function takeLock(lock: string): boolean {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    let holder: string;
    try {
      holder = fs.readFileSync(lock, "utf8");
    } catch {
      return false; // released meanwhile: look for the snapshot again
    }
    // A holder that died (killed mid-build) would otherwise keep everyone waiting. Two
    // waiters clearing the same dead lock may both load: wasted work, never a half snapshot.
    if (!isAlive(Number(holder))) fs.rmSync(lock, { force: true });
    return false;
  }
}

function isAlive(pid: number): boolean {
  // An empty lock file is one its holder has created but not yet written.
  if (!pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Blocks this thread: the loader is synchronous, and so must its wait be. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
