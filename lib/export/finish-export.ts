import fs from "node:fs";
import path from "node:path";
import type { Redirect } from "../content/redirects";
import { securityHeaders } from "../http/security-headers";
import { checkFinishedPage, judgePage, pageFacts, type PageFacts } from "./check-finished-page";
import { htmlFileAddress, pageLinks, type PageLinks } from "./check-links";
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
  /**
   * Files the build wrote while next build ran (which empties out/ first):
   * the link-preview cards, the search indexes and script. Copied into out/ as they are.
   */
  besideDir: string;
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
 * wrote only for that runtime removed, the files written beside it
 * copied in, redirect pages and host configs written. Then checks the result, and returns one line per problem, each
 * naming its file: a page still holding a script, preload or /_next/
 * reference outside the allowlist, or an inline style the policy does not
 * allow; a file of ours that went missing; a file Next wrote that the step
 * neither finished nor removed. The links of the pages it finished are
 * returned for the link check, by address.
 */
export function finishExport({ out, publicDir, besideDir, record, redirects, siteUrl }: FinishInput): { pages: number; problems: string[]; links: Map<string, PageLinks> } {
  const ours = new Set(filesUnder(publicDir));
  const shipped = new Set(shippedFiles(record));
  const pages = [...shipped].filter((file) => file.endsWith(".html") && fs.existsSync(path.join(out, file)));

  const styleHashes = new Set<string>();
  // Each page is parsed once: what the checks below need of it is taken from the finished tree.
  const facts = new Map<string, PageFacts>();
  const links = new Map<string, PageLinks>();
  for (const page of pages) {
    const file = path.join(out, page);
    const finished = finishPage(fs.readFileSync(file, "utf8"), (href) => fs.readFileSync(path.join(out, href), "utf8"));
    finished.styleHashes.forEach((hash) => styleHashes.add(hash));
    fs.writeFileSync(file, finished.html);
    facts.set(page, pageFacts(finished.tree, finished.html));
    links.set(htmlFileAddress(page), pageLinks(finished.tree));
  }

  // Only what Next's own records name, and never a file of ours that happens to share its name.
  for (const file of runtimeFiles(record)) if (!ours.has(file)) fs.rmSync(path.join(out, file), { force: true });
  removeEmptyFolders(out);

  const inline = { styles: [...styleHashes], scripts: [] };
  const pageList = pageAddresses(out, redirects.map((r) => r.from));
  const manifest: ServerManifest = { headers: securityHeaders(inline), redirects, pages: pageList, notFound: notFoundAddresses(out) };

  const written = new Set(HOST_FILES);
  for (const file of filesUnder(besideDir)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.copyFileSync(path.join(besideDir, file), path.join(out, file));
    written.add(file);
  }
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
  const served = new Set(present.map((file) => `/${file}`));
  const site = { policy: manifest.headers["Content-Security-Policy"], serves: (address: string) => served.has(address) };
  for (const file of present.filter((f) => f.endsWith(".html"))) {
    const known = facts.get(file);
    const found = known ? judgePage(known, site) : checkFinishedPage(fs.readFileSync(path.join(out, file), "utf8"), site);
    problems.push(...found.map((problem) => `${path.join(out, file)}: ${problem}`));
  }
  for (const file of ours) if (!present.includes(file)) problems.push(`${path.join(out, file)}: missing, though it is in ${publicDir}/`);
  for (const file of present) {
    if (!ours.has(file) && !shipped.has(file) && !written.has(file)) {
      problems.push(`${path.join(out, file)}: written by next build but neither finished nor removed (an output of this Next version that lib/export/next-output.ts does not know)`);
    }
  }
  return { pages: pages.length, problems, links };
}
