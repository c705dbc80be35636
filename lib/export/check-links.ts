import fs from "node:fs";
import path from "node:path";
import type { Root, RootContent } from "hast";
import { formatProblem, type ContentProblem } from "../content/errors";
import { parseHtml } from "./parse-html";

/** What one rendered page offers and asks for: the ids a link can aim at, the internal links it holds. */
export type PageLinks = { ids: Set<string>; hrefs: string[] };

/** Where a link was written in the content, when it came from there. */
export type LinkOrigin = Omit<ContentProblem, "message">;

export type LinkCheckInput = {
  /** Every rendered page by its path ("/", "/faq", "/checklists/x"). */
  pages: ReadonlyMap<string, PageLinks>;
  /** Paths of every other file the site serves (scripts, images, sitemap). */
  files: ReadonlySet<string>;
  /** Old addresses and where they now point. */
  redirects: ReadonlyMap<string, string>;
  /** Content places that wrote a link, for the message. */
  originsOf(href: string): readonly LinkOrigin[];
};

/** The ids and internal links of a parsed page (an `<a name>` is a target too, as browsers treat it). */
export function pageLinks(tree: Root): PageLinks {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type !== "root" && node.type !== "element") return;
    if (node.type === "element") {
      const { id, name, href } = node.properties;
      if (typeof id === "string") ids.add(id);
      if (node.tagName === "a" && typeof name === "string") ids.add(name);
      if (node.tagName === "a" && typeof href === "string" && /^(\/(?!\/)|#)/.test(href)) hrefs.push(href);
    }
    node.children.forEach(walk);
  };
  walk(tree);
  return { ids, hrefs };
}

function problemWith(href: string, source: string, input: LinkCheckInput): string | undefined {
  const url = new URL(href, `http://site${source}`);
  let target: string;
  let anchor: string;
  try {
    target = decodeURIComponent(url.pathname);
    anchor = decodeURIComponent(url.hash.slice(1));
  } catch {
    return `link '${href}' is not a valid address (a bad % escape)`;
  }
  const moved = input.redirects.get(target);
  if (moved) return `link '${href}' points to an old address that redirects; link to '${moved}${url.hash}' instead`;
  const page = input.pages.get(target);
  if (!page) return input.files.has(target) && !anchor ? undefined : `link '${href}' points to a page that does not exist`;
  if (anchor && !page.ids.has(anchor)) return `link '${href}' points to '#${anchor}', which no element on ${target} has as its id`;
  return undefined;
}

/**
 * Checks every internal link and #fragment on every rendered page against
 * the pages and ids that were actually rendered (as Docusaurus checks its
 * render, not a model of the site). Returns the failures grouped by the page
 * that holds them, each named by the content file that wrote the link, or
 * marked as coming from the page's layout when no content wrote it.
 */
export function checkLinks(input: LinkCheckInput): Map<string, string[]> {
  const broken = new Map<string, string[]>();
  for (const [source, { hrefs }] of input.pages) {
    const lines = new Set<string>();
    for (const href of hrefs) {
      const message = problemWith(href, source, input);
      if (!message) continue;
      const origins = input.originsOf(href);
      if (origins.length) origins.forEach((origin) => lines.add(formatProblem({ ...origin, message })));
      else lines.add(`${message} (not from the content: look in the page's layout, app/ or components/)`);
    }
    if (lines.size) broken.set(source, [...lines]);
  }
  return broken;
}

export function formatBrokenLinks(broken: ReadonlyMap<string, readonly string[]>): string {
  const count = [...broken.values()].reduce((sum, lines) => sum + lines.length, 0);
  const groups = [...broken].map(([page, lines]) => `  on ${page}:\n${lines.map((line) => `    - ${line}`).join("\n")}`);
  return `Broken links: ${count} on ${broken.size} ${broken.size === 1 ? "page" : "pages"}\n${groups.join("\n")}`;
}

/** Where the content wrote each link (article bodies and FAQ answers), so a broken one names its file and line. */
export function contentLinkOrigins(articles: readonly { file: string; links: readonly { url: string; field: string; line?: number }[] }[]): (href: string) => LinkOrigin[] {
  const byUrl = new Map<string, LinkOrigin[]>();
  for (const { file, links } of articles) {
    for (const { url, field, line } of links) byUrl.set(url, [...(byUrl.get(url) ?? []), { file, line, field }]);
  }
  // The renderer escapes what Markdown leaves raw (spaces, non-ASCII), so look for both spellings.
  return (href) => byUrl.get(href) ?? byUrl.get(safeDecode(href)) ?? [];
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** The address of an exported HTML file, relative to out/: index.html is /, faq.html is /faq. */
export function htmlFileAddress(file: string): string {
  const address = `/${file.split(path.sep).join("/")}`;
  return address === "/index.html" ? "/" : address.slice(0, -".html".length);
}

/**
 * The finishing step's link check over the exported folder: every `.html`
 * file is a page at its clean address (out/faq.html is /faq), every other
 * file is served as it is. `parsed` holds the links of pages the caller has
 * already parsed, by address; the others are read from the folder. Returns
 * the report, or undefined when all links hold.
 */
export function checkExportedLinks(
  outDir: string,
  content: { articles: Parameters<typeof contentLinkOrigins>[0]; redirects: readonly { from: string; to: string }[] },
  parsed: ReadonlyMap<string, PageLinks> = new Map(),
): string | undefined {
  const redirects = new Map(content.redirects.map((r) => [r.from, r.to]));
  const pages = new Map<string, PageLinks>();
  const files = new Set<string>();
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, full);
    if (!relative.endsWith(".html")) files.add(`/${relative.split(path.sep).join("/")}`);
    else {
      const page = htmlFileAddress(relative);
      // An old address's redirect page is not a page of its own: a link to it is reported as such.
      if (!redirects.has(page)) pages.set(page, parsed.get(page) ?? pageLinks(parseHtml(fs.readFileSync(full, "utf8"))));
    }
  }
  const broken = checkLinks({ pages, files, redirects, originsOf: contentLinkOrigins(content.articles) });
  return broken.size ? formatBrokenLinks(broken) : undefined;
}
