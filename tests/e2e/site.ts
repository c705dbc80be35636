import { loadSite } from "../../lib/content/load-site";

/** The same content the build used, so tests follow the content rather than hard-code it. */
export const site = loadSite(process.env.CONTENT_DIR ?? "content");

export const articleWithFaqs = site.articles.find((a) => a.faqs.length > 0 && a.headings.length > 1)!;
