import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { checkReferences } from "../check-references";
import { furnitureWords } from "../furniture-words";
import type { CitedSource } from "../citations";
import { ContentError, type ContentProblem } from "../errors";
import type { SiteContent } from "../load-site";
import { readArticle, type Article, type ArticleReferences } from "../read-article";
import { checkYaml, type Checked } from "../read-yaml-file";
import { articleFrontMatterSchema, type ArticleFrontMatter } from "../schemas/article";
import type { Callout } from "../schemas/callout";
import type { ComparisonTable } from "../schemas/comparison-table";
import type { Figure } from "../schemas/figure";
import type { GlossaryEntry } from "../schemas/glossary-term";
import type { HelpLine } from "../schemas/help-line";
import type { Topic } from "../schemas/topic";
import { translatedArticleSchema, type TranslatedArticleFrontMatter } from "../schemas/translated-article";
import { translatedCalloutsSchema } from "../schemas/translated-callout";
import { translatedGlossarySchema } from "../schemas/translated-glossary";
import { translatedHelpLinesSchema } from "../schemas/translated-help-line";
import { translatedTopicsSchema } from "../schemas/translated-topic";
import { parseYaml } from "../yaml";
import { zodProblems } from "../zod-problems";
import type { SiteText } from "../schemas/site-text";
import { readTranslatedSiteText } from "./site-text";
import { editionPaths, LANG_PREFIX, RESERVED_SPANISH_SLUGS } from "../../routes";
import { translateCallout } from "./callouts";
import { translateHelpLine } from "./help-lines";
import { readTranslatedChecklists, type TranslatedChecklist } from "./checklists";
import { translateGlossary } from "./glossary";
import { readTranslatedEntries } from "./read-entries";
import { readTranslatedTables } from "./tables";
import { englishFile } from "./revision";
import { translationStatus, type TranslationPair, type TranslationStatus } from "./status";

export type TranslatedArticle = Article & Pick<TranslatedArticleFrontMatter, "translationOf" | "revision">;

export type TranslatedContent = {
  /** content/<language>/site.yml: header, footer, home, hub pages, 404 page and the page furniture's words. */
  text: SiteText;
  /** In the English reading order. */
  articles: TranslatedArticle[];
  /** In the English order, with the translation's words. */
  topics: Topic[];
  /** The English numbers, links, sources and crisis-bar places, with the translation's words. */
  helpLines: HelpLine[];
  /** The safety callouts translated articles show with `{{safety:ID}}`. */
  callouts: Map<string, Callout>;
  /** By the English table's name, in its columns and rows, cited into its source list. */
  tables: Map<string, ComparisonTable>;
  /** In the English order, with the English review dates and sources. */
  checklists: TranslatedChecklist[];
  /** In the English order; each term's article is the translation of the English one, when there is one. */
  glossary: GlossaryEntry[];
  /** The translated glossary page's source list, numbered as its definitions' markers. */
  glossarySources: CitedSource[];
  /** One entry per English article, then one per translated data file. */
  status: TranslationStatus[];
  /** Stale translations: printed by the build, never failing it. */
  warnings: ContentProblem[];
};

/** Where a language's files live (content/es) and where its pages are (/es, /es/glosario). */
export type Language = { code: "es"; folder: string; glossaryPage: string; home: string };
/** Its addresses come from the route table, which alone names the pages. */
export const SPANISH: Language = { code: "es", folder: "es", glossaryPage: editionPaths("es").glossary, home: LANG_PREFIX.es };

const listMarkdown = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".md")).sort().map((name) => path.join(dir, name)) : []);

/** The English slug a translation names, read before anything is checked, so `related` can be mapped to translated slugs. */
function translationOfIn(text: string): string | undefined {
  const data = parseYaml(matter(text, { engines: { yaml: () => ({}) } }).matter).data as { translationOf?: unknown } | undefined;
  return typeof data?.translationOf === "string" ? data.translationOf : undefined;
}

/** The figures as Spanish pages state them: a value with words has its `es:` wording. */
const translatedFigures = (figures: ReadonlyMap<string, Figure>) => new Map([...figures].map(([id, f]): [string, Figure] => [id, { ...f, value: f.es ?? f.value }]));

/** The words of a translation's front matter: everything but the two fields that tie it to its English file. */
const wordsOf = (fm: TranslatedArticleFrontMatter) =>
  Object.fromEntries(Object.entries(fm).filter(([key]) => key !== "translationOf" && key !== "revision")) as Omit<TranslatedArticleFrontMatter, "translationOf" | "revision">;

const embedName = (e: { kind: string; name?: string }) => (e.name ? `{{${e.kind}:${e.name}}}` : `{{${e.kind}}}`);

