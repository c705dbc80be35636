import type { Redirect } from "../content/redirects";
import { ONE_HOUR, REVALIDATE } from "../http/cache-policy";

/**
 * What the exported site tells any server about itself: headers for every
 * response, old addresses, and the clean addresses of its pages (`/`, `/insurance`,
 * `/checklists/first-week`), which every host answers in lower case, without
 * `.html` and without a trailing slash.
 */
export type ServerManifest = {
  headers: Record<string, string>;
  redirects: Redirect[];
  pages: string[];
  /**
   * The 404 pages by address, each answering for the addresses in its folder:
   * `/404` for the site, `/es/404` for every unknown address under `/es/`.
   */
  notFound: string[];
};

/** Paths that are files in out/ but never pages: the 404 page itself and the home page's file name. */
export const NOT_PAGES = ["/404", "/index"];

/** A 404 page's address: `/404`, or `/<folder>/404` (the Spanish edition's is `/es/404`). */
export const isNotFoundPage = (address: string) => address === "/404" || address.endsWith("/404");

/** The folder a 404 page answers for, with its slash: `/` or `/es/`. */
const folderOf = (notFoundPage: string) => notFoundPage.slice(0, -"404".length);

/** The 404 page for a path: the one whose folder holds it most closely, as Cloudflare Pages chooses (`/es/x` -> `/es/404`). */
export function notFoundPageFor(notFound: readonly string[], urlPath: string): string {
  const holding = notFound.filter((page) => urlPath.startsWith(folderOf(page)));
  return holding.sort((a, b) => b.length - a.length)[0] ?? "/404";
}

/** Host configuration written beside the pages; no host may serve these. */
export const HOST_FILES = ["_headers", "_redirects", "_nginx.conf", "_server.json"];

/** Netlify / Cloudflare Pages style `_headers`: the security headers on every response. */
export function headersFile({ headers }: ServerManifest): string {
  return ["/*", ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ""].join("\n");
}

// A rewrite (status 200) to an address that never exists answers with the real
// 404 page and status, which `_redirects` cannot say directly. The host picks
// the 404 page nearest to that address, so each folder's rewrite stays in it.
const missingIn = (folder: string) => `${folder}_missing`;

/**
 * Netlify / Cloudflare Pages style `_redirects`. Those hosts already drop
 * `.html` and trailing slashes; this adds the old addresses, real 404s for
 * the file names that are not pages, and upper-case spellings (the host
 * cannot fold case, so the two spellings people type: ALL CAPS and a capital
 * first letter).
 */
export function redirectsFile({ redirects, pages, notFound }: ServerManifest): string {
  const spellings = (path: string) => [...new Set([path.toUpperCase(), path.charAt(0) + path.charAt(1).toUpperCase() + path.slice(2)])].filter((s) => s !== path);
  const notPages = [...new Set([...NOT_PAGES, ...notFound])];
  const lines = [
    ...notPages.flatMap((p) => [p, `${p}.html`].map((from) => `${from} ${missingIn(folderOf(notFoundPageFor(notFound, p)))} 200`)),
    ...HOST_FILES.map((f) => `/${f} ${missingIn("/")} 200`),
    ...redirects.flatMap((r) => [r.from, ...spellings(r.from)].map((from) => `${from} ${r.to} 301`)),
    ...pages.filter((p) => p !== "/").flatMap((p) => spellings(p).map((from) => `${from} ${p} 301`)),
  ];
  return `${lines.join("\n")}\n`;
}

const regexQuote = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The one address of each page for any spelling nginx can receive: any case,
 * with `.html`, with trailing slashes. The exact address itself is left out
 * by a case-sensitive look-ahead (nginx compares a map's plain strings
 * without regard to case, so they cannot do this).
 */
function canonicalMap({ redirects, pages }: ServerManifest): string {
  const spellings = (from: string, exactIsCanonical: boolean) =>
    `"~^${exactIsCanonical ? `(?!${regexQuote(from)}$)` : ""}(?i:${regexQuote(from)}(?:\\.html|/+)?)$"`;
  const entries = [
    ...pages.filter((p) => p !== "/").map((p) => `    ${spellings(p, true)} ${p};`),
    ...redirects.map((r) => `    ${spellings(r.from, false)} ${r.to};`),
  ];
  return `map $uri $iop_canonical {\n    default "";\n${entries.join("\n")}\n}`;
}

const quoted = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

/** Which 404 page answers a missing address: nginx's error_page takes it from this map. */
function notFoundMap({ notFound }: ServerManifest): string {
  const entries = notFound
    .filter((page) => page !== "/404")
    .sort((a, b) => b.length - a.length)
    .map((page) => `    "~^${regexQuote(folderOf(page))}" ${page}.html;`);
  return `map $uri $iop_not_found {\n    default /404.html;\n${entries.map((e) => `${e}\n`).join("")}}`;
}

function cacheMap(): string {
  return `map $uri $iop_cache_control {\n    default "${ONE_HOUR}";\n    "~\\.html$" "${REVALIDATE}";\n}`;
}

/**
 * nginx configuration serving `out/` exactly as our own server does. It goes
 * in nginx's `http` context (Debian's /etc/nginx/conf.d/ is), because the maps
 * must sit there. It keeps nginx's own MIME types: a `types` block here would
 * replace the whole map.
 */
export function nginxServerBlock(manifest: ServerManifest): string {
  const addHeaders = Object.entries(manifest.headers)
    .map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`)
    .join("\n");
  return `# Generated by npm run build: serve the exported site (out/) with nginx.
# Copy this file into /etc/nginx/conf.d/ (it is read inside http { }), then set
# listen, server_name and root. Pre-compressed .gz files are served by
# gzip_static; for the .br files install libnginx-mod-http-brotli-static and
# add "brotli_static on;" to http { } (see README, Hosting).
${canonicalMap(manifest)}

${notFoundMap(manifest)}

${cacheMap()}

server {
    listen 80;
    server_name _;
    root /srv/iop-guide/out;
    server_tokens off;
    charset utf-8;
    error_page 404 $iop_not_found;
    gzip_static on;
    gzip_vary on;
    etag on;
    absolute_redirect off;

${addHeaders}
    add_header Cache-Control $iop_cache_control always;

    # One address per page, and old addresses: a permanent redirect.
    if ($iop_canonical) { return 301 $iop_canonical; }

    # Host configuration files are not for readers.
    location ~ ^/_ { return 404; }
    # The 404 pages and the home page's file name are files, not addresses.
    location ~ ^(?:${[...new Set([...NOT_PAGES, ...manifest.notFound])].map(regexQuote).join("|")})(?:\\.html)?$ { internal; }
    location = / { try_files /index.html =404; }
    location ~ ./$ { return 404; }
    location / {
        try_files $uri $uri.html =404;
    }
}
`;
}
