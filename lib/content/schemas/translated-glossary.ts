import { z } from "zod";
import { glossaryTermSchema } from "./glossary-term";

/** content/es/glossary.yml: each English term's words in Spanish; `article` comes from English. */
export const translatedGlossarySchema = z.strictObject({
  /** The revision of content/glossary.yml it was written from (see translated-article.ts). */
  revision: z.string().regex(/^[0-9a-f]{12}$/, "expected the first 12 hex characters of the English file's git blob id (git hash-object FILE | cut -c1-12)"),
  entries: z.array(glossaryTermSchema.omit({ article: true })).min(1),
});

export type TranslatedGlossary = z.infer<typeof translatedGlossarySchema>;
