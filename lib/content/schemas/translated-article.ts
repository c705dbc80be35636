import { z } from "zod";
import { articleFieldsSchema, faqSchema } from "./article";
import { slug } from "./fields";
import { revision } from "./translated-file";

/**
 * Fields an article's translation never writes: they are facts shared by both
 * languages, defined once in the English article it names in translationOf.
 */
export const SHARED_ARTICLE_FIELDS = ["topic", "order", "lastReviewed", "nextReview", "sources", "related", "aliases"] as const;

const comesFromEnglish = z.never({ error: "comes from the English article named in translationOf; remove it from the translation" }).optional();
const sharedFields = Object.fromEntries(SHARED_ARTICLE_FIELDS.map((field) => [field, comesFromEnglish])) as Record<(typeof SHARED_ARTICLE_FIELDS)[number], typeof comesFromEnglish>;

/** The front matter of content/es/articles/*.md: words only (see /work/coord es-format.md, and README.md). */
export const translatedArticleSchema = articleFieldsSchema.omit({ topic: true, order: true, lastReviewed: true, nextReview: true, sources: true, related: true, aliases: true }).extend({
  /** Slug of the English article this translates (content/articles/<slug>.md). */
  translationOf: slug,
  revision,
  /** At least three questions and answers, as in every translated article. */
  faqs: z.array(faqSchema).min(3),
  ...sharedFields,
});

export type TranslatedArticleFrontMatter = z.infer<typeof translatedArticleSchema>;
