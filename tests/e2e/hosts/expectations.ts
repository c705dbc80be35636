// What every host must do, written once: a table of cases, each a request or
// two and the problems found in the answers (none when the host conforms).
// The same table runs against every host in conformance.spec.ts; a host that
// cannot behave like the others says so in DIFFERENCES, and only there.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { HOST_FILES, NOT_PAGES, notFoundPageFor, type ServerManifest } from "../../../lib/export/host-config";
import type { HostName } from "./hosts";
import type { Get, Reply } from "./http";

/** What the suite needs to know about the export it checks. */
export type ExportFacts = {
  manifest: ServerManifest;
  /** Each 404 page's bytes by its address (`/404`, `/es/404`). */
  notFoundPages: Record<string, Buffer>;
  sitemapPaths: string[];
  files: string[];
};
export type Case = { id: string; what: string; run: (get: Get) => Promise<string[]> };

/** The Content-Type each kind of file in out/ must have. Equivalent names that browsers treat alike are both allowed. */
export const TYPES: Record<string, RegExp> = {
  html: /^text\/html; ?charset=utf-8$/i,
  js: /^(text|application)\/javascript(; ?charset=utf-8)?$/i,
  css: /^text\/css(; ?charset=utf-8)?$/i,
  json: /^application\/json(; ?charset=utf-8)?$/i,
  png: /^image\/png$/i,
  svg: /^image\/svg\+xml(; ?charset=utf-8)?$/i,
  xml: /^(application|text)\/xml(; ?charset=utf-8)?$/i,
  txt: /^text\/plain(; ?charset=utf-8)?$/i,
};

const PERMANENT = [301, 308];
const locationPath = (reply: Reply) => (reply.headers.location ? new URL(reply.headers.location, "http://host").pathname : "(none)");
const problem = (ok: boolean, text: string) => (ok ? [] : [text]);

function headerProblems(reply: Reply, expected: Record<string, string>, where: string): string[] {
  return Object.entries(expected).flatMap(([name, value]) => problem(reply.headers[name.toLowerCase()] === value, `${where}: ${name} is ${JSON.stringify(reply.headers[name.toLowerCase()] ?? null)}`));
}

/** A real 404 with the right 404 page: the Spanish one for an address under /es/. */
function notFoundProblems(reply: Reply, facts: ExportFacts, path: string): string[] {
  const page = notFoundPageFor(facts.manifest.notFound, path);
  return [
    ...problem(reply.status === 404, `${path}: status ${reply.status}, expected 404`),
    ...problem(reply.status !== 404 || reply.body.equals(facts.notFoundPages[page]), `${path}: the body is not the ${page} page`),
  ];
}

function movedProblems(reply: Reply, path: string, to: string, statuses = PERMANENT): string[] {
  return [
    ...problem(statuses.includes(reply.status), `${path}: status ${reply.status}, expected ${statuses.join(" or ")}`),
    ...problem(locationPath(reply) === to, `${path}: Location ${locationPath(reply)}, expected ${to}`),
  ];
}

function decoded(reply: Reply): Buffer {
  const coding = reply.headers["content-encoding"];
  return coding === "br" ? brotliDecompressSync(reply.body) : coding === "gzip" ? gunzipSync(reply.body) : reply.body;
}

const extensionOf = (file: string) => /\.([a-z0-9_]+)$/i.exec(file)?.[1].toLowerCase() ?? "(none)";

/** A page's other spellings: each moves permanently to its one address. `edition` tells apart the cases of a language's pages. */
function oneAddress(page: string, edition: string): Case[] {
  return [
    ...[`${page}.html`, `${page}/`, page.toUpperCase(), `/${page.charAt(1).toUpperCase()}${page.slice(2)}`].map(
      (path): Case => ({ id: `one address ${path}`, what: `${path} moves permanently to ${page}`, run: async (get) => movedProblems(await get(path), path, page) }),
    ),
    {
      id: `one address, mixed case${edition}`,
      what: `any mixing of upper and lower case moves to ${page}`,
      run: async (get) => {
        const path = page.replace(/[a-z]/g, (c, i: number) => (i % 2 ? c.toUpperCase() : c));
        return movedProblems(await get(path), path, page);
      },
    },
  ];
}

/** A language edition with its own folder and 404 page (`/es/`), and the pages the suite tries in it. */
type Edition = { folder: string; notFound: string; home?: string; page?: string; nested?: string };

function editions({ manifest }: ExportFacts): Edition[] {
  return manifest.notFound
    .filter((page) => page !== "/404")
    .map((notFound) => {
      const folder = notFound.slice(0, -"404".length);
      const inside = manifest.pages.filter((p) => p.startsWith(folder));
      const home = folder.slice(0, -1);
      return {
        folder,
        notFound,
        home: manifest.pages.includes(home) ? home : undefined,
        page: inside.find((p) => !p.slice(folder.length).includes("/")),
        nested: inside.find((p) => p.slice(folder.length).includes("/")),
      };
    });
}

