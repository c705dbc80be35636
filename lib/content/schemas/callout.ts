import { z } from "zod";
import { slug } from "./fields";

/**
 * A safety message written once and placed on many pages with
 * `{{safety:ID}}`, so its wording can never drift between them.
 */
export const calloutSchema = z.strictObject({
  /** The name in `{{safety:ID}}`. */
  id: slug,
  /** Said first by screen readers, before the title (visually hidden), e.g. "Safety warning". */
  label: z.string().min(3).max(40),
  /** The callout's heading: the risk in a few plain words. */
  title: z.string().min(5).max(80),
  /** Markdown: short sentences, each fact followed by its {{cite:ID}} marker. */
  body: z.string().min(40),
});
export const calloutListSchema = z.array(calloutSchema).min(1);

export type Callout = z.infer<typeof calloutSchema>;
