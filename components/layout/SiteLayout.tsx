import type { ReactNode } from "react";
import type { HelpLine } from "@/lib/content/schemas/help-line";
import type { SiteText } from "@/lib/content/schemas/site-text";
import type { Lang } from "@/lib/routes";
import { CrisisBar } from "./CrisisBar";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SkipLink } from "./SkipLink";

type Props = { lang: Lang; text: SiteText; homeHref: string; crisisLines: HelpLine[]; children: ReactNode };

/** The document around every page: crisis line first, header, the page, footer, and the one small script. */
export function SiteLayout({ lang, text, homeHref, crisisLines, children }: Props) {
  return (
    <html lang={lang}>
      {/* eslint-disable-next-line @next/next/no-head-element -- in the app router the root layout owns <head>; the rule is for pages/ */}
      <head>
        {/* The printed page's rules (public/print.css): a file of their own, not imported, so Next does not inline them in every page's first bytes. */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- kept out of Next's stylesheet on purpose, as said above */}
        <link rel="stylesheet" href="/print.css" media="print" />
      </head>
      <body className="bg-white font-sans text-slate-900 antialiased">
        <SkipLink label={text.ui.skipToContent} />
        <CrisisBar helpLines={crisisLines} words={text.ui.crisis} />
        <SiteHeader siteName={text.name} homeHref={homeHref} links={text.navigation} navigationLabel={text.ui.mainNavigation} search={text.search} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter disclaimer={text.disclaimer} privacy={text.privacy} words={text.ui.footer} />
        {/* enhance.js reads the words it announces from here, in the page's language. */}
        <p id="live-status" role="status" className="sr-only" data-link-copied={text.ui.linkCopied} />
        <script src="/enhance.js" defer />
      </body>
    </html>
  );
}
