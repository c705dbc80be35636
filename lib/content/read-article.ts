import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { slug as slugify } from "github-slugger";
import { articleFrontMatterSchema, type ArticleFrontMatter, type FaqFrontMatter } from "./schemas/article";
import { displayPath, type ContentProblem } from "./errors";
import { renderMarkdown, type Block, type Embed, type Heading } from "./markdown";
import { applyFigures } from "./figures";
import { renderFaqAnswer } from "./faq-answer";
import { checkYaml } from "./read-yaml-file";
import type { Figure } from "./schemas/figure";
import type { GlossaryTerm } from "./schemas/glossary-term";
import type { Source } from "./schemas/source";
import { resolveSources } from "./sources";

export type Faq = FaqFrontMatter & {
  /** Stable anchor derived from the question, unique across the site. */
  id: string;
  answerHtml: string;
};

export type Article = Omit<ArticleFrontMatter, "faqs" | "sources"> & {
  /** The page's source list, looked up in content/sources.yml. */
  sources: Source[];
  slug: string;
  /** Path of the source file, for messages. */
  file: string;
  /** The Markdown body as written, for checks such as readability. */
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

export type ReadArticle = { article?: Article; references?: ArticleReferences; problems: ContentProblem[] };

/** The readable anchor of a FAQ entry, e.g. "Does Medicare cover IOP?" → does-medicare-cover-iop. */
export function faqId(question: string): string {
  return slugify(question);
}

/** Reads one Markdown article: splits front matter from body, validates, renders. */
export function readArticle(
  absolutePath: string,
  glossary: readonly GlossaryTerm[] = [],
  figures: ReadonlyMap<string, Figure> = new Map(),
  registry: ReadonlyMap<string, Source> = new Map(),
): ReadArticle {
  const file = displayPath(absolutePath);
  const withFigures = applyFigures(fs.readFileSync(absolutePath, "utf8"), figures, file);
  const source = withFigures.text;
  const { content: body, matter: yamlText } = matter(source, { engines: { yaml: () => ({}) } });
  if (!yamlText.trim()) {
    return { problems: [{ file, line: 1, field: "(front matter)", message: "expected front matter between '---' lines at the top of the file" }] };
  }
  // gray-matter's raw front matter starts on the opening '---' line, so its
  // line numbers are the file's; the body starts after the closing '---'.
  const bodyLineOffset = yamlText.split("\n").length + 1;
  const checked = checkYaml(yamlText, articleFrontMatterSchema, file);
  const problems = [...withFigures.problems, ...checked.problems];

  const optOut = new Set(checked.value?.glossaryOptOut ?? []);
  const rendered = renderMarkdown(body, { glossary: { terms: glossary, optOut } });
  if (!body.trim()) problems.push({ file, line: bodyLineOffset, field: "body", message: "expected Markdown text after the front matter, found nothing" });
  for (const p of rendered.problems) problems.push({ file, line: p.line && p.line + bodyLineOffset, field: "body", message: p.message });

  const frontMatter = checked.value;
  if (!frontMatter) return { problems };

  const sources = resolveSources(frontMatter.sources, registry, { file, path: ["sources"], lineOf: checked.lineOf });
  problems.push(...sources.problems);
  const links: ArticleLink[] = rendered.links.map((l) => ({ url: l.url, field: "body", line: l.line + bodyLineOffset }));
  const faqs = frontMatter.faqs.map((faq, index) => {
    const answer = renderFaqAnswer(faq.answer);
    const field = `faqs.${index}.answer`;
    const line = checked.lineOf(["faqs", index, "answer"]);
    for (const l of answer.links) links.push({ url: l.url, field, line });
    for (const message of answer.problems) problems.push({ file, line, field, message });
    return { ...faq, id: faqId(faq.question), answerHtml: answer.html };
  });

  return {
    problems,
    article: { ...frontMatter, sources: sources.sources, slug: path.basename(absolutePath, ".md"), file, markdown: body, blocks: rendered.blocks, headings: rendered.headings, faqs, glossaryTerms: rendered.glossaryTerms, links },
    references: {
      embeds: rendered.embeds.map((e) => ({ embed: e.embed, line: e.line + bodyLineOffset })),
      lineOf: checked.lineOf,
    },
  };
}
