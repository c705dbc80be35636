import fs from "node:fs";
import path from "node:path";
import { editionPaths, pagePaths } from "../routes";
import { checkReferences } from "./check-references";
import { checkUniqueIds } from "./check-unique-ids";
import { ContentError, displayPath, type ContentProblem } from "./errors";
import { readArticle, type Article, type ArticleReferences } from "./read-article";
import { readYamlFile } from "./read-yaml-file";
import { checklistSchema, type Checklist } from "./schemas/checklist";
import { figureListSchema, type Figure } from "./schemas/figure";
import { comparisonTableSchema, type ComparisonTable } from "./schemas/comparison-table";
import { glossarySchema, type GlossaryEntry } from "./schemas/glossary-term";
import { helpLineListSchema, type HelpLine } from "./schemas/help-line";
import { siteTextSchema, type SiteText } from "./schemas/site-text";
import { sourceListSchema, type Source } from "./schemas/source";
import { calloutListSchema, type Callout } from "./schemas/callout";
import { CITATION_RULE } from "./citation-rule";
import type { CitedSource } from "./citations";
import { citeDataTexts, glossaryCitations, tableCitations } from "./data-citations";
import { furnitureWords } from "./furniture-words";
import { resolveSources, unknownSource } from "./sources";
import { topicListSchema, type Topic } from "./schemas/topic";
import { loadTranslations, type TranslatedContent } from "./translation/load-translations";

export type SiteContent = {
  text: SiteText;
  /** In reading order: by topic, then by `order`. */
  articles: Article[];
  topics: Topic[];
  tables: Map<string, ComparisonTable>;
  helpLines: HelpLine[];
  glossary: GlossaryEntry[];
  /** The glossary page's source list, numbered as its definitions' markers. */
  glossarySources: CitedSource[];
  checklists: Checklist[];
  /** content/callouts.yml by id: the safety callouts articles place with `{{safety:ID}}`. */
  callouts: Map<string, Callout>;
  /** Facts both languages share, read and checked once here: the translations take them from this. */
  facts: {
    /** content/sources.yml by id. */
    sources: Map<string, Source>;
    /** content/figures.yml by id (English values; each has its Spanish value in `es` where it has words). */
    figures: Map<string, Figure>;
    /** Every number a help line dials or texts: the citation rule does not ask a source for one. */
    phoneNumbers: string[];
  };
  /** The Spanish edition (content/es), read once the English content is sound, as it takes its shared facts from it. */
  es?: TranslatedContent;
};

function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads and checks everything under a content folder. Throws one
 * ContentError listing every problem, so an editor sees them all at once.
 */
