import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteLayout } from "@/components/layout/SiteLayout";
import { getSite } from "@/lib/content/site";
import { SITE_URL } from "@/lib/site-url";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { text } = getSite();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: text.name, template: `%s | ${text.name}` },
    description: text.description,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  const { text, helpLines } = getSite();
  return (
    <SiteLayout text={text} crisisLines={helpLines.filter((line) => line.inCrisisBar)}>
      {children}
    </SiteLayout>
  );
}
