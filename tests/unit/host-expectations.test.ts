import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { expectations, type ExportFacts } from "../e2e/hosts/expectations";
import type { Get } from "../e2e/hosts/http";

// The known-bad case for the host-conformance suite: a host configured the way
// the first nginx block was (one MIME type for everything, every path a page,
// gzip whatever the browser said, no headers) must fail every expectation.
const facts: ExportFacts = {
  manifest: {
    headers: { "X-Content-Type-Options": "nosniff" },
    redirects: [{ from: "/iop", to: "/what-is-iop" }],
    pages: ["/", "/what-is-iop", "/checklists/first-week", "/es", "/es/que-es-iop", "/es/listas/preguntas-para-su-seguro"],
    notFound: ["/404", "/es/404"],
  },
  notFoundPages: { "/404": Buffer.from("<h1>Not found</h1>"), "/es/404": Buffer.from("<h1>Página no encontrada</h1>") },
  sitemapPaths: ["/", "/what-is-iop"],
  files: ["/404.html", "/index.html", "/what-is-iop.html", "/enhance.js", "/icon.svg", "/search-en.json", "/_headers", "/index.html.br", "/new.kind"],
};

const misconfigured: Get = async () => ({
  status: 200,
  headers: { "content-type": "text/plain", "content-encoding": "gzip", "cache-control": "max-age=600", etag: '"same"' },
  body: gzipSync("<h1>What is IOP?</h1>"),
});

test("every expectation fails on a misconfigured host, and says what is wrong", async () => {
  for (const { id, run } of expectations(facts)) {
    expect((await run(misconfigured)).length, id).toBeGreaterThan(0);
  }
});

test("a file kind with no Content-Type expectation fails until one is written", async () => {
  const unknown = expectations(facts).find((c) => c.id === "type-kind")!;
  expect(await unknown.run(misconfigured)).toEqual(["/new.kind: no Content-Type expectation for .kind files; add one to TYPES"]);
});

test("an address under /es/ must get the Spanish 404 page, not the English one", async () => {
  const spanish = expectations(facts).find((c) => c.id === "404 /es/no-such-page")!;
  const englishPage: Get = async () => ({ status: 404, headers: {}, body: facts.notFoundPages["/404"] });
  expect(await spanish.run(englishPage)).toEqual(["/es/no-such-page: the body is not the /es/404 page"]);
  const spanishPage: Get = async () => ({ status: 404, headers: {}, body: facts.notFoundPages["/es/404"] });
  expect(await spanish.run(spanishPage)).toEqual([]);
});

test("the one-line reasons name the path and what was found", async () => {
  const notFound = expectations(facts).find((c) => c.id === "404 /404")!;
  expect(await notFound.run(misconfigured)).toEqual(["/404: status 200, expected 404"]);
});
