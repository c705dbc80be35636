import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, test } from "vitest";
import { checkFinishedPage } from "@/lib/export/check-finished-page";
import { finishExport } from "@/lib/export/finish-export";
import { cspHash, finishPage } from "@/lib/export/finish-page";
import type { NextRecord } from "@/lib/export/next-output";
import { redirectPage } from "@/lib/export/redirect-page";
import { securityHeaders } from "@/lib/http/security-headers";

// Captured from a real `next build` by `npm run capture:next-export`: refresh it after upgrading Next.
const CAPTURE = path.resolve("tests/fixtures/next-export");
const record = JSON.parse(fs.readFileSync(path.join(CAPTURE, "record.json"), "utf8")) as NextRecord;
const outFiles = JSON.parse(fs.readFileSync(path.join(CAPTURE, "out-files.json"), "utf8")) as string[];
const captured = (file: string) => fs.readFileSync(path.join(CAPTURE, "out", file), "utf8");
const readStylesheet = (href: string) => captured(href.slice(1));
const PAGES = outFiles.filter((file) => file.endsWith(".html") && !file.startsWith("_"));
// The one stylesheet Next wrote: its name is a hash that changes with the styles.
const STYLESHEETS = outFiles.filter((file) => file.startsWith("_next/") && file.endsWith(".css"));
const OURS = { "security.txt": "Contact: mailto:security@example.org\n", "llms.txt": "# IOP Guide\n" };

/** Visible text and links: what a reader gets, which finishing must not change. */
function readerView(html: string): { text: string; links: string[]; jsonLd: string[] } {
  const view = { text: "", links: [] as string[], jsonLd: [] as string[] };
  const walk = (node: Root | RootContent) => {
    if (node.type === "text") view.text += node.value;
    if (node.type !== "root" && node.type !== "element") return;
    const element = node as Element;
    if (node.type === "element" && element.tagName === "script") {
      if (element.properties.type === "application/ld+json") view.jsonLd.push(element.children.map((c) => (c.type === "text" ? c.value : "")).join(""));
      return;
    }
    if (node.type === "element" && ["style", "head"].includes(element.tagName)) return;
    if (node.type === "element" && element.tagName === "a") view.links.push(String(element.properties.href));
    node.children.forEach(walk);
  };
  walk(fromHtml(html));
  return view;
}

/** The scripts a page loads, in order. */
function scriptSources(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === "element" && node.tagName === "script" && node.properties.src !== undefined) found.push(String(node.properties.src));
    if (node.type === "root" || node.type === "element") node.children.forEach(walk);
  };
  walk(fromHtml(html));
  return found;
}

describe("finishing the pages of a captured Next export", () => {
  test.each(PAGES)("%s keeps what readers get and loses the framework", (page) => {
    const raw = captured(page);
    const { html, styleHashes } = finishPage(raw, readStylesheet);
    const site = { policy: securityHeaders({ styles: styleHashes, scripts: [] })["Content-Security-Policy"], serves: () => true };
    // The capture holds the framework, so the check can fail on it...
    expect(checkFinishedPage(raw, site).length).toBeGreaterThan(0);
    // ...and the finished page passes it, reads the same, and loads only our scripts.
    expect(checkFinishedPage(html, site)).toEqual([]);
    expect(readerView(html)).toEqual(readerView(raw));
    expect(scriptSources(html)).toEqual(["search.html", "es/buscar.html"].includes(page) ? ["/search.js", "/enhance.js"] : ["/enhance.js"]);
    expect(STYLESHEETS).toHaveLength(1);
    expect(styleHashes).toEqual([cspHash(readStylesheet(`/${STYLESHEETS[0]}`))]);
    // Next's stylesheet is inlined; the print rules stay a link of their own, for paper only.
    expect(html).toContain('<link rel="stylesheet" href="/print.css" media="print">');
  });
});

/** The link-preview cards the captured pages name, as scripts/draw-preview-cards.tsx leaves them beside the export. */
const CARDS = ["es/que-es-iop", "get-help", "time-commitment", "what-is-iop"].map((slug) => `${slug}/opengraph-image.png`);

/** A project folder holding the captured export as `next build` left it, the drawn cards, and two files of ours in public/. */
function capturedProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finish-"));
  for (const card of CARDS) {
    fs.mkdirSync(path.dirname(path.join(dir, "cards", card)), { recursive: true });
    fs.writeFileSync(path.join(dir, "cards", card), "png");
  }
  for (const file of outFiles) {
    fs.mkdirSync(path.dirname(path.join(dir, "out", file)), { recursive: true });
    const body = fs.existsSync(path.join(CAPTURE, "out", file)) ? captured(file) : `(not captured: ${file})`;
    fs.writeFileSync(path.join(dir, "out", file), body);
  }
  fs.cpSync("public", path.join(dir, "public"), { recursive: true });
  for (const [name, body] of Object.entries(OURS)) {
    fs.writeFileSync(path.join(dir, "public", name), body);
    fs.writeFileSync(path.join(dir, "out", name), body); // Next copies public/ into out/
  }
  // Next's own records, as lib/export/next-output.ts reads them.
  const routes = Object.fromEntries(record.routes.map((r) => [r.route, { dataRoute: r.isPage ? `${r.route}.rsc` : null }]));
  fs.mkdirSync(path.join(dir, ".next"));
  fs.writeFileSync(path.join(dir, ".next", "prerender-manifest.json"), JSON.stringify({ routes }));
  const nextFile = (file: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, ".next", file)), { recursive: true });
    fs.writeFileSync(path.join(dir, ".next", file), "");
  };
  record.staticFiles.forEach((file) => nextFile(`static/${file}`));
  for (const { route, segments } of record.routes) segments.forEach((s) => nextFile(`server/app/${route === "/" ? "index" : route.slice(1)}.segments/${s}`));
  return dir;
}

