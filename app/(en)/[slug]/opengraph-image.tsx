import { ImageResponse } from "next/og";
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
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#eef6f7",
        color: "#06323b",
      }}
    >
      <div style={{ fontSize: 36, fontWeight: 700, color: "#0b5563" }}>{text.name}</div>
      <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.15 }}>{article.title}</div>
      <div style={{ fontSize: 30, color: "#1e293b" }}>{article.description}</div>
    </div>,
    size,
  );
}
