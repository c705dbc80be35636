import fs from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { SiteContent } from "./load-site";

/**
 * The build reads and checks the content once (scripts/read-content.ts),
 * before `next build` starts, and writes it here; Next's workers and the
 * finishing step only read it. Node's structured clone keeps Maps and
 * Dates as they are, so nothing needs converting on the way back.
 */
export function writeSnapshot(file: string, site: SiteContent): void {
  fs.writeFileSync(file, serialize(site));
}

export function readSnapshot(file: string): SiteContent {
  return deserialize(fs.readFileSync(file)) as SiteContent;
}
