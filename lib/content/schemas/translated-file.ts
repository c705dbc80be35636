import { z } from "zod";

/** First 12 hex characters of the git blob id of the English file a translation was written from (`git hash-object FILE | cut -c1-12`). */
export const revision = z.string().regex(/^[0-9a-f]{12}$/, "expected the first 12 hex characters of the English file's git blob id (git hash-object FILE | cut -c1-12)");

/** A field a translation never writes: a fact shared by both languages, defined once in the English file named. */
export const comesFromEnglish = (englishFile: string) => z.never({ error: `comes from ${englishFile}; remove it from the translation` }).optional();

/** A translated list file: the revision of its English list, then one entry of words per English entry, matched by id. */
export const translatedEntries = <T extends z.ZodType>(entry: T) => z.strictObject({ revision, entries: z.array(entry).min(1) });

/**
 * Some fields of an English schema, unchanged: a translation's fields are the
 * English ones, so their limits and messages are written once. (`.pick` refuses
 * schemas with cross-field rules, such as tables' and checklists'.)
 */
export function pickFields<S extends z.ZodObject, K extends keyof S["shape"] & string>(schema: S, keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, schema.shape[key]])) as Pick<S["shape"], K>);
}
