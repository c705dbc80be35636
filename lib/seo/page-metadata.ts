import { hreflangAlternates, LANGUAGES, OG_LOCALE, ownPath, type Lang, type PageLanguages } from "./languages";

type PageSeo = {
  title: string;
  description: string;
  /** The language this page is written in. */
  language: Lang;
  /** The page's path in every language it is published in, its own included: `{ en: "/cost", es: "/es/costo" }`. */
  paths: PageLanguages;
  type?: "website" | "article";
  /** Path of the page's Open Graph image, when it has its own (in the page's language). */
  image?: string;
  modifiedTime?: string;
};

type Image = { url: string; width: number; height: number; alt: string };

/** An article's link-preview card, in pixels: the size the build draws (scripts/draw-preview-cards.tsx) and the page declares. */
export const PREVIEW_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Title, description, canonical URL, language alternates and link-preview
 * tags for one page, as plain data: lib/ knows nothing of Next, and app/
 * returns this as Next's Metadata, where the type checker holds the two
 * shapes together.
 */
export type PageMetadata = {
  title: string;
  description: string;
  /** canonical: the page's own address; languages: hreflang alternates, the same set on every language's page. */
  alternates: { canonical: string; languages: Record<string, string> };
  openGraph: {
    title: string;
    description: string;
    url: string;
    type: "website" | "article";
    locale: string;
    alternateLocale: string[];
    images?: Image[];
    modifiedTime?: string;
  };
  twitter: { card: "summary" | "summary_large_image"; title: string; description: string; images?: string[] };
};

export function pageMetadata({ title, description, language, paths, type = "website", image, modifiedTime }: PageSeo): PageMetadata {
  const path = ownPath(language, paths);
  const images = image ? [{ url: image, ...PREVIEW_CARD_SIZE, alt: title }] : undefined;
  const otherLocales = LANGUAGES.filter((other) => other !== language && paths[other] !== undefined).map((other) => OG_LOCALE[other]);
  return {
    title,
    description,
    alternates: { canonical: path, languages: hreflangAlternates(paths) },
    openGraph: { title, description, url: path, type, locale: OG_LOCALE[language], alternateLocale: otherLocales, images, ...(modifiedTime ? { modifiedTime } : {}) },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images: image ? [image] : undefined },
  };
}