/** An edition answers like the site: its own 404 page for what is missing in its folder, one address per page. */
function editionCases(facts: ExportFacts, { folder, notFound, home, page, nested }: Edition): Case[] {
  const edition = ` (${folder})`;
  const missing = [`${folder}no-such-page`, `${folder}no-such-page/`, `${folder}no/such-page.html`, notFound, `${notFound}.html`];
  return [
    ...missing.map((path): Case => ({ id: `404 ${path}`, what: `${path} is a real 404 with the ${notFound} page`, run: async (get) => notFoundProblems(await get(path), facts, path) })),
    ...(home ? [`${home}/`, `${home}.html`, home.toUpperCase()].map((path): Case => ({ id: `one address ${path}`, what: `${path} moves permanently to ${home}`, run: async (get) => movedProblems(await get(path), path, home) })) : []),
    ...(page ? oneAddress(page, edition) : []),
    ...(nested ? [{ id: `one address, nested${edition}`, what: `${nested}.html moves to ${nested}`, run: async (get: Get) => movedProblems(await get(`${nested}.html`), `${nested}.html`, nested) }] : []),
  ];
}

export function expectations(facts: ExportFacts): Case[] {
  const { manifest } = facts;
  const article = manifest.pages.find((p) => p !== "/" && !p.includes("/", 1) && p !== "/search")!;
  const nested = manifest.pages.find((p) => p.lastIndexOf("/") > 0);
  const alias = manifest.redirects[0];
  const served = facts.files.filter((f) => !HOST_FILES.includes(f.slice(1)) && !/\.(br|gz)$/.test(f));
  const kinds = new Map<string, string>();
  for (const file of served) if (!kinds.has(extensionOf(file))) kinds.set(extensionOf(file), file);
  const site = manifest.headers;

  return [
    ...[...kinds].map(([kind, file]): Case => {
      // A page is asked for by its address; .html names themselves redirect.
      const path = kind === "html" ? article : file;
      return {
        id: `type-${kind}`,
        what: `.${kind} files are served as ${TYPES[kind]?.source ?? "(no expectation: add one to TYPES)"}`,
        run: async (get) => {
          if (!TYPES[kind]) return [`${file}: no Content-Type expectation for .${kind} files; add one to TYPES`];
          const reply = await get(path);
          return [...problem(reply.status === 200, `${path}: status ${reply.status}`), ...problem(TYPES[kind].test(reply.headers["content-type"] ?? ""), `${path}: Content-Type ${reply.headers["content-type"]}`)];
        },
      };
    }),
    {
      id: "sitemap",
      what: "every URL in the sitemap answers 200 with a page",
      run: async (get) =>
        (await Promise.all(facts.sitemapPaths.map(async (path) => ({ path, reply: await get(path) })))).flatMap(({ path, reply }) => [
          ...problem(reply.status === 200, `${path}: status ${reply.status}`),
          ...problem(TYPES.html.test(reply.headers["content-type"] ?? ""), `${path}: Content-Type ${reply.headers["content-type"]}`),
        ]),
    },
    ...["/no-such-page", ...NOT_PAGES.flatMap((p) => [p, `${p}.html`])].map(
      (path): Case => ({ id: `404 ${path}`, what: `${path} is a real 404 with the 404 page`, run: async (get) => notFoundProblems(await get(path), facts, path) }),
    ),
    ...HOST_FILES.map((file): Case => ({ id: `hidden /${file}`, what: `the host file ${file} is never served`, run: async (get) => notFoundProblems(await get(`/${file}`), facts, `/${file}`) })),
    ...oneAddress(article, ""),
    ...(nested ? [{ id: "one address, nested", what: `${nested}.html moves to ${nested}`, run: async (get: Get) => movedProblems(await get(`${nested}.html`), `${nested}.html`, nested) }] : []),
    ...editions(facts).flatMap((edition) => editionCases(facts, edition)),
    ...(alias ? [{ id: "alias", what: `the old address ${alias.from} answers 301 to ${alias.to}`, run: async (get: Get) => movedProblems(await get(alias.from), alias.from, alias.to, [301]) }] : []),
    {
      id: "security headers",
      what: "every security header on pages, files, 404s and redirects",
      run: async (get) => [
        ...headerProblems(await get(article), site, article),
        ...headerProblems(await get("/search"), site, "/search"),
        ...headerProblems(await get(served.find((f) => f.endsWith(".js"))!), site, "a script"),
        ...headerProblems(await get("/no-such-page"), site, "a 404"),
        ...(await Promise.all(editions(facts).map(async ({ folder }) => headerProblems(await get(`${folder}no-such-page`), site, `a 404 in ${folder}`)))).flat(),
        ...headerProblems(await get(`${article}/`), site, "a redirect of a spelling"),
        ...(alias ? headerProblems(await get(alias.from), site, "an old address") : []),
      ],
    },
    {
      id: "brotli",
      what: "Brotli when the browser prefers it, decoding to the page",
      run: async (get) => {
        const [plain, br] = [await get(article), await get(article, { "accept-encoding": "gzip;q=0.5, deflate;q=0.5, br" })];
        return [...problem(br.headers["content-encoding"] === "br", `Content-Encoding ${br.headers["content-encoding"] ?? "none"}`), ...problem(decoded(br).equals(plain.body), "the Brotli body is not the page")];
      },
    },
    {
      id: "gzip",
      what: "gzip when Brotli is refused, decoding to the page",
      run: async (get) => {
        const [plain, gz] = [await get(article), await get(article, { "accept-encoding": "br;q=0, gzip" })];
        return [...problem(gz.headers["content-encoding"] === "gzip", `Content-Encoding ${gz.headers["content-encoding"] ?? "none"}`), ...problem(decoded(gz).equals(plain.body), "the gzip body is not the page")];
      },
    },
    {
      id: "q=0",
      what: "an encoding refused with q=0 is never sent",
      run: async (get) => {
        const reply = await get(article, { "accept-encoding": "gzip;q=0" });
        return problem(!reply.headers["content-encoding"], `Accept-Encoding gzip;q=0 got Content-Encoding ${reply.headers["content-encoding"]}`);
      },
    },
    {
      id: "vary",
      what: "Vary: Accept-Encoding on compressible files",
      run: async (get) => {
        const reply = await get(article, { "accept-encoding": "br" });
        return problem(/accept-encoding/i.test(reply.headers.vary ?? ""), `Vary is ${JSON.stringify(reply.headers.vary ?? null)}`);
      },
    },
    {
      id: "etag per encoding",
      what: "each encoding has its own ETag",
      run: async (get) => {
        const tags = await Promise.all(["identity", "gzip", "br"].map(async (coding) => (await get(article, { "accept-encoding": coding })).headers.etag));
        return problem(tags.every(Boolean) && new Set(tags).size === 3, `ETags identity/gzip/br: ${tags.join(" / ")}`);
      },
    },
    {
      id: "304",
      what: "a matching If-None-Match gets 304 with no body; a stale one gets the page",
      run: async (get) => {
        const first = await get(article, { "accept-encoding": "br" });
        const again = await get(article, { "accept-encoding": "br", "if-none-match": first.headers.etag ?? "" });
        const stale = await get(article, { "accept-encoding": "br", "if-none-match": '"stale"' });
        return [
          ...problem(again.status === 304 && again.body.length === 0, `same ETag: status ${again.status}, ${again.body.length} bytes`),
          ...problem(stale.status === 200, `stale ETag: status ${stale.status}`),
        ];
      },
    },
    {
      id: "caching pages",
      what: "pages revalidate",
      run: async (get) => {
        const page = (await get(article)).headers["cache-control"] ?? "";
        return problem(/max-age=0\b/.test(page) && /must-revalidate|no-cache/.test(page), `${article}: Cache-Control ${page}`);
      },
    },
    {
      id: "caching files",
      what: "files other than pages are kept an hour",
      run: async (get) => {
        const script = served.find((f) => f.endsWith(".js"))!;
        const file = (await get(script)).headers["cache-control"] ?? "";
        return problem(/max-age=3600\b/.test(file) && !/no-cache|max-age=0\b/.test(file), `${script}: Cache-Control ${file}`);
      },
    },
  ];
}

/**
 * The one place where a host differs from the others, with why. The README's
 * hosting section shows the same list.
 */
export const DIFFERENCES: Partial<Record<HostName, Record<string, string>>> = {
  "Cloudflare Pages": {
    "one address, mixed case":
      "_redirects cannot fold case, so only ALL CAPS and a capital first letter are listed; other mixings are 404 there.",
    "one address, mixed case (/es/)": "The same for the Spanish pages: only ALL CAPS and a capital first letter are listed.",
    vary: "The local runtime compresses on the fly and sends no Vary; Cloudflare's edge adds it when it compresses.",
    "etag per encoding": "Cloudflare compresses on the fly and keeps the file's one ETag (the edge marks it weak when it compresses).",
    "caching files": "_headers cannot tell a page from a file (pages have no extension), so scripts and the search index revalidate like pages: Cloudflare's default.",
  },
  "nginx without Brotli": {
    brotli: "Without the brotli_static module nginx cannot send the .br files; a browser that also accepts gzip gets the .gz file (the gzip case passes), one that accepts only br gets the page uncompressed.",
    "etag per encoding": "With no Brotli, a request for br gets the uncompressed page and its ETag, so there are two ETags (identity, gzip), not three.",
  },
};
