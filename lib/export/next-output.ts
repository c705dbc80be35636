import fs from "node:fs";
import path from "node:path";

/**
 * What `next build` says it wrote into out/, read from its own records in
 * .next/: the static files it copies to out/_next/static/, and, per
 * prerendered route, the page or file it rendered and the router payloads
 * (the route's .rsc as a .txt, and its segment payloads) a page without
 * the client runtime never asks for.
 */
export type NextRecord = {
  /** Paths under .next/static/, which the export copies to out/_next/static/. */
  staticFiles: string[];
  /** Every prerendered route, e.g. "/", "/what-is-iop", "/robots.txt", "/_not-found". */
  routes: { route: string; isPage: boolean; segments: string[] }[];
};

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The route's folder name inside .next/server/app: the home page is "index". */
const routeName = (route: string) => (route === "/" ? "index" : route.slice(1));

export function readNextRecord(dist: string): NextRecord {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, { dataRoute?: string | null }>;
  };
  return {
    staticFiles: filesUnder(path.join(dist, "static")),
    routes: Object.entries(manifest.routes).map(([route, entry]) => ({
      route,
      isPage: Boolean(entry.dataRoute),
      segments: filesUnder(path.join(dist, "server", "app", `${routeName(route)}.segments`)),
    })),
  };
}

/** Next's own routes (its not-found and error pages): no address of our site. */
const isInternal = (route: string) => route.startsWith("/_");

/** Out-relative paths of what Next wrote only for its client runtime: removed by the finishing step. */
export function runtimeFiles(record: NextRecord): string[] {
  const files = record.staticFiles.map((file) => `_next/static/${file}`);
  for (const { route, isPage, segments } of record.routes) {
    if (!isPage) continue;
    const name = routeName(route);
    // The export writes a route's .rsc payload as .txt and each segment's as __next.<segment path>.txt in the route's folder.
    files.push(`${name}.txt`);
    const folder = route === "/" ? "" : `${name}/`;
    files.push(...segments.map((segment) => `${folder}__next.${segment.replace(/\.segment\.rsc$/, "").split("/").join(".")}.txt`));
    if (isInternal(route)) files.push(`${name}.html`);
  }
  return files;
}

/** Out-relative paths of what Next wrote that we ship: our pages (and its 404 page) and its generated files. */
export function shippedFiles(record: NextRecord): string[] {
  const files = ["404.html"];
  for (const { route, isPage } of record.routes) {
    if (isInternal(route)) continue;
    files.push(isPage ? `${routeName(route)}.html` : routeName(route));
  }
  return files;
}
