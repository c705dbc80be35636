import type { IncomingMessage, ServerResponse } from "node:http";
import { headersFor } from "../export/host-config";
import { lookup, type StaticSite, type StoredFile } from "./static-site";

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

function send(req: IncomingMessage, res: ServerResponse, status: number, file: StoredFile, headers: Record<string, string>) {
  const gzip = file.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? file.gzip! : file.body;
  res.writeHead(status, {
    ...headers,
    "Content-Type": file.type,
    "Content-Length": String(body.length),
    "Cache-Control": status === 200 ? file.cacheControl : "no-store",
    ETag: file.etag,
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Answers one request from the in-memory site: 200, 301, 304, 308, 404 or 405, never a server error. */
export function handleRequest(site: StaticSite, req: IncomingMessage, res: ServerResponse): void {
  const headers = site.manifest.headers;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...headers, Allow: ALLOWED, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("Method not allowed\n");
    return;
  }
  const urlPath = cleanPath(req.url);
  if (urlPath === undefined) return send(req, res, 404, site.notFound, headers);

  const moved = site.redirects.get(urlPath);
  if (moved) {
    res.writeHead(301, { ...headers, Location: moved, "Cache-Control": "public, max-age=3600", "Content-Length": "0" });
    res.end();
    return;
  }
  // One address per page: a trailing slash is dropped with a permanent redirect.
  if (urlPath.length > 1 && urlPath.endsWith("/")) {
    const target = urlPath.replace(/\/+$/, "") || "/";
    if (lookup(site, target)) {
      res.writeHead(308, { ...headers, Location: encodeURI(target), "Content-Length": "0" });
      res.end();
      return;
    }
  }
  const file = lookup(site, urlPath);
  if (!file) return send(req, res, 404, site.notFound, headers);
  const own = headersFor(site.manifest, urlPath);
  if (req.headers["if-none-match"] === file.etag) {
    res.writeHead(304, { ...own, ETag: file.etag, "Cache-Control": file.cacheControl });
    res.end();
    return;
  }
  send(req, res, 200, file, own);
}
