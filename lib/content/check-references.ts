import { RESERVED_SLUGS } from "../routes";
import type { ContentProblem } from "./errors";
import type { Article, ArticleReferences } from "./read-article";

type Known = {
  topics: ReadonlySet<string>;
  tables: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  /** Names the edition's own routes take under its home ("" for English, "/es" for Spanish). */
  reserved?: { names: ReadonlySet<string>; home: string };
};

type Entry = { article: Article; references: ArticleReferences };

/**
 * Checks what no single file can check alone: slugs, aliases, related
 * articles, FAQ ids and embeds must all point at something real. Links are
 * checked where they end up: on the rendered pages (lib/export/check-links.ts).
 */
export function checkReferences(entries: readonly Entry[], known: Known): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Entry>();
  const aliasOwner = new Map<string, string>();
  const faqOwner = new Map<string, string>();

  for (const entry of entries) {
    const { article, references } = entry;
    const at = (path: readonly PropertyKey[]) => references.lineOf(path);
    const earlier = bySlug.get(article.slug);
    if (earlier) {
      problems.push({ file: article.file, line: 1, field: "(slug)", message: `slug '${article.slug}' is already used by ${earlier.article.file}; rename one file` });
      continue;
    }
    bySlug.set(article.slug, entry);
    const reserved = known.reserved ?? { names: RESERVED_SLUGS, home: "" };
    if (reserved.names.has(article.slug)) {
      problems.push({ file: article.file, line: 1, field: "(slug)", message: `slug '${article.slug}' collides with the site's route ${reserved.home}/${article.slug}; rename the file` });
    }
    if (!known.topics.has(article.topic)) {
      problems.push({ file: article.file, line: at(["topic"]), field: "topic", message: `expected one of the topics in content/topics.yml (${[...known.topics].join(", ")}), found '${article.topic}'` });
    }
    const headingIds = new Set(article.headings.map((h) => h.id));
    article.faqs.forEach((faq, index) => {
      if (headingIds.has(faq.id)) {
        problems.push({ file: article.file, line: at(["faqs", index, "question"]), field: `faqs.${index}.question`, message: `gives the FAQ id '${faq.id}', which a heading in the same article already has; reword one of them` });
      }
      const line = at(["faqs", index, "question"]);
      const owner = faqOwner.get(faq.id);
      if (owner) {
        problems.push({ file: article.file, line, field: `faqs.${index}.question`, message: `gives the FAQ id '${faq.id}', already used at ${owner}; reword one question` });
      } else faqOwner.set(faq.id, `${article.file}:${line}`);
    });
  }

  for (const { article, references } of bySlug.values()) {
    const at = (path: readonly PropertyKey[]) => references.lineOf(path);
    article.related.forEach((slug, index) => {
      if (!bySlug.has(slug)) problems.push({ file: article.file, line: at(["related", index]), field: `related.${index}`, message: `expected the slug of an article, found '${slug}', which does not exist` });
      else if (slug === article.slug) problems.push({ file: article.file, line: at(["related", index]), field: `related.${index}`, message: "an article cannot be related to itself" });
    });
    article.aliases.forEach((alias, index) => {
      const line = at(["aliases", index]);
      const field = `aliases.${index}`;
      if (bySlug.has(alias)) problems.push({ file: article.file, line, field, message: `alias '${alias}' is the slug of ${bySlug.get(alias)!.article.file}; an alias must be an old address no page uses` });
      else if (RESERVED_SLUGS.has(alias)) problems.push({ file: article.file, line, field, message: `alias '${alias}' collides with the site's route /${alias}` });
      else if (aliasOwner.has(alias)) problems.push({ file: article.file, line, field, message: `alias '${alias}' is already an alias of ${aliasOwner.get(alias)}` });
      else aliasOwner.set(alias, article.file);
    });
    article.glossaryOptOut.forEach((id, index) => {
      if (!known.glossary.has(id)) problems.push({ file: article.file, line: at(["glossaryOptOut", index]), field: `glossaryOptOut.${index}`, message: `expected the id of a term in glossary.yml, found '${id}'` });
    });
    for (const { embed, line } of references.embeds) {
      if (embed.kind === "table" && !known.tables.has(embed.name)) {
        problems.push({ file: article.file, line, field: "body", message: `unknown table '${embed.name}'; expected one of ${[...known.tables].join(", ")} (files in content/tables/)` });
      }
    }
    // Where internal links lead is checked on the rendered pages (lib/export/check-links.ts);
    // a link without a scheme can only be caught here, as the page would take it for another site.
    for (const { url, field, line } of article.links) {
      if (url.startsWith("//")) problems.push({ file: article.file, line, field, message: `link '${url}' leaves the site without a scheme; write https:// for an outside link` });
    }
  }
  return problems;
}
