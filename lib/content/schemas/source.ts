import { z } from "zod";

export const sourceSchema = z.strictObject({
  /** Title of the document, page or study as its publisher names it. */
  title: z.string().min(1),
  /** Agency, journal or body that published it. */
  publisher: z.string().min(1),
  /** Year of publication or of the version cited. */
  year: z.number().int().min(1900).max(2100),
  /** Stable public address, when there is one. */
  url: z.url({ protocol: /^https$/, error: "expected an https:// address" }).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
