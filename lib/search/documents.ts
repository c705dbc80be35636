import { toString } from "mdast-util-to-string";
import { parseMarkdown } from "../content/parse-markdown";
import type { Article } from "../content/read-article";
import type { LanguageRules } from "./analyzer";
import type { SearchData, SearchPlace } from "./index-data";
import type { SearchLanguageData } from "./schema";
import { words } from "./words";

// An embed line ({{table:…}}) renders data placed elsewhere; its name is not text.
const EMBED = /^\{\{[^}]*\}\}$/;

function plain(markdown: string): string {
  return parseMarkdown(markdown)
    .children.map((node) => toString(node).trim())
    .filter((text) => text && !EMBED.test(text))
    .join(" ")
    .replace(/\s+/g, " ");
}

/**
 * The places a reader can land on: each article's top (title, description,
 * summary), each body section under its heading, and each FAQ answer, all
 * from the same typed content the pages render. One language's articles only
 * (English from the site, Spanish from its translations, under `base`), so a
 * reader gets results in the language of the page they search from.
 */
export function searchData(site: { articles: readonly Article[] }, language: string, data: SearchLanguageData, base = ""): SearchData {
  // Compared word by word, so "¿Adónde ir después?" is skipped as "Adónde ir después".
  const wording = (heading: string) => words(heading).join(" ");
  const skip = new Set(data.skipHeadings.map(wording));
  const places: SearchPlace[] = [];
  site.articles.forEach((article, p) => {
    const top: SearchPlace = { p, k: "page", a: "", h: article.title, t: `${article.description} ${plain(article.summary)}` };
    places.push(top);
    // Headings are read back in the order the renderer gave them their ids.
    const headings = [...article.headings];
    let current: { a: string; h: string; parts: string[] } | undefined;
    const flush = () => {
      if (current && !skip.has(wording(current.h)))
        places.push({ p, k: "section", a: current.a, h: current.h, t: current.parts.join(" ").replace(/\s+/g, " ") });
    };
    for (const node of parseMarkdown(article.markdown).children) {
      if (node.type === "heading") {
        const heading = headings.shift();
        if (!heading || heading.text !== toString(node))
          throw new Error(`search: ${article.file}: heading "${toString(node)}" is not where the renderer put it`);
        if (node.depth <= 3) {
          flush();
          current = { a: heading.id, h: heading.text, parts: [] };
          continue;
        }
      }
      const text = toString(node).trim();
      // Text before the first heading belongs to the page's top.
      if (!text || EMBED.test(text)) continue;
      if (current) current.parts.push(text);
      else top.t += ` ${text}`;
    }
    flush();
    for (const faq of article.faqs) places.push({ p, k: "faq", a: faq.id, h: faq.question, t: plain(faq.answer) });
  });
  const rules: LanguageRules = { language, stopWords: data.stopWords, synonyms: data.synonyms };
  return { rules, messages: data.messages, base, pages: site.articles.map((a) => ({ slug: a.slug, title: a.title })), places };
}
