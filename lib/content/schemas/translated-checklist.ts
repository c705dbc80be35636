import type { z } from "zod";
import { checklistSchema } from "./checklist";
import { slug } from "./fields";
import { comesFromEnglish, pickFields, revision } from "./translated-file";

const fromEnglish = comesFromEnglish("the English checklist named in translationOf");

/** content/es/checklists/<spanish-slug>.yml: a checklist's words; review dates, related pages and sources come from the English checklist. */
export const translatedChecklistSchema = pickFields(checklistSchema, ["title", "description", "intro", "sections"]).extend({
  /** Slug of the English checklist this translates (content/checklists/<slug>.yml). */
  translationOf: slug,
  revision,
  lastReviewed: fromEnglish,
  nextReview: fromEnglish,
  related: fromEnglish,
  sources: fromEnglish,
});

export type TranslatedChecklistFile = z.infer<typeof translatedChecklistSchema>;