/**
 * Reads the translated articles under content/<language>/articles and checks
 * them against the English site: words come from the translation, shared
 * facts (topic, order, review dates, sources, related) from the English
 * article it names, so a translation can never state another date or source.
 */
export function loadTranslations(
  root: string,
  english: SiteContent,
  language: Language = SPANISH,
  /** As loadSite's: whether a sentence without its citation marker is a problem (default CITATION_RULE). */
  options: { citationRule?: "enforce" | "report" } = {},
): TranslatedContent {
  const folder = path.join(root, language.folder);
  const problems: ContentProblem[] = [];
  const figures = translatedFigures(english.facts.figures);
  const site = readTranslatedSiteText(root, language.folder, language.home, figures);
  problems.push(...site.problems);
  const dataFiles: TranslationPair[] = [site.pair];
  // The words around citations and heading anchors are the edition's own (its site.yml); if that file is broken the build stops on it anyway.
  const furniture = furnitureWords(site.text);
  /** How the edition's data files are cited: their markers' words, and the rule their sentences meet. */
  const edition = { ...language, ...furniture, citationRule: options.citationRule };
  /** A translated list file, its entries paired with the English ones; its status joins the report. */
  const readList = <E extends { id: string }, T extends { id: string }>(
    name: string,
    schema: z.ZodType<{ revision: string; entries: T[] }>,
    entries: readonly E[],
    /** `cite`: figures are filled in and bring their markers, as in the English file (the glossary). */
    options: { cite?: boolean } = {},
  ) => {
    const english = englishFile(root, name);
    const read = readTranslatedEntries(root, path.join(language.folder, name), schema, { file: english.file, entries }, options.cite ? figures : undefined, options);
    problems.push(...read.problems);
    dataFiles.push({ english, translation: read.translation });
    return read;
  };
  const topics = readList("topics.yml", translatedTopicsSchema, english.topics).matched.map(({ words }) => words);
  const helpLines = readList("help-lines.yml", translatedHelpLinesSchema, english.helpLines).matched.map((matched) => {
    const { line, problems: found } = translateHelpLine(matched);
    problems.push(...found);
    return line;
  });
  const callouts = new Map(
    readList("callouts.yml", translatedCalloutsSchema, [...english.callouts.values()]).matched.map((matched): [string, Callout] => {
      const { callout, problems: found } = translateCallout(matched);
      problems.push(...found);
      return [callout.id, callout];
    }),
  );
  const translatedTables = readTranslatedTables(root, edition, english, figures);
  problems.push(...translatedTables.problems);
  dataFiles.push(...translatedTables.pairs);
  const englishBySlug = new Map(english.articles.map((a) => [a.slug, a]));
  const files = listMarkdown(path.join(folder, "articles"));
  const texts = new Map(files.map((file) => [file, fs.readFileSync(file, "utf8")]));
  const translatedSlug = new Map<string, string>();
  for (const [file, text] of texts) {
    const of = translationOfIn(text);
    if (of && !translatedSlug.has(of)) translatedSlug.set(of, path.basename(file, ".md"));
  }

  const translatedChecklists = readTranslatedChecklists(root, language.folder, english.checklists, figures, (slug) => translatedSlug.get(slug));
  problems.push(...translatedChecklists.problems);
  dataFiles.push(...translatedChecklists.pairs);

  // The glossary is optional: without it the translated articles link no terms and there is no translated glossary page.
  const glossaryRead = fs.existsSync(path.join(folder, "glossary.yml")) ? readList("glossary.yml", translatedGlossarySchema, english.glossary, { cite: true }) : undefined;
  if (!glossaryRead) dataFiles.push({ english: englishFile(root, "glossary.yml") });
  const { glossary, glossarySources, problems: glossaryProblems } = translateGlossary(glossaryRead?.file ?? "", glossaryRead?.matched ?? [], english, edition, figures, (slug) => translatedSlug.get(slug));
  problems.push(...glossaryProblems);
  const words = new Map<string, Pick<TranslatedArticleFrontMatter, "translationOf" | "revision"> & { revisionLine?: number }>();
  const claimedBy = new Map<string, string>();
  const entries: { article: Article; references: ArticleReferences }[] = [];
  for (const absolute of files) {
    const frontMatter = (yamlText: string, file: string): Checked<ArticleFrontMatter> => {
      const checked = checkYaml(yamlText, translatedArticleSchema, file);
      const fm = checked.value;
      if (!fm) return { ...checked, value: undefined };
      const source = englishBySlug.get(fm.translationOf);
      const at = (field: keyof TranslatedArticleFrontMatter) => ({ file, line: checked.lineOf([field]), field });
      if (!source) {
        return { ...checked, value: undefined, problems: [{ ...at("translationOf"), message: `expected the slug of an English article in content/articles/, found '${fm.translationOf}', which does not exist` }] };
      }
      const earlier = claimedBy.get(fm.translationOf);
      if (earlier) problems.push({ ...at("translationOf"), message: `'${fm.translationOf}' is already translated by ${earlier}; one translation per English article` });
      else claimedBy.set(fm.translationOf, file);
      words.set(file, { translationOf: fm.translationOf, revision: fm.revision, revisionLine: checked.lineOf(["revision"]) });
      const merged = {
        ...wordsOf(fm),
        topic: source.topic,
        order: source.order,
        lastReviewed: source.lastReviewed,
        nextReview: source.nextReview,
        sources: source.sources.map((s) => s.id),
        // A translated page links only translated pages; the rest join `related` as they are translated.
        related: source.related.flatMap((slug) => translatedSlug.get(slug) ?? []),
        aliases: [],
      };
      // The English rules across fields (change dates on or before lastReviewed, newest first) hold for the translation too.
      const rules = articleFrontMatterSchema.safeParse(merged);
      if (!rules.success) return { ...checked, value: undefined, problems: zodProblems(rules.error, merged, checked) };
      return { ...checked, value: rules.data };
    };
    const read = readArticle(absolute, glossary, figures, {
      sources: english.facts.sources,
      // A callout missing from the translation is a problem already; the English one stands in only so it is not reported twice.
      callouts: new Map([...english.callouts, ...callouts]),
      phoneNumbers: english.facts.phoneNumbers,
      citationRule: options.citationRule,
      glossaryPage: language.glossaryPage,
      address: `${language.home}/${path.basename(absolute, ".md")}`,
      language: language.code,
      ...furniture,
      text: texts.get(absolute),
      frontMatter,
    });
    problems.push(...read.problems);
    if (!read.article || !read.references) continue;
    entries.push({ article: read.article, references: read.references });
    problems.push(...sameEmbeds(read.article, read.references, englishBySlug.get(words.get(read.article.file)!.translationOf)!));
    for (const { embed, line } of read.references.embeds) {
      if (embed.kind === "table" && translatedTables.untranslated.has(embed.name)) {
        problems.push({ file: read.article.file, line, field: "body", message: `the table '${embed.name}' has no translation yet; add ${language.folder}/tables/${embed.name}.yml beside content/tables/${embed.name}.yml` });
      }
    }
  }
  problems.push(
    ...checkReferences(entries, {
      topics: new Set(english.topics.map((t) => t.id)),
      tables: new Set(english.tables.keys()),
      glossary: new Set(english.glossary.map((t) => t.id)),
      reserved: { names: RESERVED_SPANISH_SLUGS, home: language.home },
    }),
  );
  const faqIds = new Set(entries.flatMap((e) => e.article.faqs.map((f) => f.id)));
  problems.push(...site.checkTopQuestions(faqIds));
  if (problems.length || !site.text) throw new ContentError(problems);

  const articles = entries.map(({ article }): TranslatedArticle => {
    const { translationOf, revision } = words.get(article.file)!;
    return { ...article, translationOf, revision };
  });
  const byEnglish = new Map(articles.map((a) => [a.translationOf, a]));
  const { status, warnings } = translationStatus([
    ...english.articles.map((source): TranslationPair => {
      const translation = byEnglish.get(source.slug);
      return {
        english: { page: source.slug, file: source.file, revision: source.fileRevision },
        translation: translation && { file: translation.file, revision: translation.revision, line: words.get(translation.file)!.revisionLine },
      };
    }),
    ...dataFiles,
  ]);
  const rank = new Map(english.articles.map((a, i) => [a.slug, i]));
  articles.sort((a, b) => rank.get(a.translationOf)! - rank.get(b.translationOf)!);
  return { text: site.text, articles, topics, helpLines, callouts, tables: translatedTables.tables, checklists: translatedChecklists.checklists, glossary, glossarySources, status, warnings };
}

/** A translation shows the same tables, help lines and safety callouts as its English article, and cites every source the English cites inline. */
function sameEmbeds(article: Article, references: ArticleReferences, source: Article): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const has = new Set(references.embeds.map(({ embed }) => embedName(embed)));
  for (const block of source.blocks) {
    if (block.kind === "html") continue;
    const name = embedName(block);
    if (!has.has(name)) problems.push({ file: article.file, field: "body", message: `the English article ${source.file} shows ${name}; place it at the same point of the translation` });
  }
  const cited = new Set(article.sources.filter((s) => s.citedAt.length).map((s) => s.id));
  for (const s of source.sources) {
    if (s.citedAt.length && !cited.has(s.id)) problems.push({ file: article.file, field: "body", message: `the English article ${source.file} cites {{cite:${s.id}}}; cite it where the translation states the same fact` });
  }
  return problems;
}
