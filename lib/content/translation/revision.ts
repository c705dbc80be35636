import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { displayPath } from "../errors";

/**
 * The revision a translation records: the first 12 hex characters of the git
 * blob id of the English file, the same as `git hash-object FILE | cut -c1-12`,
 * computed here so neither the build nor a fresh export needs git.
 */
export function blobRevision(content: Buffer | string): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex").slice(0, 12);
}

/** An English file under `root` as a translation is compared with it: its name there (the report's row), its path and its revision. */
export function englishFile(root: string, name: string): { page: string; file: string; revision: string } {
  const file = path.join(root, name);
  return { page: name, file: displayPath(file), revision: blobRevision(fs.readFileSync(file)) };
}
