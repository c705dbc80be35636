import type { IncomingMessage, ServerResponse } from "node:http";
import { chooseEncoding, type Encoding } from "./accept-encoding";
import { canonicalAddress, lookup, type StaticSite, type StoredFile } from "./static-site";

const ALLOWED = "GET, HEAD";

/**
 * The request path as a clean, decoded, absolute path, or undefined when it
 * cannot name a page: bad escapes, NUL, dot segments, backslashes, overlong.
 */
export function cleanPath(rawUrl: string | undefined): string | undefined {
  if (!rawUrl || rawUrl.length > 2048 || !rawUrl.startsWith("/")) return undefined;
  const pathname = rawUrl.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded) || decoded.split("/").some((segment) => segment === "." || segment === ".." || segment.startsWith("."))) return undefined;
  return decoded;
}

/** If-None-Match holds this ETag (or `*`), in a list or weak form. */
function matches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (typeof ifNoneMatch !== "string") return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

function send(req: IncomingMessage, res: ServerResponse, status: number, file: StoredFile, headers: Record<string, string>) {
  const coding: Encoding | undefined = chooseEncoding(req.headers["accept-encoding"], Object.keys(file.encoded) as Encoding[]);
  const chosen = coding ? file.encoded[coding]! : file;
  const common = { ...headers, ETag: chosen.etag, Vary: "Accept-Encoding", "Cache-Control": status === 200 ? file.cacheControl : "no-store" };
  if (status === 200 && matches(req.headers["if-none-match"], chosen.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  res.writeHead(status, {
    ...common,
    "Content-Type": file.type,
    "Content-Length": String(chosen.body.length),
    ...(coding ? { "Content-Encoding": coding } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : chosen.body);
}

function redirect(res: ServerResponse, headers: Record<string, string>, location: string) {
  res.writeHead(301, { ...headers, Location: encodeURI(location), "Cache-Control": "public, max-age=3600", "Content-Length": "0" });
  res.end();
}

/** Answers one request from the in-memory site: 200, 301, 304, 404 or 405, never a server error. */
export function handleRequest(site: StaticSite, req: IncomingMessage, res: ServerResponse): void {
  const headers = site.manifest.headers;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...headers, Allow: ALLOWED, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("Method not allowed\n");
    return;
  }
  const urlPath = cleanPath(req.url);
  if (urlPath === undefined) return send(req, res, 404, site.notFoundFor("/"), headers);
  // One address per page: other spellings and old addresses move permanently.
  const address = canonicalAddress(site, urlPath);
  if (address !== undefined && address !== urlPath) return redirect(res, headers, address);
  const file = lookup(site, urlPath);
  if (!file) return send(req, res, 404, site.notFoundFor(urlPath), headers);
  send(req, res, 200, file, site.manifest.headers);
}
