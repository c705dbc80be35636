// The build's first step (scripts/build.sh): reads and checks all content
// once, before Next starts. Problems are printed alone, one per line as
// `file:line field: message`, all at once, and the build stops there.
// Otherwise the content is written to CONTENT_SNAPSHOT for Next's workers
// and the finishing step to read (lib/content/snapshot.ts). Translations that
// are out of date are warnings, printed without stopping the build.
import { ContentError, formatProblem } from "../lib/content/errors";
import { loadSite } from "../lib/content/load-site";
import { contentRoot } from "../lib/content/site";
import { writeSnapshot } from "../lib/content/snapshot";

const snapshot = process.env.CONTENT_SNAPSHOT;
if (!snapshot) throw new Error("CONTENT_SNAPSHOT must name the file to write the content snapshot to");

try {
  const site = loadSite(contentRoot());
  // A translation behind its English page still builds: the editor is told, the reader gets the older words.
  for (const warning of site.es?.warnings ?? []) console.warn(`warning: ${formatProblem(warning)}`);
  writeSnapshot(snapshot, site);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.problems.map(formatProblem).join("\n"));
  process.exit(1);
}
