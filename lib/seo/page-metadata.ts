import type { Metadata } from "next";

type PageSeo = {
  title: string;
  description: string;
  /** Path on this site, e.g. /insurance. */
  path: string;
  type?: "website" | "article";
  /** Path of the page's Open Graph image, when it has its own. */
  image?: string;
  modifiedTime?: string;
};

/** Title, description, canonical URL and link-preview tags for one page. */
export function pageMetadata({ title, description, path, type = "website", image, modifiedTime }: PageSeo): Metadata {
  const images = image ? [{ url: image, width: 1200, height: 630, alt: title }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type, images, ...(modifiedTime ? { modifiedTime } : {}) },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images: image ? [image] : undefined },
  };
}
