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

type Image = { url: string; width: number; height: number; alt: string };

/**
 * Title, description, canonical URL and link-preview tags for one page, as
 * plain data: lib/ knows nothing of Next, and app/ returns this as Next's
 * Metadata, where the type checker holds the two shapes together.
 */
export type PageMetadata = {
  title: string;
  description: string;
  alternates: { canonical: string };
  openGraph: { title: string; description: string; url: string; type: "website" | "article"; images?: Image[]; modifiedTime?: string };
  twitter: { card: "summary" | "summary_large_image"; title: string; description: string; images?: string[] };
};

export function pageMetadata({ title, description, path, type = "website", image, modifiedTime }: PageSeo): PageMetadata {
  const images = image ? [{ url: image, width: 1200, height: 630, alt: title }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type, images, ...(modifiedTime ? { modifiedTime } : {}) },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images: image ? [image] : undefined },
  };
}
