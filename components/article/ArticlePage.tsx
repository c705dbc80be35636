import type { Article } from "@/lib/content/read-article";
import type { ComparisonTable as TableData } from "@/lib/content/schemas/comparison-table";
import type { GlossaryEntry } from "@/lib/content/schemas/glossary-term";
import type { HelpLine } from "@/lib/content/schemas/help-line";
import type { UiText } from "@/lib/content/schemas/site-text";
import type { EditionPaths, Lang } from "@/lib/routes";
import type { PageFrame } from "@/lib/seo/page-frame";
import { Faq } from "../faq/Faq";
import { TermsOnPage } from "../glossary/TermsOnPage";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { PrintedFrom } from "../layout/PrintedFrom";
import { JsonLd } from "../seo/JsonLd";
import { ArticleBody } from "./ArticleBody";
import { ArticlePager } from "./ArticlePager";
import { MedicalDisclaimer } from "./MedicalDisclaimer";
import { ChangeList } from "./ChangeList";
import { RelatedArticles } from "./RelatedArticles";
import { ReviewDates } from "./ReviewDates";
import { Sources } from "./Sources";
import { SummaryBox } from "./SummaryBox";
import { TableOfContents, tocEntries } from "./TableOfContents";

type ArticleLink = Pick<Article, "slug" | "title" | "description">;

type Props = {
  article: Article;
  frame: PageFrame;
  related: ArticleLink[];
  previous?: ArticleLink;
  next?: ArticleLink;
  tables: ReadonlyMap<string, TableData>;
  helpLines: HelpLine[];
  /** Definitions of the glossary terms the body links to, in order of first use. */
  terms: GlossaryEntry[];
  disclaimer: string;
  lang: Lang;
  ui: UiText;
  paths: EditionPaths;
  /** Past its next review when the site was built. */
  reviewOverdue?: boolean;
};


/** One article: the answer first, then the body, its questions, related reading, sources and the disclaimer. */
export function ArticlePage({ article, frame, related, previous, next, tables, helpLines, terms, disclaimer, lang, ui, paths, reviewOverdue }: Props) {
  // The id stays the same in every language, so a link to it survives a translation.
  const faqHeading = { id: "common-questions", text: ui.article.commonQuestions };
  const toc = tocEntries(article.headings, article.faqs.length ? [faqHeading] : []);
  return (
    <div className="article-layout lg:grid lg:grid-cols-[minmax(0,48rem)_14rem] lg:gap-10">
      <article>
        <JsonLd data={frame.breadcrumbs} />
        <Breadcrumbs crumbs={frame.crumbs} label={ui.breadcrumb} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <SummaryBox summaryHtml={article.summaryHtml} title={ui.article.inShort} />
        <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} overdue={reviewOverdue} lang={lang} words={ui.article} />
        <ChangeList changes={article.changes} lang={lang} title={ui.article.changes} />
        <TableOfContents entries={toc} variant="inline" title={ui.article.onThisPage} />
        <ArticleBody blocks={article.blocks} tables={tables} helpLines={helpLines} words={ui.article} />
        {article.faqs.length ? (
          <section className="mt-10">
            <h2 id={faqHeading.id} className="mb-4 text-2xl font-semibold">
              {faqHeading.text}
            </h2>
            <Faq entries={article.faqs} words={ui.faq} />
          </section>
        ) : null}
        <RelatedArticles articles={related} title={ui.article.relatedArticles} articlePath={paths.article} />
        <TermsOnPage terms={terms} title={ui.article.termsOnPage} glossaryPath={paths.glossary} />
        <Sources sources={article.sources} words={ui.article} />
        <MedicalDisclaimer text={disclaimer} words={ui.article} />
        <ArticlePager previous={previous} next={next} words={ui.article.pager} articlePath={paths.article} />
        <PrintedFrom address={frame.address} label={ui.printedFrom} />
      </article>
      <div>
        <TableOfContents entries={toc} variant="sidebar" title={ui.article.onThisPage} />
      </div>
    </div>
  );
}
