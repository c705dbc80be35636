import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { HOST_FILES, notFoundPageFor, type ServerManifest } from "../export/host-config";
import { cacheControlFor } from "../http/cache-policy";
import { ENCODINGS, type Encoding } from "./accept-encoding";
import { contentTypeOf } from "./content-types";

/** One stored representation of a file: its bytes and their ETag. */
export type Representation = { body: Buffer; etag: string };
export type StoredFile = Representation & { type: string; cacheControl: string; encoded: Partial<Record<Encoding, Representation>> };

/**
 * The exported site held in memory: every file read and hashed once at start,
 * with the Brotli and gzip copies the build wrote beside it, so answering a
 * request does no disk or CPU work that could slow under load.
 */
export type StaticSite = {
  manifest: ServerManifest;
  /** By exact URL path: `/insurance.html`, `/search-en.json`. */
  files: Map<string, StoredFile>;
  /** Every spelling that must move, lower-cased: old addresses and the pages' own clean paths. */
  addresses: Map<string, string>;
  /** The 404 page for a path: the Spanish one under /es/, the site's elsewhere. */
  notFoundFor: (urlPath: string) => StoredFile;
};

const SUFFIX: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

const represent = (body: Buffer, tag = ""): Representation => ({ body, etag: `"${createHash("sha1").update(body).digest("base64url")}${tag}"` });

function store(file: string, urlPath: string): StoredFile {
  const encoded: StoredFile["encoded"] = {};
  for (const coding of ENCODINGS) {
    const sibling = file + SUFFIX[coding];
    // Each encoding has its own ETag, as RFC 9110 asks of different representations.
    if (fs.existsSync(sibling)) encoded[coding] = represent(fs.readFileSync(sibling), `-${coding}`);
  }
  return { ...represent(fs.readFileSync(file)), type: contentTypeOf(file), cacheControl: cacheControlFor(urlPath), encoded };
}

const isHostFile = (urlPath: string) => HOST_FILES.includes(urlPath.slice(1));
const isEncodedCopy = (urlPath: string) => Object.values(SUFFIX).some((suffix) => urlPath.endsWith(suffix));

export function loadStaticSite(root: string): StaticSite {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "_server.json"), "utf8")) as ServerManifest;
  const files = new Map<string, StoredFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const urlPath = `/${path.relative(root, full).split(path.sep).join("/")}`;
        if (!isHostFile(urlPath) && !isEncodedCopy(urlPath)) files.set(urlPath, store(full, urlPath));
      }
    }
  };
  walk(root);
  const notFoundPages = new Map(["/404", ...manifest.notFound].map((page) => [page, files.get(`${page}.html`)]));
  for (const [page, file] of notFoundPages) if (!file) throw new Error(`${root}${page}.html is missing; run npm run build first`);
  const notFoundFor = (urlPath: string) => notFoundPages.get(notFoundPageFor(manifest.notFound, urlPath))!;
  const addresses = new Map<string, string>([
    ...manifest.pages.map((p): [string, string] => [p, p]),
    ...manifest.redirects.map((r): [string, string] => [r.from.toLowerCase(), r.to]),
  ]);
  return { manifest, files, notFoundFor, addresses };
}

/**
 * Where a path should be: the page's one address when the path is another
 * spelling of a page or an old address (any case, `.html`, trailing
 * slashes), else undefined.
 */
export function canonicalAddress(site: StaticSite, urlPath: string): string | undefined {
  const key = urlPath
    .toLowerCase()
    .replace(/(?<=.)\/+$/, "")
    .replace(/\.html$/, "");
  return site.addresses.get(key);
}

/** The stored file for a canonical page path or an exact asset path; never a page's `.html` file name. */
export function lookup(site: StaticSite, urlPath: string): StoredFile | undefined {
  if (site.manifest.pages.includes(urlPath)) return site.files.get(urlPath === "/" ? "/index.html" : `${urlPath}.html`);
  return urlPath.endsWith(".html") ? undefined : site.files.get(urlPath);
}
