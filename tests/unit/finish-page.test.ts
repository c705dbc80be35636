import { describe, expect, test } from "vitest";
import { cspHash, finishPage } from "@/lib/export/finish-page";
import { redirectPage } from "@/lib/export/redirect-page";

const exported = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/><script src="/_next/static/chunks/x.js" async=""></script><script type="application/ld+json">{"@type":"FAQPage"}</script></head><body><p>Text</p><script src="/enhance.js" defer=""></script><script src="/search.js" defer=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">globalThis.TURBOPACK=1</script></body></html>`;

describe("finishPage", () => {
  const { html, styleHashes } = finishPage(exported, () => "p{color:red}");

  test("removes the framework's scripts and script preloads", () => {
    expect(html).not.toContain("/_next/static/chunks/x.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
  });

  test("keeps structured data and our own enhancement script", () => {
    expect(html).toContain('<script type="application/ld+json">{"@type":"FAQPage"}</script>');
    expect(html).toContain('<script src="/enhance.js" defer=""></script><script src="/search.js" defer=""></script>');
  });

  test("inlines the stylesheet and reports its CSP hash", () => {
    expect(html).toContain("<style>p{color:red}</style>");
    expect(html).not.toContain("a.css");
    expect(styleHashes).toEqual([cspHash("p{color:red}")]);
    expect(cspHash("p{color:red}")).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});

test("a redirect page moves readers and search engines on without JavaScript", () => {
  const html = redirectPage("/insurance", "http://localhost:3000/insurance");
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/insurance">');
  expect(html).toContain('<link rel="canonical" href="http://localhost:3000/insurance">');
  expect(html).toContain('<a href="/insurance">');
  expect(html).not.toContain("<script");
});
