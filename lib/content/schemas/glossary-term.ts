import { z } from "zod";
import type { CitedPart } from "../citations";
import { slug } from "./fields";

/** A term explained in plain words on the glossary page, with an anchor of its own. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the glossary page: /glossary#id. */
  id: slug,
  /** The term as a heading, with its abbreviation in brackets where it has one. */
  term: z.string().min(2),
  /** Exact phrases in articles that mean this term. */
  matches: z.array(z.string().min(2)).default([]),
  /** One to three plain sentences; a claim in them carries its `{{cite:ID}}` marker, as in articles. */
  definition: z.string().min(10),
  /** Slug of the article that explains the term more fully. */
  article: slug.optional(),
});
export const glossarySchema = z.array(glossaryTermSchema).min(1);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A term as pages use it: `definition` without its markers, `cited` cut at them. */
export type GlossaryEntry = GlossaryTerm & { cited: CitedPart[] };
