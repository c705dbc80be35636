import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type Resource = { url: string; kind: "html" | "css" | "js"; raw: number; gzip: number };

const size = (body: Buffer) => ({ raw: body.length, gzip: gzipSync(body, { level: 9 }).length });

/** The exported file that answers a clean URL: / → index.html, /insurance → insurance.html. */
export function fileForPath(outDir: string, urlPath: string): string {
  if (urlPath === "/") return path.join(outDir, "index.html");
  const direct = path.join(outDir, urlPath);
  return fs.existsSync(direct) && fs.statSync(direct).isFile() ? direct : `${direct}.html`;
}

/**
 * What a first visit to a page downloads before the reader does anything:
 * the HTML and the same-origin stylesheets and scripts it references.
 * (Scripts loaded later on demand, such as the search index, are not counted.)
 */
export function firstVisitWeight(outDir: string, urlPath: string): Resource[] {
  const html = fs.readFileSync(fileForPath(outDir, urlPath));
  const text = html.toString("utf8");
  const resources: Resource[] = [{ url: urlPath, kind: "html", ...size(html) }];
  const refs = [
    ...[...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => ({ url: m[1], kind: "css" as const })),
    ...[...text.matchAll(/<script\b[^>]*src="(\/[^"]+)"/g)].map((m) => ({ url: m[1], kind: "js" as const })),
  ];
  for (const ref of refs) resources.push({ ...ref, ...size(fs.readFileSync(fileForPath(outDir, ref.url))) });
  return resources;
}

export function totals(resources: readonly Resource[]) {
  const sum = (kind?: Resource["kind"]) => {
    const list = resources.filter((r) => !kind || r.kind === kind);
    return { raw: list.reduce((n, r) => n + r.raw, 0), gzip: list.reduce((n, r) => n + r.gzip, 0) };
  };
  return { html: sum("html"), css: sum("css"), js: sum("js"), all: sum() };
}
