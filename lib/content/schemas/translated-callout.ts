import type { z } from "zod";
import { calloutSchema } from "./callout";
import { translatedEntries } from "./translated-file";

/** content/es/callouts.yml: each English safety callout's words, cited as the English one is. */
export const translatedCalloutsSchema = translatedEntries(calloutSchema);

export type TranslatedCallouts = z.infer<typeof translatedCalloutsSchema>;
