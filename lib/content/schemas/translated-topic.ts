import type { z } from "zod";
import { topicSchema } from "./topic";
import { translatedEntries } from "./translated-file";

/** content/es/topics.yml: each English topic's title and description; the order comes from content/topics.yml. */
export const translatedTopicsSchema = translatedEntries(topicSchema);

export type TranslatedTopics = z.infer<typeof translatedTopicsSchema>;
