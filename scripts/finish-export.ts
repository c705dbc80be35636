// Runs after `next build` (output: "export"): removes the framework's client
// runtime from every page, inlines the stylesheet, writes redirect pages for
// old addresses, and writes the headers and host configs every server uses.
import fs from "node:fs";
import path from "node:path";
import { aliasRedirects } from "../lib/content/redirects";
import { displayPath } from "../lib/content/errors";
import { overdueReviewWarning, reviewedPages } from "../lib/content/review-due";
import { contentRoot, getSite } from "../lib/content/site";
import { needsOf, WASM_WORKERS } from "../lib/export/allowlist";
import { checkExportedLinks } from "../lib/export/check-links";
import { finishPage } from "../lib/export/finish-page";
import { headersFile, nginxServerBlock, redirectsFile, type ServerManifest } from "../lib/export/host-config";
import { pageAddresses } from "../lib/export/pages";
import { redirectPage } from "../lib/export/redirect-page";
import { securityHeaders } from "../lib/http/security-headers";
import { SITE_URL } from "../lib/site-url";

const OUT = path.resolve("out");

/** The address a page is served at: out/search.html is /search, out/index.html is /. */
function addressOf(file: string): string {
  const address = `/${path.relative(OUT, file).split(path.sep).join("/").replace(/\.html$/, "")}`;
  return address === "/index" ? "/" : address;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    removeEmptyFolders(full);
    if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
  }
}

const files = walk(OUT);
const styleHashes = new Set<string>();
const stylesheets = new Map<string, string>();
const readStylesheet = (href: string) => {
  if (!stylesheets.has(href)) stylesheets.set(href, fs.readFileSync(path.join(OUT, href), "utf8"));
  return stylesheets.get(href)!;
};

// The scripts each page loads, by its address, so each page's policy allows what its scripts need.
const pageScripts = new Map<string, string[]>();
for (const file of files.filter((f) => f.endsWith(".html"))) {
  const page = finishPage(fs.readFileSync(file, "utf8"), readStylesheet);
  page.styleHashes.forEach((h) => styleHashes.add(h));
  fs.writeFileSync(file, page.html);
  pageScripts.set(addressOf(file), [...page.html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]));
}

// The router's payloads and the runtime's chunks are no longer referenced by any page.
for (const file of files) {
  const relative = path.relative(OUT, file);
  if (relative.endsWith(".txt") && relative !== "robots.txt") fs.rmSync(file);
  if (relative.startsWith(path.join("_next", "static")) && !relative.endsWith(".css")) fs.rmSync(file);
}
for (const href of stylesheets.keys()) fs.rmSync(path.join(OUT, href));
fs.rmSync(path.join(OUT, "_not-found.html"), { force: true });
removeEmptyFolders(OUT);

// Link previews need an image type a static host can recognise by its name.
for (const file of walk(OUT).filter((f) => path.basename(f) === "opengraph-image")) fs.renameSync(file, `${file}.png`);

const site = getSite();
const inline = { styles: [...styleHashes], scripts: [] };
const pageHeaders: ServerManifest["pageHeaders"] = {};
const wasmPolicy = { "Content-Security-Policy": securityHeaders(inline, { wasm: true })["Content-Security-Policy"] };
for (const [address, scripts] of pageScripts) if (needsOf(scripts).wasm) pageHeaders[address] = wasmPolicy;
for (const worker of WASM_WORKERS) pageHeaders[worker] = wasmPolicy;
const redirects = aliasRedirects(site);
const pages = pageAddresses(OUT, redirects.map((r) => r.from));
const manifest: ServerManifest = { headers: securityHeaders(inline), pageHeaders, redirects, pages };
for (const { from, to } of manifest.redirects) fs.writeFileSync(path.join(OUT, `${from.slice(1)}.html`), redirectPage(to, `${SITE_URL}${to}`));
fs.writeFileSync(path.join(OUT, "_server.json"), `${JSON.stringify(manifest, null, 2)}\n`);
fs.writeFileSync(path.join(OUT, "_headers"), headersFile(manifest));
fs.writeFileSync(path.join(OUT, "_redirects"), redirectsFile(manifest));
fs.writeFileSync(path.join(OUT, "_nginx.conf"), nginxServerBlock(manifest));

// An overdue review is never a build failure (a date must not turn CI red), but it is never silent.
const reviewWarning = overdueReviewWarning(reviewedPages(site, displayPath(contentRoot())), new Date());
if (reviewWarning) console.warn(reviewWarning);

// Links are checked on what was rendered, the last step that can stop a broken site shipping.
const brokenLinks = checkExportedLinks(OUT, { articles: site.articles, redirects: manifest.redirects });
if (brokenLinks) {
  console.error(brokenLinks);
  process.exit(1);
}

console.log(
  `finished ${files.filter((f) => f.endsWith(".html")).length} pages, ${manifest.redirects.length} redirects, in ${path.relative(process.cwd(), OUT)}/`,
);
