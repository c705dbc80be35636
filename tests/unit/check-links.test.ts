import { fromHtml } from "hast-util-from-html";
import { describe, expect, test } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadSite } from "@/lib/content/load-site";
import { checkExportedLinks, checkLinks, contentLinkOrigins, formatBrokenLinks, pageLinks } from "@/lib/export/check-links";

const VALID = "tests/fixtures/valid";

const page = (body: string) => pageLinks(fromHtml(`<!doctype html><title>t</title><main id="main">${body}</main>`));

// A small rendered site: what the finishing step sees in out/.
const pages = new Map([
  ["/", page(`<a href="/get-help#sources">help sources</a> <a href="/about">about</a> <a href="#main">skip</a>`)],
  ["/get-help", page(`<h2 id="sources">Sources</h2> <a href="/iop">old address</a> <a href="/enhance.js">script</a>`)],
  ["/broken-links", page(`<a href="/time-commitment#how-many-hours">ok</a> <a href="/not-a-page">gone</a> <a href="/time-commitment#no-such-heading">x</a> <a href="#missing-here">here</a>`)],
  ["/faq", page(`<a href="/gone-page">gone</a> <a href="/broken-links#%zz">bad escape</a> <a href="/glossary#not-a-term">term</a>`)],
  ["/glossary", page(`<dt id="iop">IOP</dt>`)],
  ["/time-commitment", page(`<h2 id="how-many-hours">How many hours</h2>`)],
]);
// The links as the content wrote them: tests/fixtures/links/broken-links.md loads (its links are
// not the loader's business) and tells which file and line wrote each one.
const site = loadSite(VALID, [path.join(VALID, "articles"), "tests/fixtures/links"]);
const input = {
  pages,
  files: new Set(["/enhance.js", "/sitemap.xml"]),
  redirects: new Map([["/iop", "/what-is-iop"]]),
  originsOf: contentLinkOrigins(site.articles),
};

describe("the link check on the rendered pages", () => {
  test("accepts what was rendered: a page's id, the same page's anchor, a served file", () => {
    const ok = new Map([...pages].filter(([path]) => path === "/time-commitment"));
    ok.set("/", page(`<a href="/time-commitment#how-many-hours">x</a> <a href="#main">skip</a> <a href="/enhance.js">s</a> <a href="https://example.org/x">out</a>`));
    expect(checkLinks({ ...input, pages: ok })).toEqual(new Map());
  });

  test("rejects a link to a page that was not rendered (the old model let /about pass) and accepts an id that exists (it rejected /get-help#sources)", () => {
    expect(formatBrokenLinks(checkLinks(input))).toMatchInlineSnapshot(`
      "Broken links: 8 on 4 pages
        on /:
          - link '/about' points to a page that does not exist (not from the content: look in the page's layout, app/ or components/)
        on /get-help:
          - link '/iop' points to an old address that redirects; link to '/what-is-iop' instead (not from the content: look in the page's layout, app/ or components/)
        on /broken-links:
          - tests/fixtures/links/broken-links.md:17 body: link '/not-a-page' points to a page that does not exist
          - tests/fixtures/links/broken-links.md:17 body: link '/time-commitment#no-such-heading' points to '#no-such-heading', which no element on /time-commitment has as its id
          - tests/fixtures/links/broken-links.md:19 body: link '#missing-here' points to '#missing-here', which no element on /broken-links has as its id
        on /faq:
          - tests/fixtures/links/broken-links.md:12 faqs.0.answer: link '/gone-page' points to a page that does not exist
          - link '/broken-links#%zz' is not a valid address (a bad % escape) (not from the content: look in the page's layout, app/ or components/)
          - tests/fixtures/links/broken-links.md:19 body: link '/glossary#not-a-term' points to '#not-a-term', which no element on /glossary has as its id"
    `);
  });

  test("reads an exported folder: .html files are pages at their clean address, redirect pages are old addresses", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "out-"));
    try {
      fs.writeFileSync(path.join(out, "index.html"), `<a href="/faq#first">ok</a> <a href="/enhance.js">ok</a> <a href="/old">old</a> <a href="/faq.html">file name</a>`);
      fs.writeFileSync(path.join(out, "faq.html"), `<h2 id="first">First</h2> <a href="/#top">top</a>`);
      fs.writeFileSync(path.join(out, "old.html"), `<meta http-equiv="refresh" content="0; url=https://site.example/faq">`);
      fs.writeFileSync(path.join(out, "enhance.js"), "");
      expect(checkExportedLinks(out, { articles: [], redirects: [{ from: "/old", to: "/faq" }] })).toMatchInlineSnapshot(`
        "Broken links: 3 on 2 pages
          on /faq:
            - link '/#top' points to '#top', which no element on / has as its id (not from the content: look in the page's layout, app/ or components/)
          on /:
            - link '/old' points to an old address that redirects; link to '/faq' instead (not from the content: look in the page's layout, app/ or components/)
            - link '/faq.html' points to a page that does not exist (not from the content: look in the page's layout, app/ or components/)"
      `);
    } finally {
      fs.rmSync(out, { recursive: true });
    }
  });

  // What tests/e2e/links.spec.ts checked over HTTP, which this check now covers on its own.
  test("checks the not-found page (served at any unknown address) and reads escaped query strings as a browser does", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "out-"));
    try {
      fs.writeFileSync(path.join(out, "index.html"), `<h1 id="top">Home</h1>`);
      fs.writeFileSync(path.join(out, "search.html"), `<h1 id="top">Search</h1> <a href="/search?q=iop&amp;page=2#top">again</a>`);
      fs.writeFileSync(path.join(out, "404.html"), `<a href="#main">skip</a> <a href="/#top">home</a> <a href="/search?q=x&amp;y=1#results">search</a> <main id="main"></main>`);
      expect(checkExportedLinks(out, { articles: [], redirects: [] })).toMatchInlineSnapshot(`
        "Broken links: 1 on 1 page
          on /404:
            - link '/search?q=x&y=1#results' points to '#results', which no element on /search has as its id (not from the content: look in the page's layout, app/ or components/)"
      `);
    } finally {
      fs.rmSync(out, { recursive: true });
    }
  });
});
