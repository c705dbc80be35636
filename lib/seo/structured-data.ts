import type { BreadcrumbList, FAQPage, MedicalWebPage, Organization, Thing, WebSite, WithContext } from "schema-dts";
import type { Article } from "../content/read-article";
import type { SiteText } from "../content/schemas/site-text";
import { SITE_URL } from "../site-url";
import { LANGUAGE_TAG, type Lang } from "./languages";

/** Plain text of rendered HTML, so structured data says exactly what the page shows. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The full address of a path on this site. */
export const absoluteUrl = (path: string) => `${SITE_URL}${path === "/" ? "" : path}`;

export type Crumb = { name: string; path: string };

export function breadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}

/** Where a page sits: its language, its own path and its edition's home page (`/` or `/es`). */
export type PagePlace = { language: Lang; path: string; home: string };

/** An article, in the words of its language's edition (`site` is that edition's text). */
export function medicalWebPage(article: Article, site: SiteText, { language, path, home }: PagePlace): WithContext<MedicalWebPage> {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": `${absoluteUrl(path)}#page`,
    url: absoluteUrl(path),
    name: article.title,
    headline: article.title,
    description: article.description,
    abstract: article.summary,
    inLanguage: LANGUAGE_TAG[language],
    lastReviewed: article.lastReviewed,
    about: { "@type": "MedicalTherapy", name: site.subject } satisfies Thing,
    audience: [
      { "@type": "PeopleAudience", audienceType: "Patients and families" },
      { "@type": "MedicalAudience", audienceType: "Admissions and intake staff" },
    ],
    isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl(home) },
    citation: article.sources.map((s) => ({
      "@type": "CreativeWork",
      name: s.title,
      publisher: { "@type": "Organization", name: s.publisher },
      datePublished: String(s.year),
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

export function faqPage(entries: readonly { question: string; answerHtml: string }[], { language, path }: Omit<PagePlace, "home">): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url: absoluteUrl(path),
    inLanguage: LANGUAGE_TAG[language],
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: textOfHtml(entry.answerHtml) },
    })),
  };
}

/** One edition of the site, described on its home page in its own words: the Spanish home has its own WebSite. */
export function webSite(site: SiteText, { language, home }: Omit<PagePlace, "path">): WithContext<WebSite> {
  return { "@context": "https://schema.org", "@type": "WebSite", name: site.name, url: absoluteUrl(home), description: site.description, inLanguage: LANGUAGE_TAG[language] };
}

export function organization(site: SiteText): WithContext<Organization> {
  return { "@context": "https://schema.org", "@type": "Organization", name: site.name, url: SITE_URL, description: site.tagline };
}
