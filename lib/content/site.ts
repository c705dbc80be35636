import fs from "node:fs";
import path from "node:path";
import { loadSite, type SiteContent } from "./load-site";
import { readSnapshot } from "./snapshot";

/** The content folder; CONTENT_DIR points elsewhere for fixtures and benchmarks. */
export function contentRoot(): string {
  // Read at build time only; the ignore keeps the tracer from shipping the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

let cached: { key: string; site: SiteContent } | undefined;

/**
 * Every page and its metadata share one parsed copy of the content. In a
 * build that copy is the snapshot the build wrote before Next started
 * (CONTENT_SNAPSHOT); elsewhere (`next dev`, scripts) the content is read
 * again whenever a file in it changes, so an edit shows on the next reload.
 */
export function getSite(): SiteContent {
  const snapshot = process.env.CONTENT_SNAPSHOT;
  const root = contentRoot();
  const key = snapshot ? `snapshot:${snapshot}` : `${root}:${fingerprint(root)}`;
  if (cached?.key !== key) cached = { key, site: snapshot ? readSnapshot(snapshot) : loadSite(root) };
  return cached.site;
}

/** Names, sizes and modification times of every file under the content folder. */
function fingerprint(root: string): string {
  if (!fs.existsSync(root)) return "";
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stat = fs.statSync(file);
      return `${file}|${stat.size}|${stat.mtimeMs}`;
    })
    .join("\n");
}

export function getArticleBySlug(slug: string) {
  return getSite().articles.find((article) => article.slug === slug);
}
