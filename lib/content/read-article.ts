import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { slug as slugify } from "github-slugger";
import { articleFrontMatterSchema, type ArticleFrontMatter, type FaqFrontMatter } from "./schemas/article";
import { withoutAccents } from "./anchor-text";
import { displayPath, type ContentProblem } from "./errors";
import { renderMarkdown, type Block, type Embed, type Heading } from "./markdown";
import { applyFigures } from "./figures";
import { blobRevision } from "./translation/revision";
import { renderFaqAnswer } from "./faq-answer";
import { fileLineInValue } from "./scalar-lines";
import { summarySentencesProblem } from "./summary-rule";
import { checkYaml, type Checked } from "./read-yaml-file";
import type { Figure } from "./schemas/figure";
import type { GlossaryTerm } from "./schemas/glossary-term";
import type { Source } from "./schemas/source";
import { resolveSources } from "./sources";
import { PageCitations, withoutCitations, type CitedSource } from "./citations";
import { CITATION_RULE, uncitedSentences } from "./citation-rule";
import { overdoseRiskMention, SAFETY_EMBED } from "./safety-rule";
import type { Callout } from "./schemas/callout";

export type Faq = FaqFrontMatter & {
  /** Stable anchor derived from the question, unique across the site. */
  id: string;
  answerHtml: string;
};

export type Article = Omit<ArticleFrontMatter, "faqs" | "sources"> & {
  /** The page's numbered source list: those listed in front matter, then those only cited inline. */
  sources: CitedSource[];
  /** The summary as HTML, its citation markers rendered (`summary` is the plain text). */
  summaryHtml: string;
  slug: string;
  /** Path of the source file, for messages. */
  file: string;
  /** The file's own revision (git blob id, 12 characters): what a translation records as written from. */
  fileRevision: string;
  /** The Markdown body without citation markers, for checks such as readability. */
  markdown: string;
  blocks: Block[];
  headings: Heading[];
  faqs: Faq[];
  /** Glossary terms linked from the body, in order of first use. */
  glossaryTerms: string[];
  /** Every link as written, with its place: the rendered link check names it when it is broken. */
  links: ArticleLink[];
};

type Located<T> = T & { line?: number };

export type ArticleLink = Located<{ url: string; field: string }>;

