import fs from "node:fs";
import path from "node:path";
import { isNotFoundPage, NOT_PAGES } from "./host-config";

/** The address of every HTML file in an export (`/index`, `/insurance`, `/es/404`). */
function htmlAddresses(outDir: string): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split(path.sep).join("/").replace(/\.html$/, "")}`);
}

/** The clean address of every page in an export (`/`, `/insurance`, `/checklists/first-week`), leaving out redirect pages and 404 pages; index.html is `/`. */
export function pageAddresses(outDir: string, redirectFroms: string[]): string[] {
  return htmlAddresses(outDir)
    .filter((p) => !NOT_PAGES.includes(p) && !isNotFoundPage(p) && !redirectFroms.includes(p))
    .concat("/")
    .sort();
}

/** The export's 404 pages (`/404`, and `/es/404` once the Spanish edition has one). */
export function notFoundAddresses(outDir: string): string[] {
  return htmlAddresses(outDir).filter(isNotFoundPage).sort();
}
