import path from "node:path";
import { loadSite, type SiteContent } from "./load-site";
import { sharedSnapshot } from "./snapshot";

/** The content folder; CONTENT_DIR points elsewhere for fixtures and benchmarks. */
export function contentRoot(): string {
  // Read at build time only; the ignore keeps the tracer from shipping the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

let cached: { root: string; site: SiteContent } | undefined;

/** Every page and its metadata share one parsed copy of the content per build. */
export function getSite(): SiteContent {
  const root = contentRoot();
  if (cached?.root !== root) cached = { root, site: loadShared(root) };
  return cached.site;
}

function loadShared(root: string): SiteContent {
  const snapshot = process.env.CONTENT_SNAPSHOT;
  if (!snapshot) return loadSite(root);
  return sharedSnapshot(snapshot, () => loadSite(root));
}

export function getArticleBySlug(slug: string) {
  return getSite().articles.find((article) => article.slug === slug);
}