/** What the loader needs to check an article against the rest of the site. */
export type ArticleReferences = {
  embeds: Located<{ embed: Embed }>[];
  /** 1-based line of a front matter key, for problems found across files. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
};

/** What an article is checked and rendered against, beyond its own file. */
export type ArticleContext = {
  /** content/sources.yml by id. */
  sources?: ReadonlyMap<string, Source>;
  /** content/callouts.yml by id. */
  callouts?: ReadonlyMap<string, Callout>;
  /** Every number in help-lines.yml: the citation rule does not ask a source for a number to dial. */
  phoneNumbers?: readonly string[];
  /** "enforce" makes uncited sentences problems; see CITATION_RULE. */
  citationRule?: "enforce" | "report";
  /** Address of the glossary that terms link to; the Spanish pages' is /es/glosario. */
  glossaryPage?: string;
  /** The page's own address, where its citation markers point (default `/<slug>`; a Spanish page's is /es/<slug>). */
  address?: string;
  /** The language the summary's sentences are counted in. */
  language?: "en" | "es";
  /** What a screen reader hears before a citation marker's number (the page's site.yml, ui.article.source). */
  sourceWord: string;
  /** What a screen reader hears before a heading's text on its anchor link (ui.article.sectionTitled). */
  sectionTitled?: string;
  /** The file's text when the caller has read it already (a translation's is read first for its translationOf). */
  text?: string;
  /** Reads the front matter; a translation takes its shared fields from the English article here. */
  frontMatter?: (yamlText: string, file: string) => Checked<ArticleFrontMatter>;
};

export type ReadArticle = { article?: Article; references?: ArticleReferences; problems: ContentProblem[] };

/** The readable anchor of a FAQ entry, e.g. "Does Medicare cover IOP?" → does-medicare-cover-iop. */
export function faqId(question: string): string {
  return slugify(withoutAccents(question));
}

const readEnglishFrontMatter = (yamlText: string, file: string) => checkYaml(yamlText, articleFrontMatterSchema, file);

/** Reads one Markdown article: splits front matter from body, validates, renders. */
export function readArticle(
  absolutePath: string,
  glossary: readonly GlossaryTerm[] = [],
  figures: ReadonlyMap<string, Figure> = new Map(),
  context: ArticleContext,
): ReadArticle {
  const { sources: registry = new Map(), callouts, phoneNumbers = [], citationRule = CITATION_RULE, frontMatter: readFrontMatter = readEnglishFrontMatter } = context;
  const file = displayPath(absolutePath);
  const raw = context.text ?? fs.readFileSync(absolutePath, "utf8");
  const withFigures = applyFigures(raw, figures, { cite: true });
  const source = withFigures.text;
  const { content: body, matter: yamlText } = matter(source, { engines: { yaml: () => ({}) } });
  if (!yamlText.trim()) {
    return { problems: [{ file, line: 1, field: "(front matter)", message: "expected front matter between '---' lines at the top of the file" }] };
  }
  // gray-matter's raw front matter starts on the opening '---' line, so its
  // line numbers are the file's; the body starts after the closing '---'.
  const bodyLineOffset = yamlText.split("\n").length + 1;
  const checked = readFrontMatter(yamlText, file);
  const fieldAt = (line: number) => (line > bodyLineOffset ? "body" : (checked.fieldAt(line) ?? "(front matter)"));
  const problems: ContentProblem[] = [...withFigures.unknown.map(({ line, message }) => ({ file, line, field: fieldAt(line), message })), ...checked.problems];
  const sourceLines = source.split("\n");
  /** The file line of a line inside FAQ answer `index`, which may be a block scalar. */
  const answerLine = (index: number, text: string, line = 1) => {
    const span = checked.valueLines(["faqs", index, "answer"]);
    return span ? fileLineInValue(text, line, sourceLines, span) : checked.lineOf(["faqs", index, "answer"]);
  };

  const slug = path.basename(absolutePath, ".md");
  const optOut = new Set(checked.value?.glossaryOptOut ?? []);
  // Numbered in reading order: summary, body (with its callouts), then FAQ answers.
  const address = context.address ?? `/${slug}`;
  const citations = new PageCitations(slug, registry, (checked.value?.sources ?? []).filter((id) => registry.has(id)), (id) => `${address}#source-${id}`, context.sourceWord);
  const summary = checked.value && renderMarkdown(checked.value.summary, { citations });
  const rendered = renderMarkdown(body, { glossary: { terms: glossary, optOut, page: context.glossaryPage }, citations, callouts, sectionTitled: context.sectionTitled });
  if (!body.trim()) problems.push({ file, line: bodyLineOffset, field: "body", message: "expected Markdown text after the front matter, found nothing" });
  for (const p of rendered.problems) problems.push({ file, line: p.line && p.line + bodyLineOffset, field: "body", message: p.message });

  const frontMatter = checked.value;
  if (!frontMatter) return { problems };

  const plainFields: [string, string, readonly PropertyKey[]][] = [
    ["title", frontMatter.title, ["title"]],
    ["description", frontMatter.description, ["description"]],
    ...frontMatter.faqs.map((f, i): [string, string, readonly PropertyKey[]] => [`faqs.${i}.question`, f.question, ["faqs", i, "question"]]),
  ];
  for (const [field, text, at] of plainFields) {
    if (text !== withoutCitations(text)) problems.push({ file, line: checked.lineOf(at), field, message: "citation markers (and figures, which bring one) show only in the summary, body and answers; move the figure there" });
  }
  problems.push(...resolveSources(frontMatter.sources, registry, { file, path: ["sources"], lineOf: checked.lineOf }).problems);
  for (const p of summary?.problems ?? []) problems.push({ file, line: checked.lineOf(["summary"]), field: "summary", message: p.message });
  const summaryLength = summarySentencesProblem(frontMatter.summary, context.language);
  if (summaryLength) problems.push({ file, line: checked.lineOf(["summary"]), field: "summary", message: summaryLength });
  const links: ArticleLink[] = rendered.links.map((l) => ({ url: l.url, field: "body", line: l.line + bodyLineOffset }));
  const faqs = frontMatter.faqs.map((faq, index) => {
    const answer = renderFaqAnswer(faq.answer, citations);
    const field = `faqs.${index}.answer`;
    for (const l of answer.links) links.push({ url: l.url, field, line: answerLine(index, faq.answer, l.line) });
    for (const p of answer.problems) problems.push({ file, line: answerLine(index, faq.answer, p.line), field, message: p.message });
    return { ...faq, answer: withoutCitations(faq.answer), id: faqId(faq.question), answerHtml: answer.html };
  });

  const texts = [
    { field: "summary", text: frontMatter.summary, at: () => checked.lineOf(["summary"]) },
    { field: "body", text: body, at: (line: number) => line + bodyLineOffset },
    ...frontMatter.faqs.map((faq, index) => ({ field: `faqs.${index}.answer`, text: faq.answer, at: (line: number) => answerLine(index, faq.answer, line) })),
  ];
  if (citationRule === "enforce") {
    const exempt = { phoneNumbers, reviewDates: [frontMatter.lastReviewed, frontMatter.nextReview], figures, sources: registry };
    for (const { field, text, at } of texts) {
      for (const u of uncitedSentences(text, exempt)) problems.push({ file, line: at(u.line), field, message: u.message });
    }
  }
  const hasCallout = rendered.embeds.some((e) => e.embed.kind === "safety" && e.embed.name === "overdose");
  const risk = texts.map((t) => ({ ...t, mention: overdoseRiskMention(t.text) })).find((t) => t.mention);
  if (risk?.mention && !hasCallout) {
    problems.push({
      file,
      line: risk.at(risk.mention.line),
      field: risk.field,
      message: `speaks to ${risk.mention.what} ('${risk.mention.words}') but lacks the overdose safety callout; add a paragraph that is exactly ${SAFETY_EMBED} to the body`,
    });
  }

  return {
    problems,
    article: {
      ...frontMatter,
      summary: withoutCitations(frontMatter.summary),
      summaryHtml: summary!.blocks.map((b) => (b.kind === "html" ? b.html : "")).join(""),
      sources: citations.list(),
      slug,
      file,
      fileRevision: blobRevision(raw),
      markdown: withoutCitations(body),
      blocks: rendered.blocks,
      headings: rendered.headings,
      faqs,
      glossaryTerms: rendered.glossaryTerms,
      links,
    },
    references: {
      embeds: rendered.embeds.map((e) => ({ embed: e.embed, line: e.line + bodyLineOffset })),
      lineOf: checked.lineOf,
    },
  };
}
