import fs from "node:fs";
import path from "node:path";
import { NOT_PAGES } from "./host-config";

/** The clean address of every page in an export (`/`, `/insurance`, `/checklists/first-week`), leaving out redirect pages; index.html is `/`. */
export function pageAddresses(outDir: string, redirectFroms: string[]): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split(path.sep).join("/").replace(/\.html$/, "")}`)
    .filter((p) => !NOT_PAGES.includes(p) && !redirectFroms.includes(p))
    .concat("/")
    .sort();
}
