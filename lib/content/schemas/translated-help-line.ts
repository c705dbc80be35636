import { z } from "zod";
import { helpLineSchema } from "./help-line";
import { comesFromEnglish, pickFields, translatedEntries } from "./translated-file";

const fromEnglish = comesFromEnglish("content/help-lines.yml");
const contactSchema = helpLineSchema.shape.contacts.element;
const otherWaySchema = helpLineSchema.shape.otherWays.unwrap().element;

/**
 * A help line's words. Its numbers and links, its source and whether it is in
 * the crisis bar come from content/help-lines.yml: contacts and otherWays are
 * matched to the English ones by position, so they keep the English count and order.
 */
export const translatedHelpLineSchema = pickFields(helpLineSchema, ["id", "name", "purpose", "barLabel", "availability"]).extend({
  contacts: z.array(pickFields(contactSchema, ["label"]).extend({ href: fromEnglish })).min(1),
  otherWays: z.array(pickFields(otherWaySchema, ["text"]).extend({ href: fromEnglish })).default([]),
  inCrisisBar: fromEnglish,
  source: fromEnglish,
});

/** content/es/help-lines.yml */
export const translatedHelpLinesSchema = translatedEntries(translatedHelpLineSchema);

export type TranslatedHelpLine = z.infer<typeof translatedHelpLineSchema>;
