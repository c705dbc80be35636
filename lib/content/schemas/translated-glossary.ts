import type { z } from "zod";
import { glossaryTermSchema } from "./glossary-term";
import { translatedEntries } from "./translated-file";

/** content/es/glossary.yml: each English term's words in Spanish; `article` comes from English. */
export const translatedGlossarySchema = translatedEntries(glossaryTermSchema.omit({ article: true }));

export type TranslatedGlossary = z.infer<typeof translatedGlossarySchema>;
