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
