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

const words = z.string().min(1);

/**
 * The fixed words of the page furniture (layout, article parts, print), kept
 * here rather than in components so each language's site.yml carries its own.
 * `{n}`-style placeholders are filled in by the component that shows them.
 */
const uiTextSchema = z.strictObject({
  /** This language's name in itself ("English", "Español"): the other language's pages link here with it. */
  languageName: words,
  /** The first link on every page, for keyboard and screen-reader users. */
  skipToContent: words,
  /** Shown beside a copy-link control and read out once it has copied the address. */
  linkCopied: words,
  /** Names of the header's navigation and the breadcrumb trail, for screen readers. */
  mainNavigation: words,
  breadcrumb: words,
  /** The first crumb, naming the home page. */
  home: words,
  crisis: z.strictObject({
    /** The crisis bar's name as a landmark. */
    region: words,
    /** Read out first by screen readers (hidden on screen). */
    emergency: words,
    question: words,
    /** Between two ways to reach one line ("Call 988 or Text 988"). */
    or: words,
    /** The link to the page with every help line. */
    moreHelp: linkSchema,
  }),
  footer: z.strictObject({ disclaimerTitle: words, privacyTitle: words }),
  article: z.strictObject({
    inShort: words,
    onThisPage: words,
    commonQuestions: words,
    relatedArticles: words,
    pager: z.strictObject({ label: words, previous: words, next: words }),
    changes: words,
    termsOnPage: words,
    sources: words,
    tableSources: words,
    /** Before the links from a source back to each place that cites it. */
    backToCitations: words,
    /** Each back link's name: {citation} and {source} are numbers. */
    backToCitation: words.regex(/\{citation\}.*\{source\}|\{source\}.*\{citation\}/, "expected both {citation} and {source}"),
    disclaimerRegion: words,
    disclaimerLead: words,
    lastReviewed: words,
    nextReview: words,
    reviewOverdue: words,
    /** The hidden name of a heading's anchor link, before the heading's text. */
    sectionTitled: words,
    /** A citation marker's name, before the source's number and title. */
    source: words,
  }),
  faq: z.strictObject({ linkToAnswer: words, from: words }),
  glossary: z.strictObject({ readMore: words }),
  checklist: z.strictObject({ notes: words }),
  /** Shown only on paper, before the page's own address. */
  printedFrom: words,
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
  /** The page furniture's fixed words. */
  ui: uiTextSchema,
});

export type SiteText = z.infer<typeof siteTextSchema>;
export type PageText = z.infer<typeof pageTextSchema>;
export type HomeText = z.infer<typeof homeTextSchema>;
export type NotFoundText = z.infer<typeof notFoundTextSchema>;
export type UiText = z.infer<typeof uiTextSchema>;
export type SiteLink = z.infer<typeof linkSchema>;
