// Lists every sentence that states a number, date, law, billing code or an
// organisation's standard without a {{cite:ID}} marker, as the build will once
// CITATION_RULE (lib/content/citation-rule.ts) is "enforce". Exits 1 if any.
import { contentRoot } from "../lib/content/site";
import { ContentError, formatProblem } from "../lib/content/errors";
import { loadSite } from "../lib/content/load-site";

try {
  loadSite(contentRoot(), undefined, { citationRule: "enforce" });
  console.log("Every claim has its citation marker.");
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.log(formatProblem(problem));
  const perFile = new Map<string, number>();
  for (const p of error.problems) perFile.set(p.file, (perFile.get(p.file) ?? 0) + 1);
  console.log(`\n${error.problems.length} problems in ${perFile.size} files:`);
  for (const [file, count] of perFile) console.log(`  ${String(count).padStart(3)}  ${file}`);
  process.exitCode = 1;
}
