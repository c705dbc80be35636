// Runs after `next build` (output: "export"): finishes out/ in place
// (lib/export/finish-export.ts) and fails the build, naming each file, if
// any page could still run the framework or break under its policy.
import path from "node:path";
import { aliasRedirects } from "../lib/content/redirects";
import { getSite } from "../lib/content/site";
import { finishExport } from "../lib/export/finish-export";
import { readNextRecord } from "../lib/export/next-output";
import { SITE_URL } from "../lib/site-url";

const out = "out";
const { pages, problems } = finishExport({
  out,
  publicDir: "public",
  record: readNextRecord(".next"),
  redirects: aliasRedirects(getSite()),
  siteUrl: SITE_URL,
});

if (problems.length) {
  console.error(`The finished export is not fit to ship (${problems.length} ${problems.length === 1 ? "problem" : "problems"}):\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`finished ${pages} pages in ${path.relative(process.cwd(), path.resolve(out))}/`);