const finish = (dir: string) =>
  finishExport({ out: path.join(dir, "out"), publicDir: path.join(dir, "public"), besideDir: path.join(dir, "cards"), record, redirects: [], siteUrl: "https://iop.example.org" });
const filesIn = (dir: string) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

describe("the finishing step on a captured Next export", () => {
  test("removes only what Next says it wrote for its runtime; our own files survive", () => {
    const dir = capturedProject();
    expect(finish(dir).problems).toEqual([]);
    for (const [name, body] of Object.entries(OURS)) expect(fs.readFileSync(path.join(dir, "out", name), "utf8")).toBe(body);
    const left = filesIn(path.join(dir, "out"));
    expect(left.filter((f) => f.startsWith("_next") || f.includes("__next.") || f.startsWith("_not-found"))).toEqual([]);
    expect(left.filter((f) => f.endsWith(".txt")).sort()).toEqual(["llms.txt", "robots.txt", "security.txt"]);
    // The cards are copied in at the addresses the pages name.
    expect(left.filter((f) => f.includes("opengraph-image")).sort()).toEqual(CARDS.map((card) => path.join(...card.split("/"))));
  });

  test("a page whose link-preview card was not drawn fails it, named", () => {
    const dir = capturedProject();
    fs.rmSync(path.join(dir, "cards", "what-is-iop"), { recursive: true });
    const problems = finish(dir).problems;
    expect(problems).toContain(`${path.join(dir, "out", "what-is-iop.html")}: og:image http://localhost:3000/what-is-iop/opengraph-image.png names an image the export does not hold`);
    expect(problems).toContain(`${path.join(dir, "out", "what-is-iop.html")}: twitter:image http://localhost:3000/what-is-iop/opengraph-image.png names an image the export does not hold`);
  });

  test("a file Next wrote that the step does not know fails it, named", () => {
    const dir = capturedProject();
    fs.writeFileSync(path.join(dir, "out", "__next.new-payload.txt"), "");
    expect(finish(dir).problems).toEqual([`${path.join(dir, "out", "__next.new-payload.txt")}: written by next build but neither finished nor removed (an output of this Next version that lib/export/next-output.ts does not know)`]);
  });

  test("a broken export, a framework script left in a page, fails the build naming the file", async () => {
    const dir = capturedProject();
    // A script the transform does not reach: inside a <template>, which the check still reads.
    const page = path.join(dir, "out", "time-commitment.html");
    fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace("</body>", '<template><script src="/_next/static/chunks/left.js"></script></template></body>'));
    const run = promisify(execFile)(path.resolve("node_modules/.bin/tsx"), [path.resolve("scripts/finish-export.ts")], { cwd: dir, env: { ...process.env, CONTENT_DIR: path.resolve("tests/fixtures/valid"), BESIDE_NEXT_DIR: path.join(dir, "cards") } });
    const failure = await run.then(
      () => expect.unreachable("the finishing step should have failed"),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('out/time-commitment.html: script outside the allowlist: <script src="/_next/static/chunks/left.js">');
    expect(failure.stderr).toContain("out/time-commitment.html: refers to /_next/");
  }, 60_000);
});

describe("the postcondition names what a finished page must not hold", () => {
  const site = { policy: securityHeaders({ styles: [cspHash("p{}")], scripts: [] })["Content-Security-Policy"], serves: (address: string) => address === "/x/opengraph-image.png" };
  const page = (body: string) => `<!doctype html><html><head><style>p{}</style></head><body>${body}</body></html>`;

  test("a page of our scripts, JSON-LD, the allowed style and a card the export holds passes", () => {
    const body = '<meta property="og:image" content="https://iop.example.org/x/opengraph-image.png"><script type="application/ld+json">{}</script><script src="/enhance.js" defer></script>';
    expect(checkFinishedPage(page(body), site)).toEqual([]);
  });

  test.each([
    ['<script src="/other.js"></script>', 'script outside the allowlist: <script src="/other.js">'],
    ["<script>run()</script>", "script outside the allowlist: <script>"],
    ['<script src="/enhance.js">run()</script>', 'script outside the allowlist: <script src="/enhance.js">'],
    ['<link rel="modulepreload" href="/x.js">', 'preload outside the allowlist: <link rel="modulepreload" href="/x.js">'],
    ['<img src="/_next/image?url=x" alt="">', "refers to /_next/, which is not shipped"],
    ["<style>p{color:red}</style>", `inline style whose hash '${cspHash("p{color:red}")}' is not in the Content-Security-Policy`],
    ['<p style="color:red">x</p>', "inline style attribute, which the Content-Security-Policy blocks"],
    ['<button onclick="go()">x</button>', "inline event handler 'onClick', which the Content-Security-Policy blocks"],
    ['<meta property="og:image" content="https://iop.example.org/y/opengraph-image.png">', "og:image https://iop.example.org/y/opengraph-image.png names an image the export does not hold"],
    ['<meta name="twitter:image" content="/y/opengraph-image.png">', "twitter:image /y/opengraph-image.png names an image the export does not hold"],
  ])("%s", (body, problem) => {
    expect(checkFinishedPage(page(body), site).join("\n")).toContain(problem);
  });
});

test("a redirect page moves readers and search engines on without JavaScript", () => {
  const html = redirectPage("/insurance", "http://localhost:3000/insurance");
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/insurance">');
  expect(html).toContain('<link rel="canonical" href="http://localhost:3000/insurance">');
  expect(html).toContain('<a href="/insurance">');
  expect(html).not.toContain("<script");
});
