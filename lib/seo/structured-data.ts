import type { BreadcrumbList, FAQPage, MedicalWebPage, Organization, Thing, WebSite, WithContext } from "schema-dts";
import type { Article } from "../content/read-article";
import type { SiteText } from "../content/schemas/site-text";
import { SITE_URL } from "../site-url";

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

export function medicalWebPage(article: Article, site: SiteText): WithContext<MedicalWebPage> {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": `${absoluteUrl(`/${article.slug}`)}#page`,
    url: absoluteUrl(`/${article.slug}`),
    name: article.title,
    headline: article.title,
    description: article.description,
    abstract: article.summary,
    inLanguage: "en-US",
    lastReviewed: article.lastReviewed,
    about: { "@type": "MedicalTherapy", name: site.subject } satisfies Thing,
    audience: [
      { "@type": "PeopleAudience", audienceType: "Patients and families" },
      { "@type": "MedicalAudience", audienceType: "Admissions and intake staff" },
    ],
    isPartOf: { "@type": "WebSite", name: site.name, url: SITE_URL },
    citation: article.sources.map((s) => ({
      "@type": "CreativeWork",
      name: s.title,
      publisher: { "@type": "Organization", name: s.publisher },
      datePublished: String(s.year),
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

export function faqPage(entries: readonly { question: string; answerHtml: string }[], path: string): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url: absoluteUrl(path),
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: textOfHtml(entry.answerHtml) },
    })),
  };
}

export function webSite(site: SiteText): WithContext<WebSite> {
  return { "@context": "https://schema.org", "@type": "WebSite", name: site.name, url: SITE_URL, description: site.description, inLanguage: "en-US" };
}

export function organization(site: SiteText): WithContext<Organization> {
  return { "@context": "https://schema.org", "@type": "Organization", name: site.name, url: SITE_URL, description: site.tagline };
}
