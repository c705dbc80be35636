import type { ReactNode } from "react";
import type { HelpLine } from "@/lib/content/schemas/help-line";
import type { SiteText } from "@/lib/content/schemas/site-text";
import { CrisisBar } from "./CrisisBar";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SkipLink } from "./SkipLink";

type Props = { text: SiteText; crisisLines: HelpLine[]; children: ReactNode };

/** The document around every page: crisis line first, header, the page, footer, and the one small script. */
export function SiteLayout({ text, crisisLines, children }: Props) {
  return (
    <html lang="en-US">
      <body className="bg-white font-sans text-slate-900 antialiased">
        <SkipLink />
        <CrisisBar helpLines={crisisLines} moreHelpHref="/get-help" />
        <SiteHeader siteName={text.name} links={text.navigation} search={text.search} />
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
