import fs from "node:fs";
import path from "node:path";
import { loadSite, type SiteContent } from "./load-site";
import type { Article } from "./read-article";
import { editionPaths, type EditionPaths, type Lang, type PagePair } from "../routes";
import type { PageLanguages } from "../seo/languages";
import { counterpartPath, sitePagePairs } from "../i18n/page-pairs";
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

/** What the pages of one language render: the same kinds of values in each language, so the same components show both. */
export type Edition = Pick<SiteContent, "text" | "articles" | "topics" | "tables" | "helpLines" | "glossary" | "glossarySources" | "checklists"> & {
  lang: Lang;
  /** Where this language's pages are. */
  paths: EditionPaths;
  /** Each article by the slug of its English original (shared ids such as a glossary term's `article` name those). */
  articlesByEnglishSlug: ReadonlyMap<string, Article>;
};

/**
 * One language's edition. English is the content's own; Spanish takes its
 * words from content/es and its shared facts from the English, as loaded.
 */
export function getEdition(lang: Lang): Edition {
  const site = getSite();
  const paths = editionPaths(lang);
  if (lang === "en") return { ...site, lang, paths, articlesByEnglishSlug: new Map(site.articles.map((a) => [a.slug, a])) };
  if (!site.es) throw new Error("the Spanish pages need content/es");
  const { text, articles, topics, tables, helpLines, checklists, glossary, glossarySources } = site.es;
  return { text, articles, topics, tables, helpLines, checklists, glossary, glossarySources, lang, paths, articlesByEnglishSlug: new Map(articles.map((a) => [a.translationOf, a])) };
}

/** Every page's English and Spanish paths (lib/i18n/page-pairs.ts), for this build's content. */
export function getPagePairs(options: { sitemapOnly?: boolean } = {}): PagePair[] {
  return sitePagePairs(getSite(), options);
}

/** The page at `path` in `lang`, with its path in every language it exists in: what pageMetadata takes. */
export function pageLanguages(lang: Lang, path: string): PageLanguages {
  const other = counterpartPath(getPagePairs(), path, lang);
  return other ? { [lang]: path, [other.lang]: other.path } : { [lang]: path };
}

/** The language switch of the page at `path` in `lang`: the same page in the other language, named in it; none for a page not translated yet. */
export function languageLink(lang: Lang, path: string): { lang: Lang; label: string; href: string } | undefined {
  const other = counterpartPath(getPagePairs(), path, lang);
  return other && { lang: other.lang, label: getEdition(other.lang).text.ui.languageName, href: other.path };
}
