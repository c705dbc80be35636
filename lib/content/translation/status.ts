import type { ContentProblem } from "../errors";

export type TranslationState = "up to date" | "out of date" | "missing";

/** Where one English page or data file stands in Spanish. */
export type TranslationStatus = {
  /** The English article's slug, or the English file under content/ for the rest (topics.yml, checklists/questions-for-a-program.yml). */
  page: string;
  state: TranslationState;
  /** The Spanish file, unless missing. */
  translation?: string;
};

/** A translation as written: its file, the revision it records and that field's line. */
export type TranslatedFile = { file: string; revision: string; line?: number };

export type TranslationPair = { english: { page: string; file: string; revision: string }; translation?: TranslatedFile };

/**
 * Compares each translation's revision with its English file's. A stale
 * translation is a warning, never a failure: the English page may be
 * corrected before its translator gets to it, and the site still builds.
 */
export function translationStatus(pairs: readonly TranslationPair[]): { status: TranslationStatus[]; warnings: ContentProblem[] } {
  const warnings: ContentProblem[] = [];
  const status = pairs.map(({ english, translation }): TranslationStatus => {
    if (!translation) return { page: english.page, state: "missing" };
    if (translation.revision === english.revision) return { page: english.page, state: "up to date", translation: translation.file };
    warnings.push({
      file: translation.file,
      line: translation.line,
      field: "revision",
      message: `out of date: written from revision ${translation.revision} of ${english.file}, which is now ${english.revision}; bring the translation up to date, then set revision: ${english.revision}`,
    });
    return { page: english.page, state: "out of date", translation: translation.file };
  });
  return { status, warnings };
}
