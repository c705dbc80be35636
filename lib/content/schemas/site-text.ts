import { z } from "zod";
import { slug } from "./fields";
import { searchTextSchema } from "./search-text";

const startPointSchema = z.strictObject({
  /** The reader's situation in their own words. */
  label: z.string().min(5),
  /** One sentence on what they will find. */
  description: z.string().min(10),
  /** Where to start: an article's slug, or a page such as faq or checklists. */
  page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, "expected a page such as 'what-is-iop' or 'checklists'"),
});

/** A link to a page of this site, written as its path. */
const linkSchema = z.strictObject({
  label: z.string().min(2),
  /** A path on this site such as /topics; the build's link check proves it exists. */
  href: z.string().regex(/^\/([a-z0-9-]+(\/[a-z0-9-]+)*)?$/, "expected a path on this site such as '/topics'"),
});

/** The home page's headings, between the intro and the lists they introduce. */
const homeTextSchema = z.strictObject({
  /** Heading over `homeIntro`. */
  introTitle: z.string().min(3),
  /** Heading over `startPoints`. */
  startTitle: z.string().min(3),
  /** Heading over `topQuestions`. */
  topQuestionsTitle: z.string().min(3),
  /** Link under the top questions to the page with every question. */
  allQuestions: linkSchema,
  /** Heading over the index of every topic. */
  topicsTitle: z.string().min(3),
  /** Links under the topic index to the pages that gather content. */
  moreLinks: z.array(linkSchema).min(1),
});

/** The page a reader sees at an address that does not exist. */
const notFoundTextSchema = z.strictObject({
  /** The page's h1 and title. */
  title: z.string().min(3).max(70),
  /** What may have happened, in one or two sentences. */
  intro: z.string().min(20),
  /** Where to go instead. */
  links: z.array(linkSchema).min(1),
});

const pageTextSchema = z.strictObject({
  /** The page's h1 and title. */
  title: z.string().min(3).max(70),
  /** For search results: 50 to 160 characters. */
  description: z.string().min(50).max(160),
  /** A short paragraph under the title. */
  intro: z.string().min(20),
});

/** Words that appear around every page (header, footer, home), kept with the rest of the content. */
export const siteTextSchema = z.strictObject({
  /** Site name in the header and in page titles. */
  name: z.string().min(2),
  /** What the whole site is about, named for search engines' structured data. */
  subject: z.string().min(3),
  /** One line under the name on the home page. */
  tagline: z.string().min(10),
  /** Default description for pages without their own. */
  description: z.string().min(50).max(160),
  /** Plain answer to "what is IOP?" that opens the home page. */
  homeIntro: z.string().min(40),
  startPoints: z.array(startPointSchema).min(1),
  /** Headings and links of the home page. */
  home: homeTextSchema,
  /** The main navigation in the header, in order. */
  navigation: z.array(linkSchema).min(1),
  /** The 404 page. */
  notFound: notFoundTextSchema,
  /** Ids of the FAQ entries the home page lists as the most asked. */
  topQuestions: z.array(slug).default([]),
  /** Medical disclaimer shown on every article and in the footer. */
  disclaimer: z.string().min(40),
  /** Privacy statement in the footer. */
  privacy: z.string().min(40),
  /** Title and intro of the pages that gather content: topics, FAQ, glossary, comparison. */
  pages: z.strictObject({ topics: pageTextSchema, faq: pageTextSchema, glossary: pageTextSchema, compare: pageTextSchema, search: pageTextSchema, checklists: pageTextSchema }),
  /** The search form's words. */
  search: searchTextSchema,
  /** Shown on the search page until its script runs: what to do without JavaScript. */
  searchWithoutScript: z.string().min(20),
});

export type SiteText = z.infer<typeof siteTextSchema>;
export type PageText = z.infer<typeof pageTextSchema>;
export type HomeText = z.infer<typeof homeTextSchema>;
export type NotFoundText = z.infer<typeof notFoundTextSchema>;
export type SiteLink = z.infer<typeof linkSchema>;
