import { expect, test } from "@playwright/test";
import { pagePaths } from "../../lib/routes";
import { expectedStatus, servedAssets, type KnownSite } from "./gates/url-oracle";
import { site, sitemapPaths } from "./site";

/** Small seeded generator, so every run sends the same odd requests. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function oddPaths(count: number): string[] {
  const next = random(20261122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const real = sitemapPaths();
  const pieces = [
    "..",
    "%2e%2e",
    "%2E%2E%2F",
    "..%2f",
    "..%5c",
    "%252e%252e%252f",
    ".env",
    ".git/config",
    "%00",
    "%ff",
    "%",
    "%zz",
    "%c0%af",
    "etc/passwd",
    "_server.json",
    "_headers",
    "_nginx.conf",
    "_next",
    "index.html",
    "404.html",
    "~",
    "ü",
    "%F0%9F%98%80",
    "😀",
    "caf%C3%A9",
    "a".repeat(300),
    "//",
    "\\",
    "%5C",
    ";",
    "'",
    '"',
    "<script>",
    "%3Cscript%3E",
    "*",
    "?",
    "#",
    "&",
    "=",
  ];
  const queries = ["", "?", "?q=", "?q=%00", "?a=1&a=2", "?%zz", `?${"x=y&".repeat(50)}`, "?q=<script>", "#frag", "?utm_source=x"];
  const paths: string[] = [];
  while (paths.length < count) {
    const depth = 1 + Math.floor(next() * 4);
    const segments = Array.from({ length: depth }, () => (next() < 0.3 ? pick(real).slice(1) : pick(pieces)));
    const prefix = next() < 0.2 ? pick(real) : "";
    paths.push(`${prefix}/${segments.join(next() < 0.1 ? "//" : "/")}${pick(queries)}`.replace(/^\/\//, "/"));
  }
  paths.push(`/${"x".repeat(5000)}`, `/${"%2e".repeat(1000)}`);
  return paths;
}

test("2,000+ odd requests each get the status the site's files call for, never a server error, and the server keeps serving", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const known: KnownSite = {
    pages: new Set([
      ...pagePaths({ articles: site.articles.map((a) => a.slug), checklists: site.checklists.map((c) => c.slug) }),
      ...pagePaths({ articles: site.es!.articles.map((a) => a.slug), checklists: site.es!.checklists.map((c) => c.slug) }, { lang: "es" }),
    ]),
    assets: servedAssets(process.env.OUT_DIR ?? "out"),
    redirects: new Map(site.articles.flatMap((a) => a.aliases.map((alias): [string, string] => [`/${alias}`, `/${a.slug}`]))),
  };
  const paths = oddPaths(2000);
  const methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"];
  const failures: string[] = [];
  const next = random(7);
  for (let i = 0; i < paths.length; i += 25) {
    await Promise.all(
      paths.slice(i, i + 25).map(async (path) => {
        const method = next() < 0.7 ? "GET" : methods[Math.floor(next() * methods.length)];
        // Raw fetch, so the odd bytes reach the server as written rather than normalised by a URL parser.
        const response = await fetch(`${baseURL}${path}`, { method, redirect: "manual" }).catch((error: Error) => ({ status: -1, error }));
        const expected = expectedStatus(method, path, known, baseURL!);
        if (response.status !== expected) failures.push(`${method} ${path.slice(0, 120)} → ${response.status}, expected ${expected}`);
      }),
    );
  }
  expect(failures).toEqual([]);
  const home = await request.get("/");
  expect(home.status()).toBe(200);
});
