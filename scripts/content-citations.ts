// Lists every sentence that states a number, date, law, billing code or an
// organisation's standard without a {{cite:ID}} marker, in the English content
// and in its Spanish translations (content/es), as the build does with
// CITATION_RULE (lib/content/citation-rule.ts) "enforce". Exits 1 if any.
import fs from "node:fs";
import path from "node:path";
import { contentRoot } from "../lib/content/site";
import { ContentError, displayPath, formatProblem, type ContentProblem } from "../lib/content/errors";
import { loadSite } from "../lib/content/load-site";
import { loadTranslations, SPANISH } from "../lib/content/translation/load-translations";

/** What a load of the content finds wrong; nothing when it loads. */
function problemsOf(load: () => unknown): ContentProblem[] {
  try {
    load();
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return [...error.problems];
  }
}

const root = contentRoot();
const spanishFolder = path.join(root, SPANISH.folder);
const inSpanish = (problem: ContentProblem) => problem.file.startsWith(`${displayPath(spanishFolder)}/`);
const enforce = { citationRule: "enforce" } as const;

const problems = problemsOf(() => loadSite(root, undefined, enforce));
// loadSite reads the translations only once the English content is sound. While English sentences
// still lack markers, read them against the English content as a markup pass ("report") lets it
// through, so one run lists both languages; an English problem of another kind is listed already.
if (problems.length && !problems.some(inSpanish) && fs.existsSync(spanishFolder)) {
  problems.push(...problemsOf(() => loadTranslations(root, loadSite(root, undefined, { citationRule: "report" }), SPANISH, enforce)).filter(inSpanish));
}

if (problems.length === 0) {
  console.log(fs.existsSync(spanishFolder) ? "Every claim has its citation marker, in English and in Spanish." : "Every claim has its citation marker.");
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  const perFile = new Map<string, number>();
  for (const p of problems) perFile.set(p.file, (perFile.get(p.file) ?? 0) + 1);
  console.log(`\n${problems.length} problems in ${perFile.size} files:`);
  for (const [file, count] of perFile) console.log(`  ${String(count).padStart(3)}  ${file}`);
  process.exitCode = 1;
}
