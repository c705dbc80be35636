import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteLayout } from "@/components/layout/SiteLayout";
import { getEdition } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";
import { SITE_URL } from "@/lib/site-url";

/** Each language's root layout (app/(en), app/(es)): its own <html lang>, words and crisis lines. */
export function rootLayout(lang: Lang) {
  return {
    generateMetadata(): Metadata {
      const { text } = getEdition(lang);
      return {
        metadataBase: new URL(SITE_URL),
        title: { default: text.name, template: `%s | ${text.name}` },
        description: text.description,
      };
    },
    viewport: { width: "device-width", initialScale: 1 } satisfies Viewport,
    Layout({ children }: { children: ReactNode }) {
      const { text, helpLines, paths } = getEdition(lang);
      return (
        <SiteLayout lang={lang} text={text} homeHref={paths.home} crisisLines={helpLines.filter((line) => line.inCrisisBar)}>
          {children}
        </SiteLayout>
      );
    },
  };
}
