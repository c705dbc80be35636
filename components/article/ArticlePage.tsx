import type { Article } from "@/lib/content/read-article";
import type { ComparisonTable as TableData } from "@/lib/content/schemas/comparison-table";
import type { GlossaryTerm } from "@/lib/content/schemas/glossary-term";
import type { HelpLine } from "@/lib/content/schemas/help-line";
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
  terms: GlossaryTerm[];
  disclaimer: string;
  /** Past its next review when the site was built. */
  reviewOverdue?: boolean;
};

const faqHeading = { id: "common-questions", text: "Common questions" };

/** One article: the answer first, then the body, its questions, related reading, sources and the disclaimer. */
export function ArticlePage({ article, frame, related, previous, next, tables, helpLines, terms, disclaimer, reviewOverdue }: Props) {
  const toc = tocEntries(article.headings, article.faqs.length ? [faqHeading] : []);
  return (
    <div className="article-layout lg:grid lg:grid-cols-[minmax(0,48rem)_14rem] lg:gap-10">
      <article>
        <JsonLd data={frame.breadcrumbs} />
        <Breadcrumbs crumbs={frame.crumbs} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <SummaryBox summaryHtml={article.summaryHtml} />
        <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} overdue={reviewOverdue} />
        <ChangeList changes={article.changes} />
        <TableOfContents entries={toc} variant="inline" />
        <ArticleBody blocks={article.blocks} tables={tables} helpLines={helpLines} />
        {article.faqs.length ? (
          <section className="mt-10">
            <h2 id={faqHeading.id} className="mb-4 text-2xl font-semibold">
              {faqHeading.text}
            </h2>
            <Faq entries={article.faqs} />
          </section>
        ) : null}
        <RelatedArticles articles={related} />
        <TermsOnPage terms={terms} />
        <Sources sources={article.sources} />
        <MedicalDisclaimer text={disclaimer} />
        <ArticlePager previous={previous} next={next} />
        <PrintedFrom address={frame.address} />
      </article>
      <div>
        <TableOfContents entries={toc} variant="sidebar" />
      </div>
    </div>
  );
}
