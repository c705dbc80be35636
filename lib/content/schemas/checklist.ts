import { z } from "zod";
import { isoDate, slug } from "./fields";
import { sourceIdsSchema, type Source } from "./source";

const sectionSchema = z.strictObject({
  /** A plain heading for a group of questions. */
  heading: z.string().min(3),
  /** Each item gets a check box; write it as a question to ask or a thing to check. */
  items: z.array(z.string().min(5)).min(1),
});

/** A printable list of questions with check boxes and space for notes. */
export const checklistSchema = z
  .strictObject({
    title: z.string().min(3).max(70),
    description: z.string().min(50).max(160),
    /** One short paragraph on when and how to use the list. */
    intro: z.string().min(20),
    lastReviewed: isoDate,
    nextReview: isoDate,
    sections: z.array(sectionSchema).min(1),
    /** Articles that explain the answers. */
    related: z.array(slug).default([]),
    /** Ids of entries in content/sources.yml behind the questions. */
    sources: sourceIdsSchema,
  })
  .refine((c) => c.nextReview > c.lastReviewed, { path: ["nextReview"], message: "expected a date after lastReviewed" });

/** A checklist file as written: its sources are ids. */
export type ChecklistFile = z.infer<typeof checklistSchema>;
/** A checklist as pages use it: its sources looked up in content/sources.yml. */
export type Checklist = Omit<ChecklistFile, "sources"> & { slug: string; sources: Source[] };
