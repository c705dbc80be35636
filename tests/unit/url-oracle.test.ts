import { describe, expect, test } from "vitest";
import { expectedStatus, type KnownSite } from "../e2e/gates/url-oracle";

const site: KnownSite = {
  pages: new Set(["/", "/faq", "/checklists/questions"]),
  assets: new Set(["/enhance.js"]),
  redirects: new Map([["/iop", "/what-is-iop"]]),
};
const expected = (path: string, method = "GET") => expectedStatus(method, path, site, "http://127.0.0.1:1");

describe("the URL-fuzz oracle knows which paths exist", () => {
  test("200 only for an address the site has", () => {
    expect(["/", "/faq", "/faq?q=x", "/enhance.js", "/checklists/questions", "/faq#frag"].map((p) => expected(p))).toEqual([200, 200, 200, 200, 200, 200]);
  });

  test("a server that answers 200 for any path fails it: these must be 404", () => {
    const paths = ["/no-such-page", "/faq/extra", "/_server.json", "/%2e%2e/etc/passwd", "/faq%00", "/%zz", "/.env", "/enhance.js/", "/faq.html.br"];
    const anyPath200 = paths.map(() => 200);
    expect(paths.map((p) => expected(p))).toEqual(paths.map(() => 404));
    expect(anyPath200).not.toEqual(paths.map((p) => expected(p)));
  });

  test("old addresses and other spellings of a page move permanently; other methods are refused", () => {
    expect(["/iop", "/IOP", "/iop/", "/faq/", "/faq%2f", "/FAQ", "/faq.html", "//", "/checklists/questions/"].map((p) => expected(p))).toEqual([
      301, 301, 301, 301, 301, 301, 301, 301, 301,
    ]);
    expect(expected("/faq", "POST")).toBe(405);
    expect(expected("/faq", "HEAD")).toBe(200);
  });
});
