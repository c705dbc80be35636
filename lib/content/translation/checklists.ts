import fs from "node:fs";
import path from "node:path";
import { checklistDuplicates } from "../check-unique-ids";
import type { ContentProblem } from "../errors";
import { readYamlFile } from "../read-yaml-file";
import type { Checklist } from "../schemas/checklist";
import type { Figure } from "../schemas/figure";
import { translatedChecklistSchema, type TranslatedChecklistFile } from "../schemas/translated-checklist";
import { englishFile } from "./revision";
import type { TranslationPair } from "./status";

export type TranslatedChecklist = Checklist & Pick<TranslatedChecklistFile, "translationOf" | "revision">;

/**
 * Reads content/<language>/checklists/*.yml: each names the English checklist
 * it translates, whose review dates and sources it shows; its related pages
 * are the English ones that have a translation, at their translated slugs.
 */
export function readTranslatedChecklists(
  root: string,
  folder: string,
  english: readonly Checklist[],
  figures: ReadonlyMap<string, Figure>,
  /** The translated slug of an English article, if it has one. */
  translatedSlug: (englishSlug: string) => string | undefined,
): { checklists: TranslatedChecklist[]; pairs: TranslationPair[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const dir = path.join(root, folder, "checklists");
  const bySlug = new Map(english.map((c) => [c.slug, c]));
  const found = new Map<string, { checklist: TranslatedChecklist; file: string; line?: number }>();
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".yml")).sort() : []) {
    const checked = readYamlFile(root, path.join(folder, "checklists", name), translatedChecklistSchema, figures);
    problems.push(...checked.problems, ...checklistDuplicates(checked));
    const value = checked.value;
    if (!value) continue;
    const at = { file: checked.file, line: checked.lineOf(["translationOf"]), field: "translationOf" };
    const source = bySlug.get(value.translationOf);
    if (!source) {
      problems.push({ ...at, message: `expected the slug of an English checklist in content/checklists/ (${[...bySlug.keys()].join(", ")}), found '${value.translationOf}'` });
      continue;
    }
    const earlier = found.get(value.translationOf);
    if (earlier) {
      problems.push({ ...at, message: `'${value.translationOf}' is already translated by ${earlier.file}; one translation per English checklist` });
      continue;
    }
    const { title, description, intro, sections, translationOf, revision } = value;
    found.set(translationOf, {
      file: checked.file,
      line: checked.lineOf(["revision"]),
      checklist: {
        ...source,
        title,
        description,
        intro,
        sections,
        slug: path.basename(name, ".yml"),
        related: source.related.flatMap((slug) => translatedSlug(slug) ?? []),
        translationOf,
        revision,
      },
    });
  }
  const pairs = english.map((source): TranslationPair => {
    const translated = found.get(source.slug);
    return {
      english: englishFile(root, `checklists/${source.slug}.yml`),
      translation: translated && { file: translated.file, revision: translated.checklist.revision, line: translated.line },
    };
  });
  // In the English order, as the checklist index lists them.
  const checklists = english.flatMap((source) => found.get(source.slug)?.checklist ?? []);
  return { checklists, pairs, problems };
}
