import { ImageResponse } from "next/og";
import { OpenGraphCard } from "@/components/seo/OpenGraphCard";
import { getArticleBySlug, getSite } from "@/lib/content/site";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Article title on the IOP Guide";

export function generateStaticParams() {
  return getSite().articles.map((article) => ({ slug: article.slug }));
}

/** A link-preview card drawn at build time with the font bundled in next/og: no network. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticleBySlug((await params).slug)!;
  const { text } = getSite();
  return new ImageResponse(<OpenGraphCard siteName={text.name} title={article.title} description={article.description} />, size);
}
