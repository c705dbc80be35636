import { EventEmitter } from "node:events";
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import type { ServerManifest } from "@/lib/export/host-config";
import { chooseEncoding } from "@/lib/server/accept-encoding";
import { cleanPath, handleRequest } from "@/lib/server/handle-request";
import { loadStaticSite } from "@/lib/server/static-site";

// A small export on disk, as the build leaves it: pages, their .br/.gz copies, host files.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "serve-test-"));
const write = (file: string, body: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), body);
};
const manifest: ServerManifest = {
  headers: { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "script-src 'self'" },
  redirects: [{ from: "/coverage", to: "/insurance" }],
  pages: ["/", "/checklists/first-week", "/es", "/es/seguro-medico", "/insurance"],
  notFound: ["/404", "/es/404"],
};
const files = { "index.html": "home", "insurance.html": "insurance", "404.html": "not found", "checklists/first-week.html": "week", "coverage.html": "moved", "es.html": "inicio", "es/seguro-medico.html": "seguro", "es/404.html": "no encontrada" };
for (const [file, body] of Object.entries(files)) {
  write(file, body);
  write(`${file}.br`, brotliCompressSync(body));
  write(`${file}.gz`, gzipSync(body));
}
write("insurance/opengraph-image.png", "png");
write("search-en.json", "{}");
write("_server.json", JSON.stringify(manifest));
write("_nginx.conf", "server {}");
const site = loadStaticSite(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function request(method: string, url: string, headers: Record<string, string> = {}) {
  const res = Object.assign(new EventEmitter(), {
    status: 0,
    headers: {} as Record<string, string>,
    body: Buffer.alloc(0),
    writeHead(status: number, h: Record<string, string>) {
      this.status = status;
      this.headers = h;
    },
    end(body?: Buffer | string) {
      this.body = body ? Buffer.from(body) : Buffer.alloc(0);
    },
  });
  handleRequest(site, { method, url, headers } as unknown as IncomingMessage, res as unknown as ServerResponse);
  return res;
}

describe("handleRequest", () => {
  test("serves clean URLs with the security headers", () => {
    const res = request("GET", "/insurance?utm=x");
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe("insurance");
    expect(res.headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(res.headers["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
  });

  test("sends the site's headers with pages, 304s and 404s alike", () => {
    const etag = request("GET", "/insurance").headers.ETag;
    for (const res of [request("GET", "/insurance"), request("GET", "/insurance", { "if-none-match": etag }), request("GET", "/nope")]) {
      expect(res.headers["Content-Security-Policy"]).toBe("script-src 'self'");
      expect(res.headers["X-Content-Type-Options"]).toBe("nosniff");
    }
  });

  test("serves the home page, images and the search index with their types and caching", () => {
    expect(request("GET", "/").body.toString()).toBe("home");
    expect(request("GET", "/insurance/opengraph-image.png").headers["Content-Type"]).toBe("image/png");
    expect(request("GET", "/search-en.json").headers["Cache-Control"]).toBe("public, max-age=3600");
  });

  test("every other spelling of a page and every old address moves permanently to the one address", () => {
    const moves = {
      "/coverage": "/insurance",
      "/COVERAGE.html": "/insurance",
      "/insurance/": "/insurance",
      "/insurance.html": "/insurance",
      "/INSURANCE": "/insurance",
      "/Insurance//": "/insurance",
      "/Checklists/First-Week": "/checklists/first-week",
      "/es/seguro-medico.html": "/es/seguro-medico",
      "/es/seguro-medico/": "/es/seguro-medico",
      "/ES/SEGURO-MEDICO": "/es/seguro-medico",
      "/es/": "/es",
      "/es.html": "/es",
    };
    for (const [from, to] of Object.entries(moves)) expect(request("GET", from), from).toMatchObject({ status: 301, headers: expect.objectContaining({ Location: to, "X-Content-Type-Options": "nosniff" }) });
  });

  test("answers unknown, odd and hostile paths, file names that are not pages, and host files with the 404 page", () => {
    const paths = ["/nope", "/nope.html", "/404", "/404.html", "/index", "/index.html", "/_server.json", "/_nginx.conf", "/index.html.br", "/..%2f..%2fetc%2fpasswd", "/%zz", "/a%00b", "/.env", "/a\\b", `/${"x".repeat(3000)}`];
    for (const path of paths) {
      const res = request("GET", path, { "accept-encoding": "identity" });
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toBe("not found");
      expect(res.headers["X-Content-Type-Options"], path).toBe("nosniff");
    }
  });

  test("answers unknown addresses under /es/, and the Spanish 404 page's own names, with the Spanish 404 page", () => {
    for (const path of ["/es/nada", "/es/nada/", "/es/listas/nada.html", "/es/404", "/es/404.html", "/es/_server.json"]) {
      const res = request("GET", path, { "accept-encoding": "identity" });
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toBe("no encontrada");
    }
    // Only the /es/ folder is Spanish: /español or /esx is the site's 404.
    for (const path of ["/esx", "/español"]) expect(request("GET", path).body.toString(), path).toBe("not found");
    expect(request("GET", "/es/seguro-medico").body.toString()).toBe("seguro");
  });

  test("refuses other methods with 405 and says which are allowed", () => {
    const res = request("POST", "/insurance");
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe("GET, HEAD");
  });

  test("sends the pre-compressed copy the client prefers, with its own ETag, and never a refused one", () => {
    const br = request("GET", "/insurance", { "accept-encoding": "gzip, br" });
    const gz = request("GET", "/insurance", { "accept-encoding": "gzip;q=1, br;q=0.5" });
    const plain = request("GET", "/insurance", { "accept-encoding": "gzip;q=0" });
    expect(br.headers).toMatchObject({ "Content-Encoding": "br", Vary: "Accept-Encoding" });
    expect(gz.headers["Content-Encoding"]).toBe("gzip");
    expect(plain.headers["Content-Encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe("insurance");
    expect(new Set([br.headers.ETag, gz.headers.ETag, plain.headers.ETag]).size).toBe(3);
  });

  test("HEAD sends headers only; a matching ETag of the same encoding gets 304, another encoding's does not", () => {
    expect(request("HEAD", "/insurance")).toMatchObject({ status: 200, body: Buffer.alloc(0) });
    const etag = request("GET", "/insurance", { "accept-encoding": "br" }).headers.ETag;
    expect(request("GET", "/insurance", { "accept-encoding": "br", "if-none-match": etag }).status).toBe(304);
    expect(request("GET", "/insurance", { "accept-encoding": "br", "if-none-match": `W/${etag}, "x"` }).status).toBe(304);
    expect(request("GET", "/insurance", { "accept-encoding": "gzip", "if-none-match": etag }).status).toBe(200);
  });
});

test("chooseEncoding follows q-values, prefers Brotli on a tie, and honours q=0 through *", () => {
  expect(chooseEncoding("gzip, deflate, br", ["br", "gzip"])).toBe("br");
  expect(chooseEncoding("br;q=0, gzip", ["br", "gzip"])).toBe("gzip");
  expect(chooseEncoding("gzip;q=0", ["br", "gzip"])).toBeUndefined();
  expect(chooseEncoding("*;q=0", ["br", "gzip"])).toBeUndefined();
  expect(chooseEncoding("*", ["gzip"])).toBe("gzip");
  expect(chooseEncoding(undefined, ["br", "gzip"])).toBeUndefined();
  expect(chooseEncoding("br", [])).toBeUndefined();
});

test("cleanPath decodes, and refuses what cannot name a page", () => {
  expect(cleanPath("/what-is-iop?x=1#y")).toBe("/what-is-iop");
  expect(cleanPath("/caf%C3%A9")).toBe("/café");
  expect(cleanPath("/a/../b")).toBeUndefined();
  expect(cleanPath("http://evil/")).toBeUndefined();
});
