import { ImageResponse } from "next/og";
import { OpenGraphCard } from "@/components/seo/OpenGraphCard";
import { getEdition } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";

type Props = { params: Promise<{ slug: string }> };

/**
 * An article's link-preview image in either language, drawn at build time
 * with the font bundled in next/og (no network), in the edition's own words:
 * the Spanish card shows the Spanish site name, title and description.
 */
export function openGraphImageRoute(lang: Lang) {
  const size = { width: 1200, height: 630 };
  return {
    generateStaticParams() {
      return getEdition(lang).articles.map((article) => ({ slug: article.slug }));
    },
    async Image({ params }: Props) {
      const { articles, text } = getEdition(lang);
      const slug = (await params).slug;
      // generateStaticParams lists only this edition's slugs, so the article is there.
      const article = articles.find((a) => a.slug === slug)!;
      return new ImageResponse(<OpenGraphCard siteName={text.name} title={article.title} description={article.description} />, size);
    },
  };
}
