import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ServerManifest } from "../export/host-config";
import { contentTypeOf, isCompressible } from "./content-types";

export type StoredFile = { body: Buffer; gzip?: Buffer; type: string; etag: string; cacheControl: string };

/**
 * The exported site held in memory: every file read, hashed and compressed
 * once at start, so answering a request does no disk or CPU work that could
 * slow under load.
 */
export type StaticSite = {
  manifest: ServerManifest;
  files: Map<string, StoredFile>;
  redirects: Map<string, string>;
  notFound: StoredFile;
};

function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith("/_next/static/")) return "public, max-age=31536000, immutable";
  if (urlPath.endsWith(".html") || urlPath === "/") return "public, max-age=0, must-revalidate";
  return "public, max-age=3600";
}

function store(file: string, urlPath: string): StoredFile {
  const body = fs.readFileSync(file);
  const type = contentTypeOf(file);
  return {
    body,
    type,
    gzip: isCompressible(type) && body.length > 512 ? gzipSync(body, { level: 9 }) : undefined,
    etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    cacheControl: cacheControlFor(urlPath),
  };
}

/** Host config files sit in out/ for static hosts; they are never served. */
const PRIVATE = /^\/_(?!next\/)/;

export function loadStaticSite(root: string): StaticSite {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "_server.json"), "utf8")) as ServerManifest;
  const files = new Map<string, StoredFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const urlPath = `/${path.relative(root, full).split(path.sep).join("/")}`;
        if (!PRIVATE.test(urlPath)) files.set(urlPath, store(full, urlPath));
      }
    }
  };
  walk(root);
  const notFound = files.get("/404.html");
  if (!notFound) throw new Error(`${root}/404.html is missing; run npm run build first`);
  return { manifest, files, notFound, redirects: new Map(manifest.redirects.map((r) => [r.from, r.to])) };
}

/** The stored file for a clean URL: /insurance → /insurance.html, / → /index.html. */
export function lookup(site: StaticSite, urlPath: string): StoredFile | undefined {
  if (urlPath === "/") return site.files.get("/index.html");
  if (urlPath.endsWith(".html")) return undefined;
  return site.files.get(urlPath) ?? site.files.get(`${urlPath}.html`);
}
