import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, test } from "vitest";
import { cleanPath, handleRequest } from "@/lib/server/handle-request";
import type { StaticSite, StoredFile } from "@/lib/server/static-site";

const file = (body: string, type = "text/html; charset=utf-8"): StoredFile => ({
  body: Buffer.from(body),
  type,
  etag: `"${body.length}"`,
  cacheControl: "public, max-age=0",
});
const site: StaticSite = {
  manifest: {
    headers: { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "script-src 'self'" },
    pageHeaders: { "/insurance": { "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'" } },
    redirects: [],
  },
  files: new Map([
    ["/index.html", file("home")],
    ["/insurance.html", file("insurance")],
    ["/insurance/opengraph-image.png", file("png", "image/png")],
  ]),
  redirects: new Map([["/coverage", "/insurance"]]),
  notFound: file("not found"),
};

function request(method: string, url: string, headers: Record<string, string> = {}) {
  const res = Object.assign(new EventEmitter(), {
    status: 0,
    headers: {} as Record<string, string>,
    body: "",
    writeHead(status: number, h: Record<string, string>) {
      this.status = status;
      this.headers = h;
    },
    end(body?: Buffer | string) {
      this.body = body ? body.toString() : "";
    },
  });
  handleRequest(site, { method, url, headers } as unknown as IncomingMessage, res as unknown as ServerResponse);
  return res;
}

describe("handleRequest", () => {
  test("serves clean URLs with the security headers", () => {
    const res = request("GET", "/insurance?utm=x");
    expect(res.status).toBe(200);
    expect(res.body).toBe("insurance");
    expect(res.headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  test("gives a page its own headers in place of the site-wide ones of the same name", () => {
    for (const res of [request("GET", "/insurance"), request("GET", "/insurance", { "if-none-match": '"9"' })]) {
      expect(res.headers["Content-Security-Policy"]).toBe("script-src 'self' 'wasm-unsafe-eval'");
      expect(res.headers["X-Content-Type-Options"]).toBe("nosniff");
    }
    expect(request("GET", "/").headers["Content-Security-Policy"]).toBe("script-src 'self'");
    expect(request("GET", "/nope").headers["Content-Security-Policy"]).toBe("script-src 'self'");
  });

  test("serves the home page and images with their types", () => {
    expect(request("GET", "/").body).toBe("home");
    expect(request("GET", "/insurance/opengraph-image.png").headers["Content-Type"]).toBe("image/png");
  });

  test("redirects old addresses permanently and drops trailing slashes", () => {
    expect(request("GET", "/coverage")).toMatchObject({ status: 301, headers: expect.objectContaining({ Location: "/insurance" }) });
    expect(request("GET", "/insurance/")).toMatchObject({ status: 308, headers: expect.objectContaining({ Location: "/insurance" }) });
  });

  test("answers unknown, odd and hostile paths with the 404 page", () => {
    for (const path of ["/nope", "/insurance.html", "/..%2f..%2fetc%2fpasswd", "/%zz", "/a%00b", "/.env", "/a\\b", `/${"x".repeat(3000)}`]) {
      const res = request("GET", path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toBe("not found");
    }
  });

  test("refuses other methods with 405 and says which are allowed", () => {
    const res = request("POST", "/insurance");
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe("GET, HEAD");
  });

  test("HEAD sends headers only, and a matching ETag gets 304", () => {
    expect(request("HEAD", "/insurance")).toMatchObject({ status: 200, body: "" });
    expect(request("GET", "/insurance", { "if-none-match": '"9"' }).status).toBe(304);
  });
});

test("cleanPath decodes, and refuses what cannot name a page", () => {
  expect(cleanPath("/what-is-iop?x=1#y")).toBe("/what-is-iop");
  expect(cleanPath("/caf%C3%A9")).toBe("/café");
  expect(cleanPath("/a/../b")).toBeUndefined();
  expect(cleanPath("http://evil/")).toBeUndefined();
});
