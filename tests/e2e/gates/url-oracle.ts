import fs from "node:fs";
import path from "node:path";

/** What the site has: its pages (from the route table), its other files, and its old addresses. */
export type KnownSite = { pages: ReadonlySet<string>; assets: ReadonlySet<string>; redirects: ReadonlyMap<string, string> };

/**
 * The files out/ serves as they are: scripts, images, the search index,
 * sitemap. Pages (.html) are addressed by their route instead; host
 * configuration (_headers, _server.json…) and pre-compressed copies
 * (.br, .gz) are never addresses of their own.
 */
export function servedAssets(outDir: string): Set<string> {
  const assets = new Set<string>();
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = `/${path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`;
    if (!/^\/_(?!next\/)/.test(file) && !/\.(html|br|gz)$/.test(file)) assets.add(file);
  }
  return assets;
}

/**
 * The status a request must get, worked out from what exists rather than
 * from the server's code: 200 for a page at its one address or for a file;
 * 301 for an old address or another spelling of a page (other case,
 * `.html`, trailing slashes); 405 for methods other than GET and HEAD; 404
 * for everything else. The path is read as fetch sends it (dot segments
 * resolved against `base`); -1 when fetch cannot send it at all.
 */
export function expectedStatus(method: string, rawPath: string, site: KnownSite, base: string): number {
  if (method !== "GET" && method !== "HEAD") return 405;
  if (!URL.canParse(`${base}${rawPath}`)) return -1;
  let address: string;
  try {
    address = decodeURIComponent(new URL(`${base}${rawPath}`).pathname);
  } catch {
    return 404; // a bad % escape names nothing
  }
  const spelling = address.toLowerCase().replace(/(?<=.)\/+$/, "").replace(/\.html$/, "");
  if (site.redirects.has(spelling)) return 301;
  if (site.pages.has(spelling)) return spelling === address ? 200 : 301;
  return site.assets.has(address) ? 200 : 404;
}
