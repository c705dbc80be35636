import { z } from "zod";
import { slug } from "./fields";

/** One entry of content/sources.yml: everything the site cites is listed there once. */
export const sourceSchema = z.strictObject({
  /** Short stable name that pages use to cite it, e.g. `tip-47` in `sources:` or in `{{cite:tip-47}}`. */
  id: slug,
  /** Title of the document, page or study exactly as its publisher names it. */
  title: z.string().min(1),
  /** Agency, journal or body that published it. */
  publisher: z.string().min(1),
  /** Year of publication or of the version cited. */
  year: z.number().int().min(1900).max(2100),
  /** Stable public address, when there is one (https only). */
  url: z.url({ protocol: /^https$/, error: "expected an https:// address" }).optional(),
});

/** Ids are checked for duplicates with every other data file's (check-unique-ids.ts), naming both places. */
export const sourceListSchema = z.array(sourceSchema).min(1);

/** A page's or a data file's list of the sources it draws on: ids of entries in content/sources.yml. */
export const sourceIdsSchema = z.array(slug).min(1);

export type Source = z.infer<typeof sourceSchema>;
