import { createHash } from "node:crypto";

/**
 * The revision a translation records: the first 12 hex characters of the git
 * blob id of the English file, the same as `git hash-object FILE | cut -c1-12`,
 * computed here so neither the build nor a fresh export needs git.
 */
export function blobRevision(content: Buffer | string): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex").slice(0, 12);
}
