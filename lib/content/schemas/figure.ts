import { z } from "zod";
import { slug } from "./fields";

/**
 * A figure that several pages state (hours per level of care, typical
 * lengths). Content writes `{{figure:ID}}` and the value comes from here, so
 * two pages can never disagree.
 */
export const figureSchema = z
  .strictObject({
    id: slug,
    /** The text that replaces `{{figure:ID}}`, e.g. "9". */
    value: z.string().min(1),
    /** The value in Spanish pages, required when the English value has words ("about 1 hour" → "alrededor de 1 hora"). */
    es: z.string().min(1).optional(),
    /** What the figure is, for editors. */
    meaning: z.string().min(5),
    /**
     * Id of the entry in content/sources.yml it comes from (program-reports for
     * what many programs report). In an article, its citation marker follows the value.
     */
    source: slug,
  })
  .refine((figure) => figure.es !== undefined || !/\p{L}/u.test(figure.value), {
    path: ["es"],
    message: "expected a Spanish value (es:), as the English value has words",
  });
export const figureListSchema = z.array(figureSchema).min(1);

export type Figure = z.infer<typeof figureSchema>;
