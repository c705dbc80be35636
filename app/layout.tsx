import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { CrisisBar } from "@/components/layout/CrisisBar";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";
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

const NAV = [
  { href: "/topics", label: "All topics" },
  { href: "/faq", label: "Questions" },
  { href: "/glossary", label: "Glossary" },
  { href: "/get-help", label: "Get help now" },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  const { text, helpLines } = getSite();
  return (
    <html lang="en-US">
      <body className="bg-white font-sans text-slate-900 antialiased">
        <SkipLink />
        <CrisisBar helpLines={helpLines.filter((line) => line.inCrisisBar)} moreHelpHref="/get-help" />
        <SiteHeader siteName={text.name} links={NAV} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter disclaimer={text.disclaimer} privacy={text.privacy} />
        <p id="live-status" role="status" className="sr-only" />
        <script src="/enhance.js" defer />
      </body>
    </html>
  );
}
