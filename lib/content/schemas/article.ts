import { z } from "zod";
import { isoDate, slug } from "./fields";
import { sourceIdsSchema } from "./source";

/** The editors' reference for an article's front matter: every field says what it is for and its limits. */

export const faqSchema = z.strictObject({
  /** A question as a reader would type it, ending with "?". Unique across the site. */
  question: z.string().min(8).regex(/\?$/, "expected a question ending with '?'"),
  /** Markdown answer that makes sense on its own, without the article around it. */
  answer: z.string().min(20),
});

export const changeSchema = z.strictObject({
  /** The day the change was made; on or before lastReviewed. */
  date: isoDate,
  /** What changed, in a few words a reader understands, e.g. "Added overdose safety". */
  note: z.string().min(5).max(100),
});

/** The fields alone, without the rules across fields: translations pick and omit from these. */
export const articleFieldsSchema = z.strictObject({
  /** The page's h1: a plain question or statement, at most 70 characters. */
  title: z.string().min(3).max(70),
  /** Shown in search results and link previews: 50 to 160 characters. */
  description: z.string().min(50).max(160),
  /** The 2 to 4 sentence answer shown first, in a box. */
  summary: z.string().min(40),
  /** Id of a topic in content/topics.yml. */
  topic: slug,
  /** Position of the article inside its topic, from 1. */
  order: z.number().int().min(1),
  /** Date a reviewer last checked the article against its sources. */
  lastReviewed: isoDate,
  /** Date the next review is due; after lastReviewed. */
  nextReview: isoDate,
  /**
   * Ids of entries in content/sources.yml that the article draws on, in the
   * order its source list shows them; a source cited inline with
   * `{{cite:ID}}` but not listed here is added after them.
   */
  sources: sourceIdsSchema,
  /** Questions and answers shown under the article and on the FAQ page. */
  faqs: z.array(faqSchema).default([]),
  /** Slugs of articles to suggest next. */
  related: z.array(slug).default([]),
  /** Old or extra short addresses of this article (e.g. /iop); each redirects here permanently. */
  aliases: z.array(slug).default([]),
  /** What changed in the page and when, newest first; shown under the review dates. */
  changes: z.array(changeSchema).default([]),
  /** Glossary term ids not to link on this page (the first use of every other term links to its definition). */
  glossaryOptOut: z.array(slug).default([]),
});

export const articleFrontMatterSchema = articleFieldsSchema
  .refine((fm) => fm.nextReview > fm.lastReviewed, {
    path: ["nextReview"],
    message: "expected a date after lastReviewed",
  })
  .superRefine((fm, ctx) => {
    fm.changes.forEach((change, index) => {
      if (change.date > fm.lastReviewed) ctx.addIssue({ code: "custom", path: ["changes", index, "date"], message: "expected a date on or before lastReviewed; a change moves lastReviewed too" });
      const newer = fm.changes[index - 1];
      if (newer && change.date > newer.date) ctx.addIssue({ code: "custom", path: ["changes", index, "date"], message: "expected the newest change first" });
    });
  });

export type FaqFrontMatter = z.infer<typeof faqSchema>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
