import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { MedicalDisclaimer } from "@/components/article/MedicalDisclaimer";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { ChangeList } from "@/components/article/ChangeList";
import { ReviewDates } from "@/components/article/ReviewDates";
import { Sources } from "@/components/article/Sources";
import { SummaryBox } from "@/components/article/SummaryBox";
import { ArticlePager } from "@/components/article/ArticlePager";
import { TableOfContents, tocEntries } from "@/components/article/TableOfContents";
import { Faq } from "@/components/faq/Faq";
import { TermsOnPage } from "@/components/glossary/TermsOnPage";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PrintedFrom } from "@/components/layout/PrintedFrom";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticleBySlug, getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { breadcrumbList, faqPage, medicalWebPage } from "@/lib/seo/structured-data";

type Params = { slug: string };

// Only the slugs built below exist; anything else is a real 404.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = getArticleBySlug((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: `/${article.slug}`,
    type: "article",
    image: `/${article.slug}/opengraph-image.png`,
    modifiedTime: article.lastReviewed,
  });
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const article = getArticleBySlug((await params).slug);
  if (!article) notFound();
  const site = getSite();
  const related = article.related.map((slug) => getArticleBySlug(slug)!);
  const position = site.articles.indexOf(article);
  const [previous, next] = [site.articles[position - 1], site.articles[position + 1]];
  const faqHeading = { id: "common-questions", text: "Common questions" };
  const topic = site.topics.find((t) => t.id === article.topic)!;
  const crumbs = [
    { name: "Home", path: "/" },
    { name: topic.title, path: `/topics#${topic.id}` },
    { name: article.title, path: `/${article.slug}` },
  ];

  const toc = tocEntries(article.headings, article.faqs.length ? [faqHeading] : []);
  return (
    <div className="article-layout lg:grid lg:grid-cols-[minmax(0,48rem)_14rem] lg:gap-10">
      <article data-pagefind-body>
        <JsonLd data={medicalWebPage(article, site.text)} />
        {article.faqs.length ? <JsonLd data={faqPage(article.faqs, `/${article.slug}`)} /> : null}
        <JsonLd data={breadcrumbList(crumbs)} />
        <Breadcrumbs crumbs={crumbs} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <SummaryBox summaryHtml={article.summaryHtml} />
        <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} />
        <ChangeList changes={article.changes} />
        <TableOfContents entries={toc} variant="inline" />
        <ArticleBody blocks={article.blocks} tables={site.tables} helpLines={site.helpLines} />
        {article.faqs.length ? (
          <section aria-labelledby={faqHeading.id} className="mt-10">
            <h2 id={faqHeading.id} className="mb-4 text-2xl font-semibold">
              {faqHeading.text}
            </h2>
            <Faq entries={article.faqs} />
          </section>
        ) : null}
        <RelatedArticles articles={related} />
        <TermsOnPage terms={article.glossaryTerms.map((id) => site.glossary.find((t) => t.id === id)!)} />
        <Sources sources={article.sources} />
        <MedicalDisclaimer text={site.text.disclaimer} />
        <ArticlePager previous={previous} next={next} />
        <PrintedFrom path={`/${article.slug}`} />
      </article>
      <div>
        <TableOfContents entries={toc} variant="sidebar" />
      </div>
    </div>
  );
}