export function loadSite(
  root: string,
  articleDirs: readonly string[] = [path.join(root, "articles")],
  /** Whether a sentence without its citation marker fails the build; the rule's tests pass "enforce". */
  options: { citationRule?: "enforce" | "report" } = {},
): SiteContent {
  const problems: ContentProblem[] = [];
  const collect = <T>(checked: { value?: T; problems: ContentProblem[] }) => {
    problems.push(...checked.problems);
    return checked.value;
  };

  const sourcesFile = readYamlFile(root, "sources.yml", sourceListSchema);
  const sources = new Map((collect(sourcesFile) ?? []).map((s) => [s.id, s]));
  type Located = { file: string; lineOf(path: readonly PropertyKey[]): number | undefined };
  /** A single `source:` field (figures, help lines) must name an entry of sources.yml. */
  const checkSourceIds = (checked: Located, list: readonly { source: string }[]) =>
    list.forEach((item, i) => {
      if (!sources.has(item.source)) problems.push({ file: checked.file, line: checked.lineOf([i, "source"]), field: `${i}.source`, message: unknownSource(item.source) });
    });
  /** Looks up a data file's `sources` ids, reporting unknown ones at their line. */
  const withSources = <T extends { sources: string[] }>(checked: Located & { value?: T }) => {
    if (!checked.value) return undefined;
    const resolved = resolveSources(checked.value.sources, sources, { file: checked.file, path: ["sources"], lineOf: checked.lineOf });
    problems.push(...resolved.problems);
    return { ...checked.value, sources: resolved.sources };
  };

  const figuresFile = fs.existsSync(path.join(root, "figures.yml")) ? readYamlFile(root, "figures.yml", figureListSchema) : undefined;
  const figureList = (figuresFile && collect(figuresFile)) ?? [];
  if (figuresFile) checkSourceIds(figuresFile, figureList);
  const figures = new Map(figureList.map((f) => [f.id, f]));
  const textFile = readYamlFile(root, "site.yml", siteTextSchema, figures);
  const text = collect(textFile);
  // Every citation marker, in articles, tables and the glossary, is named with site.yml's word.
  const furniture = furnitureWords(text);
  const topicsFile = readYamlFile(root, "topics.yml", topicListSchema);
  const topics = collect(topicsFile) ?? [];
  const helpLinesFile = readYamlFile(root, "help-lines.yml", helpLineListSchema);
  const helpLines = collect(helpLinesFile) ?? [];
  checkSourceIds(helpLinesFile, helpLines);
  const phoneNumbers = helpLines.flatMap((line) => line.contacts.flatMap((c) => (/^(?:tel|sms):/.test(c.href) ? [c.href.slice(4)] : [])));
  const calloutsFile = readYamlFile(root, "callouts.yml", calloutListSchema);
  const callouts = new Map((collect(calloutsFile) ?? []).map((c) => [c.id, c]));
  const citationRule = options.citationRule ?? CITATION_RULE;
  const glossaryFile = readYamlFile(root, "glossary.yml", glossarySchema, figures, { cite: true });
  const terms = collect(glossaryFile) ?? [];
  const definitions = citeDataTexts(
    glossaryFile.file,
    terms.map((term, i) => ({ text: term.definition, field: `${i}.definition`, line: glossaryFile.lineOf([i, "definition"]) })),
    glossaryCitations(sources, editionPaths("en").glossary, furniture.sourceWord),
    { phoneNumbers, figures, sources, citationRule },
  );
  problems.push(...definitions.problems);
  const glossary: GlossaryEntry[] = terms.map((term, i) => ({ ...term, definition: definitions.plain[i], cited: definitions.parts[i] }));
  const tableFiles = listFiles(path.join(root, "tables"), ".yml").map((file) => readYamlFile(root, path.relative(root, file), comparisonTableSchema, figures, { cite: true }));
  const tables = new Map<string, ComparisonTable>();
  for (const table of tableFiles) {
    problems.push(...table.problems);
    const value = withSources(table);
    if (!value || !table.value) continue;
    const name = path.basename(table.file, ".yml");
    const cells = value.rows.flatMap((row, r) => Object.entries(row.cells).map(([column, text]) => ({ row: r, column, text, field: `rows.${r}.cells.${column}`, line: table.lineOf(["rows", r, "cells", column]) })));
    const cited = citeDataTexts(table.file, cells, tableCitations(name, sources, table.value.sources, furniture.sourceWord), { phoneNumbers, figures, sources, citationRule });
    problems.push(...cited.problems);
    const rows = value.rows.map((row, r) => ({ ...row, cells: Object.fromEntries(cells.flatMap((cell, i) => (cell.row === r ? [[cell.column, cited.parts[i]]] : []))) }));
    tables.set(name, { ...value, rows, sources: cited.sources });
  }

  const checklistFiles = listFiles(path.join(root, "checklists"), ".yml").map((file) => readYamlFile(root, path.relative(root, file), checklistSchema, figures));
  const checklistEntries = checklistFiles.flatMap((checked) => {
    problems.push(...checked.problems);
    const checklist = withSources(checked);
    return checklist ? [{ checklist: { ...checklist, slug: path.basename(checked.file, ".yml") }, lineOf: checked.lineOf }] : [];
  });
  const checklists: Checklist[] = checklistEntries.map((entry) => entry.checklist);
  problems.push(...checkUniqueIds({ sources: sourcesFile, callouts: calloutsFile, figures: figuresFile, topics: topicsFile, helpLines: helpLinesFile, glossary: glossaryFile, tables: tableFiles, checklists: checklistFiles }));

  const entries: { article: Article; references: ArticleReferences }[] = [];
  for (const file of articleDirs.flatMap((dir) => listFiles(dir, ".md"))) {
    const { article, references, problems: found } = readArticle(file, glossary, figures, { sources, callouts, phoneNumbers, citationRule: options.citationRule ?? CITATION_RULE, ...furniture });
    problems.push(...found);
    if (article && references) entries.push({ article, references });
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push({ file: displayPath(articleDirs[0]), field: "(folder)", message: "expected at least one Markdown article" });
  }

  problems.push(
    ...checkReferences(entries, { topics: new Set(topics.map((t) => t.id)), tables: new Set(tables.keys()), glossary: new Set(glossary.map((t) => t.id)) }),
  );
  const slugs = new Set(entries.map((e) => e.article.slug));
  const articleRef = (slug: string, file: string, line: number | undefined, field: string) => {
    if (!slugs.has(slug)) problems.push({ file: displayPath(path.join(root, file)), line, field, message: `expected the slug of an article, found '${slug}', which does not exist` });
  };
  const siteFile = displayPath(path.join(root, "site.yml"));
  const pages = new Set(pagePaths({ articles: [...slugs], checklists: checklists.map((c) => c.slug) }));
  text?.startPoints.forEach((start, i) => {
    if (!pages.has(`/${start.page}`)) {
      problems.push({ file: siteFile, line: textFile.lineOf(["startPoints", i, "page"]), field: `startPoints.${i}.page`, message: `expected an article slug or a page of the site, found '${start.page}'` });
    }
  });
  const faqIds = new Set(entries.flatMap((e) => e.article.faqs.map((f) => f.id)));
  text?.topQuestions.forEach((id, i) => {
    if (!faqIds.has(id)) problems.push({ file: siteFile, line: textFile.lineOf(["topQuestions", i]), field: `topQuestions.${i}`, message: `expected the id of a FAQ entry, found '${id}'` });
  });
  glossary.forEach((term, i) => term.article && articleRef(term.article, "glossary.yml", glossaryFile.lineOf([i, "article"]), `${i}.article`));
  for (const { checklist, lineOf } of checklistEntries) {
    checklist.related.forEach((slug, i) => articleRef(slug, `checklists/${checklist.slug}.yml`, lineOf(["related", i]), `related.${i}`));
  }
  if (problems.length || !text) throw new ContentError(problems);

  const topicRank = new Map(topics.map((t, i) => [t.id, i]));
  const articles = entries
    .map((e) => e.article)
    .sort((a, b) => topicRank.get(a.topic)! - topicRank.get(b.topic)! || a.order - b.order || a.slug.localeCompare(b.slug));
  const site = { text, articles, topics, tables, helpLines, glossary, glossarySources: definitions.sources, checklists, callouts, facts: { sources, figures, phoneNumbers } };
  return fs.existsSync(path.join(root, "es")) ? { ...site, es: loadTranslations(root, site, undefined, { citationRule }) } : site;
}
