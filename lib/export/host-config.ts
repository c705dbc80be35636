import type { Redirect } from "../content/redirects";
import { HASHED, IMMUTABLE, ONE_HOUR, REVALIDATE } from "../http/cache-policy";

/**
 * What the exported site tells any server about itself: headers for every
 * response, headers that replace those of the same name on one page (by its
 * address, e.g. the search page's Content-Security-Policy), old addresses,
 * and the clean addresses of its pages (`/`, `/insurance`,
 * `/checklists/first-week`), which every host answers in lower case, without
 * `.html` and without a trailing slash.
 */
export type ServerManifest = {
  headers: Record<string, string>;
  pageHeaders: Record<string, Record<string, string>>;
  redirects: Redirect[];
  pages: string[];
};

/** The headers of one address: the site-wide ones, with that page's own in their place. */
export function headersFor({ headers, pageHeaders }: ServerManifest, urlPath: string): Record<string, string> {
  return { ...headers, ...pageHeaders[urlPath] };
}

/** Paths that are files in out/ but never pages: the 404 page itself and the home page's file name. */
export const NOT_PAGES = ["/404", "/index"];

/** Host configuration written beside the pages; no host may serve these. */
export const HOST_FILES = ["_headers", "_redirects", "_nginx.conf", "_server.json"];

/** Netlify / Cloudflare Pages style `_headers`: the security headers everywhere, pages' own, and the hashed files immutable. */
export function headersFile({ headers, pageHeaders }: ServerManifest): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  // Matching rules add up, so a page's own header first detaches the site-wide one ("! Name").
  const pages = Object.entries(pageHeaders).flatMap(([urlPath, own]) => [
    urlPath,
    ...Object.entries(own).flatMap(([name, value]) => [`  ! ${name}`, `  ${name}: ${value}`]),
  ]);
  return ["/*", ...lines, ...pages, ...HASHED.flatMap((h) => [h.headersPath, `  Cache-Control: ${IMMUTABLE}`]), ""].join("\n");
}

// A rewrite (status 200) to an address that never exists answers with the real
// 404 page and status, which `_redirects` cannot say directly.
const MISSING = "/_missing";

/**
 * Netlify / Cloudflare Pages style `_redirects`. Those hosts already drop
 * `.html` and trailing slashes; this adds the old addresses, real 404s for
 * the file names that are not pages, and upper-case spellings (the host
 * cannot fold case, so the two spellings people type: ALL CAPS and a capital
 * first letter).
 */
export function redirectsFile({ redirects, pages }: ServerManifest): string {
  const spellings = (path: string) => [...new Set([path.toUpperCase(), path.charAt(0) + path.charAt(1).toUpperCase() + path.slice(2)])].filter((s) => s !== path);
  const lines = [
    ...NOT_PAGES.flatMap((p) => [`${p} ${MISSING} 200`, `${p}.html ${MISSING} 200`]),
    ...HOST_FILES.map((f) => `/${f} ${MISSING} 200`),
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
const variableOf = (name: string) => `$iop_${name.toLowerCase().replace(/[^a-z0-9]/g, "_")}`;

/**
 * Headers that some pages replace, as maps on the file nginx serves ($uri is
 * /search.html once try_files has found it), so one add_header at server
 * level covers every response. add_header inside a location would drop all
 * the inherited ones.
 */
function pageHeaderMaps({ headers, pageHeaders, pages }: ServerManifest): { maps: string; names: Set<string> } {
  const fileOf = (urlPath: string) => (urlPath === "/" ? "/index.html" : pages.includes(urlPath) ? `${urlPath}.html` : urlPath);
  const names = new Set(Object.values(pageHeaders).flatMap((own) => Object.keys(own)));
  const maps = [...names].map((name) => {
    const entries = Object.entries(pageHeaders)
      .filter(([, own]) => name in own)
      .map(([urlPath, own]) => `    ${fileOf(urlPath)} ${quoted(own[name])};`);
    return `map $uri ${variableOf(name)} {\n    default ${quoted(headers[name] ?? "")};\n${entries.join("\n")}\n}`;
  });
  return { maps: maps.join("\n\n"), names };
}

function cacheMap(): string {
  const hashed = HASHED.map((h) => `    "~${h.regex}" "${IMMUTABLE}";`);
  return `map $uri $iop_cache_control {\n    default "${ONE_HOUR}";\n    "~\\.html$" "${REVALIDATE}";\n${hashed.join("\n")}\n}`;
}

/**
 * nginx configuration serving `out/` exactly as our own server does. It goes
 * in nginx's `http` context (Debian's /etc/nginx/conf.d/ is), because the maps
 * must sit there. It keeps nginx's own MIME types: a `types` block here would
 * replace the whole map.
 */
export function nginxServerBlock(manifest: ServerManifest): string {
  const { maps, names } = pageHeaderMaps(manifest);
  const addHeaders = Object.entries(manifest.headers)
    .map(([name, value]) => `    add_header ${name} ${names.has(name) ? variableOf(name) : quoted(value)} always;`)
    .join("\n");
  return `# Generated by npm run build: serve the exported site (out/) with nginx.
# Copy this file into /etc/nginx/conf.d/ (it is read inside http { }), then set
# listen, server_name and root. Pre-compressed .gz files are served by
# gzip_static; for the .br files install libnginx-mod-http-brotli-static and
# add "brotli_static on;" to http { } (see README, Hosting).
${canonicalMap(manifest)}

${cacheMap()}

${maps}

server {
    listen 80;
    server_name _;
    root /srv/iop-guide/out;
    server_tokens off;
    charset utf-8;
    error_page 404 /404.html;
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
    # The 404 page and the home page's file name are files, not addresses.
    location ~ ^/(?:404|index)(?:\\.html)?$ { internal; }
    location = / { try_files /index.html =404; }
    location ~ ./$ { return 404; }
    location / {
        try_files $uri $uri.html =404;
    }
}
`;
}
