import type { z } from "zod";
import type { ContentProblem } from "../errors";
import { readYamlFile, type Checked } from "../read-yaml-file";
import type { Figure } from "../schemas/figure";
import type { TranslatedFile } from "./status";

/** One English entry with its translation and where the translation's fields are written. */
export type Matched<E, T> = {
  english: E;
  words: T;
  /** Where a field of this translated entry is written, as a problem names it. */
  at(field: string, ...rest: PropertyKey[]): { file: string; line: number | undefined; field: string };
};

export type TranslatedEntries<E, T> = {
  /** The translated file, as messages name it. */
  file: string;
  /** In the English order: one per English entry that has a translation. */
  matched: Matched<E, T>[];
  /** The file and its revision, for the translation status; undefined when it could not be read. */
  translation?: TranslatedFile;
  problems: ContentProblem[];
};

/**
 * Reads a translated list file ({revision, entries}) and pairs each entry with
 * the English entry of the same id: every English entry is translated once and
 * no other id appears, so the Spanish pages list exactly what the English ones do.
 */
export function readTranslatedEntries<E extends { id: string }, T extends { id: string }>(
  root: string,
  relative: string,
  /** A `translatedEntries(...)` schema. */
  schema: z.ZodType<{ revision: string; entries: T[] }>,
  english: { file: string; entries: readonly E[] },
  figures?: ReadonlyMap<string, Figure>,
  options?: { cite?: boolean },
): TranslatedEntries<E, T> {
  const checked: Checked<{ revision: string; entries: T[] }> = readYamlFile(root, relative, schema, figures, options);
  const problems = [...checked.problems];
  const file = checked.file;
  const entries = checked.value?.entries ?? [];
  const englishIds = new Set(english.entries.map((e) => e.id));
  const found = new Map<string, number>();
  entries.forEach((entry, i) => {
    const at = { file, line: checked.lineOf(["entries", i, "id"]), field: `entries.${i}.id` };
    if (!englishIds.has(entry.id)) problems.push({ ...at, message: `expected the id of an entry in ${english.file}, found '${entry.id}'` });
    else if (found.has(entry.id)) problems.push({ ...at, message: `'${entry.id}' is translated already at entries.${found.get(entry.id)}; translate each entry once` });
    else found.set(entry.id, i);
  });
  if (checked.value) {
    for (const entry of english.entries) {
      if (!found.has(entry.id)) problems.push({ file, line: checked.lineOf(["entries"]), field: "entries", message: `expected an entry for '${entry.id}' of ${english.file}; every English entry is translated` });
    }
  }
  const matched = english.entries.flatMap((entry): Matched<E, T>[] => {
    const i = found.get(entry.id);
    if (i === undefined) return [];
    return [{ english: entry, words: entries[i], at: (field, ...rest) => ({ file, line: checked.lineOf(["entries", i, field, ...rest]), field: ["entries", i, field, ...rest].join(".") }) }];
  });
  const translation = checked.value && { file, revision: checked.value.revision, line: checked.lineOf(["revision"]) };
  return { file, matched, translation, problems };
}
