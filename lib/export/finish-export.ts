import fs from "node:fs";
import path from "node:path";
import type { Redirect } from "../content/redirects";
import { securityHeaders } from "../http/security-headers";
import { checkFinishedPage } from "./check-finished-page";
import { finishPage } from "./finish-page";
import { HOST_FILES, headersFile, nginxServerBlock, redirectsFile, type ServerManifest } from "./host-config";
import { runtimeFiles, shippedFiles, type NextRecord } from "./next-output";
import { notFoundAddresses, pageAddresses } from "./pages";
import { redirectPage } from "./redirect-page";

export type FinishInput = {
  /** Next's export, finished in place. */
  out: string;
  /** Our own files, which Next copied into out/ and which must survive untouched. */
  publicDir: string;
  record: NextRecord;
  redirects: Redirect[];
  siteUrl: string;
};

const posix = (file: string) => file.split(path.sep).join("/");

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => posix(path.relative(dir, path.join(entry.parentPath, entry.name))));
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    removeEmptyFolders(full);
    if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
  }
}

/**
 * Finishes Next's export into the site we ship: each page without the
 * framework's runtime (lib/export/finish-page.ts), the files Next says it
 * wrote only for that runtime removed, redirect pages and host configs
 * written. Then checks the result, and returns one line per problem, each
 * naming its file: a page still holding a script, preload or /_next/
 * reference outside the allowlist, or an inline style the policy does not
 * allow; a file of ours that went missing; a file Next wrote that the step
 * neither finished nor removed.
 */
export function finishExport({ out, publicDir, record, redirects, siteUrl }: FinishInput): { pages: number; problems: string[] } {
  const ours = new Set(filesUnder(publicDir));
  const shipped = new Set(shippedFiles(record));
  const pages = [...shipped].filter((file) => file.endsWith(".html") && fs.existsSync(path.join(out, file)));

  const styleHashes = new Set<string>();
  for (const page of pages) {
    const file = path.join(out, page);
    const finished = finishPage(fs.readFileSync(file, "utf8"), (href) => fs.readFileSync(path.join(out, href), "utf8"));
    finished.styleHashes.forEach((hash) => styleHashes.add(hash));
    fs.writeFileSync(file, finished.html);
  }

  // Only what Next's own records name, and never a file of ours that happens to share its name.
  for (const file of runtimeFiles(record)) if (!ours.has(file)) fs.rmSync(path.join(out, file), { force: true });
  removeEmptyFolders(out);

  // Link previews need an image type a static host can recognise by its name. Inside a route
  // group (app/(en)/...) Next names the file opengraph-image-<hash>; the page names opengraph-image.png.
  for (const file of [...shipped].filter((f) => /^opengraph-image(-[a-z0-9]+)?$/.test(path.posix.basename(f)))) {
    const png = path.posix.join(path.posix.dirname(file), "opengraph-image.png");
    shipped.delete(file);
    shipped.add(png);
    if (fs.existsSync(path.join(out, file))) fs.renameSync(path.join(out, file), path.join(out, png));
  }

  const inline = { styles: [...styleHashes], scripts: [] };
  const pageList = pageAddresses(out, redirects.map((r) => r.from));
  const manifest: ServerManifest = { headers: securityHeaders(inline), redirects, pages: pageList, notFound: notFoundAddresses(out) };

  const written = new Set(HOST_FILES);
  for (const { from, to } of redirects) {
    const page = `${from.slice(1)}.html`;
    fs.writeFileSync(path.join(out, page), redirectPage(to, `${siteUrl}${to}`));
    written.add(page);
  }
  fs.writeFileSync(path.join(out, "_server.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(out, "_headers"), headersFile(manifest));
  fs.writeFileSync(path.join(out, "_redirects"), redirectsFile(manifest));
  fs.writeFileSync(path.join(out, "_nginx.conf"), nginxServerBlock(manifest));

  const problems: string[] = [];
  const present = filesUnder(out);
  for (const file of present.filter((f) => f.endsWith(".html"))) {
    problems.push(...checkFinishedPage(fs.readFileSync(path.join(out, file), "utf8"), manifest.headers["Content-Security-Policy"]).map((problem) => `${path.join(out, file)}: ${problem}`));
  }
  for (const file of ours) if (!present.includes(file)) problems.push(`${path.join(out, file)}: missing, though it is in ${publicDir}/`);
  for (const file of present) {
    if (!ours.has(file) && !shipped.has(file) && !written.has(file)) {
      problems.push(`${path.join(out, file)}: written by next build but neither finished nor removed (an output of this Next version that lib/export/next-output.ts does not know)`);
    }
  }
  return { pages: pages.length, problems };
}
