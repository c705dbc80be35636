import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/ArticlePage";
import { isReviewOverdue } from "@/lib/content/review-due";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticleBySlug, getSite } from "@/lib/content/site";
import { pageFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { faqPage, medicalWebPage } from "@/lib/seo/structured-data";

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
    language: "en",
    paths: { en: `/${article.slug}` },
    type: "article",
    image: `/${article.slug}/opengraph-image.png`,
    modifiedTime: article.lastReviewed,
  });
}

export default async function Article({ params }: { params: Promise<Params> }) {
  const article = getArticleBySlug((await params).slug);
  if (!article) notFound();
  const site = getSite();
  const position = site.articles.indexOf(article);
  // The loader has checked every topic, related slug and glossary id, so these lookups cannot miss.
  const topic = site.topics.find((t) => t.id === article.topic)!;
  const frame = pageFrame([
    { name: "Home", path: "/" },
    { name: topic.title, path: `/topics#${topic.id}` },
    { name: article.title, path: `/${article.slug}` },
  ]);
  return (
    <>
      <JsonLd data={medicalWebPage(article, site.text, { language: "en", path: `/${article.slug}`, home: "/" })} />
      {article.faqs.length ? <JsonLd data={faqPage(article.faqs, { language: "en", path: `/${article.slug}` })} /> : null}
      <ArticlePage
        article={article}
        frame={frame}
        related={article.related.map((slug) => getArticleBySlug(slug)!)}
        previous={site.articles[position - 1]}
        next={site.articles[position + 1]}
        tables={site.tables}
        helpLines={site.helpLines}
        terms={article.glossaryTerms.map((id) => site.glossary.find((t) => t.id === id)!)}
        disclaimer={site.text.disclaimer}
        reviewOverdue={isReviewOverdue(article.nextReview, new Date())}
      />
    </>
  );
}
