import type { z } from "zod";
import { comparisonTableSchema } from "./comparison-table";
import { comesFromEnglish, pickFields, revision } from "./translated-file";

/**
 * content/es/tables/<name>.yml: the words of the English table of the same
 * name, with its column and row ids in its order; each cell cites what the
 * English cell cites. The sources come from the English table.
 */
export const translatedTableSchema = pickFields(comparisonTableSchema, ["caption", "rowHeader", "columns", "rows", "note"]).extend({
  revision,
  sources: comesFromEnglish("the English table of the same name in content/tables/"),
});

export type TranslatedTable = z.infer<typeof translatedTableSchema>;
