import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/ArticlePage";
import { JsonLd } from "@/components/seo/JsonLd";
import { isReviewOverdue } from "@/lib/content/review-due";
import { getEdition, pageLanguages } from "@/lib/content/site";
import { previewCardPath, type Lang } from "@/lib/routes";
import { pageFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { faqPage, medicalWebPage } from "@/lib/seo/structured-data";
import { homeCrumb, Switch } from "./frame";

type Params = { slug: string };
type Props = { params: Promise<Params> };

const findArticle = (lang: Lang, slug: string) => getEdition(lang).articles.find((a) => a.slug === slug);

/** An article page in either language; only the slugs of that language's articles exist. */
export function articleRoute(lang: Lang) {
  return {
    generateStaticParams(): Params[] {
      return getEdition(lang).articles.map((article) => ({ slug: article.slug }));
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const article = findArticle(lang, (await params).slug);
      if (!article) return {};
      const path = `${getEdition(lang).paths.article}${article.slug}`;
      return pageMetadata({
        title: article.title,
        description: article.description,
        language: lang,
        paths: pageLanguages(lang, path),
        type: "article",
        image: previewCardPath(path),
        modifiedTime: article.lastReviewed,
      });
    },
    async Page({ params }: Props) {
      const article = findArticle(lang, (await params).slug);
      if (!article) notFound();
      const edition = getEdition(lang);
      const { articles, topics, text, paths } = edition;
      const path = `${paths.article}${article.slug}`;
      const position = articles.indexOf(article);
      const bySlug = new Map(articles.map((a) => [a.slug, a]));
      // The loader has checked every topic, related slug and glossary id, so these lookups cannot miss.
      const topic = topics.find((t) => t.id === article.topic)!;
      const frame = pageFrame([homeCrumb(edition), { name: topic.title, path: `${paths.topics}#${topic.id}` }, { name: article.title, path }]);
      return (
        <>
          <Switch lang={lang} path={path} />
          <JsonLd data={medicalWebPage(article, text, { language: lang, path, home: paths.home })} />
          {article.faqs.length ? <JsonLd data={faqPage(article.faqs, { language: lang, path })} /> : null}
          <ArticlePage
            article={article}
            frame={frame}
            related={article.related.map((slug) => bySlug.get(slug)!)}
            previous={articles[position - 1]}
            next={articles[position + 1]}
            tables={edition.tables}
            helpLines={edition.helpLines}
            terms={article.glossaryTerms.map((id) => edition.glossary.find((t) => t.id === id)!)}
            disclaimer={text.disclaimer}
            lang={lang}
            ui={text.ui}
            paths={paths}
            reviewOverdue={isReviewOverdue(article.nextReview, new Date())}
          />
        </>
      );
    },
  };
}
