import type { z } from "zod";
import { glossaryTermSchema } from "./glossary-term";
import { comesFromEnglish, translatedEntries } from "./translated-file";

/** content/es/glossary.yml: each English term's words; `matches` are the phrases as the translated articles write them. */
export const translatedGlossarySchema = translatedEntries(glossaryTermSchema.omit({ article: true }).extend({ article: comesFromEnglish("content/glossary.yml") }));

export type TranslatedGlossary = z.infer<typeof translatedGlossarySchema>;
