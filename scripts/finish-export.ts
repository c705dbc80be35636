// Runs after `next build` (output: "export"): finishes out/ in place
// (lib/export/finish-export.ts) and fails the build, naming each file, if
// any page could still run the framework or break under its policy, or
// holds a broken link.
import path from "node:path";
import { displayPath } from "../lib/content/errors";
import { aliasRedirects } from "../lib/content/redirects";
import { overdueReviewWarning, reviewedPages } from "../lib/content/review-due";
import { contentRoot, getSite } from "../lib/content/site";
import { checkExportedLinks } from "../lib/export/check-links";
import { finishExport } from "../lib/export/finish-export";
import { readNextRecord } from "../lib/export/next-output";
import { SITE_URL } from "../lib/site-url";

const out = "out";
const besideDir = process.env.BESIDE_NEXT_DIR;
if (!besideDir) throw new Error("BESIDE_NEXT_DIR must name the folder of files written beside next build (scripts/build.sh)");
const site = getSite();
const redirects = aliasRedirects(site);
const { pages, problems, links } = finishExport({ out, publicDir: "public", besideDir, record: readNextRecord(".next"), redirects, siteUrl: SITE_URL });

if (problems.length) {
  console.error(`The finished export is not fit to ship (${problems.length} ${problems.length === 1 ? "problem" : "problems"}):\n${problems.join("\n")}`);
  process.exit(1);
}

// An overdue review is never a build failure (a date must not turn CI red), but it is never silent.
const reviewWarning = overdueReviewWarning(reviewedPages(site, displayPath(contentRoot())), new Date());
if (reviewWarning) console.warn(reviewWarning);

// Links are checked on what was rendered, the last step that can stop a broken site shipping.
const brokenLinks = checkExportedLinks(path.resolve(out), { articles: site.articles, redirects }, links);
if (brokenLinks) {
  console.error(brokenLinks);
  process.exit(1);
}

console.log(`finished ${pages} pages, ${redirects.length} redirects, in ${out}/`);
